"""Curated descriptions of acts (metadata/act_descriptions.yaml), compiled once per process.

What names one act without its number ("the dual-use recast", "the Commission's
proposal", "stricter export controls on surveillance technology") is knowledge about that
act, not a rule of language, so it lives in the metadata with its source and applies to
any document. The stance rules ask :func:`find_description` for the first one in a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from loaders.names.resources import load_yaml
from loaders.rules.act_phrases import alternation, names_eu, subject_pattern
from loaders.rules.references import name_pattern

FILE_NAME = "act_descriptions.yaml"
# How sure a target read from each kind of description is (a cited number is 0.85).
CONFIDENCE = {"name": 0.7, "generic": 0.6, "measure": 0.5, "contrary": 0.5}


@dataclass(frozen=True)
class Description:
    act: str
    how: str  # name | generic | measure | contrary (what the act forbids: backing it opposes the act)
    pattern: re.Pattern[str]  # or, for a subject phrase, the EuGroups wrapping one
    # a phrase built from the act's subject (act_phrases.yaml): without its EU word it names
    # the act only in a document that names the EU
    subject: bool = False


@dataclass(frozen=True)
class ActTopic:
    act: str
    pattern: re.Pattern[str] | None


def _metadata_dir() -> Path:
    from core.settings import get_app_settings

    return Path(get_app_settings().metadata_dir)


@lru_cache(maxsize=8)
def _read(path: str) -> dict:
    """The metadata file parsed once per process (the compiled patterns, slugs, labels and
    postponements are all read from it); empty when there is none."""
    p = Path(path)
    if not p.is_file():
        return {}
    try:
        return yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: {exc}") from exc


@lru_cache(maxsize=8)
def _compiled(path: str) -> tuple[dict[str, tuple[Description, ...]], dict[str, tuple[ActTopic, ...]]]:
    if not Path(path).is_file():
        return {}, {}
    try:
        data = _read(path)
        by_lang: dict[str, list[Description]] = {}
        topics: dict[str, list[ActTopic]] = {}
        for spec in data.get("acts", []):
            act = spec["act"]
            if spec.get("subject") and not spec.get("subject_source"):
                raise ValueError(f"act {act}: subject has no subject_source")
            for lang, subjects in (spec.get("subject") or {}).items():
                rx = subject_pattern(lang, tuple(subjects or ()))
                if rx is not None:
                    by_lang.setdefault(lang, []).append(Description(act, "name", rx, subject=True))
            for how, key in (("name", "names"), ("generic", "generic"), ("measure", "measures"), ("contrary", "contrary")):
                for lang, entries in (spec.get(key) or {}).items():
                    for entry in entries:
                        if not entry.get("source"):
                            raise ValueError(f"act {act}: {key}.{lang} entry {entry.get('form')!r} has no source")
                        if "pattern" in entry or how in ("measure", "contrary"):
                            rx = re.compile(rf"(?<![^\W\d_])(?:{entry.get('pattern') or entry['form']})", re.IGNORECASE)
                        else:
                            rx = name_pattern(str(entry["form"]))
                        by_lang.setdefault(lang, []).append(Description(act, how, rx))
            for lang, words in (spec.get("topic") or {}).items():
                rx = re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None
                topics.setdefault(lang, []).append(ActTopic(act, rx))
    except (KeyError, TypeError, ValueError, re.error, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    # names first (most specific), then generic descriptions, then measures
    order = {"name": 0, "generic": 1, "measure": 2, "contrary": 3}
    return ({k: tuple(sorted(v, key=lambda d: order[d.how])) for k, v in by_lang.items()},
            {k: tuple(v) for k, v in topics.items()})


def descriptions(lang: str, metadata_dir: Path | None = None) -> tuple[Description, ...]:
    return _compiled(str((metadata_dir or _metadata_dir()) / FILE_NAME))[0].get(lang, ())


def topical_acts(text: str, lang: str, metadata_dir: Path | None = None) -> frozenset[str]:
    """Acts whose topic ``text`` names in ``lang``: only for them do generic descriptions
    and measures count."""
    topics = _compiled(str((metadata_dir or _metadata_dir()) / FILE_NAME))[1].get(lang, ())
    return frozenset(t.act for t in topics if t.pattern is not None and t.pattern.search(text))


@dataclass(frozen=True)
class Found:
    act: str
    how: str
    start: int
    end: int
    surface: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


def find_description(text: str, lang: str, start: int, end: int, topical: frozenset[str]) -> Found | None:
    """The earliest description in ``text[start:end]``: a name anywhere, a generic
    description or a measure only for an act in ``topical``. A postponement word governing
    the act ("the postponement of X") makes it the act's curated postponement, if any."""
    best: Found | None = None
    for d in _with_english_names(lang):
        if d.how != "name" and d.act not in topical:
            continue
        m = _first(d, text, lang, start, end)
        if m and (best is None or m.start() < best.start):
            best = Found(d.act, d.how, m.start(), m.end(), m.group())
    if best is not None:
        best = postponed(text, lang, start, end, best) or best
    return best


def _first(d: Description, text: str, lang: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``d`` in ``text[start:end]`` that counts: a subject phrase
    without its EU word only where the document names the EU."""
    for m in d.pattern.finditer(text, start, end):
        if not d.subject or m.group("eu") is not None or names_eu(text, lang):
            return m
    return None


@lru_cache(maxsize=8)
def _acts(path: str) -> dict[str, dict]:
    data = _read(path)
    return {a["id"]: a for a in data.get("acts", [])}


@lru_cache(maxsize=8)
def _slugs(path: str) -> dict[str, str]:
    data = _read(path)
    return {a["act"]: str(a["slug"]) for a in data.get("acts", []) if a.get("slug")}


def act_slug(act: str, metadata_dir: Path | None = None) -> str:
    """The curated short name of ``act`` ("dual-use-recast"), else its id made a slug."""
    return _slugs(str((metadata_dir or _metadata_dir()) / FILE_NAME)).get(act) or act.replace(":", "-")


def act_info(act: str, metadata_dir: Path | None = None) -> dict:
    """The curated act (metadata/legal_acts.yaml): kind, label, celex, number; a bare
    record when the act is described but not declared there."""
    base = metadata_dir or _metadata_dir()
    return (_acts(str(base / "legal_acts.yaml")).get(act) or _described(str(base / FILE_NAME)).get(act)
            or {"id": act, "kind": "other", "label": act})


@lru_cache(maxsize=8)
def _described(path: str) -> dict[str, dict]:
    """Acts described but not in the lineage file: their label and kind from here."""
    data = _read(path)
    return {a["act"]: {"id": a["act"], "kind": a.get("kind", "other"), "label": a.get("label", a["act"])}
            for a in data.get("acts", []) if a.get("label")}


def described_acts(text: str, lang: str, start: int, end: int, topical: frozenset[str]) -> frozenset[str]:
    """Every act a description in ``text[start:end]`` names (generic ones and measures only
    for acts in ``topical``). "The postponement of X" names both X and its postponement: a
    generic noun ("the law", "the proposal") near it may stand for either, so a span naming
    it never holds just one act."""
    acts: set[str] = set()
    for d in _with_english_names(lang):
        if d.how != "name" and d.act not in topical:
            continue
        m = _first(d, text, lang, start, end)
        if m is None:
            continue
        acts.add(d.act)
        later = postponed(text, lang, start, end, Found(d.act, d.how, m.start(), m.end(), m.group()))
        if later is not None:
            acts.add(later.act)
    return frozenset(acts)


def _with_english_names(lang: str) -> tuple[Description, ...]:
    """``lang``'s descriptions, then the English names of acts (the press of every language
    writes "AI Act", "European Media Freedom Act" as they are); English generic
    descriptions and measures stay English-only."""
    return _merged(lang, str(_metadata_dir() / FILE_NAME))


@lru_cache(maxsize=64)
def _merged(lang: str, path: str) -> tuple[Description, ...]:
    by_lang = _compiled(path)[0]
    own = by_lang.get(lang, ())
    if lang == "en":
        return own
    seen = {d.pattern.pattern for d in own}
    return own + tuple(d for d in by_lang.get("en", ()) if d.how == "name" and d.pattern.pattern not in seen)


# --- postponements (loaders/data/act_postponement.yaml, `postpones:` in the metadata) ------

POSTPONEMENT_REACH = 6  # words between a postponement word and the act it governs
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n,]")


@dataclass(frozen=True)
class _Postponing:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    not_between: re.Pattern[str] | None
    bare: re.Pattern[str] | None = None  # "stop-the-clock": a postponement named alone
    applies: re.Pattern[str] | None = None  # "the application", "das Inkrafttreten"
    duration: re.Pattern[str] | None = None  # "by one year", "de seis meses", "one-year"


@lru_cache(maxsize=None)
def _postponing(lang: str) -> _Postponing | None:
    spec = (load_yaml("act_postponement.yaml") or {}).get(lang)
    if not spec:
        return None

    def rx(key: str, tail: str = "") -> re.Pattern[str] | None:
        items = spec.get(key) or []
        return re.compile(rf"(?<![^\W\d_])(?:{alternation(items)}){tail}", re.IGNORECASE) if items else None

    return _Postponing(rx("before", r"(?![^\W\d_])"),
                       re.compile(rf"[\s\u00a0]*(?:{alternation(spec['after'])})", re.IGNORECASE) if spec.get("after") else None,
                       rx("not_between", r"(?![^\W\d_])"), rx("bare", r"(?![^\W\d_])"), rx("applies", r"(?![^\W\d_])"),
                       rx("duration", r"(?![^\W\d_])"))


@lru_cache(maxsize=8)
def _postponements_in(path: str) -> dict[str, str]:
    data = _read(path)
    out: dict[str, str] = {}
    for spec in data.get("acts", []):
        for act in spec.get("postpones") or []:
            if act in out:
                raise ValueError(f"{path}: two acts postpone {act} ({out[act]}, {spec['act']}): a description must name one")
            out[act] = spec["act"]
    return out


def postponement_of(act: str, metadata_dir: Path | None = None) -> str | None:
    """The curated act that postpones ``act`` (``postpones:`` in act_descriptions.yaml)."""
    return _postponements_in(str((metadata_dir or _metadata_dir()) / FILE_NAME)).get(act)


def postponed_act(postponement: str, metadata_dir: Path | None = None) -> str | None:
    """The act a curated postponement postpones (the key of ``postpones:``), else None."""
    found = _postponements_in(str((metadata_dir or _metadata_dir()) / FILE_NAME))
    return next((act for act, later in found.items() if later == postponement), None)


def postponement_acts(metadata_dir: Path | None = None) -> frozenset[str]:
    """The curated acts that postpone another (the values of ``postpones:``)."""
    return frozenset(_postponements_in(str((metadata_dir or _metadata_dir()) / FILE_NAME)).values())


def postponed(text: str, lang: str, start: int, end: int, found: Found, guard: bool = True) -> Found | None:
    """``found`` read as its act's postponement when a postponement word governs it ("the
    postponement of X", "X um ein Jahr verschieben") and that postponement is curated;
    None otherwise. A postponement word the stance rules read as the span's own predicate
    (a span opening on "delay" or on "support a delay of") is left to them, unless
    ``guard`` is False: a caller that has read the predicate without that word (backing
    a delay is backing the postponement) asks for the postponement itself."""
    later = postponement_of(found.act)
    lex = _postponing(lang)
    if later is None or lex is None:
        return None
    hit: tuple[int, int] | None = None
    if lex.before is not None:
        for m in lex.before.finditer(text, max(start, found.start - 160), found.start):
            gap = text[m.end() : found.start]
            if (not _CLAUSE_BREAK.search(gap) and len(gap.split()) <= POSTPONEMENT_REACH
                    and (lex.not_between is None or not lex.not_between.search(gap))):
                hit = (m.start(), found.end)
                break
    if hit is None and lex.after is not None:
        m = lex.after.match(text, found.end, end)
        if m is not None and not _CLAUSE_BREAK.search(m.group()) and (lex.not_between is None or not lex.not_between.search(m.group())):
            hit = (found.start, m.end())
    if hit is None or (guard and _read_as_predicate(text, lang, start, end, hit)):
        return None
    return Found(later, found.how, hit[0], hit[1], text[hit[0] : hit[1]])


def delay_governs(text: str, lang: str, lo: int, act_start: int) -> bool:
    """Whether a postponement word governs the act at ``act_start`` ("la proposta di rinvio
    della direttiva X"), curated postponement or not: what is judged is then the delay."""
    lex = _postponing(lang)
    return lex is not None and lex.before is not None and any(
        not _CLAUSE_BREAK.search(text[m.end() : act_start]) and len(text[m.end() : act_start].split()) <= POSTPONEMENT_REACH
        for m in lex.before.finditer(text, max(lo, act_start - 160), act_start))


def _read_as_predicate(text: str, lang: str, start: int, end: int, hit: tuple[int, int]) -> bool:
    """Whether the stance rules read the postponement word as the predicate the span opens
    with ("delay the EUDR", "supports a delay of the EUDR": delaying an act is opposing it
    in their lexicon), so that the act, not its postponement, is the target."""
    from loaders.rules.stance_cues import lang_cues

    cues = lang_cues(lang)
    if cues is None:
        return False
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t\u00a0\"'“”«»„‘’"))
    pol = cues.polarity_at(text, start + lead, min(end, start + lead + 200))
    if pol is None or pol[1].start() != start + lead:
        return False
    _, cue = cues.chained(text, *pol, end)
    return cue.end() > hit[0] and cue.start() < hit[1]


DURATION_REACH = 3  # words between a bare delay noun and the span of time it carries


def postponement_phrase(text: str, lang: str, start: int, end: int, guard: bool = True) -> tuple[int, int] | None:
    """Where ``text[start:end]`` names a postponement without naming the act postponed: a
    delay word governing an act's coming into effect or a definite act noun ("postpone
    the application", "die Verschiebung der Verordnung", "retrasar la norma"), a delay word
    with a span of time ("a one-year delay", "un aplazamiento de seis meses"), or a phrase
    that names a postponement alone ("stop-the-clock"). Which act is postponed is the
    document's to say (stance_targets). A delay word the span opens on as its predicate
    is left to the stance rules, as in :func:`postponed` (unless ``guard`` is False)."""
    lex = _postponing(lang)
    if lex is None or lex.before is None:
        return None
    hit: tuple[int, int] | None = None
    if lex.bare is not None:
        m = lex.bare.search(text, start, end)
        if m is not None:
            hit = (m.start(), m.end())
    for m in lex.before.finditer(text, start, end):
        if hit is not None:
            break
        hit = _governed_noun(text, lang, m, end, lex) or _with_duration(text, m, start, end, lex)
    if hit is None or (guard and _read_as_predicate(text, lang, start, end, hit)):
        return None
    return hit


def _governed_noun(text: str, lang: str, m: re.Match[str], end: int, lex: _Postponing) -> tuple[int, int] | None:
    """(delay word start, noun end) when the delay word governs, within
    :data:`POSTPONEMENT_REACH` words and its clause, an act's coming into effect or a
    definite act noun, with nothing between naming another thing delayed (a vote)."""
    from loaders.rules.stance_discourse import definite_act_nouns

    stop = _CLAUSE_BREAK.search(text, m.end(), end)
    limit = stop.start() if stop else end
    nouns = [(a.start(), a.end()) for a in lex.applies.finditer(text, m.end(), limit)] if lex.applies is not None else []
    for at in definite_act_nouns(text, lang, m.end(), limit):
        w = re.match(r"[^\W\d_]+", text[at:limit])
        if w is not None:
            nouns.append((at, at + w.end()))
    for ns, ne in sorted(nouns):
        gap = text[m.end() : ns]
        if len(gap.split()) > POSTPONEMENT_REACH:
            break
        if lex.not_between is not None and lex.not_between.search(gap):
            return None
        return m.start(), ne
    return None


def _with_duration(text: str, m: re.Match[str], start: int, end: int, lex: _Postponing) -> tuple[int, int] | None:
    """(start, end) of a delay word carrying a span of time right after it ("a delay of
    one year", "Verschiebung um ein Jahr") or right before it ("a one-year delay")."""
    if lex.duration is None:
        return None
    stop = _CLAUSE_BREAK.search(text, m.end(), end)
    limit = stop.start() if stop else end
    d = lex.duration.search(text, m.end(), limit)
    if d is not None and len(text[m.end() : d.start()].split()) <= DURATION_REACH and not (
            lex.not_between is not None and lex.not_between.search(text, m.end(), d.start())):
        return m.start(), d.end()
    for d in lex.duration.finditer(text, max(start, m.start() - 40), m.start()):
        between = text[d.end() : m.start()]
        if len(between.split()) <= 1 and not _CLAUSE_BREAK.search(between):
            return d.start(), m.end()
    return None
