"""Members of a parliament who table a question or a motion are its authors: the header
("Question écrite de M. ...", "Kleine Anfrage der Abgeordneten ...", "Interrogazione ...
presentata da ..."), a "presented by" list closed by the members' word, the European
Parliament's "Rule 138 / Name (Group)" and the French "M. X attire l'attention de". Traps:
an answer to a question, a news lead naming a motion's author, a name that is also a state."""

from __future__ import annotations

import pytest

from .helpers import facts


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("fr", "Question écrite n° 01234 de M. DURAND Paul (Jura - LR) publiée le 03/05/2031\n\n"
               "M. Paul Durand attire l'attention de M. le ministre de la mer sur la réforme des ports de pêche.\n",
         ["Paul Durand"]),
        ("fr", "N° 999\nASSEMBLÉE NATIONALE\nPROPOSITION DE RÉSOLUTION EUROPÉENNE\nsur la réforme des ports,\nprésentée par\n"
               "Mme Claire LEBLANC, M. Louis MOREAU,\ndéputés.\nEXPOSÉ DES MOTIFS\nMesdames, Messieurs, les ports souffrent.\n",
         ["Claire Leblanc", "Louis Moreau"]),
        ("fr", "M. Jean Martin attire l'attention de Mme la ministre de la mer sur la réforme des ports de pêche. Il lui demande ses intentions.\n",
         ["Jean Martin"]),
        ("de", "Kleine Anfrage der Abgeordneten Anna Beispiel, Max Mustermann und der Fraktion der Hafenpartei\n\n"
               "Reform der Hafenordnung\n\nWir fragen die Bundesregierung: Wann kommt die Reform?\n",
         ["Anna Beispiel", "Max Mustermann"]),
        ("it", "Interrogazione a risposta scritta 4-01234 presentata da On. Marco Bianchi\n\n"
               "Al Ministro delle infrastrutture. Per sapere quando arriverà la riforma dei porti.\n",
         ["Marco Bianchi"]),
        ("es", "Pregunta con respuesta escrita formulada por Dña. Lucía Herrera Gil (GP)\n\n"
               "¿Qué medidas piensa adoptar el Gobierno sobre los puertos pesqueros?\n",
         ["Lucía Herrera Gil"]),
        ("en", "Question for written answer E-001234/2031\nto the Commission\nRule 138\nJane Examplewood (Renew), Piet Voorbeeld (Verts/ALE)\n"
               "Subject: Reform of fishing ports\nWill the Commission propose a reform of fishing ports?\n",
         ["Jane Examplewood", "Piet Voorbeeld"]),
    ],
)
def test_the_members_who_table_it_are_its_authors(lang: str, text: str, names: list[str]) -> None:
    assert _people(text, lang) == names


def test_a_member_whose_given_name_is_a_state_keeps_the_name() -> None:
    text = "PROPOSITION DE LOI\nprésentée par\nMme Dominique BERNARD,\ndéputée.\nEXPOSÉ DES MOTIFS\nLes ports souffrent.\n"
    assert _people(text, "fr") == ["Dominique Bernard"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an answer: the government's, never the member's who asked
        ("fr", "Réponse du Ministère de la mer publiée le 12/06/2031\nQuestion écrite de M. DURAND Paul (Jura - LR)\nLa réforme des ports avance.\n"),
        # a news lead naming a motion's author, with no members' word closing the list
        ("fr", "Une proposition de résolution présentée par Mme Claire Leblanc, députée écologiste, a été rejetée mardi par la commission.\n"),
        ("de", "Die Abgeordnete Anna Beispiel hat am Dienstag eine Kleine Anfrage zur Hafenordnung gestellt, berichtet die Zeitung.\n"),
        # a header naming the group, not members
        ("de", "Antrag der Abgeordneten der Fraktion der Hafenpartei\n\nDer Bundestag wolle beschließen: Die Reform kommt.\n"),
    ],
)
def test_no_member_outside_those_places(lang: str, text: str) -> None:
    assert _people(text, lang) == []
