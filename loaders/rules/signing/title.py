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
from functools import lru_cache

from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.signing.opening import PartyList, party_list
from loaders.rules.signing.parties import Party, resolve
from loaders.rules.signing.title_lines import JOINED, WORD, cue_in_line, line_states, title_spans
from loaders.rules.signing.vocabulary import LanguageWords, signing_data, words

HEAD_FINAL = frozenset({"fi", "et", "hu", "lv", "lt"})


@lru_cache(maxsize=1)
def _BETWEEN() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built on first use
    words_ = sorted((str(x) for x in signing_data().get("between", ())), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words_)) + r")(?![^\W\d_])", re.IGNORECASE)
@lru_cache(maxsize=None)
def _topic(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(subject markers, subject or occasion words) of ``lang``: the words by which a
    title turns from its parties to its subject (``signing.yaml`` ``topic``)."""
    spec = (signing_data().get("topic") or {}).get(lang) or {}

    def compiled(phrases: list[str]) -> re.Pattern[str] | None:
        if not phrases:
            return None
        alt = "|".join(r"\s+".join(map(re.escape, str(x).split())) for x in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)

    about = [str(x) for x in spec.get("about", ())]
    return compiled(about), compiled(about + [str(x) for x in spec.get("also", ())])


_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)  # "on" here names the parties, not a subject


def subject_in(gap: str, lang: str) -> bool:
    """A subject marker between the statement word and a list: "Joint Statement on A, B and
    C" is about those states, not by them."""
    about = _topic(lang)[0]
    return about is not None and about.search(_BEHALF.sub(" ", gap)) is not None


def subject_follows(text: str, pos: int, end: int, lang: str) -> bool:
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
    if len(before) == 1 and (lang in HEAD_FINAL or not after or subject_follows(text, cue.end(), line_end, lang)):
        return before[0]  # head-final, or "A-B Joint Statement on C"
    if before or not after:
        return None
    return after[0] if subject_follows(text, after[0].end, line_end, lang) else None


def _short_lead(lead: str, lang: str) -> bool:
    """At most one word before the statement word ("Final", "Tallinn"), or an article and
    one ("The Vilnius Declaration", "Die Tallinner Erklärung"): a headline has a verb."""
    found = WORD.findall(lead)
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
    return not rest or rest[0] in ":–—-|,(" or subject_follows(text, pos, e, lang)





@lru_cache(maxsize=None)
def _meetings(lang: str) -> str | None:
    spec = (signing_data().get("meetings") or {}).get(lang)
    return rf"(?<![^\W\d_])(?:{spec})[^\W\d_]*" if spec else None


@lru_cache(maxsize=None)
def _title_noun_for(lang: str, noun: re.Pattern[str] | None) -> re.Pattern[str] | None:
    parts = [p for p in (noun.pattern if noun is not None else None, _meetings(lang)) if p]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE) if parts else None


def _title_noun(lang: str, w: LanguageWords) -> re.Pattern[str] | None:
    """The leaders' noun or a meeting's words ("Trilateral Summit", "Cimeira"): either may
    stand between a title's statement word and its list."""
    return _title_noun_for(lang, w.party_noun)


def gap_ok(gap: str, noun: re.Pattern[str] | None, max_words: int) -> bool:
    rest = noun.sub(" ", gap) if noun else gap
    found = WORD.findall(rest.replace("-", " "))
    if len(found) > max_words:
        return False
    return bool(noun and noun.search(gap)) or all(len(w) <= 4 for w in found)


_DASHES = frozenset("-–—/")


def title_runs(text: str, lang: str, matches: list) -> list:
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


def own_list(ctx: DocContext, b: int, run, layout: str) -> PartyList:
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
        found = cue_in_line(ctx, b, s, e)
        if found is None:
            continue
        lang, w, m = found
        matches, apart = line_states(ctx, b, lang, s, e)
        if lang not in HEAD_FINAL and JOINED.search(ctx.text, s, e):
            # "Australia-India Joint Statement", "Declaração Conjunta da Cimeira Portugal-Espanha":
            # names joined by a hyphen read apart, a name that holds one ("Pays-Bas") kept whole
            forced, _ = line_states(ctx, b, lang, s, e, force=True)
            kept = [x for x in matches if "-" in x.surface]
            extra = [x for x in forced if not any(k.start < x.end and x.start < k.end for k in kept)]
            if len(kept) + len(extra) > len(matches) or not apart:
                matches, apart = sorted(kept + extra, key=lambda x: x.start), True
        if len(matches) < 2:
            continue
        runs = title_runs(ctx.text, lang, matches)
        run = _parties_run(ctx.text, lang, runs, m, e)
        if run is None or len(run.items) < 2:
            continue
        if lang not in HEAD_FINAL and run.end <= m.start():
            if _dashed_first(ctx.text, run, s, m, e, lang):
                plist = own_list(ctx, b, run, "the statement's title")
                plist.reported = reported_below(ctx, b, e, {x.iso2 for x in run.items if x.iso2})
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
            ok = not ctx.text[s : run.start].strip() and gap_ok(ctx.text[run.end : m.start()], w.party_noun, 3)
        else:
            gap = _BETWEEN().sub(" ", ctx.text[m.end() : run.start])  # "... entre la République française et ..."
            gap = _BEHALF.sub(" ", gap)  # "Joint Statement on behalf of A and B"
            ok = (_short_lead(lead, lang) and m.end() <= run.start and gap_ok(gap, _title_noun(lang, w), 10)
                  and not subject_in(ctx.text[m.end() : run.start], lang))
        if ok and (w.promise is None or w.promise.search(ctx.text, s, e) is None):
            ok = nothing_but_subject(ctx.text, run.end, e, lang)  # "Press release: A and B sign ..." is a headline
        if not ok:
            continue
        plist = own_list(ctx, b, run, "the statement's title") if apart else party_list(ctx, b, run, [], "the statement's title")
        plist.reported = reported_below(ctx, b, e, {x.iso2 for x in run.items if x.iso2})
        yield plist, s


_BODY_SENTENCES = 2
# a label, a place or a date before the statement word, closed by a colon, a dash or a bar
_LEAD_LABEL = re.compile(r"\s*(?:[^\W_]+[ .,/]*){1,4}\s*[:|–—]\s*|\s*(?:[^\W_]+[ .,/]*){1,4}\s+-\s+")


def reported_below(ctx: DocContext, b: int, title_end: int, states: set[str | None]) -> str | None:
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
