"""References to legal and policy acts, each normalised to one identifier.

Numbered EU acts become CELEX ids (``Regulation (EU) 2021/821`` -> ``celex:32021R0821``)
whatever the language of the act word; named instruments come from curated YAML;
descriptions ("the Commission published guidelines on X") become lower-confidence
slug references, never an invented number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import yaml

from core.model import Reference
from loaders.names.resources import load_yaml
from core.ids import slug
from loaders.rules.context import DocContext, evidence

_TYPE = {"regulation": "R", "directive": "L", "decision": "D", "recommendation": "H"}
_KIND_OF_TYPE = {"R": "regulation", "L": "directive", "D": "decision", "H": "recommendation", "PC": "proposal"}
_ELI_TYPE = {"reg": "R", "reg_impl": "R", "reg_del": "R", "dir": "L", "dir_impl": "L", "dir_del": "L",
             "dec": "D", "dec_impl": "D", "dec_del": "D", "reco": "H"}
_EEC = {"EEC", "EWG", "CEE", "EHS", "EØF", "EEG", "ΕΟΚ", "ЕИО", "EGK", "EMÜ"}
_NO = r"(?:No\.?|Nr\.?|nr\.?|n\.|č\.|αριθ\.|št\.|br\.|sz\.|Nº|n°|núm\.)?"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    out = []
    for kind, words in load_yaml("references.yaml")["act_words"].items():
        act = "(?:" + "|".join(words) + r")[^\W\d_]*"
        numbered = re.compile(
            rf"\b(?P<act>{act})(?:\s+[^\W\d_]+){{0,7}}?\s*\((?P<org>[^\W\d_]{{2,4}}|Euratom)\)\s*{_NO}\s*(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?!/)",
            re.IGNORECASE,
        )
        old_style = re.compile(rf"\b(?P<act>{act})\s+{_NO}\s*(?P<a>\d{{2,4}})/(?P<b>\d{{1,4}})/(?P<org>[A-ZΑ-Ω]{{2,4}})\b", re.IGNORECASE)
        bare = re.compile(rf"\b(?P<act>{act})\s*\((?P<a>\d{{4}})/(?P<b>\d{{1,4}})\)", re.IGNORECASE)
        # Hungarian writes the number first: "az (EU) 2021/821 rendelet(et)"
        after = re.compile(
            rf"\((?P<org>[^\W\d_]{{2,4}}|Euratom)\)\s*{_NO}\s*(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})\s+(?P<act>{act})", re.IGNORECASE
        )
        out.append((kind, numbered, old_style, bare, after))
    return out


_NO_MARK = re.compile(r"\)\s*(?:No|Nr|n\.|č\.|αριθ\.|št\.|br\.|sz\.|Nº|n°|núm\.)", re.IGNORECASE)


def _year_number(a: str, b: str, org: str, *, numbered: bool = True) -> tuple[int, int]:
    """Which part of "a/b" is the year. Where both look like years, the form decides: since
    2015 acts are written "(EU) YYYY/N" with no number sign, before that "(EC) No N/YYYY"."""
    ia, ib = int(a), int(b)
    a_year, b_year = len(a) == 4 and 1950 <= ia <= 2100, len(b) == 4 and 1950 <= ib <= 2100
    if a_year and (not b_year or not numbered):
        return ia, ib
    year = ib if len(b) == 4 else (1900 + ib if ib > 50 else 2000 + ib)
    return year, ia


def _act(kind: str, year: int, number: int, org: str, surface: str, ev, numbered_old: bool) -> Reference:
    t = _TYPE[kind]
    celex = f"3{year}{t}{number:04d}"
    org_label = "EEC" if org.upper() in _EEC else ("EU" if year >= 2010 else "EC")
    if year >= 2015 and org_label == "EU":
        label = f"{kind.capitalize()} (EU) {year}/{number}"
        num = f"{year}/{number}"
    else:
        label = f"{kind.capitalize()} ({org_label}) No {number}/{year}"
        num = f"{number}/{year}"
        if numbered_old:
            label = f"{kind.capitalize()} {year % 100 if year < 2000 else year}/{number}/{org_label}"
    return Reference(id=f"celex:{celex}", kind=kind, label=label, celex=celex, number=num, surface=surface, evidence=ev)


_NUMBER = re.compile(r"\d/\d")
_OLD_STYLE_SHAPE = re.compile(r"\d/\d{1,4}/")  # inside every old-style match
_BARE_SHAPE = re.compile(r"\(\d{4}/\d")  # inside every bare match
_WINDOW_BEFORE = 400  # an act word, up to seven words and "(EU) No" fit well within this
_WINDOW_AFTER = 24  # "/EC" of old-style numbers and the lookahead after the number


def number_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around every "N/N": a numbered act cannot be anywhere else.

    Why: the act-word alternations (every EU language, case-insensitive) cost a full
    regex scan each; most paragraphs hold no act number, so only these windows are
    scanned. Searching with pos/endpos keeps ``\b`` and lookarounds seeing the real text.
    """
    windows: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        s, e = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], e)
        else:
            windows.append((s, e))
    return windows


def _in_windows(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]):
    for s, e in windows:
        yield from pattern.finditer(text, s, e)


# a further number coordinated with a numbered act shares its act word: "Regulations (EU)
# 2016/679 and (EU) 2021/821", "les règlements (UE) 2016/679 et (UE) 2022/2065"
_COORDINATED = re.compile(
    r"\s*(?:,|;|(?<![^\W\d_])(?:and|or|und|oder|et|ou|y|o|e|i|en|of|och|eller|og|și|sau|ja|tai|és|vagy|a|nebo|alebo|in|ali|"
    r"ir|arba|un|vai|ka|jew|και|ή|и|или)(?![^\W\d_]))\s*(?:(?<![^\W\d_])(?:the|les|die|los|las|gli|le|de)\s+)?"
    rf"\((?P<org>[^\W\d_]{{2,4}}|Euratom)\)\s*{_NO}\s*(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?![/\d])")


def _coordinated(ctx: DocContext, kind: str, m: re.Match[str]) -> list[Reference]:
    """The numbers listed right after a numbered act, each of the same kind of act."""
    out = []
    at = m.end()
    while (c := _COORDINATED.match(ctx.text, at)) is not None:
        year, number = _year_number(c["a"], c["b"], c["org"], numbered=bool(_NO_MARK.search(c.group())))
        s = c.start("org") - 1
        ev = evidence(ctx, s, c.end(), 0.9, f"references.numbered_{kind}_coordinated")
        out.append(_act(kind, year, number, c["org"], ctx.text[s:c.end()], ev, False))
        at = c.end()
    return out


def numbered_acts(ctx: DocContext) -> list[Reference]:
    out = []
    windows = number_windows(ctx.text)
    if not windows:
        return out
    # old-style ("No 428/2009/EC") and bare ("Regulation (2019/452)") numbers need a shape
    # most windows lack: only windows holding it are scanned for them
    old_windows = [w for w in windows if _OLD_STYLE_SHAPE.search(ctx.text, *w)]
    bare_windows = [w for w in windows if _BARE_SHAPE.search(ctx.text, *w)]
    for kind, numbered, old_style, bare, after in _patterns():
        numbered_found = list(_in_windows(numbered, ctx.text, windows))  # read twice below: scanned once
        for m in numbered_found:
            out += _coordinated(ctx, kind, m)
        for m in [*numbered_found, *_in_windows(after, ctx.text, windows)]:
            year, number = _year_number(m["a"], m["b"], m["org"], numbered=bool(_NO_MARK.search(m.group())))
            ev = evidence(ctx, m.start(), m.end(), 0.95, f"references.numbered_{kind}")
            out.append(_act(kind, year, number, m["org"], m.group(), ev, False))
        for m in _in_windows(old_style, ctx.text, old_windows):
            ya = int(m["a"])
            year, number = (ya if ya > 1900 else (1900 + ya if ya > 50 else 2000 + ya)), int(m["b"])
            ev = evidence(ctx, m.start(), m.end(), 0.9, f"references.numbered_{kind}")
            out.append(_act(kind, year, number, m["org"], m.group(), ev, True))
        for m in _in_windows(bare, ctx.text, bare_windows):
            year, number = int(m["a"]), int(m["b"])
            ev = evidence(ctx, m.start(), m.end(), 0.8, f"references.named_{kind}_with_number")
            out.append(_act(kind, year, number, "EU", m.group(), ev, False))
    return out


_COM = re.compile(r"\bCOM\s*\(\s*(?P<y>\d{4})\s*\)\s*(?P<n>\d{1,4})(?:\s*final)?")
_CELEX = re.compile(r"\bCELEX(?:\s*(?:number|no\.?|nr\.?))?\s*[:=]?\s*(?P<c>[0-9][0-9]{4}(?P<t>[A-Z]{1,2})[0-9]{4})\b", re.I)
_ELI = re.compile(r"https?://data\.europa\.eu/eli/(?P<t>[a-z_]+)/(?P<y>\d{4})/(?P<n>\d+)(?:/oj)?")


def identified_acts(ctx: DocContext) -> list[Reference]:
    """COM documents, explicit CELEX numbers and ELI addresses."""
    out = []
    for m in _COM.finditer(ctx.text):
        year, n = int(m["y"]), int(m["n"])
        celex = f"5{year}PC{n:04d}"
        ev = evidence(ctx, m.start(), m.end(), 0.95, "references.com_document")
        out.append(Reference(id=f"celex:{celex}", kind="proposal", label=f"COM({year}) {n}", celex=celex, number=f"{year}/{n}", surface=m.group(), evidence=ev))
    for m in _CELEX.finditer(ctx.text):
        celex = m["c"].upper()
        kind = _KIND_OF_TYPE.get(m["t"].upper(), "other")
        ev = evidence(ctx, m.start(), m.end(), 0.95, "references.celex_number")
        out.append(Reference(id=f"celex:{celex}", kind=kind, label=f"CELEX {celex}", celex=celex, surface=m.group(), evidence=ev))
    for m in _ELI.finditer(ctx.text):
        t = _ELI_TYPE.get(m["t"])
        if not t:
            continue
        year, n = int(m["y"]), int(m["n"])
        celex = f"3{year}{t}{n:04d}"
        kind = _KIND_OF_TYPE[t]
        ev = evidence(ctx, m.start(), m.end(), 0.95, "references.eli")
        out.append(Reference(id=f"celex:{celex}", kind=kind, label=f"{kind.capitalize()} (EU) {year}/{n}", celex=celex, eli=m.group(), number=f"{year}/{n}", surface=m.group(), evidence=ev))
    return out


def name_pattern(name: str) -> re.Pattern[str]:
    """Word-by-word pattern tolerant of inflected endings ("Inicjatywy dotyczącej ...") and of
    the name's acronym in brackets between two of its words."""
    parts = []
    for w in re.findall(r"[^\W\d_]+|\d+", name):
        if len(w) >= 5:
            parts.append(re.escape(w[: max(4, len(w) - 3)]) + r"[^\W\d_]{0,5}")
        else:
            parts.append(re.escape(w) + r"[^\W\d_]{0,2}")
    # a name may carry its acronym in brackets between two words: "Child Sexual Abuse (CSA) Regulation"
    return re.compile(r"(?<![^\W\d_])" + r"(?:[\s'’\-]+\((?-i:[A-ZÀ-ÖØ-ÞΑ-ΩА-Я][A-ZÀ-ÖØ-ÞΑ-ΩА-Я0-9]{1,9})\))?[\s'’\-]+".join(parts) + r"(?![^\W\d_])",
                      re.IGNORECASE)


def _word_literals(name: str) -> tuple[str, ...]:
    """The fixed, lowercased prefix of each word of ``name_pattern(name)``; the first is where
    a match starts. A text lacking any of them cannot hold the name."""
    return tuple((w[: max(4, len(w) - 3)] if len(w) >= 5 else w).lower() for w in re.findall(r"[^\W\d_]+|\d+", name))


@lru_cache(maxsize=8)
def _instruments_from(path: str) -> list[tuple[dict, list[tuple[tuple[str, ...], re.Pattern[str]]]]]:
    p = Path(path)
    if not p.is_file():
        return []
    out = []
    for spec in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("instruments", []):
        pats = [(_word_literals(n), name_pattern(n)) for names in spec["names"].values() for n in names]
        out.append((spec, pats))
    return out


def _instruments() -> list[tuple[dict, list[tuple[tuple[str, ...], re.Pattern[str]]]]]:
    """Named instruments are curated knowledge (metadata/named_instruments.yaml)."""
    from core.settings import get_app_settings

    return _instruments_from(str(Path(get_app_settings().metadata_dir) / "named_instruments.yaml"))


def _literal_matches(pattern: re.Pattern[str], literal: str, text: str, lower: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``literal`` (the fixed, lowercased start
    of every match) occurs. Why: a case-insensitive pattern that opens with a lookbehind
    gets no literal fast-scan from ``re``, so a short prefix ("un" of "UN Guiding
    Principles") made it crawl every position of every text; ``str.find`` does not."""
    if len(lower) != len(text):  # lowercasing moved offsets (a dotted capital I): plain scan
        yield from pattern.finditer(text)
        return
    pos = lower.find(literal)
    while pos != -1:
        m = pattern.match(text, pos)
        if m is not None:
            yield m
            pos = lower.find(literal, max(m.end(), pos + 1))
        else:
            pos = lower.find(literal, pos + 1)


def named_instruments(ctx: DocContext) -> list[Reference]:
    """Curated names; a name any of whose words' prefixes is absent from the text is skipped
    without running its (case-insensitive, inflection-tolerant) pattern."""
    out = []
    lower = ctx.lower
    plain = len(lower) == len(ctx.text)  # else lowercasing changed letters ("İ"): no pre-check
    for spec, pats in _instruments():
        for literals, pat in pats:
            if not literals or (plain and not all(w in lower for w in literals)):
                continue
            for m in _literal_matches(pat, literals[0], ctx.text, lower):
                ev = evidence(ctx, m.start(), m.end(), 0.9, "references.curated_instrument")
                out.append(Reference(id=spec["id"], kind=spec["kind"], label=spec["label"], surface=m.group(), evidence=ev))
    return out


def described_guidelines(ctx: DocContext) -> list[Reference]:
    out = []
    for b in ctx.blocks:
        for p in load_yaml("references.yaml")["guideline_descriptions"].get(b.lang, []):
            for m in re.finditer(p, ctx.text[b.start : b.end], re.IGNORECASE):
                subject = re.sub(r"\s+", " ", m["subject"]).strip()
                ev = evidence(ctx, b.start + m.start(), b.start + m.end(), 0.6, "references.described_guidelines")
                out.append(
                    Reference(id=f"guidelines:european-commission:{slug(subject)}", kind="guidelines",
                              label=f"European Commission guidelines on {subject}", surface=m.group(), evidence=ev)
                )
    return out


def references(ctx: DocContext) -> list[Reference]:
    """One reference per identifier, at its first and most confident occurrence."""
    found = numbered_acts(ctx) + identified_acts(ctx) + named_instruments(ctx) + described_guidelines(ctx)
    found.sort(key=lambda r: (r.evidence.start or 0, -r.evidence.confidence))
    best: dict[str, Reference] = {}
    for r in found:
        if r.id not in best or r.evidence.confidence > best[r.id].evidence.confidence:
            kept = best.get(r.id)
            best[r.id] = r.model_copy(update={"eli": r.eli or (kept.eli if kept else None)})
        elif r.eli and not best[r.id].eli:
            best[r.id] = best[r.id].model_copy(update={"eli": r.eli})
    return sorted(best.values(), key=lambda r: r.evidence.start or 0)
