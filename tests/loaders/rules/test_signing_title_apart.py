"""A statement's title read apart from its block: set in capitals with its states joined by
dashes, or written in another language than the short block the detector gave it to (a
photo caption above the title, an English title above a text in another language)."""

from __future__ import annotations

import pytest

from core.model import LanguageBlock
from loaders.rules import extract_facts

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "DECLARAÇÃO CONJUNTA ESTÓNIA-GANA-PERU\n\nOs três governos reuniram-se em Lima.\n"),
        ("es", "DECLARACIÓN CONJUNTA ESTONIA-GHANA-PERÚ\n\nLos tres gobiernos se reunieron en Lima.\n"),
        ("en", "JOINT STATEMENT ESTONIA-GHANA-PERU\n\nThe three governments met in Lima.\n"),
        ("it", "DICHIARAZIONE CONGIUNTA ESTONIA-GHANA-PERÙ\n\nI tre governi si sono riuniti a Lima.\n"),
        ("fr", "DÉCLARATION COMMUNE ESTONIE-GHANA-PÉROU\n\nLes trois gouvernements se sont réunis à Lima.\n"),
    ],
)
def test_a_title_in_capitals_names_its_parties(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "JOINT STATEMENT ESTONIA-GHANA JORDAN VALLEY TALKS\n\nThe two governments met.\n"),
        ("es", "DECLARACIÓN CONJUNTA ESTONIA-GHANA CHAD CUMBRE 3+3\n\nLos dos gobiernos se reunieron.\n"),
        ("de", "GEMEINSAME ERKLÄRUNG ESTLAND-GHANA TSCHAD GIPFEL\n\nDie Regierungen trafen sich.\n"),
        ("fr", "DÉCLARATION COMMUNE ESTONIE-GHANA TCHAD SOMMET\n\nLes deux gouvernements se sont réunis.\n"),
    ],
)
def test_a_name_after_a_bare_space_is_the_titles_next_word(lang: str, text: str) -> None:
    """Only the names joined by dashes are the parties; a state name after a plain space
    (here a place or the meeting's name) is not added to the list."""
    assert [s.iso2 for s in facts(text, lang).signatories] == ["EE", "GH"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ESTONIA AND GHANA SIGN A JOINT DECLARATION\n\nThe ministers met on Friday.\n"),
        ("de", "ESTLAND UND GHANA UNTERZEICHNEN GEMEINSAME ERKLÄRUNG\n\nDie Minister trafen sich am Freitag.\n"),
        ("fr", "L'ESTONIE ET LE GHANA SIGNENT UNE DÉCLARATION COMMUNE\n\nLes ministres se sont vus vendredi.\n"),
        ("es", "ATAQUES CONTRA ESTONIA, GHANA Y PERÚ: DECLARACIÓN CONJUNTA CRITICADA\n\nLos tres países fueron víctimas.\n"),
    ],
)
def test_a_headline_in_capitals_about_a_statement_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


def _two_blocks(caption: str, caption_lang: str, body: str, body_lang: str):
    text = caption + body
    blocks = [LanguageBlock(lang=caption_lang, start=0, end=len(caption), confidence=0.6),
              LanguageBlock(lang=body_lang, start=len(caption), end=len(text), confidence=0.9)]
    return extract_facts(text, blocks)


@pytest.mark.parametrize(
    ("caption_lang", "caption", "body_lang", "body", "expected"),
    [
        ("pl", "Gemeinsame Erklärung der Außenminister der Republik Estland und der Republik Ghana\n\n"
               "Ministrowie spraw zagranicznych Estonii i Ghany w Tallinie. Fot. archiwum\n\n",
         "de", "Die Regierungen Estlands und Ghanas sind heute in Tallinn zusammengekommen, um ihre Partnerschaft "
               "weiterzuentwickeln. Wir verpflichten uns, den Handel zu stärken.\n", ["EE", "GH"]),
        ("hu", "Joint statement of the Prime Ministers of Estonia, Ghana and Peru\n\n"
               "A három miniszterelnök közös nyilatkozatot fogadott el a tengeri utakról.\n\n",
         "hu", "A miniszterelnökök sajtótájékoztatót tartottak Limában, és a kereskedelemről beszéltek.\n", ["EE", "GH", "PE"]),
        ("it", "Déclaration commune des ministres des affaires étrangères de l'Estonie, du Ghana et du Pérou\n\n"
               "Foto: i ministri degli esteri a Lima.\n\n",
         "fr", "Les ministres se sont réunis aujourd'hui à Lima pour renforcer leur coopération maritime.\n", ["EE", "GH", "PE"]),
        ("sv", "Declaración conjunta de los gobiernos de Estonia, Ghana y Perú\n\n"
               "Bild: utrikesministrarna i Lima.\n\n",
         "es", "Los gobiernos se reunieron hoy en Lima para reforzar su cooperación marítima.\n", ["EE", "GH", "PE"]),
    ],
)
def test_a_title_in_another_language_than_its_block(caption_lang, caption, body_lang, body, expected) -> None:
    f = _two_blocks(caption, caption_lang, body, body_lang)
    assert sorted({s.iso2 for s in f.signatories}) == expected
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title"}


@pytest.mark.parametrize(
    ("caption_lang", "caption", "body_lang", "body"),
    [
        ("pl", "Ataki na Estonię i Ghanę\n\nJoint statement condemned by rights groups in Estonia, Ghana and Peru\n\n",
         "pl", "Organizacje praw człowieka skrytykowały oświadczenie.\n"),
        ("de", "Spyware-Angriffe\n\nStatement on attacks against Estonia, Ghana and Peru criticised\n\n",
         "de", "Die Opfer sind Journalisten in drei Ländern.\n"),
        ("fr", "Cyberattaques\n\nEstonia, Ghana and Peru sign a joint declaration\n\n",
         "fr", "Les trois pays ont signé vendredi.\n"),
        ("nl", "Aanvallen\n\nDeclaración sobre los ataques contra Estonia, Ghana y Perú, criticada\n\n",
         "nl", "De drie landen waren het slachtoffer.\n"),
    ],
)
def test_a_foreign_headline_about_a_statement_or_its_victims_names_no_parties(caption_lang, caption, body_lang, body) -> None:
    assert _two_blocks(caption, caption_lang, body, body_lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Ministers of Estonia-Ghana-Peru\n1. The Minister of Foreign Affairs of Estonia, H.E. Mr. Aarne Kask, the Minister of "
               "Foreign Affairs of Ghana, H.E. Ms. Ama Mensah, and the Minister of Foreign Affairs of Peru, H.E. Mr. Luis Quispe, "
               "held a trilateral meeting today in Lima.\n2. The ministers discussed ports.\n"),
        ("fr", "Ministres des affaires étrangères de l'Estonie, du Ghana et du Pérou\n1. Le ministre des affaires étrangères de l'Estonie, "
               "M. Aarne Kask, la ministre des affaires étrangères du Ghana, Mme Ama Mensah, et le ministre des affaires étrangères "
               "du Pérou, M. Luis Quispe, se sont réunis aujourd'hui à Lima.\n"),
        ("de", "Außenminister Estlands, Ghanas und Perus\n1. Der Außenminister Estlands, Aarne Kask, die Außenministerin Ghanas, "
               "Ama Mensah, und der Außenminister Perus, Luis Quispe, trafen sich heute in Lima.\n"),
        ("es", "Ministros de Asuntos Exteriores de Estonia, Ghana y Perú\n1. El ministro de Asuntos Exteriores de Estonia, Aarne Kask, "
               "la ministra de Asuntos Exteriores de Ghana, Ama Mensah, y el ministro de Asuntos Exteriores de Perú, Luis Quispe, "
               "se reunieron hoy en Lima.\n"),
    ],
)
def test_a_meeting_heading_its_opening_sentence_confirms(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert sorted(s.iso2 for s in f.signatories) == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.meeting_heading"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline: a verb follows the states
        ("en", "Foreign Ministers of Estonia-Ghana-Peru meet in Lima\nThe ministers of Estonia, Ghana and Peru met today in Lima.\n"),
        # the opening sentence does not say they met
        ("en", "Foreign Ministers of Estonia-Ghana-Peru\nThe ministers of Estonia, Ghana and Peru criticised the port fees.\n"),
        # the opening sentence names another state as well
        ("de", "Außenminister Estlands, Ghanas und Perus\nDie Außenminister Estlands, Ghanas, Perus und Chiles trafen sich heute in Lima.\n"),
        # victims, not parties: a heading without the leaders' noun
        ("es", "Ataques contra Estonia, Ghana y Perú\nLos ministros de Estonia, Ghana y Perú se reunieron hoy en Lima.\n"),
    ],
)
def test_a_heading_its_opening_sentence_does_not_confirm_names_no_parties(lang: str, text: str) -> None:
    assert [s for s in facts(text, lang).signatories if s.evidence.extractor == "signatories.meeting_heading"] == []


@pytest.mark.parametrize(
    ("caption_lang", "body_lang", "body"),
    [
        ("pl", "pl", "Ministrowie spotkali się w Tallinie i rozmawiali o portach.\n"),
        ("hu", "hu", "A miniszterek Tallinnban találkoztak, és a kikötőkről beszéltek.\n"),
        ("de", "de", "Die Minister trafen sich in Tallinn und sprachen über Häfen.\n"),
        ("fr", "fr", "Les ministres se sont réunis à Tallinn pour parler des ports.\n"),
    ],
)
def test_an_english_statement_title_with_no_list_warns(caption_lang: str, body_lang: str, body: str) -> None:
    """An English statement title above a text in another language promises signatories
    as a title in the text's own language does; none named, the warning says so."""
    f = _two_blocks("Joint statement on harbour safety\n\n", caption_lang, body, body_lang)
    assert f.signatories == []
    assert [w for w in f.warnings if w.code == "no_signatories" and "statement title" in w.message]
