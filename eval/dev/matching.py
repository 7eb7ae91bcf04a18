"""Small pure functions that decide whether an extracted party or target is an expected one.

Names of organisations and people are compared after folding case, accents and
punctuation, against the expected name and its aliases; an extracted name carrying an
acronym in brackets ("European Digital Rights (EDRi)") matches by either part. Nothing
here is fuzzy beyond that: a near miss is a miss, so the figures stay conservative.
"""

from __future__ import annotations

import re
import unicodedata

from eval.dev.cases import Actor, Org, Target


def fold(text: str) -> str:
    """Lowercase, no accents, punctuation and hyphens as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", " ", text.casefold().replace("_", " "))
    return " ".join(text.split())


def name_forms(name: str) -> set[str]:
    """The folded name, and for "Long Name (ACR)" also "long name" and "acr"."""
    forms = {fold(name)}
    bracket = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", name)
    if bracket:
        forms.update({fold(bracket.group(1)), fold(bracket.group(2))})
    return {f for f in forms if f}


def org_matches(expected: Org | Actor, names: list[str]) -> bool:
    """An extracted organisation (its name, key...) is the expected one."""
    wanted = set()
    for n in [expected.name if isinstance(expected, Org) else (expected.org or ""), *expected.aliases]:
        wanted |= name_forms(n)
    got = set()
    for n in names:
        if n:
            got |= name_forms(n)
    return bool(wanted & got)


def person_matches(expected: str, names: list[str]) -> bool:
    """Same folded full name, or same surname and the same first initial."""
    want = fold(expected).split()
    for name in names:
        got = fold(name or "").split()
        if not got or not want:
            continue
        if got == want or (got[-1] == want[-1] and got[0][:1] == want[0][:1]):
            return True
    return False


def target_matches(target: Target, ref: str, label: str, provision: str | None) -> bool:
    """Lenient target matching: the act by id, or a curated description's words.

    An extracted target is the expected one when its ``ref`` is one of the acts the
    expected target may be given as (``celex:52022PC0209`` for the CSA regulation
    proposal), or when one of the target's ``match`` phrases occurs, as whole words, in
    the extracted ref, label or provision ("chat control", "media freedom act").
    """
    if ref and ref.casefold() in {a.casefold() for a in target.acts}:
        return True
    haystack = " " + fold(" ".join(x for x in (ref, label, provision or "") if x)) + " "
    return any(f" {fold(m)} " in haystack for m in target.match if fold(m))
