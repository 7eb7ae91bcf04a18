"""Curated names are found as whole words wherever a word of the text starts one."""

from __future__ import annotations

import re

from loaders.rules.gazetteers import _index, find_named


def _every_word(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The definition, word by word: each word looked up among the forms' first words."""
    by_first, by_form = _index()
    out, taken = [], start
    for tok in re.finditer(r"[^\W_]+", text[:end]):
        s = tok.start()
        if s < start or s < taken or tok.group() not in by_first or (s > 0 and re.match(r"\w", text[s - 1])):
            continue
        for form in by_first[tok.group()]:
            e = s + len(form)
            if e <= end and text.startswith(form, s) and not (e < len(text) and re.match(r"\w", text[e])):
                out.append((by_form[form].key, s, e))
                taken = e
                break
    return out


def test_forms_are_found_as_whole_words_at_any_window():
    forms = sorted(_index()[1], key=len)
    lowercase = [f for f in forms if not f[:1].isupper()]
    pieces = []
    for form in forms[:25] + forms[-10:] + lowercase:
        pieces += [f"le rapport de {form}, publié hier", f"x{form} _{form} {form}_ ({form}) {form[1:]} {form}9"]
    text = " ; ".join(pieces)
    found = [(n.key, s, e) for n, s, e in find_named(text)]
    assert found == _every_word(text, 0, len(text))
    assert len(found) >= len(forms[:25]) + len(lowercase)
    for start in range(0, len(text), 97):
        end = min(len(text), start + 400)
        assert [(n.key, s, e) for n, s, e in find_named(text, start, end)] == _every_word(text, start, end)
