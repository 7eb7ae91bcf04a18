"""Acts named in words, without a number and without curated knowledge of them.

A scheduled run meets documents about acts nobody described in metadata: "the Nature
Restoration Law", "il regolamento sugli imballaggi", "das Lieferkettengesetz". Their names
have a grammar (loaders/data/act_names.yaml): a head noun for a kind of act with the
words naming its subject. :func:`named_acts` reads that grammar; the stance rules take
such a name as a target only where nothing surer (a number, a curated description) is
in the span, and say so (``named_act``, lower confidence).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_GENITIVES = frozenset({"de", "di", "do", "da", "du", "des", "del"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STOP_CHARS = ".,;:!?()[]{}\"«»“”„\n"


@dataclass(frozen=True)
class NamedAct:
    start: int
    end: int
    surface: str
    kind: str  # a ReferenceKind
    key: str  # "named-act:<lang>:<folded words of the name>"


@dataclass(frozen=True)
class _Spec:
    lang: str
    heads: dict[str, str]
    title: re.Pattern[str] | None
    lower: re.Pattern[str] | None
    after: re.Pattern[str] | None
    compound: re.Pattern[str] | None
    kinds: dict[str, str]
    generic: frozenset[str]
    stop: frozenset[str]
    joins: frozenset[str]
    max_words: int
    lower_max: int
    min_prefix: int
    adjective_endings: tuple[str, ...]
    function_words: frozenset[str] = frozenset()  # prepositions, conjunctions, articles: never a name's last word


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _spec(lang: str) -> _Spec | None:
    data = (load_yaml("act_names.yaml") or {}).get(lang)
    if not data:
        return None
    heads = {str(k).casefold(): str(v) for k, v in (data.get("heads") or {}).items()}
    up, low = r"[^\W\d_a-z]", r"[^\W\d_]"
    title = lower = after = compound = None
    joins = frozenset(str(w) for w in data.get("joins") or [])
    if lang == "en" and heads:
        cap_word = rf"{up}{low}*(?:-{low}+)*"
        join = rf"(?:(?:{_alt(joins)})\s+)*"
        head_cap = _alt(h.capitalize() for h in data.get("title_heads") or heads)
        not_head = rf"(?!(?:{head_cap})(?![^\W\d_]))"
        title = re.compile(
            rf"(?<![^\W\d_])(?:{not_head}{cap_word}\s+{join}){{1,5}}(?:{head_cap})(?![^\W\d_])"
            rf"|(?<![^\W\d_])(?:{head_cap})\s+(?:on|of)\s+(?:the\s+)?{cap_word}(?:\s+{join}{cap_word}){{0,4}}")
        lower = re.compile(rf"(?<![^\W\d_])(?:{_alt(heads)})(?![^\W\d_])")
    elif heads:
        eu = _alt(data.get("eu_words") or [])
        preps = _alt(data.get("preps") or [])
        after = re.compile(rf"(?<![^\W\d_])({_alt(heads)})(?:\s+(?:{eu}))?\s+((?:{preps})\s+)?", re.IGNORECASE)
    if data.get("compound"):
        compound = re.compile(rf"(?<![^\W\d_])([^\W\d_]+?)-?({_alt(data['compound'])})(?![^\W\d_])", re.IGNORECASE)
    return _Spec(
        lang=lang, heads=heads, title=title, lower=lower, after=after, compound=compound,
        kinds={str(k): str(v) for k, v in (data.get("kinds") or {}).items()},
        generic=frozenset(str(w).casefold() for w in data.get("generic") or []),
        stop=frozenset(str(w).casefold() for w in data.get("stop") or []),
        joins=joins, max_words=int(data.get("max_words", 6)),
        lower_max=int(data.get("lower_max", 3)), min_prefix=int(data.get("min_prefix", 4)),
        adjective_endings=tuple(str(e) for e in data.get("adjective_endings") or []),
        function_words=frozenset(
            {w.casefold() for p in data.get("preps") or [] for w in str(p).split()}
            | {w.casefold() for c in morphology(lang).conjunctions for w in c.split()} | set(morphology(lang).articles)),
    )


def fold_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", text))


def _named(lang: str, start: int, end: int, surface: str, kind: str) -> NamedAct:
    return NamedAct(start, end, surface, kind, f"named-act:{lang}:{fold_key(surface)}")


def named_acts(text: str, lang: str, start: int = 0, end: int | None = None) -> list[NamedAct]:
    """Every act named in words in ``text[start:end]``, in text order."""
    spec = _spec(lang)
    if spec is None:
        return []
    end = len(text) if end is None else end
    found: list[NamedAct] = []
    if spec.title is not None:
        for m in spec.title.finditer(text, start, end):
            s = m.start()
            lead = re.match(r"(?:(?:the|The|THE)\s+)+", m.group())
            if lead:
                s += lead.end()
            words = [w for w in _WORD.findall(text[s : m.end()]) if w.casefold() not in spec.joins]
            head = next((w.casefold() for w in words if w.casefold() in spec.heads), "")
            if any(w.casefold() not in spec.generic and w.casefold() not in spec.heads for w in words) and _introduced(text, s, start):
                found.append(_named(lang, s, m.end(), text[s : m.end()], spec.heads.get(head, "other")))
    if spec.lower is not None:
        for m in spec.lower.finditer(text, start, end):
            s = _modifiers_before(text, m.start(), start, spec)
            if s is not None and not any(f.start <= m.start() < f.end for f in found):
                found.append(_named(lang, s, m.end(), text[s : m.end()], spec.heads[m.group().casefold()]))
    if spec.after is not None:
        for m in spec.after.finditer(text, start, end):
            if m.group(2) is None and text[m.end() : m.end() + 1].isupper():
                tail = _capitalised_name(text, m.end(), end)
            elif m.group(2) is None:
                tail = _adjectives(text, m.end(), end, spec)
            else:
                tail = _subject_words(text, m.end(), end, spec)
                words = _WORD.findall(text, m.end(), tail) if tail is not None else []
                if m.group(2).strip().casefold() in _GENITIVES and len(words) == 1 and words[0][0].isupper():
                    continue  # "la ley de Chipre": a holder, not what the act is about
            if tail is None:
                continue
            found.append(_named(lang, m.start(), tail, text[m.start() : tail], spec.heads.get(m.group(1).casefold(), "other")))
    if spec.compound is not None:
        for m in spec.compound.finditer(text, start, end):
            prefix = m.group(1).rstrip("-")
            acronym = len(prefix) >= 2 and prefix.isupper() and text[m.end(1) : m.end(1) + 1] == "-"
            if (len(prefix) < spec.min_prefix and not acronym) or prefix.casefold() in spec.generic or fold_key(prefix) in spec.generic:
                continue
            if spec.lang == "de" and not m.group()[0].isupper():
                continue
            found.append(_named(lang, m.start(), m.end(), m.group(), spec.kinds.get(m.group(2).casefold(), "other")))
    found.sort(key=lambda a: (a.start, -a.end))
    out: list[NamedAct] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _introduced(text: str, at: int, start: int) -> bool:
    """A title-case name is introduced by an article, a possessive or a preposition ("the
    Digital Services Act", "against Nature Restoration Law"); a title-case run opening a
    headline ("Germany Backs New Law") is an ordinary sentence set in capitals."""
    return re.search(r"(?:\b(?:the|its|their|a|an|of|on|to|against|for|with|under|by)|’s|'s)\s+$", text[max(start, at - 12) : at], re.IGNORECASE) is not None


def _modifiers_before(text: str, at: int, start: int, spec: _Spec) -> int | None:
    """(English) where the one to ``lower_max`` modifiers before a lowercase head start ("the
    packaging regulation", "the EU-Mercosur agreement"): words back to an article, a
    possessive or another generic word; None when there is none or one is a verb."""
    words = list(_WORD.finditer(text, max(start, at - 80), at))
    s = None
    for w in reversed(words[-(spec.lower_max + 1) :]):
        if any(c in _STOP_CHARS for c in text[w.end() : s if s is not None else at]):
            break
        word = w.group().casefold()
        if word in spec.generic or word.endswith(("'s", "’s")) or word in spec.heads:
            break
        if w.group()[0].isupper() and "-" not in w.group() and not w.group().isupper():
            return None  # "Germany rejects": a sentence, not a modifier
        s = w.start()
        if len(_WORD.findall(text[s:at])) >= spec.lower_max:
            break
    if s is None:
        return None
    if not any(ch.isalpha() for ch in text[s:at]):
        return None
    # the article may stand before generic words ("the European electoral law", "the EU's
    # new packaging law"); the name starts after them
    before = text[max(start, s - 60) : s]
    generic = "|".join(re.escape(g) for g in sorted(spec.generic, key=len, reverse=True) if g not in {"the", "a", "an"})
    if not re.search(rf"(?:the|The|’s|'s)\s+(?:(?i:{generic})(?:[’']s)?\s+){{0,3}}$", before):
        return None
    return s


def _capitalised_name(text: str, at: int, end: int) -> int | None:
    """A capitalised or hyphenated name right after a head ("accordo Ue-Mercosur")."""
    m = _NAME_WORD.match(text, at, end)
    if m is None or not m.group()[0].isupper() or ("-" not in m.group() and len(m.group()) < 3):
        return None
    return m.end()


def _adjectives(text: str, at: int, end: int, spec: _Spec) -> int | None:
    """(Polish) one or two adjectives after the head ("pakt migracyjny")."""
    last = None
    for n, m in enumerate(_WORD.finditer(text, at, min(end, at + 60))):
        gap = text[last if last is not None else at : m.start()]
        if n >= 2 or gap.strip() or not spec.adjective_endings or not m.group().casefold().endswith(spec.adjective_endings):
            break
        if m.group().casefold() in spec.generic or m.group().casefold() in spec.stop:
            break
        last = m.end()
    return last


def _subject_words(text: str, at: int, end: int, spec: _Spec) -> int | None:
    """Where the subject words after a head end: at most ``max_words`` words, up to a stop
    word, a digit or a punctuation mark; None when no word of substance follows."""
    last = None
    content = None
    count = 0
    for m in _WORD.finditer(text, at, end):
        gap = text[last if last is not None else at : m.start()]
        if any(c in _STOP_CHARS or c.isdigit() for c in gap):
            break
        word = m.group().casefold()
        if word in spec.heads and last is not None:
            # a second head opens a second act ("il regolamento sulla X e sulla legge sul clima"):
            # the first name ends at its last word of substance
            last = content
            break
        if word in spec.stop or count >= spec.max_words:
            break
        count += 1
        last = m.end()
        if word not in spec.function_words:
            content = last
    if last is None:
        return None
    words = [w.casefold() for w in _WORD.findall(text[at:last])]
    if not any(w not in spec.generic and len(w) > 2 for w in words):
        return None
    return last
