"""Signatories, found by structure only.

A state signs when it is an item of the list in the opening "We, the governments of A, B
and C" (any language), or of a Council "From: BE, DE ... delegations" header. A state
named anywhere else is a mention. A list that is not nearly all resolved states yields
nothing but warnings: a wrong signatory is worse than a missing one.
"""

from __future__ import annotations

import re

from loaders.model import Signatory, Warning_
from loaders.names import code_to_state, find_states
from loaders.names.morphology import morphology
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues
from loaders.rules.lists import Run, state_runs

MIN_PRECISION = 0.8
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n\s*\n|:\s*\n")
_PREFIX_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _opening_pronouns(ctx: DocContext, b: int) -> list[re.Match[str]]:
    """The pronoun followed by a comma, standing at the start of a sentence."""
    block = ctx.blocks[b]
    we = cues(block.lang).we
    if not we:
        return []
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, we)) + r")\s*,")
    out = []
    for m in pattern.finditer(ctx.text, block.start, block.end):
        before = ctx.text[max(block.start, m.start() - 200) : m.start()].rstrip(" \t")
        if not before or before[-1] in ".!?\n" or before.endswith(("\u201d", '"')):
            out.append(m)
    return out


def _prefix_ok(prefix: str, lang: str, gov: re.Pattern[str] | None) -> tuple[bool, bool]:
    """(acceptable, names the governments): only articles and the 'governments' noun may
    stand between the pronoun and the first state."""
    articles = morphology(lang).articles | {"of", "de", "von", "di", "van", "af", "av", "z", "ze"}
    saw_gov = bool(gov and gov.search(prefix))
    rest = gov.sub(" ", prefix) if gov else prefix
    words = [w.group().casefold() for w in _PREFIX_WORD.finditer(rest)]
    words = [w for part in words for w in re.split(r"['’]", part) if w]
    return len(words) <= 4 and all(w in articles for w in words), saw_gov


def _opening_run(ctx: DocContext, b: int, we: re.Match[str]) -> Run | None:
    block = ctx.blocks[b]
    gov = cues(block.lang).governments
    stop = _SENTENCE_END.search(ctx.text, we.end(), min(block.end, we.end() + 2000))
    limit = stop.start() if stop else min(block.end, we.end() + 2000)
    matches = [m for m in ctx.states[b] if we.end() <= m.start and m.end <= limit]
    if not matches:
        return None
    run = state_runs(ctx.text, block.lang, matches)[0]
    run.unresolved.extend(_trailing_items(ctx.text, run.end, limit, block.lang, gov))
    ok, saw_gov = _prefix_ok(ctx.text[we.end() : run.start], block.lang, gov)
    if not ok:
        return None
    if not saw_gov:
        after = ctx.text[run.end : min(limit, run.end + 40)]
        if not (gov and gov.match(after.lstrip(" \n"))):
            return None
    return run


def _trailing_items(text: str, start: int, limit: int, lang: str, gov: re.Pattern[str] | None) -> list[tuple[int, int, str]]:
    """Capitalised list items after the last recognised state: unknown names that must
    count against the list ("..., Atlantis and Lemuria, affirm")."""
    conj = [c for c in morphology(lang).conjunctions if c.isalpha()]
    splitter = re.compile(r"\s*(?:,|;|\b(?:" + "|".join(map(re.escape, conj or ["and"])) + r")\b)\s*")
    out = []
    pos = start
    for m in splitter.finditer(text, start, limit):
        chunk = text[pos : m.start()].strip()
        if chunk and pos > start:
            words = chunk.split()
            if not words[0][:1].isupper() or len(words) > 4 or (gov and gov.match(chunk)):
                break
            out.append((pos, m.start(), chunk))
        elif chunk:
            break
        pos = m.end()
    return out


def _accept(run: Run, ctx: DocContext, warnings: list[Warning_]) -> bool:
    for s, e, surface in run.unresolved:
        warnings.append(Warning_(code="unresolved_name", message=f"list item {surface!r} is not a known state", start=s, end=e))
    for m in run.items:
        if not m.iso2:
            warnings.append(
                Warning_(code="ambiguous_name", message=f"{m.surface!r} may be any of {', '.join(m.candidates)}", start=m.start, end=m.end)
            )
    if not run.resolved or run.precision < MIN_PRECISION:
        warnings.append(
            Warning_(code="low_confidence", message="signing list too uncertain; no signatories taken from it", start=run.start, end=run.end)
        )
        return False
    return True


def from_opening(ctx: DocContext, warnings: list[Warning_]) -> list[Signatory]:
    """The 'We, the governments of ...' opening, once per language block."""
    out: list[Signatory] = []
    for b in range(len(ctx.blocks)):
        for we in _opening_pronouns(ctx, b):
            run = _opening_run(ctx, b, we)
            if run is None or not _accept(run, ctx, warnings):
                continue
            conf = 0.95 * run.precision
            seen: set[str] = set()
            for m in run.resolved:
                if m.iso2 in seen:
                    continue
                seen.add(m.iso2)
                out.append(
                    Signatory(
                        iso2=m.iso2,
                        name=m.name,
                        surface=m.surface,
                        block=b,
                        evidence=evidence(ctx, m.start, m.end, min(conf, m.confidence + 0.05), "signatories.we_the_governments"),
                    )
                )
            break
    return out


_CODE = re.compile(r"^[A-Z]{2,3}$")


def _header_lines(ctx: DocContext, b: int) -> list[tuple[int, int]]:
    block = ctx.blocks[b]
    c = cues(block.lang)
    labels = set(c.header_from) | set(cues("en").header_from)
    if not labels:
        return []
    label_re = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")[ \t]*:[ \t]*", re.M)
    out = []
    for m in label_re.finditer(ctx.text, block.start, block.end):
        eol = ctx.text.find("\n", m.end())
        eol = block.end if eol < 0 or eol > block.end else eol
        out.append((m.end(), eol))
    return out


def from_header(ctx: DocContext, warnings: list[Warning_]) -> list[Signatory]:
    """'From: BE, CZ, EL delegations' (Council documents): ISO or Council codes, or names."""
    out: list[Signatory] = []
    for b, block in enumerate(ctx.blocks):
        dele = cues(block.lang).delegations or cues("en").delegations
        for s, e in _header_lines(ctx, b):
            line = ctx.text[s:e]
            d = dele.search(line) if dele else None
            if not d:
                continue
            items = []
            unresolved = 0
            for item in re.finditer(r"[^,;]+", line):
                raw = item.group()
                i0 = s + item.start()
                raw_clean = dele.sub("", raw)
                words = [w for w in re.finditer(r"[^\W\d_]+", raw_clean)]
                conj = {c.casefold() for c in morphology(block.lang).conjunctions} | {"and", "the", "of"}
                words = [w for w in words if w.group().casefold() not in conj]
                if not words:
                    continue
                if all(_CODE.match(w.group()) for w in words):
                    for w in words:
                        ref = code_to_state(w.group())
                        if ref:
                            items.append((ref.iso2, ref.name, w.group(), i0 + w.start(), i0 + w.end()))
                        else:
                            unresolved += 1
                    continue
                found = [m for m in find_states(ctx.text, block.lang, i0, i0 + len(raw)) if m.iso2]
                if found:
                    items.extend((m.iso2, m.name, m.surface, m.start, m.end) for m in found)
                else:
                    unresolved += 1
                    warnings.append(Warning_(code="unresolved_name", message=f"header item {raw.strip()!r} is not a known state", start=i0, end=i0 + len(raw)))
            total = len(items) + unresolved
            if not items or len(items) / total < MIN_PRECISION:
                continue
            seen: set[str] = set()
            for iso2, name, surface, a, z in items:
                if iso2 in seen:
                    continue
                seen.add(iso2)
                out.append(
                    Signatory(iso2=iso2, name=name, surface=surface, block=b, evidence=evidence(ctx, a, z, 0.9, "signatories.from_header"))
                )
    return out


def signatories(ctx: DocContext, warnings: list[Warning_]) -> list[Signatory]:
    return from_opening(ctx, warnings) + from_header(ctx, warnings)
