"""A statement's title naming its parties by adjectives ("Franco-German declaration",
"Česko-slovenské mezivládní konzultace"), and titles whose adjectives qualify something else."""

from __future__ import annotations

import pytest

from .helpers import facts, signed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement of the Irish and Danish Governments\n\nWe agree to build three lighthouses.\n", ["IE", "DK"]),
        ("en", "Franco-Italian Declaration\n\nThe two countries will share harbour data.\n", ["FR", "IT"]),
        ("de", "Gemeinsame Erklärung des österreichischen und des ungarischen Außenministers\n\nWir vereinbaren Zusammenarbeit.\n", ["AT", "HU"]),
        ("nl", "Havenoverleg - slotverklaring Deense en Zweedse regeringen\n\nWe werken samen aan vuurtorens.\n", ["DK", "SE"]),
        ("cs", "Společné prohlášení Česko-rakouské mezivládní konzultace\n\nObě vlády potvrzují spolupráci.\n", ["CZ", "AT"]),
        ("sk", "Spoločné vyhlásenie pri príležitosti II. slovensko – maďarských medzivládnych konzultácií\n\nObe vlády potvrdzujú spoluprácu.\n", ["SK", "HU"]),
        ("pl", "Wspólne oświadczenie z okazji polsko-litewskich konsultacji międzyrządowych\n\nOba rządy potwierdzają współpracę.\n", ["PL", "LT"]),
    ],
)
def test_adjectives_in_a_statement_title_name_its_parties(lang: str, text: str, expected: list[str]) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == expected
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title_adjectives"}
    assert [a.actor.iso2 for a in f.authors] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the adjectives qualify a border, a dispute or a language, not the statement's parties
        ("en", "Joint Statement on the Franco-Italian border crossings\n\nThe Union welcomes the reopening.\n"),
        ("de", "Gemeinsame Erklärung zum deutsch-polnischen Grenzstreit\n\nDie Union begrüßt die Einigung.\n"),
        ("pl", "Oświadczenie w sprawie polsko-litewskiego sporu granicznego\n\nUnia z zadowoleniem przyjmuje porozumienie.\n"),
        # a headline about a statement, not its title
        ("nl", "Deense en Zweedse regeringen tekenen verklaring over vuurtorens\n\nKopenhagen - De twee regeringen tekenden dinsdag.\n"),
        # one adjective only
        ("cs", "Společné prohlášení k české mezivládní konzultaci\n\nVláda potvrzuje spolupráci.\n"),
        # a compound whose parts are not all states
        ("en", "Joint Statement of the Euro-Atlantic and Irish partners\n\nWe agree.\n"),
    ],
)
def test_adjectives_that_qualify_something_else_give_no_signatory(lang: str, text: str) -> None:
    assert signed(text, lang) == []
