"""The document's own voice: "We oppose X", "Wir lehnen X ab", "Nous soutenons X" in a
statement, an open letter or a position paper stand for its authors.

The first-person plural pronoun (``we`` in stances.yaml) opening a clause is the subject
the verb rule reads, standing for the authors who speak in the document's own voice:
organisations or governments found as the authors of a release, a letter, a letterhead or
a parliamentary paper. Authors credited for reporting others (a news agency's credit, an
outlet or a journalist in a byline) never speak as "we" here. Not read: a "we" inside
quotation marks (someone quoted, who may be anyone), and a "we" that is also the
language's object pronoun unless the verb after it carries the first-person plural
ending (French "nous soutenons" is the subject; in "la France nous soutient" it is the
object). Where the language drops the subject pronoun, a predicate opening the clause
with the first-person plural ending is that "we" ("Rechazamos X", "Popieramy X").
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author, Reference, Stance, Warning_
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_patterns import whole_words
from loaders.rules.stance_reported import cued_sentences
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import resolve_target

# Authors whose text is a report of others: they are not the "we" of what they report.
_REPORTERS = ("authors.agency", "authors.byline")
# A "we" that is also the object clitic: the first-person plural endings its verb (or
# auxiliary) needs for the subject reading, per language.
_WE_ALSO_OBJECT = {"fr": ("ons", "nous", "sommes")}
# Languages that drop the subject pronoun: a predicate opening the clause with the
# first-person plural ending is the authors' "we" ("Rechazamos X", "Sosteniamo X").
_PRO_DROP_WE = {"es": ("amos", "emos", "imos"), "pt": ("amos", "emos", "imos"), "it": ("iamo",), "pl": ("my",)}
_WORD = re.compile(r"[^\W\d_]+")


def voiced_authors(authors: list[Author]) -> tuple[ActorRef, ...]:
    """The authors who speak in the document's own voice (no reporters, no persons)."""
    seen: dict[str, ActorRef] = {}
    for a in authors:
        if a.actor.kind == "person" or a.evidence.extractor.startswith(_REPORTERS):
            continue
        seen.setdefault(f"{a.actor.kind}:{a.actor.key}", a.actor)
    return tuple(seen.values())


def in_quotes(text: str, para: int, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened in its paragraph."""
    span = text[para:at]
    opened = sum(span.count(q) for q in "“„«")
    closed = sum(span.count(q) for q in "”»")
    return opened > closed or span.count('"') % 2 == 1


def we_subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int, authors: tuple[ActorRef, ...]) -> list[tuple[int, int]]:
    """Spans of a first-person plural subject pronoun in ``text[s:e]`` outside quotes."""
    if not authors or cues.we is None:
        return []
    text = ctx.text
    para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
    out = []
    for m in cues.we.finditer(text, s, e):
        if in_quotes(text, para, m.start()):
            continue
        endings = _WE_ALSO_OBJECT.get(cues.lang)
        if endings is not None:
            nxt = _WORD.search(text, m.end(), e)
            if nxt is None or not nxt.group().casefold().endswith(endings):
                continue
        out.append((m.start(), m.end()))
    endings = _PRO_DROP_WE.get(cues.lang)
    if endings is not None and not out:
        found = cues.predicate_at(text, s, e)
        if found is not None:
            verb = _WORD.match(text, found[1])
            lead = text[s : found[1]].strip(" \t\n-–—•*")
            negated = cues.negation is not None and cues.negation.search(lead)
            if (verb is not None and verb.group().casefold().endswith(endings) and cues.only_fillers(lead) and not negated
                    and not any(c in text[para : found[1]] for c in "\"“”„«»")):
                out.append((found[1], found[1]))  # no pronoun: the verb's ending is the subject
    return out


# Kinds of document that report or enact rather than speak for their authors: news reports
# others (a journalist's judgement, or a party's "we" relayed, is no position of the
# outlet's), and an act's text is no statement. Every other kind (statements, papers,
# declarations, and the "other" a release often falls under) is the authors' own voice.
_NOT_OWN_VOICE = frozenset({"news", "legal_act"})


def speaks_for_authors(kind: str | None) -> bool:
    """Whether a document of ``kind`` speaks in its authors' own voice (an unknown kind does not)."""
    return kind is not None and kind not in _NOT_OWN_VOICE


def reports_others(kind: str | None) -> bool:
    """Whether a document of ``kind`` is known to report others or enact (news, an act): its
    "we" and its agentless "X must be rejected" are no author's position. An unknown kind
    is not known to, and keeps the authors' "we"."""
    return kind in _NOT_OWN_VOICE


# An acronym written in brackets right after a name: "European Digital Rights (EDRi)".
_BRACKETED = re.compile(r"\s*\(([A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,11})\)")
_ACRONYM = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,11}")


def author_names(ctx: DocContext, authors: tuple[ActorRef, ...]) -> list[tuple[str, ActorRef]]:
    """(name, author) for every name by which an organisation among ``authors`` may refer to
    itself in the third person: its name, the acronym bracketed after the name in its name
    or anywhere in the text ("The Riverside Dockers' Alliance (RDA)" gives
    "RDA"), and a definite noun of its own name standing for it ("The federation",
    "Der Verband": stance_voice.yaml ``self_nouns``). A name two authors share is left out:
    it would not say which one speaks."""
    found: dict[str, set[str]] = {}
    langs = {b.lang for b in ctx.blocks}
    by_key: dict[str, ActorRef] = {}
    for a in authors:
        if a.kind != "organization" or not a.name:
            continue
        by_key[a.key] = a
        names = {a.name}
        bracket = _BRACKETED.search(a.name)
        if bracket is not None:
            names |= {a.name[: bracket.start()].strip(), bracket.group(1)}
        for n in list(names):
            if len(n) < 4 and not _ACRONYM.fullmatch(n):
                continue
            at = ctx.text.find(n)
            while at >= 0:
                m = _BRACKETED.match(ctx.text, at + len(n))
                if m is not None:
                    names.add(m.group(1))
                at = ctx.text.find(n, at + 1)
        names = {n for n in names if len(n) >= 2 and n[:1].isupper()}
        for lang in langs:
            names |= _self_references(ctx.text, lang, a.name, names)
        for n in names:
            found.setdefault(n, set()).add(a.key)
    return [(n, by_key[next(iter(keys))]) for n, keys in found.items() if len(keys) == 1]


def named_author_subjects(ctx: DocContext, b: int, s: int, e: int, names: list[tuple[str, ActorRef]]) -> list[tuple[int, int, ActorRef]]:
    """(start, end, author) of each whole-word, case-exact mention of an author's own name
    in ``text[s:e]`` outside quotation marks ("RDA welcomes X", "Der BDI lehnt X ab"); the
    verb rule then asks whether it is the subject of a predicate. A mention inside a longer
    mention is left to the longer one."""
    text = ctx.text
    para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
    out: list[tuple[int, int, ActorRef]] = []
    for name, actor in names:
        at = text.find(name, s, e)
        while at >= 0:
            end = at + len(name)
            whole = not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum()
            if whole and not in_quotes(text, para, at):
                out.append((at, end, actor))
            at = text.find(name, at + 1, e)
    return [x for x in out if not any(o is not x and o[0] <= x[0] and x[1] <= o[1] for o in out)]


@lru_cache(maxsize=None)
def _self_nouns(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = (load_yaml("stance_voice.yaml").get("self_nouns") or {}).get(lang) or {}
    return tuple(str(a) for a in spec.get("articles") or ()), tuple(str(n) for n in spec.get("nouns") or ())


def _self_references(text: str, lang: str, name: str, names: set[str]) -> set[str]:
    """"The federation", "die Stiftung": a definite article and a noun of ``name`` (in
    either case), when every capitalised use of that noun in ``text`` is inside one of the
    author's ``names`` or right after an article: another "... Transport Federation" named
    in the text would make "the federation" ambiguous."""
    articles, nouns = _self_nouns(lang)
    words = {w.casefold() for w in _WORD.findall(name)}
    out: set[str] = set()
    for noun in nouns:
        if noun.casefold() not in words:
            continue
        cap = noun[:1].upper() + noun[1:]
        inside = [(i, i + len(n)) for n in names for i in _find_all(text, n)]
        ambiguous = False
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(cap)}(?![^\W\d_])", text):
            before = _WORD.findall(text[max(0, m.start() - 20) : m.start()])[-1:]
            if any(a <= m.start() < z for a, z in inside) or (before and before[0].casefold() in articles):
                continue
            ambiguous = True
            break
        if ambiguous:
            continue
        for art in articles:
            for a in (art, art[:1].upper() + art[1:]):
                for n in {noun.casefold(), cap}:
                    out.add(f"{a}{n}" if a.endswith("'") else f"{a} {n}")
    return out


def _find_all(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


@lru_cache(maxsize=None)
def _voice_spec(lang: str) -> dict | None:
    spec = load_yaml("stance_voice.yaml").get(lang)
    if not spec:
        return None
    # each list ends where it is looked for: right before the predicate (or the copula's word)
    return {k: whole_words([str(w) for w in spec[k]], at_end=True) for k in ("obligation", "fronted", "before") if spec.get(k)}


def voiced_passives(ctx: DocContext, refs: list[Reference], authors: list[Author], warnings: list[Warning_],
                    kind: str | None = None) -> tuple[list[Stance], list[Reference]]:
    """Positions stated with no subject in the authors' own voice: "X must be rejected",
    "X wird begrüßt", "Abzulehnen ist X", "należy odrzucić X". Only in a document whose
    authors speak in its own voice (:func:`voiced_authors`), outside quotation marks, with
    no agent after the predicate (the passive rule reads those), no question, condition,
    negation or hedge; the target is the passive's subject right before the obligation
    (only fillers between), or the object right after the predicate."""
    voiced = voiced_authors(authors)
    out: list[Stance] = []
    extra: list[Reference] = []
    if not voiced or reports_others(kind):
        return out, extra
    text = ctx.text
    for b, cues, s, e in cued_sentences(ctx, "predicate"):
        spec, sc = _voice_spec(cues.lang), structure_cues(cues.lang)
        if spec is None or sc is None:
            continue
        para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
        found = cues.predicate_at(text, s, e)
        if found is None or in_quotes(text, para, found[1]) or blocked(ctx, sc, s, e, found[1]):
            continue
        kind, p_start, p_end = found
        head = text[max(s, p_start - 40) : p_start]
        resolved = None
        if spec.get("obligation") is not None and (m := spec["obligation"].search(head)) is not None:
            at = p_start - len(head) + m.start()
            if sc.agent is not None and sc.agent.match(text, p_end):
                continue  # "must be rejected by the Council": the passive rule's
            resolved = resolve_target(ctx, refs, [(s, at)])
            if resolved is not None and not cues.only_fillers(text[resolved.end : at]):
                resolved = None  # the passive's subject stands right before the obligation
        elif (spec.get("before") is not None and spec["before"].search(head) is not None) or (
                spec.get("fronted") is not None and cues.only_fillers(text[s:p_start]) and _fronted(text, spec, p_end, e)):
            resolved = resolve_target(ctx, refs, [(p_end, e)])
            if resolved is not None and not cues.only_fillers(text[p_end : resolved.start]):
                resolved = None  # the predicate's object follows it
        if resolved is None:
            continue
        if resolved.reference:
            extra.append(resolved.reference)
        polarity = "oppose" if kind in "ow" else "support"
        out += take(ctx, cues, s, e, (s, max(p_end, resolved.end)), polarity, resolved, voiced, 0.85, "authors_voice_passive", warnings)
    return out, extra


def _fronted(text: str, spec: dict, p_end: int, e: int) -> bool:
    """A fronted gerundive opening the clause: "Abzulehnen ist X" (only fillers before it,
    the copula right after it)."""
    nxt = _WORD.search(text, p_end, e)
    return nxt is not None and spec["fronted"].search(f" {nxt.group()}") is not None and not text[p_end : nxt.start()].strip()
