"""Roles: a quoted statement is another document's, Council delegations are authors,
victims are never parties, and a reported statement never places a document."""

from __future__ import annotations

import pytest

from loaders.identity import place
from loaders.known_instruments import KnownEdition, KnownInstrument
from core.model import ExtractedDocument

from .helpers import facts

QUOTED = [
    ("en", "Brussels, 3 May 2025\n\nOfficials met on Monday. \u201cWe, the governments of Austria, Chile, Norway and Sweden, commit to curb spyware,\u201d the release read.\n"),
    ("en", "Brussels, 3 May 2025\n\nThe text was short. We, the governments of Austria, Chile, Norway and Sweden, commit to curb spyware, the statement said.\n"),
    ("fr", "Bruxelles, 3 mai 2025\n\nLes ministres se sont réunis lundi. « Nous, les gouvernements de l'Autriche, du Chili, de la Norvège et de la Suède, nous engageons à agir », peut-on lire.\n"),
    ("de", "Brüssel, 3. Mai 2025\n\nDie Minister trafen sich am Montag. \u201eWir, die Regierungen Österreichs, Chiles, Norwegens und Schwedens, verpflichten uns zu handeln\u201c, heißt es in dem Text.\n"),
    ("pl", "Bruksela, 3 maja 2025\n\nMinistrowie spotkali się w poniedziałek. \u201eMy, rządy Austrii, Chile, Norwegii i Szwecji, zobowiązujemy się działać\u201d – czytamy w oświadczeniu.\n"),
    ("es", "Bruselas, 3 de mayo de 2025\n\nLos ministros se reunieron el lunes. Nosotros, los gobiernos de Austria, Chile, Noruega y Suecia, nos comprometemos a actuar, según el comunicado.\n"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_a_quoted_statement_is_reported_not_signed(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.signatories == []
    (doc,) = [r for r in f.reported_documents if r.kind == "joint_statement"]
    assert [a.actor.key for a in doc.authors] == ["AT", "CL", "NO", "SE"]
    assert {a.evidence.extractor for a in doc.authors} == {"signatories.reported"}
    assert "reported_signatories" in {w.code for w in f.warnings}


def test_a_reported_statement_never_places_the_document() -> None:
    text = QUOTED[0][1]
    f = facts(text, "en")
    doc = ExtractedDocument(source="news.txt", sha256="0" * 64, text=text, languages=["en"], kind="news",
                            signatories=f.signatories, reported_documents=f.reported_documents)
    known = {"s": KnownInstrument(id="s", title="Spyware", kind="joint_statement",
                                  editions=[KnownEdition(id="s#1", number=1, date=None, signatories=frozenset({"AT", "CL", "NO", "SE"}))])}
    assert place(doc, known) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement\n\nIntrusion tools sold abroad were turned on reporters in Egypt, Bahrain and Morocco.\n\nWe call for restraint."),
        ("fr", "Déclaration commune\n\nDes outils d'intrusion ont visé des reporters en Égypte, à Bahreïn et au Maroc.\n"),
        ("de", "Gemeinsame Erklärung\n\nSpähwerkzeuge trafen Reporter in Ägypten, Bahrain und Marokko.\n"),
        ("pl", "Wspólne oświadczenie\n\nNarzędzia włamań uderzyły w reporterów w Egipcie, Bahrajnie i Maroku.\n"),
    ],
)
def test_victim_countries_are_never_parties(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.signatories == [] and f.authors == []
    assert "no_signatories" in {w.code for w in f.warnings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement\n\nThe governments of Turkey and Mexico have used spyware against activists.\n"),
        ("fr", "Déclaration commune\n\nLes gouvernements de la Turquie et du Mexique ont utilisé des logiciels espions.\n"),
        ("de", "Gemeinsame Erklärung\n\nDie Regierungen der Türkei und Mexikos haben Spähsoftware eingesetzt.\n"),
        ("es", "Declaración conjunta\n\nLos gobiernos de Turquía y México han usado programas espía.\n"),
    ],
)
def test_governments_doing_something_else_do_not_sign(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("en", "Joint Declaration\n\nThe governments of Austria, Chile and Sweden have agreed as follows:\n\n1. Share data.\n", ["AT", "CL", "SE"]),
        ("fr", "Déclaration commune\n\nLes gouvernements de l'Autriche, du Chili et de la Suède sont convenus de ce qui suit :\n\n1. Partager.\n", ["AT", "CL", "SE"]),
        ("de", "Gemeinsame Erklärung\n\nDie Regierungen Österreichs, Chiles und Schwedens verpflichten sich zu Folgendem:\n\n1. Teilen.\n", ["AT", "CL", "SE"]),
        ("es", "Declaración conjunta\n\nLos gobiernos de Austria, Chile y Suecia se comprometen a lo siguiente:\n\n1. Compartir.\n", ["AT", "CL", "SE"]),
        ("it", "Dichiarazione congiunta\n\nI governi di Austria, Cile e Svezia si impegnano a quanto segue:\n\n1. Condividere.\n", ["AT", "CL", "SE"]),
        ("pl", "Wspólna deklaracja\n\nRządy Austrii, Chile i Szwecji zobowiązują się do następujących działań:\n\n1. Dzielić się.\n", ["AT", "CL", "SE"]),
    ],
)
def test_the_governments_of_list_have_agreed(lang: str, text: str, codes: list[str]) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == codes
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.governments_agree"}


HEADERS = [
    ("en", "From: BE, CZ, EL and UK delegations\nTo: Working Party on Dual-Use Goods\nSubject: Recast\n\nThe delegations consider the text.", ["BE", "CZ", "GR", "GB"]),
    ("fr", "Origine : délégations BE, CZ, EL et UK\nDestinataire : Groupe « Biens à double usage »\nObjet : Refonte\n\nLes délégations estiment.", ["BE", "CZ", "GR", "GB"]),
    ("de", "Absender: Delegationen BE, CZ, EL und UK\nEmpfänger: Gruppe „Güter mit doppeltem Verwendungszweck“\nBetr.: Neufassung\n\nDie Delegationen meinen.", ["BE", "CZ", "GR", "GB"]),
    ("es", "Origen: delegaciones BE, CZ, EL y UK\nDestino: Grupo «Productos de doble uso»\nAsunto: Refundición\n\nLas delegaciones consideran.", ["BE", "CZ", "GR", "GB"]),
    ("pl", "Nadawca: delegacje BE, CZ, EL i UK\nAdresat: Grupa Robocza\nDotyczy: Przekształcenie\n\nDelegacje uważają.", ["BE", "CZ", "GR", "GB"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), HEADERS)
def test_council_delegations_are_authors_not_signatories(lang: str, text: str, codes: list[str]) -> None:
    f = facts(text, lang)
    assert f.signatories == []
    assert [a.actor.key for a in f.authors] == codes
    assert {a.evidence.extractor for a in f.authors} == {"authors.delegations_header"}


def test_header_not_at_a_line_start() -> None:
    text = ("Council of the European Union Brussels, 5 March 2025 WK 1234/2025 INIT From: DE, FR, PT delegations "
            "To: Delegations Subject: Non-paper\n\nGermany, France and Portugal propose changes.")
    f = facts(text, "en")
    assert [a.actor.key for a in f.authors] == ["DE", "FR", "PT"] and f.signatories == []


def test_to_delegations_is_the_recipient_not_an_author() -> None:
    f = facts("From: General Secretariat of the Council\nTo: Delegations\nSubject: Draft conclusions\n\nText.", "en")
    assert f.authors == [] and f.signatories == []


def test_a_code_that_is_another_states_iso_code_is_read_from_the_body() -> None:
    text = ("From: DE, LA, PT delegations\nTo: Working Party\n\n"
            "Germany, Latvia and Portugal ask for a longer transition.")
    f = facts(text, "en")
    assert [a.actor.key for a in f.authors] == ["DE", "LV", "PT"]
    assert "LA" not in {a.actor.key for a in f.authors}  # Laos is never a delegation
    assert "council_code" in {w.code for w in f.warnings}


def test_a_slip_code_with_no_name_in_the_body_is_a_warning_never_that_state() -> None:
    f = facts("From: DE, FR, LA, PT delegations\nTo: Working Party\n\nThe delegations ask for time.", "en")
    assert [a.actor.key for a in f.authors] == ["DE", "FR", "PT"]
    warned = [w for w in f.warnings if w.code == "unresolved_name"]
    assert len(warned) == 1 and "'LA'" in warned[0].message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Origine : délégations DE, LA et PT\nDestinataire : Groupe\n\nL'Allemagne, la Lettonie et le Portugal demandent un délai."),
        ("de", "Absender: Delegationen DE, LA und PT\nEmpfänger: Gruppe\n\nDeutschland, Lettland und Portugal bitten um Aufschub."),
        ("es", "Origen: delegaciones DE, LA y PT\nDestino: Grupo\n\nAlemania, Letonia y Portugal piden un aplazamiento."),
    ],
)
def test_a_slip_code_is_read_from_the_body_in_other_languages(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [a.actor.key for a in f.authors] == ["DE", "LV", "PT"]
    assert "council_code" in {w.code for w in f.warnings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Origine : délégations DE, LA et PT\nDestinataire : Groupe\n\nLes délégations demandent un délai."),
        ("de", "Absender: Delegationen DE, LA und PT\nEmpfänger: Gruppe\n\nDie Delegationen bitten um Aufschub."),
        ("es", "Origen: delegaciones DE, LA y PT\nDestino: Grupo\n\nLas delegaciones piden un aplazamiento."),
    ],
)
def test_a_slip_code_nothing_explains_is_never_that_state(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [a.actor.key for a in f.authors] == ["DE", "PT"]
    assert "unresolved_name" in {w.code for w in f.warnings}
