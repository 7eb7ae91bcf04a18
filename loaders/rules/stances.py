"""Stances: an actor, a predicate of support or opposition, a target; as of the document.

Precision first. A stance needs
- an actor found by structure and standing as the subject of the predicate (only
  fillers such as "have", "strongly", "want to" between them; no preposition before it
  that makes it a place or an object): a list of states; a state organ ("the German
  government", "Sweden's foreign ministry", "les autorités françaises"); a capital
  standing for its government; a curated organisation; a numeral phrase ("these nine
  states") whose antecedent list has exactly that many states; the list after
  "<document> reveals that"; or the document's authors for "we" and for calls on an
  institution;
- a predicate from the language's lexicon (loaders/data/stances.yaml), verbs of
  weakening turning the predicate that governs them;
- a target: an act cited in the sentence (by number, COM, CELEX or ELI), else an act
  named by a curated description or a measure it contains (metadata/act_descriptions.yaml,
  lower confidence, said in the extractor name).
A negated predicate ("did not oppose") gives nothing; a hedged one ("are said to be
considering") gives a ``low_confidence`` warning instead of a stance. Related-content
paragraphs ("Read more: ...") are skipped. The date a stance holds as of is the
document's (set when the graph rows are built) unless the sentence reports a year.
Other structures live one per module: nouns of stance (stance_nominal.py), passives
(stance_passive.py), labelled position lists (stance_camps.py), reported documents and
calls (stance_reported.py); targets in stance_targets.py, shared checks in stance_frames.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import ActorRef, Author, Reference, ReportedDocument, Stance, Target, Warning_
from loaders.names import StateMatch
from loaders.names.morphology import morphology
from loaders.rules import actors as actor_phrases
from loaders.rules.anaphora import anaphors
from loaders.rules.collectives import collectives
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues as signing_cues
from loaders.rules.lists import state_runs
from loaders.rules import stance_actors
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_camps import camp_lists, partitive_collective
from loaders.rules.stance_reported import MIN_RUN_PRECISION, calls_and_advocacy, cued_sentences, reported_papers
from loaders.rules.stance_nominal import nominal_stances
from loaders.rules.stance_passive import passive_stances
from loaders.rules.stance_passive_voice import passive_after_subject
from loaders.rules import stance_postponement
from loaders.rules.stance_objects import changes_between, object_of_predicate
from loaders.rules.stance_inverted import inverted_stances
from loaders.rules.stance_clauses import conditional, negated_polarity, negated_subject, object_follows, predicate_starts, subject_gap_ok
from loaders.rules.stance_coordination import joined
from loaders.rules.stance_pronouns import pronoun_antecedent, quoted_speakers
from loaders.rules.stance_speech import speech_subjects
from loaders.rules.stance_voice import voiced_authors, voiced_passives, we_subjects
from loaders.rules.stance_targets import ACT_KINDS, Resolved, antecedent_act, document_act, resolve_target

_CUE_REACH = 160  # a cue further than this from its subject belongs to another clause


@lru_cache(maxsize=None)
def cues_for(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The "governments" and "delegations" nouns of ``lang`` (cues.yaml), whole words."""
    c = signing_cues(lang)
    return tuple(re.compile(rf"(?:{rx.pattern})[^\W\d_]*", re.IGNORECASE) if rx else None for rx in (c.governments, c.delegations))


def _state_actor(m: StateMatch) -> ActorRef:
    return ActorRef(kind="state", key=m.iso2, name=m.name, iso2=m.iso2)


@dataclass(frozen=True)
class Subject:
    """Who may be the subject of a predicate: a written list of states, a state organ, a
    capital, organisations, or a numeral phrase standing for an earlier list
    (``via_anaphor``). ``states`` holds the name matches when the subject is a list."""

    start: int
    end: int
    actors: tuple[ActorRef, ...]
    evidence_start: int
    how: str  # we | state_list | state_organ | demonym_organ | capital | organisation | person... | party | institution | home_organ | anaphora | apposed | trailing | camp
    states: tuple[StateMatch, ...] = ()
    list_at: int = -1  # a collective noun's member list: trailing and camp lists follow the predicate

    @property
    def via_anaphor(self) -> bool:
        return self.how == "anaphora"


def _groups(items: list[StateMatch], text: str, lang: str) -> list[list[StateMatch]]:
    """A list is closed by its conjunction: in "Unlike A and B, C opposes" C starts anew."""
    conj = morphology(lang).conjunction_words
    groups = [[items[0]]]
    closed = False
    for a, b in zip(items, items[1:]):
        has_conj = any(w in conj for w in re.findall(r"[^\W\d_]+|&", text[a.end : b.start].casefold()))
        if closed and not has_conj:
            groups.append([b])
            closed = False
            continue
        groups[-1].append(b)
        closed = closed or has_conj
    return groups


def _clause_join(text: str, lang: str, a: int, b: int) -> bool:
    """Whether the gap between two names is a comma followed by a conjunction (", and")."""
    gap = text[a:b].casefold()
    conj = morphology(lang).conjunction_words
    return "," in gap and any(w in conj for w in re.findall(r"[^\W\d_]+", gap.split(",")[-1]))


def _asyndetic(text: str, lang: str, group: list[StateMatch]) -> bool:
    """Whether the names of ``group`` are joined by commas alone, no conjunction."""
    conj = morphology(lang).conjunction_words
    return not any(w in conj for a, b in zip(group, group[1:]) for w in re.findall(r"[^\W\d_]+|&", text[a.end : b.start].casefold()))


def _subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    out = []
    lang = ctx.blocks[b].lang
    matches = ctx.states_in(b, s, e)
    for run in state_runs(ctx.text, lang, matches):
        if not run.resolved or run.precision < MIN_RUN_PRECISION or (len(run.items) == 1 and run.items[0].weak):
            continue
        for group in _groups(run.items, ctx.text, cues.lang):
            resolved = [m for m in group if m.iso2]
            if len(group) == 2 and _clause_join(ctx.text, cues.lang, group[0].end, group[1].start):
                # "the Commission praised Italy, and Germany opposed X": a comma and a
                # conjunction between two names join two clauses, not a list of two
                if group[1].iso2 and not group[1].weak:
                    out.append(Subject(group[1].start, group[1].end, (_state_actor(group[1]),), s, "state_list", (group[1],)))
                continue
            if resolved:
                out.append(Subject(group[0].start, group[-1].end, tuple(_state_actor(m) for m in resolved), s,
                                   "state_list", tuple(resolved)))
            last = group[-1]
            if len(group) > 1 and last.iso2 and not last.weak and _asyndetic(ctx.text, cues.lang, group):
                # "Backed by France, Germany opposes X": a comma and no conjunction may end a
                # phrase, not a list; the name next to the predicate is read alone as well
                out.append(Subject(last.start, last.end, (_state_actor(last),), s, "state_list", (last,)))
    for c in collectives(ctx, b, cues, s, e):
        out.append(Subject(c.start, c.end, tuple(_state_actor(m) for m in c.states), s, c.how, c.states, c.list_at))
    for a in anaphors(ctx, b, cues, s, e):
        out.append(Subject(a.start, a.end, tuple(_state_actor(m) for m in a.states), min(s, a.antecedent.start),
                           "anaphora", tuple(a.states)))
    phrases = (actor_phrases.state_organs(ctx.text, lang, [m for m in matches if not m.weak])
               + actor_phrases.demonym_phrases(ctx.text, lang, s, e)
               + actor_phrases.capitals(ctx.text, lang, s, e)
               + actor_phrases.organisations(ctx.text, s, e)
               # people, parties, EU institutions named short, the document's own state's organs
               + stance_actors.phrases(ctx, b, s, e))
    for p in phrases:
        out.append(Subject(p.start, p.end, p.actors, s, p.how))
    out.sort(key=lambda x: (x.start, -x.end))
    return sorted(out + _coordinated(ctx.text, lang, s, out, cues), key=lambda x: (x.start, -x.end))


def _coordinated(text: str, lang: str, s: int, found: list[Subject], cues: LangCues) -> list[Subject]:
    """Two subjects of one kind joined by "as well as", "sowohl ... als auch", "tanto ...
    como" (stance_coordination.py) as one more subject spanning both; it starts where the
    first does, so it is read before the first alone."""
    out: list[Subject] = []
    for x, y in zip(found, found[1:]):
        if x.how == y.how and x.how in _COORDINATED and x.end <= y.start and joined(text, lang, s, (x.start, x.end), (y.start, y.end)):
            out.append(Subject(x.start, y.end, x.actors + tuple(a for a in y.actors if a not in x.actors), s, x.how,
                               x.states + y.states))
        elif (x.how != y.how and x.how in _MIXED and y.how in _MIXED and x.end <= y.start
              and _plain_and(text, lang, x.end, y.start) and _opens_clause(cues, text[s : x.start])):
            # "France and Amnesty International oppose X": parties of two kinds joined by
            # "and" are one subject, trusted as the less trusted of the two; only where the
            # pair opens its clause ("the Commission praised France and Amnesty ..." is not)
            how = min((x.how, y.how), key=lambda h: _SUBJECT_TRUST[h])
            out.append(Subject(x.start, y.end, x.actors + tuple(a for a in y.actors if a not in x.actors), s, how,
                               x.states + y.states))
    return out


def _opens_clause(cues: LangCues, before: str) -> bool:
    """Whether what follows ``before`` (the sentence up to it) opens a clause: nothing but
    fillers since the last comma, colon or semicolon, or a conjunction or complementiser
    right before it."""
    tail = re.split(r"[,;:\u2013\u2014(\"“”«»„]", before)[-1]
    if not tail.strip() or cues.only_fillers(tail):
        return True
    words = re.findall(r"[^\W\d_]+", tail.casefold())
    joins = morphology(cues.lang).conjunction_forms | cues.complementisers
    return bool(words) and words[-1] in joins


def _plain_and(text: str, lang: str, a: int, b: int) -> bool:
    """Whether the gap between two subjects is one conjunction and articles, no comma."""
    gap = text[a:b]
    if any(c in gap for c in ",.;:()[]\n"):
        return False
    morph = morphology(lang)
    words = [w for w in re.findall(r"[^\W\d_]+|&", gap.casefold()) if w not in morph.articles]
    return len(words) == 1 and words[0] in morph.conjunction_forms


def _subject_ok(cues: LangCues, before: str, subj: Subject) -> bool:
    """Whether a subject with ``before`` in front of it can be the grammatical subject.

    No: after a preposition of place, direction or comparison ("exports to A and B",
    "unlike A"); after a genitive linker unless its noun is "governments"/"delegations"
    or another state organ ("the exporters of France" no, "the government of France"
    yes); in a language with noun cases, when a listed state is not in the nominative,
    which is the name as written ("Eksporterzy Francji").
    """
    words = [w for w in re.findall(r"[^\W\d_]+", before.casefold())]
    articles = morphology(cues.lang).articles
    while words and words[-1] in articles and words[-1] not in cues.of:
        words.pop()
    tail = " ".join(words[-3:])
    if cues.not_subject_before is not None and cues.not_subject_before.search(tail):
        return False
    if (subj.how == "capital" and cues.not_subject_before is not None and words
            and words[-1] in morphology(cues.lang).conjunction_forms):
        # the second half of "near Paris and Madrid": a capital after "and" whose first
        # conjunct (up to three words) follows a preposition of place is a place too
        for k in (1, 2, 3):
            prefix = words[: len(words) - 1 - k]
            if prefix and cues.not_subject_before.search(" ".join(prefix[-3:])):
                return False
    if subj.how != "state_list":
        return not (words and words[-1] in cues.of) or partitive_collective(cues.lang, subj.how, words, cues.of)
    head = words[-2] if words and words[-1] in cues.of and len(words) > 1 else (words[-1] if words else "")
    heads = cues_for(cues.lang)
    if head and (any(rx is not None and rx.fullmatch(head) for rx in heads) or actor_phrases.is_organ(cues.lang, head)):
        return True
    if words and words[-1] in cues.of:
        return False
    return not morphology(cues.lang).noun_cases or all(m.method == "exact" for m in subj.states)


def direct_stances(ctx: DocContext, refs: list[Reference], warnings: list[Warning_],
                   authors: list[Author] = ()) -> tuple[list[Stance], list[Reference]]:
    """'<A and B> oppose <cited act>', 'the German government backs <described act>',
    'these two states support ...', 'Amnesty International welcomes ...', 'we reject ...'
    (the authors speaking in the document's own voice, stance_voice.py)."""
    out: list[Stance] = []
    extra: list[Reference] = []
    voiced = voiced_authors(list(authors))
    for b, cues, s, e in cued_sentences(ctx, "predicate"):
        if cues.document is not None and cues.document.search(ctx.text, s, e):
            continue  # reported documents are handled by reported_papers
        taken_until = -1
        we = [Subject(ws, we_end, voiced, s, "we") for ws, we_end in we_subjects(ctx, b, cues, s, e, voiced)]
        for subj in _pronoun(ctx, b, cues, s, e) + we + _speech(ctx, b, cues, s, e) + _subjects(ctx, b, cues, s, e):
            if subj.start < taken_until:
                continue  # inside a longer subject already read ("the government of [Sweden]")
            if not subj.via_anaphor and subj.how != "speech" and not _subject_ok(cues, ctx.text[s : subj.start], subj):
                continue
            if conditional(ctx, b, s, subj.start):
                continue  # "if France opposes X, ...": a condition states no position
            if (subj.how not in ("speech", "we", "pronoun") and not ctx.text[subj.end : subj.end + 3].lstrip().startswith(",")
                    and object_of_predicate(ctx.text, cues, s, subj.start)):
                continue  # "Germany criticised France and Italy opposed X": France is the object (", which ..." reads on)
            if negated_subject(ctx.text, cues, s, subj.start):
                continue  # "Germany, but not France, opposes X": France is left out
            for at in predicate_starts(ctx, b, cues, subj.end, e):
                read = _clause(ctx, refs, b, cues, s, e, subj, at, warnings)
                if read is not None:
                    break
            if read is None or read is _STOP:
                continue
            kind, resolved = read
            if resolved.reference:
                extra.append(resolved.reference)
            taken_until = subj.end
            if not subj.actors:  # an organ whose state the document does not settle (stance_actors)
                warnings.append(Warning_(code="unresolved_actor", start=subj.start, end=subj.end,
                                         message=f"stance subject {ctx.text[subj.start:subj.end]!r} names no state this document settles; not taken"))
                continue
            conf = min(0.8, resolved.confidence - 0.05) * _SUBJECT_TRUST[subj.how]
            extractor = f"stances.{_EXTRACTOR[subj.how]}+{resolved.how}"
            for actor in subj.actors:
                out.append(Stance(actor=actor, stance=kind, target=resolved.target,
                                  evidence=evidence(ctx, subj.evidence_start, e, conf, extractor)))
    return out, extra


_STOP = ("stop", None)  # a hedge or an anonymous source: no stance, and no other reading of the clause


def _clause(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, s: int, e: int, subj: Subject, at: int,
            warnings: list[Warning_]) -> tuple[str, object] | None:
    """(polarity, resolved target) of the predicate that ``subj`` governs, read from ``at``
    (its end, or past a bracket or a relative clause after it); None when the clause gives
    none there, :data:`_STOP` when it must give none at all."""
    pol = cues.polarity_at(ctx.text, at, min(e, at + _CUE_REACH))
    if pol is None:
        return None
    kind, cue = cues.chained(ctx.text, *pol, e)
    if cue.end() != pol[1].end() and ctx.text[pol[1].end() : cue.end()].lstrip()[:1] in tuple(",;:()[]"):
        kind, cue = pol  # "X, which the Commission criticised, supports Y": a comma closes the first
    if passive_after_subject(ctx.text, ctx.blocks[b].lang, ctx.text[at : cue.start()], cue.start(), e):
        return None  # "Germany has been criticised over X": the subject is what the verb is done to
    if subj.how not in _STATE_SUBJECTS and cues.proposes_weakening is not None and cues.proposes_weakening.match(ctx.text, cue.start()):
        return None  # an institution writing an exception into an act is drafting it
    # "supported it": the act of the sentence before, if it names exactly one
    antecedent = None
    if not cue.weakens and (cues.pronoun_object(ctx.text, cue.end(), e) or cues.carries_object(ctx.text, cue)):
        antecedent = antecedent_act(ctx, refs, b, s, cue.end()) if subj.how not in _NAMED_TARGET_ONLY else None
        if antecedent is None:
            return None
    if subj.how in ("trailing", "camp") and cue.end() > subj.list_at:
        return None  # the member list must follow the noun's own predicate and target
    refs_between = [r for r in refs if r.evidence.start is not None and at <= r.evidence.start and r.evidence.end <= cue.start()]
    gap = ctx.text[at : cue.start()]
    for r in refs_between:  # verb-final clauses: "dass A und B die Verordnung ... ablehnen"
        gap = gap.replace(r.evidence.quote, " ")
    before_cue = None
    if not refs_between and not cues.only_fillers(gap):
        # verb-final clauses may name the act by a description before the cue
        # ("dass A und B die Neufassung der Dual-Use-Verordnung verwässern wollen")
        before_cue = resolve_target(ctx, [], [(at, cue.start())]) or _cited_again(ctx, refs, at, cue.start())
        if before_cue is not None and before_cue.reference is not None:
            gap = gap.replace(before_cue.reference.surface, " ")
        elif before_cue is not None:  # the act cited again: "dass A und B die Verordnung (EU) X ablehnen"
            gap = gap.replace(ctx.text[before_cue.start : before_cue.end], " ")
    if not subject_gap_ok(cues, gap, ctx.text[s : subj.start]):  # stance_clauses.py
        return None
    # verb-final clauses cite the act before the cue; otherwise it follows the cue,
    # with no other cue in between ("opposes the plan but supports Regulation X")
    target_end = subj.list_at if subj.how in ("trailing", "camp") else e
    resolved = antecedent or before_cue or resolve_target(ctx, refs, [(at, cue.start())] if refs_between else [(cue.start(), target_end)])
    if resolved is None and not refs_between:
        resolved = _cited_again(ctx, refs, cue.start(), target_end)
    first_word_end = ctx.text.find(" ", cue.start(), cue.end())  # "lehnt [den Vorschlag] ab"
    if resolved is None and (cue.weakens or cues.act_noun_after(ctx.text, cue.end(), e)
                             or (first_word_end > 0 and cues.act_noun_after(ctx.text, first_word_end, cue.end()))
                             or (not ctx.text[cue.end() : e].strip(" \t\"'”»’).!;")
                                 and len(ctx.text[cue.start() : cue.end()].split()) <= 3)):
        # "France pushed for broader exemptions", "the government rejects the proposal",
        # "Poland voted against." (a short predicate, no object inside it: "lehnt das
        # Vorhaben ab" has one): the act the document is about, when it names exactly one
        resolved = document_act(ctx, refs, cue.start()) if subj.how not in _NAMED_TARGET_ONLY else None
    refs_between = refs_between or ([before_cue] if before_cue else [])
    kind, resolved = stance_postponement.reread(ctx, refs, cues, pol, kind, cue, resolved, e, subj.how not in _NAMED_TARGET_ONLY)
    if not resolved or (not refs_between and resolved.start > cue.end() and cues.polarity_at(ctx.text, cue.end(), resolved.start)):
        return None
    if changes_between(ctx.text, cues.lang, at, resolved.start):
        return None  # "rejects changes to X": a stance on changing X, not on X
    if resolved.start > cue.end() and any(m.iso2 and not m.weak for m in ctx.states_in(b, cue.end(), resolved.start)):
        return None  # "criticised Germany over X": the state is the object, X only the reason
    if resolved.start > cue.end() and not object_follows(ctx.text, cue.end(), resolved.start):
        return None  # "the plan, which France supports, breaches X": the clause ended at the comma
    # negations and hedges count up to the target too: verb-second languages put
    # them after the verb ("motsätter sig inte", "modsætter sig angiveligt")
    kind = negated_polarity(ctx.text, cues, kind, cue, at, min(e, max(cue.end() + 15, resolved.start, resolved.end + 8)), resolved)
    if kind is None:
        return None  # "did not oppose" says neither opposition nor support; "cannot support" opposes
    hedged = cues.hedge and cues.hedge.search(ctx.text, s, max(cue.end(), resolved.start))
    if hedged:
        warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                 message=f"hedged stance not taken ({hedged.group()!r}): {ctx.text[s:e][:120]!r}"))
        return _STOP
    source = _attributed_source(ctx.text, cues, s, subj.start)
    if source is not None:
        warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                 message=f"stance attributed to an anonymous source ({source!r}), not taken: {ctx.text[s:e][:120]!r}"))
        return _STOP
    if resolved.how == "contrary_measure":
        kind = "oppose" if kind == "support" else "support"  # backing what the act forbids opposes it
    return kind, resolved


def _cited_again(ctx: DocContext, refs: list[Reference], lo: int, hi: int) -> Resolved | None:
    """An act cited in ``text[lo:hi]`` by the same words as its first citation, which the
    references keep (a document citing "Verordnung (EU) 2019/452" twice has one reference,
    at the first): the first such mention in the span."""
    best = None
    for r in refs:
        q = r.evidence.quote
        if r.kind not in ACT_KINDS or not q or r.evidence.start is None or lo <= r.evidence.start < hi:
            continue
        at = ctx.text.find(q, lo, hi)
        while at >= 0 and (ctx.text[at - 1 : at].isalnum() or ctx.text[at + len(q) : at + len(q) + 1].isalnum()):
            at = ctx.text.find(q, at + 1, hi)  # whole words only: "DSA" is not in "DSAR"
        if at >= 0 and (best is None or at < best.start):
            best = Resolved(Target(kind="legal_act", ref=r.id, label=r.label), 0.85, "cited_act", start=at, end=at + len(q))
    return best


def _attributed_source(text: str, cues: LangCues, s: int, at: int) -> str | None:
    """The source of "according to <source>, <subject> ..." when it is anonymous
    ("according to diplomats", "selon des sources proches du dossier"): the writer relays
    hearsay. A named source (a newspaper, an NGO, a document) keeps the stance."""
    if cues.attribution is None or cues.anonymous_sources is None:
        return None
    m = cues.attribution.search(text, s, at)
    if m is None:
        return None
    source = text[m.end() : at]
    hit = cues.anonymous_sources.search(source)
    # the anonymous noun heads the source ("EU diplomats", "des sources"), not a name's part
    return source.strip(" ,") if hit is not None and len(source[: hit.start()].split()) <= 2 else None


def _speech(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    """The subject of a reported clause standing for the subject of a verb of saying
    ("Germany said it opposes X"; stance_speech.py)."""
    return [Subject(start, end, subj.actors, subj.evidence_start, "speech", subj.states)
            for start, end, subj in speech_subjects(ctx, b, cues, s, e, _subjects, _subject_ok)]


def _pronoun(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    """"They" opening the sentence for the one subject of the sentence before; "we" in a quote for its speaker."""
    quoted = [Subject(a, z, sp.actors, s, "speech", sp.states) for a, z, sp in quoted_speakers(ctx, b, cues, s, e, _subjects, _subject_ok)]
    found = pronoun_antecedent(ctx, b, cues, s, e, _subjects, _subject_ok)
    if found is None:
        return quoted
    return quoted + [Subject(found[0], found[1], found[2].actors, found[3], "pronoun", found[2].states)]


# Subjects of one kind that additive coordination joins (stance_coordination.py).
_COORDINATED = frozenset({"state_list", "state_organ", "demonym_organ", "organisation"})
# Subjects of different kinds that a plain "and" joins into one.
_MIXED = frozenset({"state_list", "state_organ", "demonym_organ", "organisation", "capital", "institution"})
# Subjects whose clause is read only with its target named in it (a cited act or a curated
# description): a reported clause's "the deal" or "it" is the speaker's word, two removes
# from the writer, too far to stand for the document's act or the act of the sentence before.
_NAMED_TARGET_ONLY = frozenset({"speech"})
# Subjects standing for states (a state proposing an exception to an act opposes it).
_STATE_SUBJECTS = frozenset({"state_list", "anaphora", "pronoun", "apposed", "trailing", "camp", "state_organ", "demonym_organ", "capital",
                             "home_organ"})
# How much a subject of each kind is trusted, and the extractor name it gives.
_SUBJECT_TRUST = {"speech": 0.9, "we": 0.85, "state_list": 1.0, "anaphora": 0.9, "pronoun": 0.85, "apposed": 0.95, "trailing": 0.85, "camp": 0.85, "state_organ": 1.0, "demonym_organ": 0.95, "capital": 0.85, "organisation": 0.95,
                  "person": 0.9, "person_again": 0.85, "person_role": 0.8, "person_bare": 0.75, "party": 0.9, "institution": 0.85,
                  "home_organ": 0.85}
_EXTRACTOR = {"speech": "reported_speech_cue", "we": "authors_voice_cue", "state_list": "state_list_cue", "anaphora": "state_list_cue+anaphora", "pronoun": "state_list_cue+pronoun", "apposed": "collective_cue+apposed_list",
              "trailing": "collective_cue+trailing_list", "camp": "collective_cue+camp_list", "state_organ": "state_organ_cue",
              "demonym_organ": "demonym_organ_cue", "capital": "capital_cue", "organisation": "organisation_cue",
              "person": "person_cue", "person_again": "person_cue+surname", "person_role": "person_cue+role_alone",
              "person_bare": "person_cue+bare_name", "party": "party_cue", "institution": "institution_cue", "home_organ": "home_organ_cue"}


def stances(
    ctx: DocContext, refs: list[Reference], authors: list[Author], warnings: list[Warning_] | None = None
) -> tuple[list[Stance], list[ReportedDocument], list[Reference]]:
    docs, reported, extra1 = reported_papers(ctx, refs)
    calls, extra2 = calls_and_advocacy(ctx, refs, docs, authors)
    warnings = warnings if warnings is not None else []
    direct, extra3 = direct_stances(ctx, refs, warnings, authors)
    nominal, extra4 = nominal_stances(ctx, refs, _subjects, warnings)
    passive, extra5 = passive_stances(ctx, refs, _subjects, warnings)
    camps = camp_lists(ctx, refs, warnings)
    inverted, extra6 = inverted_stances(ctx, refs, _subjects, warnings)
    voiced, extra7 = voiced_passives(ctx, refs, authors, warnings)
    unique: dict[tuple, Stance] = {}
    for st in reported + calls + direct + nominal + passive + camps + inverted + voiced:
        k = (st.actor.kind, st.actor.key, st.stance, st.target.ref, st.via)
        if k not in unique or st.evidence.confidence > unique[k].evidence.confidence:
            unique[k] = st
    return list(unique.values()), docs, extra1 + extra2 + extra3 + extra4 + extra5 + extra6 + extra7
