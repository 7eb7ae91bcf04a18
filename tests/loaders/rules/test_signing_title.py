"""Parties named by a statement's title, by its leaders ("We, the prime ministers of ..."),
or as the subject of its first sentence right under a statement heading."""

from __future__ import annotations

import pytest

from .helpers import facts


def _codes(text: str, lang: str) -> list[str]:
    return [s.iso2 or "" for s in facts(text, lang).signatories]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement by the Foreign Ministers of Estonia, Ghana and Peru\n\nWe will keep sea lanes open.\n"),
        ("de", "Gemeinsame Erklärung der Außenminister Estlands, Ghanas und Perus\n\nWir halten die Seewege offen.\n"),
        ("pt", "Comunicado conjunto dos ministros dos Negócios Estrangeiros da Estónia, do Gana e do Peru\n\nManteremos as rotas abertas.\n"),
        ("es", "Declaración conjunta de los gobiernos de Estonia, Ghana y Perú\n\nMantendremos abiertas las rutas.\n"),
        ("fi", "Viron, Ghanan ja Perun ulkoministerien yhteinen julkilausuma\n\nPidämme meritiet avoimina.\n"),
        ("el", "Κοινή δήλωση των υπουργών Εσθονίας – Γκάνας – Περού\n\nΚρατάμε ανοιχτούς τους θαλάσσιους δρόμους.\n"),
    ],
)
def test_a_title_that_names_its_parties(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Estonia and Ghana sign a joint declaration on sea lanes\n\nThe two governments met on Friday.\n"),
        ("de", "Estland und Ghana unterzeichnen gemeinsame Erklärung\n\nDie Minister trafen sich am Freitag.\n"),
        ("fr", "L'Estonie et le Ghana signent une déclaration commune\n\nLes ministres se sont vus vendredi.\n"),
        ("en", "Joint statement on sea lanes criticised by Estonia and Ghana\n\nBoth said it went too far.\n"),
    ],
)
def test_a_headline_about_a_statement_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We, the prime ministers of Estonia, Ghana and Peru, affirm our resolve."),
        ("nl", "Wij, de premiers van Estland, Ghana en Peru, bevestigen onze vastberadenheid."),
        ("de", "Wir, die Außenminister Estlands, Ghanas und Perus, bekräftigen unsere Entschlossenheit."),
        ("fr", "Nous, les ministres des affaires étrangères de l'Estonie, du Ghana et du Pérou, affirmons notre volonté."),
        ("fi", "Me Viron, Ghanan ja Perun ulkoministerit vahvistamme päättäväisyytemme."),
    ],
)
def test_leaders_stand_where_governments_stand(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.we_the_governments"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement\n\nThe foreign ministers of Estonia, Ghana and Peru met today to discuss sea lanes.\n"),
        ("sv", "Gemensamt uttalande\n\nEstlands, Ghanas och Perus utrikesministrar diskuterade idag sjövägarna.\n"),
        ("de", "Gemeinsame Erklärung\n\nDie Außenminister Estlands, Ghanas und Perus trafen sich heute in Accra.\n"),
        ("es", "Declaración conjunta\n\nLos ministros de Asuntos Exteriores de Estonia, Ghana y Perú se reunieron hoy en Accra.\n"),
    ],
)
def test_ministers_meeting_under_a_statement_heading(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.governments_agree"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Weekly news\n\nThe foreign ministers of Estonia, Ghana and Peru met today to discuss sea lanes.\n"),
        ("sv", "Veckans nyheter\n\nEstlands, Ghanas och Perus utrikesministrar diskuterade idag sjövägarna.\n"),
        ("de", "Nachrichten der Woche\n\nDie Außenminister Estlands, Ghanas und Perus trafen sich heute in Accra.\n"),
        ("es", "Noticias de la semana\n\nLos ministros de Asuntos Exteriores de Estonia, Ghana y Perú se reunieron hoy en Accra.\n"),
    ],
)
def test_a_meeting_reported_outside_a_statement_is_no_signature(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


def test_a_statement_printed_whole_in_quotation_marks_under_its_title_is_its_own_text() -> None:
    text = "Joint statement of three leaders\n\n\u201cWe, the prime ministers of Estonia, Ghana and Peru, affirm our resolve.\u201d\n"
    assert _codes(text, "en") == ["EE", "GH", "PE"]


def test_the_same_quotation_further_down_a_news_page_is_reported() -> None:
    text = ("Leaders meet\n\nAccra, 2 May 2025\n\nThe meeting was brief.\n\nThe leaders spoke at noon.\n\n"
            "\u201cWe, the prime ministers of Estonia, Ghana and Peru, affirm our resolve.\u201d\n")
    f = facts(text, "en")
    assert f.signatories == [] and [r.kind for r in f.reported_documents] == ["joint_statement"]
