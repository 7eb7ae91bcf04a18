"""Kind: a page headed by an act's name is the act only where the heading names its issuer
or the text holds provisions; a page that names an act and its subject and describes it is
no act. In several languages, every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Rozporządzenie w sprawie dronów\n\nRozporządzenie ustanawia wspólne zasady dla organów publicznych "
               "korzystających z dronów. Dotyczy policji, służby celnej i straży pożarnej.\n\nNajważniejsze elementy\n"
               "• rejestracja\n• ograniczenia rozpoznawania twarzy"),
        ("de", "Verordnung über Polizeidrohnen\n\nDie Verordnung legt gemeinsame Regeln für Behörden fest, die Drohnen "
               "einsetzen. Sie gilt für Polizei, Zoll und Feuerwehr.\n\nWichtige Elemente\n• Registrierung"),
        ("it", "Regolamento sui droni della polizia\n\nIl regolamento stabilisce regole comuni per le autorità pubbliche "
               "che usano droni. Si applica a polizia, dogane e vigili del fuoco."),
    ],
)
def test_a_page_describing_an_act_it_names_is_no_act(lang: str, text: str) -> None:
    assert signals(text, [lang]).act_word_title
    assert not signals(text, [lang]).act_own_title
    assert k(text, lang) != "legal_act"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Verordnung über Polizeidrohnen\n\nArtikel 1\nGegenstand\n\nDiese Verordnung regelt den Einsatz von "
               "Drohnen durch Behörden."),
        ("pl", "Rozporządzenie w sprawie dronów policyjnych\n\n§ 1. Rozporządzenie określa zasady używania dronów "
               "przez organy publiczne."),
        ("fr", "Décision relative aux drones de la police\n\nArticle premier\n\nLa présente décision fixe les règles applicables "
               "aux drones des autorités publiques."),
    ],
)
def test_an_act_name_over_provisions_is_an_act(lang: str, text: str) -> None:
    assert signals(text, [lang]).act_own_title
    assert k(text, lang) == "legal_act"
