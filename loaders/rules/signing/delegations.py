"""Council "From: BE, CZ, EL and UK delegations" headers: the authors of a position paper.

Delegations write a paper; they do not sign an edition of anything, so they come out as
authors (``authors.delegations_header``). The header may sit anywhere in the first
lines (a PDF conversion often runs the header into one line). Codes are read among the
Council's delegations: the member states' ISO codes, with the Council's own EL (Greece)
and UK (United Kingdom, a member until 2020). A code that names a state outside that list
is a slip: it is matched against the member states the body names, and otherwise
reported, never taken as that state.
"""

from __future__ import annotations

import re

from core.model import ActorRef, Author, Warning_
from loaders.names import code_to_state, find_states
from loaders.names.morphology import morphology
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues
from loaders.rules.signing.adjectives import adjective_state

HEAD = 3000  # the header is among the first lines
COUNCIL_DELEGATIONS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE EL GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE UK GB".split()
)
_CODE = re.compile(r"^[A-Z]{2,3}$")
_NEXT_LABEL = re.compile(r"\s(?:[A-ZÀ-Ž][\w.]{0,14}|No\.|N°)\s*:|\n")


def _labels(lang: str) -> list[str]:
    return sorted(set(cues(lang).header_from) | set(cues("en").header_from), key=len, reverse=True)


def _slip(code: str, named: dict[str, tuple[str, int, int]], taken: set[str]) -> str | None:
    """The one member state named in the body whose English name holds the code's letters
    in order, first letter first ("LA" -> Latvia), among those not yet in the header."""
    hits = []
    for iso2, (name, _, _) in named.items():
        if iso2 in taken or iso2 not in COUNCIL_DELEGATIONS:
            continue
        low = name.casefold()
        if low[:1] == code[0].casefold() and code[1].casefold() in low[1:]:
            hits.append(iso2)
    return hits[0] if len(hits) == 1 else None


def _adjectives(lang: str, toks: list[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    """Each word of an item as a member state's adjective, or [] unless every word is one
    (articles aside): "Belgian", "Dutch", « luxembourgeoise », "niederländische"."""
    articles = {a.casefold() for a in morphology(lang).articles}
    out = []
    for w in toks:
        if w.group().casefold() in articles:
            continue
        iso2 = adjective_state(lang, w.group()) or adjective_state("en", w.group())
        if iso2 is None or (iso2 not in COUNCIL_DELEGATIONS and iso2 != "GR"):
            return []
        out.append((w, iso2))
    return out


def header_items(ctx: DocContext, b: int) -> list[tuple[int, int]]:
    """(start, end) of each "From: ... delegation(s)" item run in the block's head."""
    block = ctx.blocks[b]
    dele = cues(block.lang).delegations or cues("en").delegations
    labels = _labels(block.lang)
    head_end = min(block.end, block.start + HEAD)
    if not labels or dele is None or not dele.search(ctx.text, block.start, head_end):
        return []  # no "delegation" in the head: no header to read
    label_re = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, labels)) + r")[ \t]*:[ \t]*")
    out = []
    for m in label_re.finditer(ctx.text, block.start, head_end):
        nxt = _NEXT_LABEL.search(ctx.text, m.end(), min(block.end, m.end() + 400))
        stop = nxt.start() if nxt else min(block.end, m.end() + 400)
        if dele.search(ctx.text, m.end(), stop):
            out.append((m.end(), stop))
    return out


def delegations(ctx: DocContext, warnings: list[Warning_]) -> list[Author]:
    out: list[Author] = []
    seen: set[str] = set()
    for b, block in enumerate(ctx.blocks):
        stem = cues(block.lang).delegations or cues("en").delegations
        if stem is None:
            continue
        dele = re.compile(f"(?:{stem.pattern})[^\\W\\d_]*", re.IGNORECASE)  # the whole word: "Delegationen"
        body = {m.iso2: (m.name, m.start, m.end) for m in ctx.states[b] if m.iso2}
        for s, e in header_items(ctx, b):
            found: list[tuple[str, str, int, int, float]] = []
            unresolved = 0
            conj = morphology(block.lang).conjunction_forms | {"and", "the", "of"}
            for item in re.finditer(r"[^,;]+", ctx.text[s:e]):
                i0 = s + item.start()
                cleaned = dele.sub(lambda x: " " * len(x.group()), item.group())
                toks = [w for w in re.finditer(r"[^\W\d_]+", cleaned) if w.group().casefold() not in conj]
                if not toks:
                    continue
                if all(_CODE.match(w.group()) for w in toks):
                    for w in toks:
                        code = w.group()
                        a, z = i0 + w.start(), i0 + w.end()
                        ref = code_to_state(code) if code in COUNCIL_DELEGATIONS else None
                        if ref:
                            found.append((ref.iso2, ref.name, a, z, 0.9))
                            continue
                        fixed = _slip(code, body, {f[0] for f in found})
                        if fixed:
                            name = body[fixed][0]
                            warnings.append(Warning_(code="council_code", start=a, end=z,
                                                     message=f"delegation code {code!r} is no member state's code; read as {name}, which the text names"))
                            found.append((fixed, name, a, z, 0.7))
                        else:
                            unresolved += 1
                            warnings.append(Warning_(code="unresolved_name", start=a, end=z,
                                                     message=f"delegation code {code!r} names no member state and the text names none it could stand for"))
                    continue
                names = [m for m in find_states(ctx.text, block.lang, i0, i0 + len(item.group())) if m.iso2]
                adjectives = [] if names else _adjectives(block.lang, toks)
                if adjectives:  # "From: Belgian and Dutch delegations", « délégations belge et néerlandaise »
                    for w, iso2 in adjectives:
                        ref = code_to_state(iso2)
                        found.append((iso2, ref.name if ref else iso2, i0 + w.start(), i0 + w.end(), 0.85))
                    continue
                if names:
                    found.extend((m.iso2, m.name, m.start, m.end, 0.85) for m in names)  # type: ignore[misc]
                else:
                    unresolved += 1
                    warnings.append(Warning_(code="unresolved_name", start=i0, end=i0 + len(item.group()),
                                             message=f"header item {item.group().strip()!r} is not a known state"))
            if not found or len(found) / (len(found) + unresolved) < 0.6:
                continue
            for iso2, name, a, z, conf in found:
                if iso2 in seen:
                    continue
                seen.add(iso2)
                out.append(Author(actor=ActorRef(kind="state", key=iso2, name=name, iso2=iso2),
                                  evidence=evidence(ctx, a, z, conf, "authors.delegations_header")))
    return out
