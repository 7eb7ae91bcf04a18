"""The stance anchors' literal scan finds what the anchors' regex finds."""

import re

import pytest

from loaders.rules.literal_scan import LiteralScan
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_patterns import anchor_pattern


def _spans(matches):
    return [(m.start(), m.end()) for m in matches]


@pytest.mark.parametrize("text, pos, endpos", [
    ("they oppose the opposition to the plan", 0, None),
    ("opposed, opposes; oppose.", 0, None),
    ("in favour of the plan, in favour of nothing", 3, 30),
    ("backing back backed", 0, 12),
    ("", 0, None),
])
def test_literal_scan_matches_the_alternation(text, pos, endpos):
    rx = re.compile("|".join(re.escape(a) for a in sorted(["oppos", "opposition to", "in favour of", "back", "backing", "d, o"], key=len, reverse=True)))
    scan = LiteralScan(rx)
    end = len(text) if endpos is None else endpos
    assert _spans(scan.finditer(text, pos, endpos)) == _spans(rx.finditer(text, pos, end))


def test_overlapping_literals_take_the_first_alternative_and_never_overlap():
    rx = re.compile(r"abc|ab|bcd|c")
    text = "abcd abd bcd cc"
    assert _spans(LiteralScan(rx).finditer(text)) == _spans(rx.finditer(text)) == [(0, 3), (5, 7), (9, 12), (13, 14), (14, 15)]


def test_a_pattern_that_is_no_plain_alternation_is_run_as_it_is():
    rx = re.compile(r"op+ose|back")
    scan = LiteralScan(rx)
    assert _spans(scan.finditer("we oppose and back it")) == [(3, 9), (14, 18)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "pl", "sv"])
def test_every_language_scans_its_anchors_as_literals(lang):
    cues = lang_cues(lang)
    assert cues.anchors is not None and cues.anchors._literals is not None
    text = " ".join(cues.anchors._literals[::3]) + " und so weiter, and so on"
    assert _spans(cues.anchors.finditer(text, 2, len(text) - 3)) == _spans(cues.anchors.pattern.finditer(text, 2, len(text) - 3))


def test_anchor_pattern_escapes_round_trip():
    rx = anchor_pattern([r"stand(?:s|ing) up for", r"vote d'abord"])
    assert rx is not None and LiteralScan(rx)._literals is not None


def test_the_trie_finds_what_the_longest_first_alternation_finds():
    import random

    rng = random.Random(7)
    for _ in range(400):
        literals = sorted({"".join(rng.choice("ab .") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))}, key=len, reverse=True)
        rx = re.compile("|".join(re.escape(a) for a in literals))
        scan = LiteralScan(rx)
        assert scan._trie is not None
        text = "".join(rng.choice("ab .x") for _ in range(rng.randint(0, 40)))
        assert _spans(scan.finditer(text, 1, len(text))) == _spans(rx.finditer(text, 1, len(text)))


def test_a_prefix_listed_before_its_longer_literal_keeps_the_first_alternative():
    rx = re.compile(r"ab|abc")
    scan = LiteralScan(rx)
    assert scan._trie is None
    assert _spans(scan.finditer("abc abcab")) == _spans(rx.finditer("abc abcab")) == [(0, 2), (4, 6), (7, 9)]


def test_literal_trie_shares_prefixes():
    from loaders.rules.literal_scan import literal_trie

    assert literal_trie(["oppos", "opposition to"]) == r"oppos(?:ition\ to)?"
    assert re.fullmatch(literal_trie(["back", "backing", "ban"]), "backing")
