"""The prefix scan of a cue pattern finds exactly what the pattern's own ``finditer`` finds."""

import random
import re

import pytest

from loaders.rules.literal_scan import PrefixScan, match_prefixes
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_patterns import any_of


def _found(matches):
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def test_prefixes_read_through_groups_branches_and_optional_words():
    rx = re.compile(r"(?<![^\W\d_])(?:(?:za)?głosuj\w* przeciw|(?:se )?opon(?:e|en))", re.I)
    assert match_prefixes(rx) == {"zagłosuj", "głosuj", "se opone", "opone", "oponen"}  # eight letters kept at most


def test_an_optional_word_is_read_whole_before_what_follows():
    rx = re.compile(r"(?:a |ont |avaient )?(?:proposé|ajouté) des", re.I)
    assert match_prefixes(rx) == {"a propos", "a ajouté", "ont prop", "ont ajou", "avaient ", "proposé ", "ajouté d"}


def test_a_whitespace_class_is_a_prefix_letter_and_an_open_class_ends_the_prefix():
    assert match_prefixes(re.compile(r"(?<=,)\s+(?:long )?critics", re.I)) == {"\x01\x00"}  # after a comma; more spaces may follow
    assert match_prefixes(re.compile(r"\w+ against", re.I)) is None  # a match may open with any letter
    assert match_prefixes(re.compile(r"(?:very )*against", re.I)) is None


def test_a_pattern_without_prefixes_is_run_as_it_is():
    rx = re.compile(r"[a-z]+ed", re.I)
    assert _found(PrefixScan(rx).finditer("Backed and opposed")) == _found(rx.finditer("Backed and opposed"))


@pytest.mark.parametrize("text, pos, end", [
    ("Sweden opposes it; Finland, opposing it too, supports nothing", 0, None),
    ("unopposed, nonsupport, OPPOSE and Supports", 0, None),
    ("the states oppose", 12, None),  # a match may not start before pos, a word may start inside the text
    ("they strongly opposed the plan", 0, 18),  # nor end after endpos
    ("İ support; ſupports; Kelvin: \u212aeeps", 0, None),  # letters re.IGNORECASE folds with another's case
    ("", 0, None),
])
def test_the_scan_finds_the_patterns_matches(text, pos, end):
    oppose = any_of([r"oppos(?:e|es|ed|ing)", r"(?:is|are) against"], word_start=True)
    support = any_of([r"supports?", r"(?:is|are) in favour of", "keeps", "i support"], word_start=True)
    rx = re.compile(f"(?P<o>{oppose.pattern})|(?P<s>{support.pattern})", re.I)
    stop = len(text) if end is None else end
    assert _found(PrefixScan(rx).finditer(text, pos, stop)) == _found(rx.finditer(text, pos, stop))


def test_the_comma_apposition_cue_is_found_after_any_whitespace():
    rx = re.compile(r"(?<![^\W\d_])(?:(?<=,)\s+(?:long )?critics of)", re.I)
    text = "Austria,\u00a0long critics of it, and Malta,\ncritics of it"
    assert _found(PrefixScan(rx).finditer(text)) == _found(rx.finditer(text)) == [(8, 24, None), (39, 50, None)]


@pytest.mark.parametrize("lang", ["en", "de", "es", "pl", "cs", "el"])
def test_every_languages_predicate_scan_agrees_with_its_pattern_on_shuffled_words(lang):
    cues = lang_cues(lang)
    words = re.findall(r"[^\W\d_]+", " ".join(re.sub(r"\\.|[^\w ]", " ", cues.predicate.pattern).split()[:400]))
    rng = random.Random(15)
    for _ in range(60):
        text = "".join(rng.choice(words) + rng.choice([" ", ", ", "", " \n", "-"]) for _ in range(rng.randint(3, 30)))
        text = "".join(ch.upper() if rng.random() < 0.1 else ch for ch in text)
        a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
        assert _found(cues.predicate_scan.finditer(text, a, b)) == _found(cues.predicate.finditer(text, a, b))


@pytest.mark.parametrize("pos", range(0, 12))
def test_a_place_after_a_comma_is_found_from_any_start(pos):
    rx = re.compile(r"(?<![^\W\d_])(?:(?<=,)\s+critics|,x|critics)", re.I)
    assert match_prefixes(rx) is None  # a prefix opening with a comma would be told from the mark by nothing
    rx = re.compile(r"(?<![^\W\d_])(?:(?<=,)\s+critics|critics of)", re.I)
    text = "Malta, critics of, critics,\tcritics"
    assert _found(PrefixScan(rx).finditer(text, pos)) == _found(rx.finditer(text, pos))
