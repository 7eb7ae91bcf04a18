"""Where a subject's clause runs: what may stand between a subject and its predicate
without being the predicate's clause (a bracketed abbreviation, a relative clause between
commas), where a predicate's clause ends (a comma right after it), and which subjects
state no position (one inside a conditional clause, one a negation excludes).

Split from stances.py, whose verb rule asks these; grammar shared by every language, the
words (relative pronouns, conditional words, negations) from stances.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_classes import apposition_bound
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_speech import speech_verb
from loaders.rules.stance_negation import negated_polarity, refusal_gap  # noqa: F401  (the verb rule asks negated_polarity too)
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_lexicon import WORD

# An abbreviation or short gloss in brackets right after a subject ("the European
# Federation of Journalists (EFJ) rejects"): at most this many words, no clause in it.
_BRACKET = re.compile(r"\s*\((?P<inner>[^()\[\],;:\n\d]{1,40})\)")  # no digits: "(55)" is an age
_BRACKET_WORDS = 4
_PARENTHETICAL_AFTER = re.compile(r"\s*,[^,;:()\[\]\n]{1,60},")  # "supports, like France, X"
_PARENTHETICAL_WORDS = 6
_CONDITIONAL_WORDS = 3  # at most this many words between a conditional word and its clause's subject
_RELATIVE_REACH = 120  # a relative clause between commas after a subject ends this close
_COORDINATED_REACH = 120  # a second predicate's conjunction stands this close after the subject
_COORDINATED_WORDS = 10  # at most this many words of the first predicate and its object
_CUE_NEAR = 40  # the second predicate follows its conjunction this close
_INSERTED_WORDS = 8  # a relative clause inserted before a subject holds at most this many words


def predicate_starts(ctx: DocContext, b: int, cues: LangCues, subj_end: int, e: int) -> list[int]:
    """Where the predicate of the subject ending at ``subj_end`` is looked for: right after it, then past what may
    stand between a subject and its verb without being the verb's clause: a bracket
    ("the European Federation of Journalists (EFJ) rejects") of a few words, no digits,
    naming no state; then a short phrase between commas ("Germany, backed by France,
    opposes X": its own predicate is not the subject's); then a relative clause between commas: its own predicate, when only
    fillers stand between the relative pronoun and it, is the subject's ("NEOS, que apoya
    el acuerdo, ...": the pronoun is the verb's subject and stands for the name before the
    comma), else the main clause's predicate after it ("Germany, which long resisted the
    plan, now backs X")."""
    text = ctx.text
    starts = [subj_end]
    br = _BRACKET.match(text, subj_end, e)
    if br is not None and len(br.group("inner").split()) <= _BRACKET_WORDS and not ctx.states_in(b, subj_end, br.end()):
        starts.append(br.end())
    par = _PARENTHETICAL_AFTER.match(text, subj_end, e)
    if par is not None and len(par.group().split()) <= _PARENTHETICAL_WORDS + 1:
        starts.append(par.end())  # "Germany, backed by France, opposes X": a participle between commas
    shared = _coordinated_predicate(ctx, b, cues, subj_end, e)
    if shared is not None:
        starts.append(shared)  # "Germany criticised the timetable and opposed X"
    rel = cues.members_relative.match(text, subj_end, e) if cues.members_relative is not None else None
    if rel is not None and "," in text[subj_end : rel.end()]:
        starts.append(rel.end())  # the relative pronoun right before its verb is its subject: the antecedent's stance
        close = text.find(",", rel.end(), min(e, rel.end() + _RELATIVE_REACH))
        if close > 0 and not any(c in text[rel.end() : close] for c in ";:()[]\n\"“”«»"):
            starts.append(close + 1)
    return starts


def _coordinated_predicate(ctx: DocContext, b: int, cues: LangCues, subj_end: int, e: int) -> int | None:
    """Where a second predicate sharing the subject ending at ``subj_end`` is read: right
    after the conjunction of "Germany criticised the timetable and opposed X" ("Deutschland
    kritisierte den Zeitplan und lehnte X ab", "la France a critiqué le calendrier et rejeté
    X"). Only when the conjunction is followed by a predicate (fillers between) and not by
    a subject of its own, and the first predicate's stretch is short, holds no punctuation,
    no state, no complementiser and no verb of saying (whose reported clause may have
    another subject); a predicate read as a noun ("and support for X grew") or a passive
    participle ("and opposed by France") is not the subject's."""
    text = ctx.text
    conj = morphology(cues.lang).conjunction_words
    s = next((a for a, z in ctx.sentences[b] if a <= subj_end <= z), subj_end)
    if any(x.casefold() in cues.complementisers for x in WORD.findall(text, s, subj_end)):
        return None  # a subordinate clause's subject: verb-final coordination puts objects first
    for w in WORD.finditer(text, subj_end, min(e, subj_end + _COORDINATED_REACH)):
        if w.group().casefold() not in conj:
            continue
        before = text[subj_end : w.start()]
        words = WORD.findall(before)
        if (not words or len(words) > _COORDINATED_WORDS or any(c in before for c in ",;:()[]\n\"“”«»„")
                or any(x.casefold() in cues.complementisers for x in words) or ctx.states_in(b, subj_end, w.start())
                or speech_verb(cues.lang, before)):
            return None
        pol = cues.polarity_at(text, w.end(), min(e, w.end() + _CUE_NEAR))
        if pol is None or not cues.only_fillers(text[w.end() : pol[1].start()]):
            return None
        articles = morphology(cues.lang).articles
        if any(x.casefold() in articles for x in WORD.findall(text, w.end(), pol[1].start())):
            return None  # "und die Verschiebung ... anmahnt": an article makes the cue a noun
        sc = structure_cues(cues.lang)
        after = WORD.search(text, pol[1].end(), min(e, pol[1].end() + 30))
        noun = sc is not None and sc.noun is not None and sc.noun.match(text, pol[1].start()) is not None
        if after is not None and not text[pol[1].end() : after.start()].strip() and sc is not None and (
                (noun and (after.group().casefold() in cues.of or (sc.to is not None and sc.to.match(text, pol[1].end()))))
                or (sc.agent is not None and sc.agent.match(text, pol[1].end()))):
            return None  # "and support for X", "and opposed by France"
        return w.end()
    return None


def subject_gap_ok(cues: LangCues, gap: str, before: str = "") -> bool:
    """Whether ``gap`` may stand between a subject and its predicate: fillers only (with the
    modal verbs of a refusal, "cannot", "nie może", stance_negation.py), and no comma
    after a subject that ends a phrase inserted between commas (``before`` is the
    sentence up to the subject): in "Germany, which backs France, supports X" the comma
    after "France" closes the relative clause "France" belongs to, so "France" is no
    subject of "supports". An apposed predicate ("Italy, opposed to X, ...") and a
    parenthetical after the subject ("Germany, by contrast, backs X") stay readable."""
    par = _PARENTHETICAL_AFTER.match(gap)
    rest = gap[par.end() :] if par is not None and len(par.group().split()) <= _PARENTHETICAL_WORDS + 1 else gap
    if rest.lstrip()[:1] == "," and rest.lstrip()[1:] and _inserted(cues, before):
        return False
    if not apposition_bound(cues, gap, before):  # stance_classes.py: after an object, whose?
        return False
    return cues.only_fillers(refusal_gap(cues, gap))


def _inserted(cues: LangCues, before: str) -> bool:
    """Whether the text right before a subject opens a relative clause inserted between
    commas: a comma, then a relative pronoun and a few words ("which backs", "qui
    soutient"), no other comma."""
    opened = before.rfind(",")
    if opened < 0 or cues.members_relative is None:
        return False
    tail = before[opened + 1 :]
    return cues.members_relative.match(tail) is not None and len(WORD.findall(tail)) <= _INSERTED_WORDS


def object_follows(text: str, at: int, target: int) -> bool:
    """Whether a target starting at ``target`` may still be the object of a predicate ending
    at ``at``: no comma, semicolon or colon right after the predicate, unless it opens a
    short parenthetical closed before the target ("supports, like France, X")."""
    gap = text[at:target]
    if not gap.lstrip()[:1] in tuple(",;:"):
        return True
    p = _PARENTHETICAL_AFTER.match(gap)
    return p is not None and len(p.group().split()) <= _PARENTHETICAL_WORDS + 1


def negated_subject(text: str, cues: LangCues, s: int, at: int) -> bool:
    """Whether a negation stands right before the subject at ``at`` ("but not France",
    "mais pas la France", "aber nicht Frankreich"): the subject is excluded, not asserted.
    "Not only Germany" has "only" between and is no exclusion."""
    if cues.negation is None:
        return False
    lead = text[max(s, at - 40) : at]
    words = re.findall(r"[^\W\d_]+|[,;:]", lead)
    articles = morphology(cues.lang).articles
    while words and words[-1].casefold() in articles:
        words.pop()
    if not words:
        return False
    return cues.negation.search(f" {words[-1]} ") is not None


def conditional(ctx: DocContext, b: int, s: int, at: int) -> bool:
    """Whether ``at`` stands inside a conditional clause: the language's conditional word
    ("if", "wenn", "si") a few words before it with no comma, semicolon or colon closing
    the clause."""
    sc = structure_cues(ctx.blocks[b].lang)
    if sc is None or sc.conditional is None:
        return False
    # the subject follows its conditional word closely ("if France", "wenn auch Deutschland"):
    # a word such as Portuguese "se" or Dutch "als" far before it has another sense
    # Portuguese "opõe-se" is an enclitic pronoun, no conditional
    return any(not any(c in ctx.text[m.end() : at] for c in ",;:") and len(ctx.text[m.end() : at].split()) <= _CONDITIONAL_WORDS
               and ctx.text[m.start() - 1 : m.start()] not in ("-", "'", "’")
               for m in sc.conditional.finditer(ctx.text, s, at))


POSSESSIVE = ("'s", "\u2019s")
# what an act owns that is the act itself: its coming into effect and its rules
_OWN_PARTS = re.compile(r"['’]s\s+(?:(?:full|entire|planned|scheduled|new)\s+)?(?:implementation|application|entry\s+into\s+force|"
                        r"rules|provisions|requirements|obligations|adoption)\b", re.IGNORECASE)


def act_possessed(text: str, end: int) -> bool:
    """Whether the act cited right before ``end`` owns what the predicate is about ("X's
    proposed delay", "X’s exemptions"): the stance is on that, not on the act. Its
    implementation or its rules are the act itself ("postpone X's implementation")."""
    return text.startswith(POSSESSIVE, end) and _OWN_PARTS.match(text, end) is None


@lru_cache(maxsize=None)
def _relatives(lang: str) -> re.Pattern[str] | None:
    words = (load_yaml("stance_relatives.yaml") or {}).get(lang) or []
    if not words:
        return None
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # an article may stand between the pronoun and its subject ("ce que l'Autriche", "which the government")
    return re.compile(rf"(?:^|(?<=[\s,]))(?:{alts})(?:\s+[^\W\d_]{{1,3}})?\s*(?:[^\W\d_]{{1,2}}['’])?$", re.IGNORECASE)


def relative_object(text: str, lang: str, s: int, subject_at: int) -> int | None:
    """Where the relative pronoun stands when the subject at ``subject_at`` follows one
    (data/stance_relatives.yaml): the predicate's object is then the pronoun's antecedent,
    before it, not the act of the document; None when no relative pronoun opens the clause."""
    rx = _relatives(lang)
    if rx is None:
        return None
    m = rx.search(text, s, subject_at)
    return m.start() if m is not None else None
