"""Patterns and word sets built from the structured sections of stances.yaml (a collective's
anaphora and member list, a plural subject pronoun) and from CLDR (day and month names):
each section's grammar compiled in one place, so that :func:`loaders.rules.stance_cues.lang_cues`
only assembles them."""

from __future__ import annotations

import re

from loaders.names.morphology import morphology


def anaphora(spec: dict | None) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A numbered anaphor of a collective ("the three countries", ``anaphora`` in stances.yaml)
    and the numerals it counts with."""
    if not spec:
        return None, {}
    numerals = {str(k).casefold(): int(v) for k, v in spec["numerals"].items()}
    det = "|".join(re.escape(d) for d in sorted(spec["determiners"], key=len, reverse=True))
    num = "|".join(re.escape(n) for n in sorted(numerals, key=len, reverse=True))
    nouns = "|".join(sorted(spec["nouns"], key=len, reverse=True))
    pattern = rf"(?<![^\W\d_])(?:{det})\s+(?P<num>{num}|\d{{1,2}})\s+(?:{nouns})(?![^\W\d_])"
    return re.compile(pattern, re.IGNORECASE), numerals


def member_patterns(lang: str, spec: dict) -> dict[str, re.Pattern[str] | None]:
    """The patterns of a collective noun's member list (``members`` in stances.yaml)."""
    nouns = (spec.get("anaphora") or {}).get("nouns")
    members = spec.get("members")
    if not nouns or not members:
        return {}
    words = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    articles = words(morphology(lang).articles) or "(?!)"
    of = words(spec.get("of") or []) or "(?!)"
    lead = (rf"\s*(?:(?P<open>[(\[]|\s[–—-])|,)?\s*(?:(?P<intro>{words(members['intro'])})(?![^\W\d_])\s*[,:]?\s*)?"
            rf"(?:(?:{articles})\s+)?(?:(?:{of})\s+)?(?:(?:{articles})\s+)?")
    noun_alt = "|".join(sorted(nouns, key=len, reverse=True))
    # the noun may carry one genitive complement ("member states of the EU", "Estados
    # miembros de la UE", "Mitgliedstaaten der EU"): one word after a linker and an article
    complement = rf"(?:\s+(?:{of})\s+(?:(?:{articles})\s+)?[^\W\d_]+)?"
    return {
        "collective": re.compile(rf"(?<![^\W\d_])(?:{noun_alt})(?![^\W\d_]){complement}", re.IGNORECASE),
        "members_lead": re.compile(lead, re.IGNORECASE),
        "members_relative": re.compile(rf"\s*,?\s*(?:{words(members['relative'])})(?![^\W\d_])", re.IGNORECASE),
        "members_copula": re.compile(rf"(?<![^\W\d_])(?:{words(members['copula'])})(?![^\W\d_])", re.IGNORECASE),
    }


def time_words(lang: str, words) -> frozenset[str]:
    """Day and month names of ``lang`` from CLDR (babel), in every form it gives, and the
    language's own words of time phrases (stances.yaml ``time``)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    own = frozenset(str(w).casefold() for w in words)
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return own
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for table in (get_day_names(width, context=context, locale=lang), get_month_names(width, context=context, locale=lang)):
                names.update(str(n).casefold().rstrip(".") for n in table.values())
    # CLDR's one- and two-letter abbreviations are ordinary words too often ("ma", "di")
    return own | frozenset(n for n in names if len(n) >= 3)


def pronoun_subject(spec) -> re.Pattern[str] | None:
    """A plural subject pronoun opening a sentence, after quotes and an optional
    connective ("But they", "Mais ils"): group ``p`` is the pronoun."""
    if not spec or not spec.get("pronouns"):
        return None
    lead = "|".join(f"(?:{w})" for w in spec.get("lead") or ())
    lead = rf"(?:(?:{lead}),?\s+)?" if lead else ""
    pron = "|".join(f"(?:{w})" for w in spec["pronouns"])
    return re.compile(rf"[\s\"'“”„«»‘’(]*{lead}(?P<p>{pron})(?![^\W\d_])", re.IGNORECASE)
