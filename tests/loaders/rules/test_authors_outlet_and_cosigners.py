"""Two more issuers read from a page's furniture: the outlet a byline names after a bar or a
dash (a web address, a brand in lower case, a name with a newspaper's word, in any language),
never a date, a state or a place; and every minister who signs a Dutch parliamentary letter."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "de": "Die Minister trafen sich am Freitag in Lima, um über Fangquoten zu beraten. Die Gespräche gehen im Mai weiter.\n\n",
    "pl": "Ministrowie spotkali się w piątek w Limie, aby omówić kwoty połowowe. Rozmowy będą kontynuowane w maju.\n\n",
    "it": "I ministri si sono riuniti venerdì a Lima per discutere delle quote di pesca. I colloqui riprenderanno a maggio.\n\n",
    "en": "The ministers met in Lima on Friday to discuss fishing quotas. Talks will resume in May.\n\n",
    "fr": "Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche. Les discussions reprendront en mai.\n\n",
    "nl": "Het kabinet steunt het voorstel op hoofdlijnen. Wel plaatst het kabinet kanttekeningen bij de uitvoerbaarheid.\n\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "byline", "person", "outlet"),
    [
        ("de", "Jakob Meier | tagesschau", "Jakob Meier", "tagesschau"),
        ("pl", "Anna Kowalska | Gazeta Wyborcza", "Anna Kowalska", "Gazeta Wyborcza"),
        ("it", "Di Marco Rossi – Corriere della Sera", "Marco Rossi", "Corriere della Sera"),
        ("en", "By Jane Doe | euobserver.com", "Jane Doe", "euobserver.com"),
    ],
)
def test_the_outlet_after_a_byline_s_bar_is_an_author_too(lang: str, byline: str, person: str, outlet: str) -> None:
    text = "Quotas\n\n" + byline + "\n\n" + _BODY[lang] * 3
    assert _authors(text, lang) == [(person, "authors.byline"), (outlet, "authors.byline_outlet")]


@pytest.mark.parametrize(
    ("lang", "byline", "person"),
    [
        ("de", "Von Jana Müller | Brüssel", "Jana Müller"),
        ("fr", "Par Jean Martin | Belgique", "Jean Martin"),
        ("pl", "Anna Kowalska | 12.05.2031", "Anna Kowalska"),
        ("en", "By Jane Doe | Lima", "Jane Doe"),
        ("de", "Jakob Meier | redakteur", "Jakob Meier"),
        ("pl", "Anna Kowalska | dziennikarka", "Anna Kowalska"),
        ("it", "Di Marco Rossi – politica", "Marco Rossi"),
    ],
)
def test_a_place_a_state_a_date_or_a_role_after_the_bar_is_no_outlet(lang: str, byline: str, person: str) -> None:
    text = "Quotas\n\n" + byline + "\n\n" + _BODY[lang] * 3
    assert _authors(text, lang) == [(person, "authors.byline")]


def test_every_minister_signing_a_dutch_letter_is_an_author() -> None:
    text = ("Geannoteerde agenda JBZ-Raad\n\n" + _BODY["nl"] * 3 + "De Minister van Justitie en Veiligheid,\n\nE.F. Bakker\n\n"
            "De Minister voor Rechtsbescherming,\n\nG.H. Visser\n")
    assert _authors(text, "nl") == [
        ("Minister van Justitie en Veiligheid", "authors.letter_signature"), ("E.F. Bakker", "authors.letter_signature"),
        ("Minister voor Rechtsbescherming", "authors.letter_signature"), ("G.H. Visser", "authors.letter_signature"),
    ]


def test_a_minister_named_far_below_the_signature_is_no_cosigner() -> None:
    text = ("Geannoteerde agenda Raad\n\n" + _BODY["nl"] + "De Minister van Financiën,\n\nC.D. Jansen\n\n" + _BODY["nl"] * 6
            + "De Minister van Defensie,\n\nE.F. Smit\n")
    assert [n for n, _ in _authors(text, "nl")] == ["Minister van Financiën", "C.D. Jansen"]


@pytest.mark.parametrize(
    ("signature", "office", "person"),
    [
        ("De minister van Havens en Vaart,\n\nAnna de Vries\n", "minister van Havens en Vaart", "Anna de Vries"),
        ("De Minister voor Water,\n\nPieter Jansen\n", "Minister voor Water", "Pieter Jansen"),
        ("De minister van Landbouw, Natuur en Visserij,\n\nKarel Smit\n", "minister van Landbouw, Natuur en Visserij", "Karel Smit"),
        ("De staatssecretaris van Havens,\n\nEva van der Berg\n", "staatssecretaris van Havens", "Eva van der Berg"),
    ],
)
def test_a_dutch_signer_by_full_name_alone_on_the_line_below_is_read(signature: str, office: str, person: str) -> None:
    text = "Geannoteerde agenda Raad\n\n" + _BODY["nl"] * 3 + signature
    assert _authors(text, "nl") == [(office, "authors.letter_signature"), (person, "authors.letter_signature")]


def test_a_full_name_running_on_into_a_sentence_is_no_signature() -> None:
    text = "Geannoteerde agenda Raad\n\n" + _BODY["nl"] * 3 + "De minister van Havens en Vaart, Anna de Vries heeft gisteren gesproken.\n"
    assert _authors(text, "nl") == []
