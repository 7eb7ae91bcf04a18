"""The first sentence under a statement's title naming its parties by adjectives before
the governments' or leaders' noun ("The Estonian and Finnish governments today agreed"),
and the same sentence under a headline, which names none."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement\n\nThe Estonian and Finnish governments today agreed to deepen cooperation on energy.\n", ["EE", "FI"]),
        ("en", "Joint Statement\n\nThe Estonian and Finnish Prime Ministers met in Tallinn on 3 May 2031.\n", ["EE", "FI"]),
        ("de", "Gemeinsame Erklärung\n\nDie estnische und die finnische Regierung haben heute vereinbart, die Zusammenarbeit zu vertiefen.\n", ["EE", "FI"]),
        ("nl", "Gezamenlijke verklaring\n\nDe Belgische en Nederlandse regeringen zijn overeengekomen nauwer samen te werken.\n", ["BE", "NL"]),
        ("pl", "Wspólne oświadczenie\n\nPolski i litewski rząd uzgodniły pogłębienie współpracy.\n", ["PL", "LT"]),
    ],
)
def test_adjectives_opening_the_first_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Leaders meet in Tallinn\n\nThe Estonian and Finnish governments today agreed to deepen cooperation on energy.\n"),
        ("de", "Treffen in Tallinn\n\nDie estnische und die finnische Regierung haben heute vereinbart, die Zusammenarbeit zu vertiefen.\n"),
        ("nl", "Overleg in Brussel\n\nDe Belgische en Nederlandse regeringen zijn overeengekomen nauwer samen te werken.\n"),
        ("en", "Joint Statement\n\nWe welcome that the Estonian and Finnish governments agreed to deepen cooperation.\n"),
    ],
)
def test_adjectives_outside_a_statements_first_words_name_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
