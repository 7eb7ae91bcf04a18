"""The opening "We, the governments of A, B and C" (any language with a "we" cue), and
its third-person twin "The governments of A, B and C have agreed / endorse / commit".

Both need the list right after the pronoun or the "governments" noun, with only
articles between, and the noun right before or right after the list; the third-person
form also needs one of the language's verbs of agreeing right after it, so "The
governments of A and B have used spyware" is no signing list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.cues import cues
from loaders.rules.lists import Run, state_runs
from loaders.rules.signing.parties import Party, PartyList, resolve

__all__ = ["Party", "PartyList", "governments_agree", "resolve", "we_the_governments"]
from loaders.rules.signing.under_heading import agreed_at, date_line as _date_line, dated_opening, heading_above, titles_a_statement
from loaders.rules.signing.vocabulary import signing_data, undersigned, words

# a participle clause set off by commas after the list: it opens with a lower-case word and
# holds no other state's name (checked by its length and the verb that must follow it)
_APPOSITIVE_RE = re.compile(r"[^\W\d_][^,;:.!?\n]{2,100},\s*")


def _appositive(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The clause set off by commas at ``pos``, when it opens with a lower-case letter of
    any script: a capital opens a name or another list, in Greek or Cyrillic as in Latin."""
    m = _APPOSITIVE_RE.match(text, pos, end)
    return m if m is not None and m.group()[0].islower() else None
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n\s*\n|:\s*\n")
_PREFIX_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=None)
def _pronoun_pattern(we: tuple[str, ...]) -> re.Pattern[str]:
    """The pronouns, each followed by a comma or a space. The comma after the pronoun is
    usual, not universal ("Me Ruotsin, Suomen ja Norjan valtionjohtajat, ..."): the checks
    on what follows do the work. The pattern opens with the pronouns' letters, so ``re``
    skips to them; the word boundary before them is checked on each match."""
    return re.compile(r"(?:" + "|".join(map(re.escape, we)) + r")(?:\s*,|[ \t]+)")


def _opening_pronouns(ctx: DocContext, b: int) -> list[re.Match[str]]:
    """The pronoun followed by a comma, standing at the start of a sentence."""
    block = ctx.blocks[b]
    we = cues(block.lang).we
    if not we:
        return []
    out = []
    for m in _pronoun_pattern(we).finditer(ctx.text, block.start, block.end):
        if m.start() > 0 and _WORD_CHAR.match(ctx.text, m.start() - 1):
            continue  # inside a word; nothing after the pronoun but spaces and commas can start another
        before = ctx.text[max(block.start, m.start() - 200) : m.start()].rstrip(" \t")
        if not before or before[-1] in ".!?\n" or before.endswith(("\u201d", '"', "\u201c", "\u201e", "«", "»")):
            out.append(m)
    return out


# "the governments in Estonia, ...": the Scandinavian languages link the noun and the states
# with "i" (Swedish "regeringarna i", Danish "regeringerne i", Norwegian "regjeringene i");
# in Polish or Czech "i" is "and", so it is allowed only here.
_LINKS = {"sv": {"i"}, "da": {"i"}, "nb": {"i"}, "no": {"i"}, "nn": {"i"}}


def governments_prefix_ok(prefix: str, lang: str, gov: re.Pattern[str] | None) -> tuple[bool, bool]:
    """(acceptable, names the governments): only articles and the 'governments' noun may
    stand between the pronoun and the first state."""
    morph = morphology(lang)
    articles = morph.articles | {"of", "de", "von", "di", "van", "af", "av", "z", "ze"} | _LINKS.get(lang, set())
    saw_gov = bool(gov and gov.search(prefix))
    rest = gov.sub(" ", prefix) if gov else prefix
    if saw_gov:
        # "the undersigned Ministers responsible for digital affairs of", "Ministerinnen und
        # Minister": the word "undersigned", the ministers' field and a conjunction between
        # two of the nouns say who they are, not which states
        portfolio = words(lang).portfolio
        if portfolio is not None:
            rest = portfolio.sub(" ", rest)
        rest = undersigned().sub(" ", rest)
        articles = articles | {c.casefold() for c in morph.conjunctions if " " not in c}
    found = [w.group().casefold() for w in _PREFIX_WORD.finditer(rest)]
    found = [w for part in found for w in re.split(r"['’]", part) if w]
    return len(found) <= 4 and all(w in articles for w in found), saw_gov


def _trailing_items(text: str, start: int, limit: int, lang: str, gov: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Capitalised list items after the last recognised state ("..., Atlantis and the
    African Union, affirm"): organisations or unknown names, resolved by the caller."""
    conj = [c for c in morphology(lang).conjunctions if c.isalpha()]
    splitter = re.compile(r"\s*(?:,|;|\b(?:" + "|".join(map(re.escape, conj or ["and"])) + r")\b)\s*")
    out = []
    pos = start
    for m in splitter.finditer(text, start, limit):
        chunk = text[pos : m.start()].strip()
        if chunk and pos > start:
            first = chunk.split()
            articles = morphology(lang).articles
            lead = next((re.sub(r"^[ldLD]['’]", "", w) for w in first if w.casefold() not in articles), "")
            if not lead[:1].isupper() or len(first) > 8 or (gov and gov.match(chunk)):
                break
            out.append((pos, m.start()))
        elif chunk:
            break
        pos = m.end()
    return out


def party_list(ctx: DocContext, b: int, run: Run, extra: list[tuple[int, int]], layout: str) -> PartyList:
    """The run's items, its unresolved items and ``extra`` spans resolved to parties, in text order."""
    items: list[Party] = []
    for m in run.items:
        p = resolve(ctx, b, m.start, m.end)
        if p is not None:
            items.append(p)
    for s, e, _ in run.unresolved:
        p = resolve(ctx, b, s, e)
        if p is not None:
            items.append(p)
    for s, e in extra:
        p = resolve(ctx, b, s, e)
        if p is not None:
            items.append(p)
    items.sort(key=lambda p: p.start)
    return PartyList(layout=layout, items=items)


def _run_after(ctx: DocContext, b: int, start: int) -> tuple[Run, int, re.Pattern[str] | None] | None:
    block = ctx.blocks[b]
    gov = words(block.lang).party_noun
    stop = _SENTENCE_END.search(ctx.text, start, min(block.end, start + 2000))
    limit = stop.start() if stop else min(block.end, start + 2000)
    matches = [m for m in ctx.states_in(b, start, limit) if m.end <= limit]
    if not matches:
        return None
    return state_runs(ctx.text, block.lang, matches)[0], limit, gov


def we_the_governments(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """Each opening list of block ``b`` with the offset of its pronoun."""
    lang = ctx.blocks[b].lang
    for we in _opening_pronouns(ctx, b):
        found = _run_after(ctx, b, we.end())
        if found is None:
            continue
        run, limit, gov = found
        ok, saw_gov = governments_prefix_ok(ctx.text[we.end() : run.start], lang, gov)
        if not ok:
            continue
        trailing = _trailing_items(ctx.text, run.end, limit, lang, gov)
        extra = _office_after_run(ctx, b, run.end, limit, lang)
        if extra is not None:  # "..., de l'Italie et de Malte, et secrétaire d'État ... d'Espagne,"
            run = Run(items=[*run.items, extra], unresolved=run.unresolved)
            trailing = [t for t in trailing if not t[0] <= extra.start < t[1]]
        if not saw_gov:
            tail_end = trailing[-1][1] if trailing else run.end
            after = ctx.text[tail_end : min(limit, tail_end + 40)].lstrip(" ,\n")
            if not (gov and gov.match(after)) and not _bare_apposition(ctx, we.end(), run, tail_end, limit):
                continue
        yield party_list(ctx, b, run, trailing, "the opening 'We, the governments of ...'"), we.start()


_OFFICE_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d")


def _office_after_run(ctx: DocContext, b: int, end: int, limit: int, lang: str):
    """One more party after the leaders' list, named by a lower office: ", and the State
    Secretary for European Affairs of D," (a conjunction, an office within its first three
    words, its state, then a comma): that state, else None."""
    from loaders.rules.signing.offices import office_pattern

    conj = [c for c in morphology(lang).conjunctions if c.isalpha()]
    if not conj:
        return None
    m = re.compile(r"\s*,?\s*(?:" + "|".join(map(re.escape, conj)) + r")\s+").match(ctx.text, end, limit)
    if m is None:
        return None
    nxt = next((x for x in ctx.states_in(b, m.end(), min(limit, m.end() + 120)) if x.end <= limit), None)
    if nxt is None or not nxt.iso2:
        return None
    tokens = _OFFICE_TOKEN.findall(ctx.text, m.end(), nxt.start)
    at = next((i for i, t in enumerate(tokens) if office_pattern().match(t)), -1)
    if not 0 <= at <= 2 or len(tokens) > 10 or any(t.isdigit() for t in tokens):
        return None
    return nxt if ctx.text[nxt.end : nxt.end + 1] == "," else None


def _bare_apposition(ctx: DocContext, start: int, run: Run, tail_end: int, limit: int) -> bool:
    """"We, Austria, Belgium and Croatia, declare ...": the states alone set off by commas
    right after the pronoun, at least two of them, and a lower-case word (the verb) after."""
    lang = ctx.blocks[ctx.block_at(start)].lang
    prefix = ctx.text[start : run.start]
    if (prefix.strip() and not governments_prefix_ok(prefix, lang, None)[0]) or len({m.iso2 for m in run.items if m.iso2}) < 2:
        return False  # only an article may stand before the first state ("Nous, l'Autriche, ...")
    after = ctx.text[tail_end : min(limit, tail_end + 40)]
    return after.startswith(",") and after[1:].lstrip()[:1].islower()


def _and_one_more(ctx: DocContext, b: int, tail: int, end: int, noun: re.Pattern[str]) -> tuple[int, list]:
    """"... the foreign ministers of A and B and the deputy of C": a conjunction, one
    more state and one noun of its own (the signing noun, or any noun right before the
    verb) extend the list."""
    conj = [c for c in morphology(ctx.blocks[b].lang).conjunctions if c.isalpha()]
    if not conj:
        return tail, []
    m = re.compile(r"\s+(?:" + "|".join(map(re.escape, conj)) + r")\s+").match(ctx.text, tail, end)
    if not m:
        return tail, []
    nxt = [x for x in ctx.states_in(b, m.end(), m.end() + 1) if x.iso2]
    if not nxt:
        return tail, []
    rest = re.compile(r"\s+[^\W\d_]+").match(ctx.text, nxt[0].end, end)
    if not rest:
        return tail, []
    w = words(ctx.blocks[b].lang)
    verb_next = any(p is not None and p.match(ctx.text, rest.end(), end) for p in (w.agree, w.met))
    if not (noun.fullmatch(rest.group().strip()) or verb_next):
        return tail, []  # one word, and it is the signing noun or the verb follows it
    return rest.end(), [nxt[0]]


def _after_statement_heading(ctx: DocContext, b: int, start: int) -> bool:
    """The sentence opens the text right under a heading that names a statement ("Joint
    statement", "Gemensamt uttalande"): its subject is the statement's parties."""
    promise = words(ctx.blocks[b].lang).promise or words("en").promise
    heading = heading_above(ctx.text, start)
    return bool(heading and promise and promise.search(heading) and len(heading) <= 120 and not heading.endswith("."))


def governments_agree(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """"The governments of A, B and C have agreed ..." at the start of a sentence."""
    block = ctx.blocks[b]
    agree = words(block.lang).agree
    gov = words(block.lang).party_noun
    if agree is None or gov is None:
        return
    for s, e in ctx.sentences[b]:
        if not ctx.states_in(b, s, min(e, s + 120)):
            continue  # the list must open the sentence or follow its first few words
        head = ctx.text[s : min(e, s + 400)]
        g = gov.search(head)
        if g is None:
            continue
        found = _run_after(ctx, b, s)
        if found is None:
            continue
        run, limit, _ = found
        under = _after_statement_heading(ctx, b, s) and titles_a_statement(heading_above(ctx.text, s), block.lang)
        s0 = dated_opening(ctx.text, s, e, block.lang) if under else s  # "On 3 May 2031, the ..."
        if run.start > e or (g.start() > 40 + s0 - s and run.start - s0 > 10):
            continue  # the noun opens the sentence, or the list does (genitive first)
        ok, saw_gov = governments_prefix_ok(ctx.text[s0 : run.start], block.lang, gov)
        if not ok:
            continue
        tail = run.end
        if not saw_gov:
            after = gov.match(ctx.text, tail + len(ctx.text[tail:]) - len(ctx.text[tail:].lstrip(" ,")))
            if after is None:
                continue
            tail = after.end()
            tail, extra = _and_one_more(ctx, b, tail, e, gov)
            run = Run(items=[*run.items, *extra], unresolved=run.unresolved)
        joined_at, joined = joined_run(ctx, b, tail, e)  # "..., joined by C and D, reaffirm"
        if joined:
            tail = joined_at
            run = Run(items=[*run.items, *joined], unresolved=run.unresolved)
        at = tail + len(ctx.text[tail:e]) - len(ctx.text[tail:e].lstrip(" ,"))
        aside = _appositive(ctx.text, at, e) if ctx.text[tail:at].strip() == "," else None
        if aside is not None and agree.match(ctx.text, aside.end(), e):
            at = aside.end()  # "The Foreign Ministers of A and B, meeting in Vienna on 3 May, adopted ..."
        verb = agree.match(ctx.text, at, e)
        met = words(block.lang).met
        if verb is None and met is not None and under:
            verb = met.match(ctx.text, at, e)  # "... foreign ministers met today", right under "Joint statement"
        if verb is None and under:
            verb = agreed_at(ctx.text, at, e, block.lang)  # "... reaffirmed", right under "Joint statement"
        if verb is None or verb.end() - verb.start() > 60:
            continue
        yield party_list(ctx, b, run, [], "'The governments of ... have agreed'"), s


@lru_cache(maxsize=None)
def _joined_by(lang: str) -> re.Pattern[str] | None:
    spec = (signing_data().get("joined_by") or {}).get(lang)
    return re.compile(rf",\s*(?:{spec})\s+", re.IGNORECASE) if spec else None


def joined_run(ctx: DocContext, b: int, at: int, end: int) -> tuple[int, list]:
    """", joined by C and D," between a statement's subject and its verb (``signing.yaml``
    ``joined_by``): (where the verb may start, the states added). Only states, each in one
    run right after the words and closed by a comma; else nothing is added."""
    pattern = _joined_by(ctx.blocks[b].lang)
    m = pattern.match(ctx.text, at, end) if pattern is not None else None
    if m is None:
        return at, []
    matches = [x for x in ctx.states_in(b, m.end(), end) if x.end <= end]
    if not matches:
        return at, []
    run = state_runs(ctx.text, ctx.blocks[b].lang, matches)[0]
    if run.unresolved or any(not x.iso2 for x in run.items) or not governments_prefix_ok(ctx.text[m.end() : run.start], ctx.blocks[b].lang, None)[0]:
        return at, []
    close = re.compile(r"\s*,\s*").match(ctx.text, run.end, end)
    if close is None:
        return at, []
    return close.end(), list(run.items)


def _heading_opens_with_statement(ctx: DocContext, b: int, start: int) -> bool:
    """The line right above the sentence is a heading that opens with a statement word
    ("Joint Declaration of the Summit", "Declaração Conjunta"): a headline that only
    mentions one ("A and B sign joint declaration") does not open with it."""
    w = words(ctx.blocks[b].lang)
    promise = w.promise or words("en").promise
    heading = heading_above(ctx.text, start)
    if not heading or len(heading) > 120 or heading.endswith(".") or promise is None:
        return False
    m = promise.match(heading)
    return m is not None


def states_agree_under_heading(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """"Austria and Belgium reaffirm ...": the first sentence under a statement's heading,
    opened by a run of at least two states (an article at most before it) and followed by a
    verb of agreeing (a clause set off by commas may stand between)."""
    block = ctx.blocks[b]
    agree = words(block.lang).agree
    if agree is None:
        return
    for s, e in ctx.sentences[b][:6]:
        if not _heading_opens_with_statement(ctx, b, s):
            continue
        matches = [m for m in ctx.states_in(b, s, min(e, s + 300)) if m.end <= e]
        if not matches and dated_opening(ctx.text, s, e, block.lang) == s and _date_line(ctx.text, s, e):
            continue  # "3 May 2031" on its own line under the heading
        if not matches:
            return
        run = state_runs(ctx.text, block.lang, matches)[0]
        titled = titles_a_statement(heading_above(ctx.text, s), block.lang)
        s0 = dated_opening(ctx.text, s, e, block.lang) if titled else s  # "On 3 May 2031, A and B ..."
        if len({m.iso2 for m in run.items if m.iso2}) < 2 or not governments_prefix_ok(ctx.text[s0 : run.start], block.lang, None)[0]:
            return
        joined_at, joined = joined_run(ctx, b, run.end, e)  # "A and B, joined by C and D, reaffirm"
        if joined:
            run = Run(items=[*run.items, *joined], unresolved=run.unresolved)
        at = (joined_at if joined else run.end)
        at = at + len(ctx.text[at:e]) - len(ctx.text[at:e].lstrip(" "))
        if ctx.text[at : at + 1] == "," and not joined:
            aside = _appositive(ctx.text, at + 1 + len(ctx.text[at + 1 : e]) - len(ctx.text[at + 1 : e].lstrip()), e)
            at = aside.end() if aside is not None else at
        verb = agree.match(ctx.text, at, e) or (agreed_at(ctx.text, at, e, block.lang) if titled else None)
        if verb is not None and verb.end() - verb.start() <= 60 and verb.end() > at:
            yield party_list(ctx, b, run, [], "states opening the first sentence under a statement's heading"), s
        return
