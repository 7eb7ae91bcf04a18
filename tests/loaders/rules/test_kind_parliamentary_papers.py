"""Kind: the papers of national parliaments by the formulas each prints on them (a print
number, a committee's report, a government's annotated agenda for parliament), in several
languages; every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Sejm Rzeczypospolitej Polskiej\nDruk nr 4321\nSprawozdanie Komisji o rządowym projekcie ustawy o dronach\n"
               "Komisja wnosi o uchwalenie projektu w brzmieniu załączonym do sprawozdania."),
        ("cs", "Poslanecká sněmovna\nSněmovní tisk 321\nVládní návrh zákona o bezpilotních letadlech\n"
               "Návrh upravuje pravidla pro provoz bezpilotních letadel veřejnými orgány."),
        ("es", "Proposición no de ley sobre el uso de drones por las administraciones públicas\n"
               "El Grupo Parlamentario presenta la siguiente proposición para su debate en Comisión."),
        ("it", "Resoconto stenografico della seduta n. 12\nLa seduta comincia alle 10.\n"
               "La Commissione prosegue l'esame della proposta di regolamento sui droni."),
        ("sv", "Kommenterad dagordning inför rådsmöte om transport\nDagordningspunkt 3: Förordning om drönare\n"
               "Regeringen avser att ställa sig bakom förslaget."),
        ("fi", "Liikennevaliokunnan mietintö\nHallituksen esitys laiksi miehittämättömistä ilma-aluksista\n"
               "Valiokunta puoltaa esityksen hyväksymistä muutettuna."),
        ("hu", "Irományszám: T/1234\nAz Országgyűlés Európai ügyek bizottsága\n"
               "A bizottság megtárgyalta a drónokról szóló rendeletjavaslatot."),
    ],
)
def test_a_parliaments_paper_is_other(lang: str, text: str) -> None:
    assert signals(text, [lang]).parliamentary
    assert k(text, lang) == "other"


def test_news_on_a_parliamentary_committee_stays_news() -> None:
    text = ("Komisja poparła projekt o dronach\n\nWARSZAWA, 5 marca 2031 (PAP) - Komisja do spraw Unii Europejskiej "
            "poparła we wtorek projekt przepisów o dronach, poinformował rzecznik Sejmu.\n\n"
            "\"To dobry kompromis\", powiedział przewodniczący komisji.")
    assert k(text, "pl") == "news"
