"""The opening "We, the governments of ...", in many languages, with organisations in the
list and the traps that must stay mentions."""

from __future__ import annotations

import pytest

from core.model import LanguageBlock
from loaders.rules import extract_facts

from .helpers import facts, signed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "We, the governments of Austria, Chile, the Netherlands and the United Kingdom, affirm our resolve.", ["AT", "CL", "NL", "GB"]),
        ("fr", "Nous, les gouvernements de l'Autriche, du Chili, des Pays-Bas et du Royaume-Uni, affirmons notre volonté.", ["AT", "CL", "NL", "GB"]),
        ("de", "Wir, die Regierungen Österreichs, Chiles, der Niederlande und des Vereinigten Königreichs, bekräftigen dies.", ["AT", "CL", "NL", "GB"]),
        ("pl", "My, rządy Austrii, Chile, Niemiec i Stanów Zjednoczonych, potwierdzamy nasze zaangażowanie.", ["AT", "CL", "DE", "US"]),
        ("lv", "Mēs, Austrijas, Čīles, Vācijas un Amerikas Savienoto Valstu valdības, apliecinām apņēmību.", ["AT", "CL", "DE", "US"]),
        ("fi", "Me, Itävallan, Chilen, Saksan ja Ruotsin hallitukset, vahvistamme sitoumuksemme.", ["AT", "CL", "DE", "SE"]),
        ("hu", "Mi, Ausztria, Chile, Németország és Svédország kormányai, megerősítjük elkötelezettségünket.", ["AT", "CL", "DE", "SE"]),
        ("el", "Εμείς, οι κυβερνήσεις της Αυστρίας, της Χιλής, της Γερμανίας και της Σουηδίας, επιβεβαιώνουμε τη δέσμευσή μας.", ["AT", "CL", "DE", "SE"]),
        ("lt", "Mes, Austrijos, Čilės, Vokietijos ir Švedijos vyriausybės, patvirtiname savo įsipareigojimą.", ["AT", "CL", "DE", "SE"]),
        ("es", "Nosotros, los gobiernos de Austria, Chile, Alemania y Suecia, reafirmamos nuestro compromiso.", ["AT", "CL", "DE", "SE"]),
    ],
)
def test_opening_list_in_many_languages(lang: str, text: str, expected: list[str]) -> None:
    assert signed(text, lang) == expected


def test_states_elsewhere_are_mentions_not_signatories() -> None:
    text = (
        "We, the governments of Austria and Chile, affirm our resolve.\n\n"
        "Spyware was used against journalists in Mexico, Hungary and Greece.\n\n"
        "Related news: Spain, Portugal and Italy debate new rules."
    )
    f = facts(text, "en")
    assert [s.iso2 for s in f.signatories] == ["AT", "CL"]
    assert {m.iso2 for m in f.mentions if m.kind == "state"} == {"MX", "HU", "GR", "ES", "PT", "IT"}


def test_no_pronoun_no_signatories() -> None:
    text = "The governments of Turkey and Mexico have used spyware against activists."
    assert signed(text, "en") == []


def test_victim_list_after_we_is_not_a_signing_list() -> None:
    text = "We, as researchers, documented abuses in Turkey, Ukraine and Venezuela."
    assert signed(text, "en") == []


def test_ambiguous_korea_in_list_is_a_warning_not_a_signatory() -> None:
    f = facts("We, the governments of Austria, Chile, Japan, Korea and Sweden, affirm this.", "en")
    assert [s.iso2 for s in f.signatories] == ["AT", "CL", "JP", "SE"]
    assert [w.code for w in f.warnings] == ["ambiguous_name"]


def test_uncertain_list_yields_nothing() -> None:
    f = facts("We, the governments of Austria, Atlantis, Lemuria and Mu Land, affirm this.", "en")
    assert f.signatories == []
    assert {w.code for w in f.warnings} >= {"unresolved_name", "low_confidence"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We, the governments of Austria, Chile and Kenya, the African Union and Microsoft, affirm our resolve."),
        ("fr", "Nous, les gouvernements de l'Autriche, du Chili et du Kenya, l'Union africaine et Microsoft, affirmons notre volonté."),
        ("es", "Nosotros, los gobiernos de Austria, Chile y Kenia, la Unión Africana y Microsoft, reafirmamos nuestro compromiso."),
        ("pl", "My, rządy Austrii, Chile i Kenii, Unia Afrykańska i Microsoft, potwierdzamy nasze zaangażowanie."),
    ],
)
def test_organisations_in_the_opening_list_sign_beside_the_states(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [(s.kind, s.iso2 or s.key) for s in f.signatories] == [
        ("state", "AT"), ("state", "CL"), ("state", "KE"), ("organization", "african-union"), ("organization", "microsoft")]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.we_the_governments"}
    assert [a.actor.key for a in f.authors] == ["AT", "CL", "KE"]


def test_one_unknown_item_is_a_warning_and_keeps_the_list() -> None:
    f = facts("We, the governments of Austria, Chile, Japan, Sweden and Atlantis, affirm this.", "en")
    assert [s.iso2 for s in f.signatories] == ["AT", "CL", "JP", "SE"]
    (w,) = [w for w in f.warnings if w.code == "unresolved_name"]
    assert "Atlantis" in w.message


def test_block_index_and_evidence_in_a_bilingual_text() -> None:
    pl = "My, rządy Austrii i Szwecji, potwierdzamy zaangażowanie.\n\n"
    en = "We, the governments of Austria and Sweden, affirm our commitment."
    text = pl + en
    blocks = [
        LanguageBlock(lang="pl", start=0, end=len(pl), confidence=1.0),
        LanguageBlock(lang="en", start=len(pl), end=len(text), confidence=1.0),
    ]
    f = extract_facts(text, blocks)
    assert [(s.iso2, s.block) for s in f.signatories] == [("AT", 0), ("SE", 0), ("AT", 1), ("SE", 1)]
    for s in f.signatories:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote == s.surface
        assert s.evidence.lang == blocks[s.block].lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Gemensamt uttalande\n\nVi, regeringarna i Estland, Ghana och Peru, åtar oss att skydda sjövägarna.\n"),
        ("da", "Fælles erklæring\n\nVi, regeringerne i Estland, Ghana og Peru, forpligter os til at beskytte søvejene.\n"),
    ],
)
def test_scandinavian_openings_link_the_governments_and_the_states_with_i(lang: str, text: str) -> None:
    assert sorted(s.iso2 for s in facts(text, lang).signatories) == ["EE", "GH", "PE"]

