"""Lists of parties one per line: signature blocks, endorsement lists, bullets, tables,
supporter pages with sub-headings, and an unlabelled block closing a statement."""

from __future__ import annotations

import pytest

from .helpers import facts


def _parties(f) -> list[tuple[str, str]]:
    return [(s.kind, s.iso2 or s.key or "") for s in f.signatories]


@pytest.mark.parametrize(
    ("lang", "text", "layout"),
    [
        ("en", "Joint statement on secure networks\n\nWe back open standards for every network.\n\nSigned by:\nAustria\nChile\nThe Government of Japan\nMicrosoft\n", "signature_block"),
        ("fr", "Déclaration commune sur les réseaux sûrs\n\nNous soutenons des normes ouvertes.\n\nSignataires :\nAutriche\nChili\nJapon\nMicrosoft\n", "signature_block"),
        ("de", "Gemeinsame Erklärung zu sicheren Netzen\n\nWir unterstützen offene Standards.\n\nUnterzeichnet von:\nÖsterreich\nChile\nJapan\nMicrosoft\n", "signature_block"),
        ("es", "Declaración conjunta sobre redes seguras\n\nApoyamos normas abiertas.\n\nFirmado por:\nAustria\nChile\nJapón\nMicrosoft\n", "signature_block"),
        ("pl", "Wspólne oświadczenie o bezpiecznych sieciach\n\nPopieramy otwarte standardy.\n\nSygnatariusze:\nAustria\nChile\nJaponia\nMicrosoft\n", "signature_block"),
        ("it", "Dichiarazione congiunta sulle reti sicure\n\nSosteniamo standard aperti.\n\nSostenitori:\nAustria\nCile\nGiappone\nMicrosoft\n", "endorsement_list"),
    ],
)
def test_labelled_block_gives_states_and_organisations(lang: str, text: str, layout: str) -> None:
    f = facts(text, lang)
    assert _parties(f) == [("state", "AT"), ("state", "CL"), ("state", "JP"), ("organization", "microsoft")]
    assert {s.evidence.extractor for s in f.signatories} == {f"signatories.{layout}"}
    org = f.signatories[-1]
    assert org.iso2 is None and org.org_kind == "company"
    for s in f.signatories:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "This declaration is endorsed by the following governments and organisations:\n- Canada\n- Ghana\n- Access Now\n- Northwind Institute\n"),
        ("nl", "Deze verklaring wordt gesteund door:\n- Canada\n- Ghana\n- Access Now\n- Northwind Institute\n"),
        ("pt", "Esta declaração é apoiada por:\n• Canadá\n• Gana\n• Access Now\n• Northwind Institute\n"),
        ("sv", "Stöds av:\n1. Kanada\n2. Ghana\n3. Access Now\n4. Northwind Institute\n"),
    ],
)
def test_bullet_list_after_an_introducing_line(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert _parties(f) == [("state", "CA"), ("state", "GH"), ("organization", "access-now"), ("organization", "northwind-institute")]
    unknown_org = f.signatories[-1]
    assert unknown_org.evidence.confidence < f.signatories[0].evidence.confidence


@pytest.mark.parametrize(
    ("lang", "label", "states"),
    [
        ("en", "Endorsed by:", ("Austria", "Chile")),
        ("fr", "Soutiens :", ("Autriche", "Chili")),
        ("de", "Unterstützer:", ("Österreich", "Chile")),
        ("es", "Adhesiones:", ("Austria", "Chile")),
    ],
)
def test_table_rows_from_an_html_page(lang: str, label: str, states: tuple[str, str]) -> None:
    text = (f"{label}\n| Country | Type |\n| --- | --- |\n| {states[0]} | - |\n| {states[1]} | - |\n"
            "| Access Now | NGO |\n| Acme Widgets GmbH | - |\n")
    f = facts(text, lang)
    assert _parties(f) == [("state", "AT"), ("state", "CL"), ("organization", "access-now"), ("organization", "acme-widgets-gmbh")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Supporters\n\nStates\nEstonia\nKenya\n\nCompanies\nNorthwind\nContoso Cloud\n\nCivil society\nAccess Now\n"),
        ("fr", "Soutiens\n\nÉtats\nEstonie\nKenya\n\nEntreprises\nNorthwind\nContoso Cloud\n\nSociété civile\nAccess Now\n"),
        ("de", "Unterstützer\n\nStaaten\nEstland\nKenia\n\nUnternehmen\nNorthwind\nContoso Cloud\n\nZivilgesellschaft\nAccess Now\n"),
        ("pl", "Poparli\n\nPaństwa\nEstonia\nKenia\n\nFirmy\nNorthwind\nContoso Cloud\n\nOrganizacje pozarządowe\nAccess Now\n"),
    ],
)
def test_supporter_page_sub_headings_give_the_kind(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert _parties(f) == [("state", "EE"), ("state", "KE"), ("organization", "northwind"),
                           ("organization", "contoso-cloud"), ("organization", "access-now")]
    kinds = {s.key: s.org_kind for s in f.signatories if s.kind == "organization"}
    assert kinds == {"northwind": "company", "contoso-cloud": "company", "access-now": "ngo"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Declaration on Open Data\n\nOpen data serves citizens. We will publish what we hold.\n\nIreland\nPortugal\nUruguay\nMozilla Foundation\n"),
        ("de", "Gemeinsame Erklärung zu offenen Daten\n\nOffene Daten dienen allen. Wir veröffentlichen, was wir haben.\n\nIrland\nPortugal\nUruguay\nMozilla Foundation\n"),
        ("es", "Declaración conjunta sobre datos abiertos\n\nLos datos abiertos sirven a todos. Publicaremos lo que tenemos.\n\nIrlanda\nPortugal\nUruguay\nMozilla Foundation\n"),
        ("it", "Dichiarazione congiunta sui dati aperti\n\nI dati aperti servono a tutti. Pubblicheremo ciò che abbiamo.\n\nIrlanda\nPortogallo\nUruguay\nMozilla Foundation\n"),
    ],
)
def test_unlabelled_block_closing_a_statement(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert _parties(f) == [("state", "IE"), ("state", "PT"), ("state", "UY"), ("organization", "mozilla-foundation")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Weekly digest\n\nNews from the region.\n\nFrance\nGermany\nItaly\nSpain\n"),
        ("fr", "Actualités de la semaine\n\nLes nouvelles de la région.\n\nFrance\nAllemagne\nItalie\nEspagne\n"),
        ("de", "Wochenrückblick\n\nNachrichten aus der Region.\n\nFrankreich\nDeutschland\nItalien\nSpanien\n"),
        ("pl", "Przegląd tygodnia\n\nWiadomości z regionu.\n\nFrancja\nNiemcy\nWłochy\nHiszpania\n"),
        ("en", "Joint declaration on ports criticised\n\nPorts matter.\n\nTags:\nFrance\nGermany\nItaly\nSpain\n"),
        ("de", "Gemeinsame Erklärung zu Häfen kritisiert\n\nHäfen sind wichtig.\n\nVerwandte Länder\nFrankreich\nDeutschland\nItalien\n"),
    ],
)
def test_a_list_of_countries_closing_a_page_without_a_signing_shape_is_no_signature(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


def test_an_unknown_line_is_a_warning_and_keeps_the_rest_of_the_list() -> None:
    f = facts("Signatories:\nAustria\nChile\nAtlantis\nSweden\nNorway\n", "en")
    assert _parties(f) == [("state", "AT"), ("state", "CL"), ("state", "SE"), ("state", "NO")]
    warned = [w for w in f.warnings if w.code == "unresolved_name"]
    assert len(warned) == 1 and "Atlantis" in warned[0].message


def test_a_mostly_unknown_list_gives_nothing_but_warnings() -> None:
    f = facts("Signatories:\nAustria\nAtlantis\nLemuria\nMu Land\n", "en")
    assert f.signatories == []
    assert {w.code for w in f.warnings} >= {"unresolved_name", "low_confidence"}


def test_organisation_names_are_never_states() -> None:
    f = facts("Signed by:\nUniversity of Chile\nKenya\nAustria\nAmnesty International\n", "en")
    assert _parties(f) == [("organization", "university-of-chile"), ("state", "KE"), ("state", "AT"),
                           ("organization", "amnesty-international")]
    assert next(s for s in f.signatories if s.kind == "organization").org_kind == "academic"


def test_organisations_alone_under_undersigned_are_authors() -> None:
    text = ("Open letter on spyware\n\nWe, the undersigned organisations, call on the Commission to act.\n\n"
            "Access Now\nAmnesty International\nEuropean Digital Rights (EDRi)\nFreedom Lab Foundation\n")
    f = facts(text, "en")
    assert f.signatories == []
    assert [a.actor.key for a in f.authors] == ["access-now", "amnesty-international", "edri", "freedom-lab-foundation"]
    assert {a.evidence.extractor for a in f.authors} == {"authors.undersigned"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Declaration on sea lanes\n\nWe, the undersigned states, will keep sea lanes open.\n\nEstonia\nGhana\nPeru\nAccess Now\n"),
        ("fr", "Texte sur les routes maritimes\n\nNous, États soussignés, garderons les routes ouvertes.\n\nEstonie\nGhana\nPérou\nAccess Now\n"),
        ("de", "Text zu Seewegen\n\nWir, die unterzeichnenden Staaten, halten die Seewege offen.\n\nEstland\nGhana\nPeru\nAccess Now\n"),
        ("pl", "Tekst o szlakach morskich\n\nMy, niżej podpisane państwa, utrzymamy szlaki otwarte.\n\nEstonia\nGhana\nPeru\nAccess Now\n"),
        ("nl", "Tekst over zeeroutes\n\nWij, de ondergetekende staten, houden de zeeroutes open.\n\nEstland\nGhana\nPeru\nAccess Now\n"),
    ],
)
def test_the_undersigned_and_the_block_that_closes_the_text(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert _parties(f) == [("state", "EE"), ("state", "GH"), ("state", "PE"), ("organization", "access-now")]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.undersigned"}
