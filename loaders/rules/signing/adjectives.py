"""A statement's title that names its parties by adjectives: "Společné prohlášení
Česko-izraelské mezivládní konzultace", "Gemeinsame Presseerklärung des deutschen und des
französischen Außenministers", "Franco-German Declaration".

Two or more state adjectives (stems per language in signing.yaml ``adjective_titles``),
joined by hyphens, dashes or "and", make one run. The run stands right after the
statement word (with only "of the", "on the occasion of" or an ordinal between) and
qualifies a noun of governments, ministers or a meeting of theirs; or it stands right
before the statement word, with nothing after it but a subject ("Franco-German
Declaration on ..."; "Franco-German declaration criticised" is a headline). "Joint
statement on the Franco-German border" qualifies a border, not the parties, and gives nothing. In the Romance languages (``head_first``) the
adjectives follow what they qualify: "Déclaration conjointe franco-allemande", "Declaração
da XXXIV Cimeira Luso-Espanhola" (the statement word, then at most a meeting's noun).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.names import code_to_state
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.signing.parties import Party, PartyList
from loaders.rules.signing.title import nothing_but_subject
from loaders.rules.signing.title_lines import title_lines
from loaders.rules.signing.vocabulary import words

_TOKEN = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"\s*[-–—]\s*")
_ORDINAL = re.compile(r"^(?:[IVXLC]+\.?|\d{1,3}\.?)$")


class _Lang:
    def __init__(self, lang: str, spec: dict):
        self.stems = sorted(((str(s).casefold(), iso) for iso, ss in spec["stems"].items() for s in ss),
                            key=lambda x: len(x[0]), reverse=True)
        self.heads = re.compile(spec["heads"], re.IGNORECASE)
        self.occasion = re.compile(spec["occasion"], re.IGNORECASE)
        self.head_first = bool(spec.get("head_first"))
        m = morphology(lang)
        conj = [c for c in m.conjunctions if c.isalpha()] or ["and"]
        arts = sorted(m.articles, key=len, reverse=True)
        art = "(?:(?:" + "|".join(map(re.escape, arts)) + r")\s+)?" if arts else ""
        self.joint = re.compile(r"\s+(?:" + "|".join(map(re.escape, conj)) + r")\s+" + art, re.IGNORECASE)
        self.articles = {a.casefold() for a in arts}
        self.linking = self.articles | {c.casefold() for c in conj}

    def iso(self, token: str) -> str | None:
        low = token.casefold()
        for stem, iso in self.stems:
            if low.startswith(stem):
                return iso
        return None


@lru_cache(maxsize=None)
def _lang(lang: str) -> _Lang | None:
    spec = load_yaml("signing.yaml").get("adjective_titles", {}).get(lang)
    return _Lang(lang, spec) if spec else None


def adjective_state(lang: str, token: str) -> str | None:
    """The ISO code of the state a token's adjective stem names ("Belgian", « belge »,
    "niederländische"), in the languages with stems; None elsewhere."""
    lx = _lang(lang)
    return lx.iso(token) if lx is not None else None


def _runs(text: str, s: int, e: int, lx: _Lang) -> list[list[tuple[int, int, str]]]:
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for t in _TOKEN.finditer(text, s, e):
        iso = lx.iso(t.group())
        if iso is None and current and t.group().casefold() in lx.linking:
            continue  # "and", "des": the gap check below decides
        if iso is None:
            if len(current) >= 2:
                runs.append(current)
            current = []
            continue
        if current:
            gap = text[current[-1][1] : t.start()]
            if not (_DASH.fullmatch(gap) or lx.joint.fullmatch(gap)):
                if len(current) >= 2:
                    runs.append(current)
                current = []
        current.append((t.start(), t.end(), iso))
    if len(current) >= 2:
        runs.append(current)
    return runs


def _gap_ok(gap: str, lx: _Lang) -> bool:
    rest = lx.occasion.sub(" ", gap)
    found = rest.split()
    return len(gap.split()) <= 5 and all(w.casefold() in lx.articles or _ORDINAL.match(w) for w in found)


def titled_by_adjectives(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    block = ctx.blocks[b]
    lx = _lang(block.lang)
    cue = words(block.lang).promise
    if lx is None or cue is None:
        return
    for s, e in title_lines(ctx.text, block.start, block.end):
        m = cue.search(ctx.text, s, e)
        if m is None or len(_TOKEN.findall(ctx.text, s, m.start())) > 3:
            continue
        for run in _runs(ctx.text, s, e, lx):
            if len({iso for _, _, iso in run}) < 2 or len({iso for _, _, iso in run}) != len(run):
                continue
            r0, r1 = run[0][0], run[-1][1]
            if r0 >= m.end() and lx.head_first:
                ok = _gap_ok(lx.heads.sub(" ", ctx.text[m.end() : r0]), lx)  # "Déclaration du sommet franco-italien"
            elif r0 >= m.end():
                head = lx.heads.match(ctx.text, r1 + len(ctx.text[r1:e]) - len(ctx.text[r1:e].lstrip()), e)
                ok = _gap_ok(ctx.text[m.end() : r0], lx) and head is not None
            else:
                ok = (r1 <= m.start() and not ctx.text[r1 : m.start()].strip() and len(_TOKEN.findall(ctx.text, s, r0)) <= 1
                      and nothing_but_subject(ctx.text, m.end(), e, block.lang))  # not "Franco-German declaration criticised"
            if not ok:
                continue
            items = []
            for a, z, iso in run:
                ref = code_to_state(iso)
                if ref is None:
                    break
                items.append(Party(kind="state", start=a, end=z, surface=ctx.text[a:z], iso2=iso, name=ref.name, confidence=0.8))
            else:
                yield PartyList(layout="the statement's title (adjectives)", items=items), s
                return


_LEADERS_AFTER = 3  # words between the last adjective and the leaders' noun ("Prime Ministers")


def adjectives_opening(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """The first sentence under a statement's title naming its parties by adjectives before
    the governments' or leaders' noun, then a verb of agreeing or meeting: "The Estonian and
    Finnish governments today agreed ...", "Die estnische und die finnische Regierung haben
    vereinbart ...". Only adjective-first languages (not ``head_first``)."""
    from loaders.rules.signing.under_heading import agreed_at, date_line, dated_opening, heading_above, titles_a_statement

    block = ctx.blocks[b]
    lx = _lang(block.lang)
    w = words(block.lang)
    if lx is None or lx.head_first or w.party_noun is None:
        return
    for s, e in ctx.sentences[b][:4]:
        heading = heading_above(ctx.text, s)
        if not heading or not titles_a_statement(heading, block.lang) or date_line(ctx.text, s, e):
            continue
        s0 = dated_opening(ctx.text, s, e, block.lang)
        runs = _runs(ctx.text, s0, min(e, s0 + 200), lx)
        if not runs:
            return
        run = runs[0]
        isos = [iso for _, _, iso in run]
        lead = _TOKEN.findall(ctx.text, s0, run[0][0])
        if len(set(isos)) < 2 or len(set(isos)) != len(isos) or any(t.casefold() not in lx.articles for t in lead):
            return
        noun = w.party_noun.search(ctx.text, run[-1][1], e)
        if noun is None or len(_TOKEN.findall(ctx.text, run[-1][1], noun.start())) > _LEADERS_AFTER:
            return
        at = noun.end()
        verb = next((m for m in (p.match(ctx.text, at, e) if p is not None else None for p in (w.agree, w.met)) if m), None)
        verb = verb or agreed_at(ctx.text, at, e, block.lang)
        if verb is None or verb.end() <= at:
            return
        items = []
        for a, z, iso in run:
            ref = code_to_state(iso)
            if ref is None:
                return
            items.append(Party(kind="state", start=a, end=z, surface=ctx.text[a:z], iso2=iso, name=ref.name, confidence=0.8))
        yield PartyList(layout="adjectives opening the first sentence under a statement's title", items=items), s
        return
