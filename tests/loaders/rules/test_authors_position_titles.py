"""A state's position named in the paper's own title with the language's plain noun of a
position ("Position de la France sur ...", "Rámcová pozice České republiky k ...",
"Stanowisko Rządu Rzeczypospolitej Polskiej w sprawie ...", "Poziția României privind ...").
Such a noun heads news as often as papers, so a title that is only that noun gives nothing
on a page with a byline or an agency credit, or when the line asks or quotes."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "fr": "La proposition devrait être améliorée sur plusieurs points. Les règles d'accès aux données doivent rester proportionnées.\n",
    "cs": "Návrh by měl být v několika ohledech zlepšen. Pravidla přístupu k údajům musí zůstat přiměřená.\n",
    "pl": "Wniosek powinien zostać poprawiony w kilku punktach. Zasady dostępu do danych muszą pozostać proporcjonalne.\n",
    "es": "La propuesta debería mejorarse en varios aspectos. Las normas de acceso a los datos deben ser proporcionadas.\n",
    "it": "La proposta dovrebbe essere migliorata sotto diversi aspetti. Le norme sull'accesso ai dati devono restare proporzionate.\n",
    "nl": "Het voorstel moet op een aantal punten worden verbeterd. De regels voor toegang tot gegevens moeten evenredig blijven.\n",
    "ro": "Propunerea ar trebui îmbunătățită în mai multe privințe. Regulile de acces la date trebuie să rămână proporționale.\n",
    "en": "The proposal should be improved in several respects. The rules on access to data must remain proportionate.\n",
}


def _states(text: str, lang: str) -> list[str | None]:
    return [a.actor.iso2 for a in facts(text, lang).authors if a.evidence.extractor == "authors.paper_by"]


@pytest.mark.parametrize(
    ("lang", "title", "iso2"),
    [
        ("fr", "Position de la France sur la proposition de règlement sur les données", ["FR"]),
        ("cs", "Rámcová pozice České republiky k návrhu nařízení o datech", ["CZ"]),
        ("pl", "Stanowisko Rządu Rzeczypospolitej Polskiej w sprawie projektu rozporządzenia", ["PL"]),
        ("es", "Posición de España sobre la propuesta de reglamento de datos", ["ES"]),
        ("it", "Posizione dell'Italia sulla proposta di regolamento sui dati", ["IT"]),
        ("nl", "Standpunt van Nederland over het voorstel voor een dataverordening", ["NL"]),
        ("en", "Position of the Government of Austria on the proposed data regulation", ["AT"]),
    ],
)
def test_a_title_naming_a_state_s_position_gives_the_state(lang: str, title: str, iso2: list[str]) -> None:
    assert _states(title + "\n\n" + _BODY[lang] + _BODY[lang], lang) == iso2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Position of France on data rules hardens\n\nBy Jane Doe\n\n"),
        ("fr", "Position de la France sur les données : un revirement ?\n\n"),
        ("es", "Posición de España sobre los datos\n\nMADRID, 12 mar (EFE).- "),
        ("it", "Posizione dell'Italia sui dati: \"un errore\"\n\n"),
    ],
)
def test_a_headline_on_a_state_s_position_gives_no_author(lang: str, text: str) -> None:
    assert _states(text + _BODY[lang] + _BODY[lang], lang) == []
