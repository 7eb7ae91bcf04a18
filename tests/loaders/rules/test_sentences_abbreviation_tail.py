"""The cheap test before a full stop (an abbreviation's piece right before it, read
backwards) never rules out a stop that an abbreviation holds: with and without it,
every stop gets the same verdict (texts built here from the curated pieces)."""

from __future__ import annotations

import random

import pytest

from loaders.names.resources import load_yaml
from loaders.rules.sentences import _covers, abbreviations, split_sentences, trimmed_lines

_LANGS = sorted(load_yaml("abbreviations.yaml")["languages"])
_FILLER = list(" .  ..\n\t\u00a0aAbBzZéÉ1234,;:!?\"”»)(ſKıİσΣ")


def _forms() -> list[str]:
    data = load_yaml("abbreviations.yaml")
    out = []
    for spec in [data["common"], *data["languages"].values()]:
        for key in ("always", "before_number"):
            out += [str(f) for f in spec.get(key) or []]
    return out


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    forms = _forms()
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            r = rng.random()
            if r < 0.5:
                parts.append(rng.choice(forms))
            elif r < 0.6:
                parts.append(rng.choice(forms).upper())
            else:
                parts.append("".join(rng.choice(_FILLER) for _ in range(rng.randint(0, 6))))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("lang", _LANGS)
def test_the_tail_test_agrees_with_the_full_search_at_every_stop(lang: str) -> None:
    abbr = abbreviations(lang)
    pairs = [(abbr.always, abbr.always_tail), (abbr.before_number, abbr.before_number_tail)]
    checked = 0
    for text in _texts(sum(map(ord, lang)), 300):
        for dot, ch in enumerate(text):
            if ch != ".":
                continue
            for rx, tail in pairs:
                assert _covers(rx, tail, text, dot, len(text)) == _covers(rx, None, text, dot, len(text)), (text, dot)
                checked += 1
    assert checked > 300


def test_a_stop_after_an_abbreviation_is_still_covered() -> None:
    abbr = abbreviations("de")
    text = "Einige Staaten, z. B. Schweden, lehnen das ab."
    inner = text.index("z.") + 1
    assert _covers(abbr.always, abbr.always_tail, text, inner, len(text))
    last = text.index("B.") + 1
    assert _covers(abbr.always, abbr.always_tail, text, last, len(text))
    assert not _covers(abbr.always, abbr.always_tail, text, len(text) - 1, len(text))


def test_abbreviations_in_capitals_and_other_scripts_keep_their_stop() -> None:
    text = "SEE ART. 5 OF IT. DONE."
    assert [text[s:e].strip() for s, e in split_sentences(text, 0, len(text), "en")] == ["SEE ART. 5 OF IT.", "DONE."]
    text = "Ο κ. Παπαδόπουλος μίλησε. Η Σουηδία συμφωνεί."
    assert len(split_sentences(text, 0, len(text), "el")) == 2


def test_trimmed_lines_are_the_lines_without_their_outer_spaces() -> None:
    text = "  first line \n\n\t\u2028second\u00a0 \n   \nthird"
    assert [text[s:e] for s, e in trimmed_lines(text, 0, len(text))] == ["first line", "second", "third"]
    assert [text[s:e] for s, e in trimmed_lines(text, 3, 9)] == ["irst l"]
