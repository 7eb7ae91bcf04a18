"""A statement's title that names its parties: "Joint Statement by A, B and C",
"Gemeinsame Erklärung der Außenminister Deutschlands, Frankreichs und Polens",
"Comunicado conjunto dos Secretários de Estado ... de Portugal, Espanha e França",
and, where the genitive comes first, "Suomen, Ruotsin ja Norjan ... julkilausuma".

The title must start with the statement word (end with it, in the head-final languages),
or with words saying the text is the statement's, in full or in part ("Excerpts from the"),
hold one list of at least two states, and between the two only short linking words or
the "governments"/"ministers" noun: "France and Germany sign a joint declaration" is a
headline about a statement, not the title of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from loaders.names import StateMatch, find_states
from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.signing.opening import PartyList, party_list
from loaders.rules.signing.parties import Party, resolve
from loaders.rules.signing.vocabulary import LanguageWords, _data, words
from loaders.rules.stance_patterns import required_literals

HEAD_FINAL = frozenset({"fi", "et", "hu", "lv", "lt"})


@lru_cache(maxsize=1)
def _BETWEEN() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built on first use
    words_ = sorted((str(x) for x in _data().get("between", ())), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words_)) + r")(?![^\W\d_])", re.IGNORECASE)
@lru_cache(maxsize=None)
def _topic(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(subject markers, subject or occasion words) of ``lang``: the words by which a
    title turns from its parties to its subject (``signing.yaml`` ``topic``)."""
    spec = (_data().get("topic") or {}).get(lang) or {}

    def compiled(phrases: list[str]) -> re.Pattern[str] | None:
        if not phrases:
            return None
        alt = "|".join(r"\s+".join(map(re.escape, str(x).split())) for x in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)

    about = [str(x) for x in spec.get("about", ())]
    return compiled(about), compiled(about + [str(x) for x in spec.get("also", ())])


_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)  # "on" here names the parties, not a subject


def _subject_in(gap: str, lang: str) -> bool:
    """A subject marker between the statement word and a list: "Joint Statement on A, B and
    C" is about those states, not by them."""
    about = _topic(lang)[0]
    return about is not None and about.search(_BEHALF.sub(" ", gap)) is not None


def _subject_follows(text: str, pos: int, end: int, lang: str) -> bool:
    """The list ending at ``pos`` is followed by a subject or an occasion word ("... of A and
    B on Ukraine"), so any state after it belongs to the subject."""
    rest = text[pos:end].lstrip(" \t,")
    anyword = _topic(lang)[1]
    return anyword is not None and anyword.match(rest) is not None


def _parties_run(text: str, lang: str, runs: list, cue: re.Match[str], line_end: int):
    """The one run a title names as its parties: the only run, or the first run after the
    statement word when a subject or occasion word closes it ("Joint Statement of A, B
    and C on D"); in a head-final language, the run before the statement word."""
    if len(runs) == 1:
        return runs[0]
    before = [r for r in runs if r.end <= cue.start()]
    after = [r for r in runs if r.start >= cue.end()]
    if len(before) + len(after) != len(runs):
        return None
    if len(before) == 1 and (lang in HEAD_FINAL or not after or _subject_follows(text, cue.end(), line_end, lang)):
        return before[0]  # head-final, or "A-B Joint Statement on C"
    if before or not after:
        return None
    return after[0] if _subject_follows(text, after[0].end, line_end, lang) else None


def _short_lead(lead: str, lang: str) -> bool:
    """At most one word before the statement word ("Final", "Tallinn"), or an article and
    one ("The Vilnius Declaration", "Die Tallinner Erklärung"): a headline has a verb."""
    found = _WORD.findall(lead)
    if len(found) <= 1:
        return True
    from loaders.names.morphology import morphology

    return len(found) == 2 and found[0].casefold() in morphology(lang).articles and found[1][:1].isupper()


def _dashed_first(text: str, run, s: int, cue: re.Match[str], e: int, lang: str) -> bool:
    """"Australia–India Joint Statement", "Australia and New Zealand Joint Statement on ...":
    states joined by dashes or as a list open the line right before the statement word,
    and after it comes nothing, a subject or a separator: "A and B sign joint statement"
    (a verb) and "Estonia-Latvia joint statement calls for ..." are headlines."""
    if text[s : run.start].strip() or text[run.end : cue.start()].strip(" \t:–—-"):
        return False
    if run.unresolved:
        return False  # "A, B and C" joined by dashes or as a list, nothing else between
    return nothing_but_subject(text, cue.end(), e, lang)


def nothing_but_subject(text: str, pos: int, e: int, lang: str) -> bool:
    """After a statement word that its parties precede, only its subject or a separator may
    follow: "A-B Joint Statement on C" is a title, "A-B joint statement calls for" a headline."""
    rest = text[pos:e].strip()
    return not rest or rest[0] in ":–—-|,(" or _subject_follows(text, pos, e, lang)


_WORD = re.compile(r"[^\W\d_]+")
_TITLE_LINES = 6
_MENU_LINES = 16  # lines of one or two words before the title, at most


@lru_cache(maxsize=None)
def _meetings(lang: str) -> str | None:
    spec = (_data().get("meetings") or {}).get(lang)
    return rf"(?<![^\W\d_])(?:{spec})[^\W\d_]*" if spec else None


@lru_cache(maxsize=None)
def _title_noun_for(lang: str, noun: re.Pattern[str] | None) -> re.Pattern[str] | None:
    parts = [p for p in (noun.pattern if noun is not None else None, _meetings(lang)) if p]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE) if parts else None


def _title_noun(lang: str, w: LanguageWords) -> re.Pattern[str] | None:
    """The leaders' noun or a meeting's words ("Trilateral Summit", "Cimeira"): either may
    stand between a title's statement word and its list."""
    return _title_noun_for(lang, w.party_noun)


def _gap_ok(gap: str, noun: re.Pattern[str] | None, max_words: int) -> bool:
    rest = noun.sub(" ", gap) if noun else gap
    found = _WORD.findall(rest.replace("-", " "))
    if len(found) > max_words:
        return False
    return bool(noun and noun.search(gap)) or all(len(w) <= 4 for w in found)


_DASHES = frozenset("-–—/")
_JOINED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _title_runs(text: str, lang: str, matches: list) -> list:
    """Runs of states, where a title may also join them by dashes ("Κύπρου – Ελλάδας –
    Αιγύπτου", "Estonia-Ghana-Peru")."""
    runs = state_runs(text, lang, matches)
    merged = [runs[0]] if runs else []
    for run in runs[1:]:
        gap = text[merged[-1].end : run.start].strip()
        if gap and all(ch in _DASHES for ch in gap):
            merged[-1].items.extend(run.items)
            merged[-1].unresolved.extend(run.unresolved)
        else:
            merged.append(run)
    return merged


def title_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines among the first few non-empty ones that can be a title: short, and not a
    sentence ending in a full stop."""
    pos, seen, scanned = start, 0, 0
    while pos < end and seen < _TITLE_LINES and scanned < _MENU_LINES:
        nl = text.find("\n", pos, end)
        s, e = pos, (end if nl < 0 else nl)
        pos = e + 1
        line = text[s:e].strip()
        if not line:
            continue
        scanned += 1
        if len(line.split()) > 2:
            seen += 1  # a page's menu ("Home", "News", "Press") does not use up the title's lines
        if len(line) <= 220 and not line.endswith("."):
            yield s, e


_WRAP_LINE = 160  # a title's second line, at most
_LONG_TITLE = 400  # a title run long with its subject and date, at most
_JOINER = re.compile(r"(?:,|\b[^\W\d_A-Z]{1,4})\s*$")  # "... of", "... and", "... de la", "...,"


def title_spans(ctx: DocContext, b: int) -> Iterator[tuple[int, int]]:
    """``title_lines``, each preceded by the title it starts when its next line continues
    it (a title hard-wrapped in a PDF or set over two lines of a page): the next line
    follows with one blank line at most, holds no sentence, and either the first line ends on a
    joiner ("of", "and", "de la", a comma), the next one opens in lower case ("of the
    Prime Ministers ..."), or the first holds only the statement words ("Joint
    Statement" / "Prime Ministers of A and B")."""
    block = ctx.blocks[b]
    text = ctx.text
    for s, e in title_lines(text, block.start, block.end):
        nxt = e + 1 + (text[e + 1 : e + 2] == "\n")  # the readers set a blank line after every line
        nxt_end = text.find("\n", nxt, block.end)
        nxt_end = block.end if nxt_end < 0 else nxt_end
        first, second = text[s:e].strip(), text[nxt:nxt_end].strip()
        if (second and e < block.end and len(second) <= _WRAP_LINE and not second.endswith((".", "!", "?", ":", ",", ";"))
                and not first.endswith((".", "!", "?", ":", ";"))
                and (_JOINER.search(first) or second[:1].islower() or _only_statement_words(ctx, b, s, e)
                     or (_shouted(first) and _shouted(second)))):
            yield s, nxt_end
        yield s, e
    # a title closed by a full stop or run long with its date ("Communiqué conjoint des
    # ministres de A et de B sur ..., le 9 février 2031."): only when it opens with the
    # statement words, among the first lines
    pos, seen = block.start, 0
    while pos < block.end and seen < _TITLE_LINES:
        nl = text.find("\n", pos, block.end)
        s, e = pos, (block.end if nl < 0 else nl)
        pos = e + 1
        line = text[s:e].strip()
        if not line:
            continue
        seen += 1
        if (line.endswith(".") or len(line) > 220) and len(line) <= _LONG_TITLE:
            found = _cue_in_line(ctx, b, s, e)
            if found is not None and not text[s : found[2].start()].strip():
                yield s, e - (1 if text[s:e].rstrip().endswith(".") else 0)


def _only_statement_words(ctx: DocContext, b: int, s: int, e: int) -> bool:
    found = _cue_in_line(ctx, b, s, e)
    if found is None:
        return False
    line = ctx.text[s:e].strip(" \t#*•-")
    return len(_WORD.findall(line)) <= len(_WORD.findall(found[2].group())) + 1


def _shouted(line: str) -> bool:
    """A title set in capitals ("DECLARAÇÃO CONJUNTA PORTUGAL-ESPANHA"): state names are
    found in capitalised words, so such a line is read in title case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters if c.lower() != c.upper())


def _title_languages(ctx: DocContext, b: int) -> list[str]:
    """The block's language, then the document's other languages and English: a title line
    often stands in a short block the detector gave to a caption's language, or is the
    statement's own title in English above a text in another language."""
    from core.membership import EU_LANGUAGES

    out = [ctx.blocks[b].lang]
    for lang in [x.lang for x in ctx.blocks] + ["en", *EU_LANGUAGES]:
        if lang not in out:
            out.append(lang)  # last, every EU language: a short page's language is often guessed wrong
    return out


def _line_states(ctx: DocContext, b: int, lang: str, s: int, e: int, force: bool = False) -> tuple[list[StateMatch], bool]:
    """(state matches of the line, read apart from the block's own matches); ``force`` reads
    it apart in any case (names joined by dashes: "Cyprus-Greece-Egypt")."""
    line = ctx.text[s:e]
    if lang == ctx.blocks[b].lang and not _shouted(line) and not force:
        return [x for x in ctx.states_in(b, s, e) if x.end <= e], False
    probe = line.title() if _shouted(line) else line
    if len(probe) != len(line):
        probe = line
    probe = _JOINED.sub("/", probe)  # "Portugal-Espanha": two names, not one hyphenated word
    out: list[StateMatch] = []
    for x in find_states(probe, lang):
        if x.end > len(line) or x.weak:
            continue
        if out and not probe[out[-1].end - s : x.start].strip():
            break  # "PORTUGAL-ESPANHA REUNIÃO": a name after a bare space is the title's next word
        out.append(replace(x, start=x.start + s, end=x.end + s, surface=ctx.text[x.start + s : x.end + s]))
    return out, True


@lru_cache(maxsize=None)
def _promise_literals(lang: str) -> tuple[str, ...] | None:
    """Words one of which every statement word of the language holds; None: always search."""
    w = words(lang)
    found = required_literals(w.promise.pattern) if w.promise is not None else None
    return tuple(found) if found else None


def _cue_in_line(ctx: DocContext, b: int, s: int, e: int) -> tuple[str, LanguageWords, re.Match[str]] | None:
    """The first of the title's languages whose statement word the line holds; a line is
    tried in every EU language, so each language's regex runs only where its words occur."""
    cache = ctx.__dict__.setdefault("_title_cues", {})
    key = (b, s, e)
    if key not in cache:
        low = ctx.text[s:e].lower()
        cache[key] = None
        for lang in _title_languages(ctx, b):
            w = words(lang)
            m = None
            if w.promise is not None:
                literals = _promise_literals(lang)
                if literals is None or any(lit in low for lit in literals):
                    m = w.promise.search(ctx.text, s, e)
            if m is None:
                m = _opening_word(lang, ctx.text, s, e)
            if m is not None:
                cache[key] = (lang, w, m)
                break
    return cache[key]


@lru_cache(maxsize=None)
def _title_words(lang: str) -> re.Pattern[str] | None:
    spec = (_data().get("title_words") or {}).get(lang)
    return re.compile(rf"(?:{spec})(?![^\W\d_])", re.IGNORECASE) if spec else None


def _opening_word(lang: str, text: str, s: int, e: int) -> re.Match[str] | None:
    """A statement word that only a title's first words may be ("Statement by the Prime
    Ministers of A and B", "Gemeinsame Pressemitteilung der ..."): too common elsewhere
    to promise signatories (``signing.yaml`` ``title_words``)."""
    pattern = _title_words(lang)
    if pattern is None:
        return None
    at = s + len(text[s:e]) - len(text[s:e].lstrip(" \t#*•-"))
    return pattern.match(text, at, e)


def _own_list(ctx: DocContext, b: int, run, layout: str) -> PartyList:
    """A run found apart from the block's matches: its states taken from the run itself,
    anything else resolved as usual (and so never a state)."""
    items = [Party("state", x.start, x.end, x.surface, iso2=x.iso2, name=x.name, confidence=x.confidence)
             if x.iso2 else Party("ambiguous", x.start, x.end, x.surface, candidates=tuple(x.candidates))
             for x in run.items]
    for us, ue, _ in run.unresolved:
        p = resolve(ctx, b, us, ue)
        if p is not None:
            items.append(Party("unknown", p.start, p.end, p.surface) if p.kind == "state" else p)
    items.sort(key=lambda p: p.start)
    return PartyList(layout=layout, items=items)


def titled(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    for s, e in title_spans(ctx, b):
        found = _cue_in_line(ctx, b, s, e)
        if found is None:
            continue
        lang, w, m = found
        matches, apart = _line_states(ctx, b, lang, s, e)
        if lang not in HEAD_FINAL and _JOINED.search(ctx.text, s, e):
            # "Australia-India Joint Statement", "Declaração Conjunta da Cimeira Portugal-Espanha":
            # names joined by a hyphen read apart, a name that holds one ("Pays-Bas") kept whole
            forced, _ = _line_states(ctx, b, lang, s, e, force=True)
            kept = [x for x in matches if "-" in x.surface]
            extra = [x for x in forced if not any(k.start < x.end and x.start < k.end for k in kept)]
            if len(kept) + len(extra) > len(matches) or not apart:
                matches, apart = sorted(kept + extra, key=lambda x: x.start), True
        if len(matches) < 2:
            continue
        runs = _title_runs(ctx.text, lang, matches)
        run = _parties_run(ctx.text, lang, runs, m, e)
        if run is None or len(run.items) < 2:
            continue
        if lang not in HEAD_FINAL and run.end <= m.start():
            if _dashed_first(ctx.text, run, s, m, e, lang):
                plist = _own_list(ctx, b, run, "the statement's title")
                plist.reported = _reported_below(ctx, b, e, {x.iso2 for x in run.items if x.iso2})
                yield plist, s
            continue
        lead = ctx.text[s:m.start()].strip(" \t-–—:|")
        labelled_lead = _LEAD_LABEL.fullmatch(ctx.text[s:m.start()])
        if labelled_lead:
            lead = ""  # "Press release: Joint statement of ...", "Vienna, 3 May 2023 – Joint declaration ..."
        cut = w.excerpt.match(lead) if w.excerpt is not None else None
        if cut is not None and (cut.end() == len(lead) or lead[cut.end()].isspace()):
            lead = lead[cut.end() :]  # "Excerpts from the joint declaration of ...": the statement's own text, in part
        if lang in HEAD_FINAL and run.start < m.start():
            ok = not ctx.text[s : run.start].strip() and _gap_ok(ctx.text[run.end : m.start()], w.party_noun, 3)
        else:
            gap = _BETWEEN().sub(" ", ctx.text[m.end() : run.start])  # "... entre la République française et ..."
            gap = _BEHALF.sub(" ", gap)  # "Joint Statement on behalf of A and B"
            ok = (_short_lead(lead, lang) and m.end() <= run.start and _gap_ok(gap, _title_noun(lang, w), 10)
                  and not _subject_in(ctx.text[m.end() : run.start], lang))
        if ok and (w.promise is None or w.promise.search(ctx.text, s, e) is None):
            ok = nothing_but_subject(ctx.text, run.end, e, lang)  # "Press release: A and B sign ..." is a headline
        if not ok:
            continue
        plist = _own_list(ctx, b, run, "the statement's title") if apart else party_list(ctx, b, run, [], "the statement's title")
        plist.reported = _reported_below(ctx, b, e, {x.iso2 for x in run.items if x.iso2})
        yield plist, s


_BODY_SENTENCES = 2
# a label, a place or a date before the statement word, closed by a colon, a dash or a bar
_LEAD_LABEL = re.compile(r"\s*(?:[^\W_]+[ .,/]*){1,4}\s*[:|–—]\s*|\s*(?:[^\W_]+[ .,/]*){1,4}\s+-\s+")


def _reported_below(ctx: DocContext, b: int, title_end: int, states: set[str | None]) -> str | None:
    """Why the title heads a report about the statement rather than its text: one of the
    first sentences under it names the title's states and the statement in the third
    person ("the foreign ministers of A and B adopted a joint statement"), with no word by
    which a text points at itself ("this", "we") and not as the line that introduces it
    ("... issued the following joint statement:")."""
    w = words(ctx.blocks[b].lang)
    if w.promise is None or w.self_ref is None:
        return None
    seen = 0
    for ss, se in ctx.sentences[b]:
        if ss < title_end or not ctx.text[ss:se].strip():
            continue
        if "\n" in ctx.text[ss:se].strip():
            ss = ss + ctx.text[ss:se].strip().rfind("\n")  # a sentence that still holds the title's line
        seen += 1
        if seen > _BODY_SENTENCES:
            break
        named = {x.iso2 for x in ctx.states_in(b, ss, se) if x.iso2}
        cue = w.promise.search(ctx.text, ss, se)
        if w.excerpt is not None and w.excerpt.match(ctx.text[ss:se].lstrip()):
            continue  # "Excerpt ... from the declaration of A and B": the text itself, in part
        if ctx.text[ss:se].rstrip().endswith(":"):
            return None  # "... issued the following joint statement:": the text comes next
        if named & states and cue is not None and w.self_ref.search(ctx.text, ss, se) is None:
            return f"the text under the title reports the statement in the third person ({cue.group()!r})"
    return None


def meeting_heading(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """"Foreign Ministers of Cyprus-Greece-Egypt" as the text's first line, nothing but the
    leaders' noun and the states, when the first sentences under it name the same states
    meeting ("... the Minister of Foreign Affairs of the Republic of Cyprus ... held a
    trilateral meeting"): the heading of their communiqué. A headline has a verb; a line of
    nouns alone is a label, and the opening sentence must confirm whom it labels."""
    block = ctx.blocks[b]
    w = words(block.lang)
    if w.party_noun is None or w.met is None:
        return
    first = next(iter(title_lines(ctx.text, block.start, block.end)), None)
    if first is None:
        return
    s, e = first
    noun = w.party_noun.match(ctx.text, s, e)
    if noun is None:
        return
    matches, _ = _line_states(ctx, b, block.lang, s, e, force=True)
    runs = _title_runs(ctx.text, block.lang, matches)
    if len(runs) != 1 or len(runs[0].items) < 2 or any(not x.iso2 for x in runs[0].items):
        return
    run = runs[0]
    if not _gap_ok(ctx.text[noun.end() : run.start], None, 2) or ctx.text[run.end : e].strip(" .:"):
        return
    heading = {x.iso2 for x in run.items}
    for ss, se in ctx.sentences[b][:4]:
        if ss < e:
            continue
        named = {x.iso2 for x in ctx.states_in(b, ss, se) if x.iso2}
        if named and named == heading and w.met.search(ctx.text, ss, se):
            yield _own_list(ctx, b, run, "a meeting's heading its opening sentence confirms"), s
            return
