"""The words of ``loaders/data/kinds.yaml`` compiled, once per set of document languages.

Why compiled per set: a document is read with the lists of its own languages and English
(page furniture on EU sites is often English); every language's lists at once are slower
and read short words of one language as another's ("sa", "os", "mi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

_CATEGORIES = (
    "legal_enacting", "legal_recitals", "legal_citations", "legal_article", "legal_acts", "soft_acts",
    "position_titles", "press_release", "statement_titles", "statement_nouns", "letters", "council_header", "council_own",
    "civil_society", "official_journal", "proposal", "commission_papers", "parliamentary", "undersigned_orgs", "calls",
    "news_agencies", "bylines", "furniture", "time_deixis", "attribution", "first_person", "reporting_verbs",
    "preamble_openers", "collective_parties", "opinion_titles", "opinion_formulas", "self_announcement",
    "legal_acts_after_number", "position_heads", "genre_titles", "speech_formulas", "act_reported", "we_demand",
    "release_furniture", "first_person_singular", "reaction_openers", "public_office_speakers",
)
_LOWERCASE = (
    "legal_recitals", "soft_acts", "position_titles", "press_release", "statement_nouns", "letters", "council_header",
    "council_own", "civil_society", "official_journal", "proposal", "commission_papers", "parliamentary",
    "undersigned_orgs", "calls", "time_deixis", "attribution", "first_person", "reporting_verbs",
    "collective_parties", "opinion_formulas", "self_announcement", "speech_formulas", "act_reported", "we_demand",
    "reaction_openers", "public_office_speakers",
)
# "(EU) 2021/821", "(EC) No 428/2009", "(UE) n.º 1234/2010": the number after the act's name
_ACT_NUMBER = (r"\((?:EU|UE|EC|CE|EG|EY|ES|EÚ|EK|EB|EZ|EL|AE|EÜ|ESK|EEC|CEE|EWG|EØF|ЕС|ЕО|ΕΕ|ΕΚ)\)\s*"
               r"(?:(?:No|Nr|n\.?º|n\.|č\.|nr\.|Nº|br\.|št\.|sz\.|Nro\.?|αριθ\.|№)\s*)?\d{1,4}/\d{1,4}")


@lru_cache(maxsize=None)
def kind_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """``kinds.yaml`` checked once: every category, every entry a valid pattern."""
    from loaders.names.resources import load_yaml

    data = load_yaml("kinds.yaml")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for category in _CATEGORIES:
        if category not in data:
            raise ValueError(f"kinds.yaml: category {category!r} is missing")
        out[category] = {}
        for lang, entries in data[category].items():
            for entry in entries:
                try:
                    re.compile(str(entry))
                except re.error as exc:
                    raise ValueError(f"kinds.yaml: {category}.{lang}: bad pattern {entry!r}: {exc}") from exc
            out[category][lang] = tuple(str(e) for e in entries)
    return out


def document_languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    if not languages:
        return None
    return tuple(sorted({*languages, "en"}))


@lru_cache(maxsize=64)
def patterns(languages: tuple[str, ...] | None) -> dict[str, re.Pattern]:
    """One compiled pattern per category for these languages (all when None)."""
    words = kind_words()

    def pick(category: str) -> list[str]:
        table = words[category]
        langs: Iterable[str] = table if languages is None else [*languages, "all"]
        return [e for lang in langs for e in table.get(lang, ())]

    def alt(category: str, lower: bool = False) -> str:
        found = sorted({e.lower() if lower else e for e in pick(category)}, key=len, reverse=True)
        return "(?:" + "|".join(found) + ")" if found else r"(?!x)x"

    # matched in lowercased text: no IGNORECASE (slow on Unicode), a word boundary first
    out = {c: re.compile(r"\b" + alt(c, True) + r"(?!\w)") for c in _LOWERCASE}
    out["citation_lines"] = re.compile(r"^[ \t•·▪*\-–]*" + alt("legal_citations", True) + r"\b", re.MULTILINE)
    out["statement_titles"] = re.compile(r"(?<!\w)" + alt("statement_titles", True) + r"(?!\w)")
    out["weekday"] = _weekdays(languages)
    # a paragraph opened by a preambular participle, after a bullet or its number
    out["preamble_lines"] = re.compile(r"^[ \t•·▪*\-–«\"“„\d.)]*" + alt("preamble_openers", True) + r"(?!\w)", re.MULTILINE)
    out["opinion_title"] = re.compile(r"(?<!\w)" + alt("opinion_titles", True) + r"(?!\w)")
    out["genre_title"] = re.compile(r"(?<!\w)" + alt("genre_titles", True) + r"(?!\w)")
    out["release_furniture"] = re.compile(alt("release_furniture", True) + r"(?:(?<=['’#-])|(?!\w))")
    # a heading naming its author's position: a position word, or a position noun with its tie
    heads = sorted({e.lower() for e in pick("position_heads")}, key=len, reverse=True)
    # a whole word first: French "proposition de" holds "position de"
    out["position_head"] = (re.compile(r"(?<!\w)(?:" + "|".join(heads) + r")(?:(?<=['’])|(?!\w))") if heads
                            else re.compile(r"(?!x)x"))
    # matched in the text as written
    flags = re.IGNORECASE
    out["legal_enacting"] = re.compile(alt("legal_enacting") + r"(?!\w)")  # printed in capitals
    out["article_lines"] = re.compile(r"^[ \t]*" + alt("legal_article") + r"[ \t]*$", re.MULTILINE | flags)
    out["article_anywhere"] = re.compile(r"(?<!\w)" + alt("legal_article") + r"(?!\d)", flags)
    out["act_title"] = re.compile(alt("legal_acts") + r"\s*(?:\w+\s+){0,2}" + _ACT_NUMBER, flags)
    out["act_number_first"] = re.compile(_ACT_NUMBER + r"\s+" + alt("legal_acts_after_number") + r"(?!\w)", flags)
    # the act's name in capitals, as printed: "COUNCIL REGULATION", "DURCHFÜHRUNGSVERORDNUNG (EU)"
    out["act_caps"] = re.compile(r"(?<!\w)" + alt("legal_acts") + r"(?!\w)")
    out["act_word"] = re.compile(alt("legal_acts") + r"(?!\w)", flags)
    out["agency"] = re.compile(r"\(\s*" + alt("news_agencies") + r"\s*\)|^" + alt("news_agencies") + r"$")
    out["byline"] = re.compile(alt("bylines") + r"\s+(?=[^\W\d_])", flags)
    out["furniture"] = re.compile(alt("furniture") + r"(?!\w)", flags)
    return out


# a day written in figures: 24.11.2024, 24. 11. 2024, 2024-11-24, 24/11/2024
_NUMERIC_DATE = r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b"


@lru_cache(maxsize=64)
def own_language_patterns(languages: tuple[str, ...] | None) -> dict[str, re.Pattern]:
    """Patterns read in the document's own languages only, without the English every page
    is also read in: a short word of one language is a common word of another ("i" is
    "and" in Slavic languages, "eu" is the EU)."""
    from loaders.names.morphology import supported_languages

    words = kind_words()["first_person_singular"]
    langs = languages if languages is not None else tuple(supported_languages())
    singular = [e for lang in langs for e in words.get(lang, ())]
    speaker = (re.compile(r"(?<!\w)(?:" + "|".join(singular) + r")(?!\w)", re.IGNORECASE) if singular
               else re.compile(r"(?!x)x"))
    months = _month_names(langs)
    # a month name next to a number (a day or a year), or a day in figures: an event dated
    # a month named alone ("a luglio", "i slutet av juni") dates an event too, except where the
    # month is also a common word (English "may", "march")
    bare = _month_names(tuple(lang for lang in langs if lang != "en"))
    dated = re.compile(r"(?:\b\d{1,4}\.?\s+(?:[^\W\d_]{1,4}['’]?\s+)?" + months + r"|" + months
                       + r"\s+(?:[^\W\d_]{1,3}\s+)?\d{1,4}\b|" + _NUMERIC_DATE + r"|(?<!\w)" + bare + ")")
    return {"speaker": speaker, "dated": dated}


def _month_names(languages: Sequence[str]) -> str:
    """The months' names from CLDR (babel), lowercased, as an alternation; in a language with
    noun cases a name may take an ending ("listopada", "novembrī"), so its stem is matched."""
    from babel import Locale

    from loaders.names.morphology import morphology

    forms: set[str] = set()
    for lang in languages:
        try:
            months = Locale.parse(lang).months
        except Exception:  # babel has no such locale
            continue
        for name in {*months["format"]["wide"].values(), *months["stand-alone"]["wide"].values()}:
            name = name.lower()
            stem = name[:-1] if morphology(lang).noun_cases and len(name) > 5 else name
            forms.add(re.escape(stem) + (r"\w*" if stem != name else ""))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)" if forms else r"(?!x)x"


def _weekdays(languages: tuple[str, ...] | None) -> re.Pattern:
    """Weekday names from CLDR (babel) in these languages; in a language with noun cases a
    name may take an ending ("we wtorek", "w środę", "torstaina"), so its stem is matched."""
    from babel import Locale

    from loaders.names.morphology import morphology, supported_languages
    from loaders.names.resources import load_yaml

    exclude = {lang: {w.casefold() for w in words} for lang, words in (load_yaml("kinds.yaml")["weekday_exclude"] or {}).items()}
    forms: set[str] = set()
    for lang in languages if languages is not None else supported_languages():
        try:
            days = Locale.parse(lang).days
        except Exception:  # babel has no such locale
            continue
        names = {*days["format"]["wide"].values(), *days["stand-alone"]["wide"].values()}
        for name in names:
            if name.casefold() in exclude.get(lang, set()):
                continue
            stem = name[:-1] if morphology(lang).noun_cases and len(name) > 5 else name
            forms.add(re.escape(stem.lower()) + (r"\w*" if stem != name else r"\w{0,3}"))  # "tisdagen", "Mondays"
    if not forms:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)")  # lowercased text
