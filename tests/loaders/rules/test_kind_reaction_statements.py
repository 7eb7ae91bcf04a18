"""Kind: an organisation's press statement framed as one reaction handed to its speaker
("Responding to the vote, the federation's president said: “...”"), in several languages,
and the frames that are not an organisation's (a minister speaking, a wire story); every
text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Vote on drone rules falls short\n\nThe Parliament today adopted its position on the drone regulation.\n\n"
               "Responding to the vote, Federation President Anna Berg said:\n\n"
               "“This text leaves pilots without protection. It has to be fixed in the talks.”"),
        ("de", "Zur Abstimmung über die Drohnenverordnung erklärt Verbandspräsident Dr. Jan Vogel: „Das Ergebnis "
               "lässt die Piloten ohne Schutz. Es muss in den Verhandlungen nachgebessert werden.“"),
        ("fr", "Vote sur les drones : un texte insuffisant\n\nEn réaction au vote du Parlement, la présidente de la "
               "fédération, Claire Petit, a déclaré : « Ce texte laisse les pilotes sans protection. »"),
        ("es", "Votación sobre drones\n\nEn respuesta a la votación, el presidente de la federación, Luis Gómez, "
               "declaró: “El texto deja a los pilotos sin protección y debe corregirse.”"),
        ("pl", "Głosowanie w sprawie dronów\n\nW odpowiedzi na głosowanie prezes federacji Anna Nowak powiedziała: "
               "„Ten tekst zostawia pilotów bez ochrony i trzeba go poprawić.”"),
        ("nl", "Stemming over drones\n\nIn reactie op de stemming zei voorzitter van de federatie Piet Jansen: "
               "“Deze tekst laat piloten zonder bescherming en moet worden verbeterd.”"),
        ("hu", "Szavazás a drónokról\n\nA szavazásra reagálva a szövetség elnöke, Kovács Anna elmondta: "
               "„A szöveg védelem nélkül hagyja a pilótákat, ezt javítani kell.”"),
    ],
)
def test_a_reaction_statement_is_an_organisations_statement(lang: str, text: str) -> None:
    assert signals(text, [lang]).reaction_statement
    assert k(text, lang) == "ngo_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Zur Abstimmung über die Drohnenverordnung erklärt Bundesminister Max Muster: „Das Ergebnis ist ein "
               "guter Kompromiss für alle Beteiligten.“"),
        ("en", "Vote on drone rules\n\nResponding to the vote, the Minister for Transport Anna Berg said:\n\n"
               "“This is a good compromise for everyone.”"),
        ("fr", "Vote sur les drones\n\nEn réaction au vote, le ministre des transports, Jean Dupont, a déclaré : "
               "« C'est un bon compromis. »"),
    ],
)
def test_a_holder_of_public_office_reacting_is_no_organisations_statement(lang: str, text: str) -> None:
    # the frame is the same; the speaker is a minister, as a ministry's release reads
    assert not signals(text, [lang]).reaction_statement
    assert k(text, lang) != "ngo_statement"


def test_the_object_of_the_reaction_may_name_a_government() -> None:
    # the government is what the organisation reacts to; its own president speaks
    text = ("Zum Plan der Bundesregierung für neue Fristen erklärt Vorstandssprecherin Eva Roth: "
            "„Wir begrüßen den Schritt, er reicht aber nicht.“")
    assert signals(text, ["de"]).reaction_statement
    assert k(text, "de") == "ngo_statement"


def test_wire_copy_with_a_reaction_stays_news() -> None:
    text = ("Drone vote draws criticism\n\nBRUSSELS (Reuters) - The European Parliament adopted its drone rules on "
            "Tuesday.\n\nResponding to the vote, federation president Anna Berg said: “This text falls short.”")
    assert k(text, "en") == "news"


def test_a_colon_without_a_reaction_word_is_no_reaction_statement() -> None:
    text = ("Drone rules adopted\n\nThe Parliament adopted the drone rules. The rapporteur summed it up:\n\n"
            "“We have found a balance.”")
    assert not signals(text, ["en"]).reaction_statement
