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


from core.model import Author, Reference, ReportedDocument, Stance, Target, Warning_
from loaders.rules.context import DocContext, evidence
from loaders.names.morphology import morphology
from loaders.rules.stance_lexicon import WORD
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_camps import camp_lists
from loaders.rules.stance_reported import calls_and_advocacy, cued_sentences, reported_papers
from loaders.rules.stance_nominal import nominal_stances
from loaders.rules.stance_passive import passive_stances
from loaders.rules.stance_passive_voice import passive_after_subject
from loaders.rules import stance_postponement
from loaders.rules.stance_objects import changes_between, object_of_predicate, stance_noun_after_conjunction
from loaders.rules.stance_inverted import inverted_stances
from loaders.rules.stance_clauses import (
    act_possessed, conditional, negated_polarity, negated_subject, object_follows, predicate_starts, relative_object, subject_gap_ok,
)
from loaders.rules.stance_pronouns import pronoun_antecedent, quoted_speakers
from loaders.rules.stance_speech import speech_subjects
from loaders.rules.stance_subjects import SUBJECT_TRUST, Subject, subject_ok, subjects
from loaders.rules.stance_voice_calls import voiced_calls
from loaders.rules.stance_voice_evaluations import voiced_evaluations
from loaders.rules.stance_voice import (author_names, named_author_subjects, reports_others, speaks_for_authors, voiced_authors,
                                        voiced_passives, we_subjects)
from loaders.rules.stance_targets import ACT_KINDS, Resolved, antecedent_act, document_act, resolve_target

_CUE_REACH = 160  # a cue further than this from its subject belongs to another clause


def direct_stances(ctx: DocContext, refs: list[Reference], warnings: list[Warning_],
                   authors: list[Author] = (), kind: str | None = None) -> tuple[list[Stance], list[Reference]]:
    """'<A and B> oppose <cited act>', 'the German government backs <described act>',
    'these two states support ...', 'Amnesty International welcomes ...', 'we reject ...'
    (the authors speaking in the document's own voice, stance_voice.py), and in a statement
    of ``kind`` the authors naming themselves ("RDA welcomes ...")."""
    out: list[Stance] = []
    extra: list[Reference] = []
    voiced = voiced_authors(list(authors))
    names = author_names(ctx, voiced) if speaks_for_authors(kind) else []
    if reports_others(kind):
        voiced = ()  # news relays others' "we": it is no author's voice
    for b, cues, s, e in cued_sentences(ctx, "predicate"):
        if cues.document is not None and cues.document.search(ctx.text, s, e):
            continue  # reported documents are handled by reported_papers
        if ctx.text[s:e].rstrip().rstrip("»”\"'’)").endswith("?"):
            continue  # "Does Austria support X?": a question states no position
        taken_until = -1
        we = [Subject(ws, we_end, voiced, s, "we") for ws, we_end in we_subjects(ctx, b, cues, s, e, voiced)]
        named = [Subject(a, z, (actor,), a, "author") for a, z, actor in named_author_subjects(ctx, b, s, e, names)]
        for subj in _pronoun(ctx, b, cues, s, e) + we + _speech(ctx, b, cues, s, e) + named + subjects(ctx, b, cues, s, e):
            if subj.start < taken_until:
                continue  # inside a longer subject already read ("the government of [Sweden]")
            if not subj.via_anaphor and subj.how != "speech" and not subject_ok(cues, ctx.text[s : subj.start], subj):
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
            conf = min(0.8, resolved.confidence - 0.05) * SUBJECT_TRUST.get(subj.how, _OWN_TRUST)
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
        pronoun = relative_object(ctx.text, cues.lang, s, subj.start)
        if resolved is not None and pronoun is not None and not _act_before(ctx, refs, s, pronoun):
            return None  # "X was delayed, which Germany welcomed": the object is the event before
    refs_between = refs_between or ([before_cue] if before_cue else [])
    kind, resolved = stance_postponement.reread(ctx, refs, cues, pol, kind, cue, resolved, e, subj.how not in _NAMED_TARGET_ONLY)
    if not resolved or (not refs_between and resolved.start > cue.end() and cues.polarity_at(ctx.text, cue.end(), resolved.start)):
        return None
    if resolved.end > resolved.start and act_possessed(ctx.text, resolved.end):
        return None  # "rejects X's proposed delay": the stance is on what X owns
    if changes_between(ctx.text, cues.lang, at, resolved.start):
        return None  # "rejects changes to X": a stance on changing X, not on X
    if resolved.start > cue.end() and any(m.iso2 and not m.weak for m in ctx.states_in(b, cue.end(), resolved.start)):
        return None  # "criticised Germany over X": the state is the object, X only the reason
    if resolved.start > cue.end() and stance_noun_after_conjunction(ctx.text, cues.lang, cue.end(), resolved.start):
        return None  # "welcomed the deal and opposition to X grew": X is another clause's
    if resolved.start > cue.end() and not object_follows(ctx.text, cue.end(), resolved.start):
        return None  # "the plan, which France supports, breaches X": the clause ended at the comma
    comma = ctx.text.find(",", cue.end(), resolved.start) if resolved.start > cue.end() else -1
    if comma > 0 and not _object_is_act(ctx.text, cues, cue.end(), comma):
        return None  # "opposes poverty, as X requires": the object was another noun, X another clause's
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


def _object_is_act(text: str, cues: LangCues, start: int, comma: int) -> bool:
    """Whether the words between a predicate and a comma before its act are nothing but
    articles, or a noun for the act itself ("backs the proposal, Regulation X"): any other
    noun there is the predicate's own object ("opposes poverty, as X requires")."""
    words = WORD.findall(text, start, comma)
    articles = morphology(cues.lang).articles
    return all(w.casefold() in articles for w in words) or cues.act_noun_after(text, start, comma)


def _act_before(ctx: DocContext, refs: list[Reference], s: int, pronoun: int) -> bool:
    """Whether an act is named right before a relative pronoun (its antecedent): "the
    regulation (EU) X, which Germany welcomed" but not "X was delayed, which ..."."""
    comma = ctx.text.rfind(",", s, pronoun)
    end = comma if comma >= 0 else pronoun
    found = resolve_target(ctx, refs, [(s, end)])
    return found is not None and found.end >= len(ctx.text[:end].rstrip(" \t)\"'”»’")) - 1


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
            for start, end, subj in speech_subjects(ctx, b, cues, s, e, subjects, subject_ok)]


def _pronoun(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    """"They" opening the sentence for the one subject of the sentence before; "we" in a quote for its speaker."""
    quoted = [Subject(a, z, sp.actors, s, "speech", sp.states) for a, z, sp in quoted_speakers(ctx, b, cues, s, e, subjects, subject_ok)]
    found = pronoun_antecedent(ctx, b, cues, s, e, subjects, subject_ok)
    if found is None:
        return quoted
    return quoted + [Subject(found[0], found[1], found[2].actors, found[3], "pronoun", found[2].states)]


# Subjects whose clause is read only with its target named in it (a cited act or a curated
# description): a reported clause's "the deal" or "it" is the speaker's word, two removes
# from the writer, too far to stand for the document's act or the act of the sentence before.
_NAMED_TARGET_ONLY = frozenset({"speech"})
# Subjects standing for states (a state proposing an exception to an act opposes it).
_STATE_SUBJECTS = frozenset({"state_list", "anaphora", "pronoun", "apposed", "trailing", "camp", "state_organ", "demonym_organ", "capital",
                             "home_organ"})
_OWN_TRUST = 0.85  # the authors named in their own statement, as trusted as their "we"
_EXTRACTOR = {"speech": "reported_speech_cue", "we": "authors_voice_cue", "author": "authors_named_cue", "state_list": "state_list_cue", "anaphora": "state_list_cue+anaphora", "pronoun": "state_list_cue+pronoun", "apposed": "collective_cue+apposed_list",
              "trailing": "collective_cue+trailing_list", "camp": "collective_cue+camp_list", "state_organ": "state_organ_cue",
              "demonym_organ": "demonym_organ_cue", "capital": "capital_cue", "organisation": "organisation_cue",
              "person": "person_cue", "person_again": "person_cue+surname", "person_role": "person_cue+role_alone",
              "person_bare": "person_cue+bare_name", "party": "party_cue", "institution": "institution_cue", "home_organ": "home_organ_cue"}


def stances(
    ctx: DocContext, refs: list[Reference], authors: list[Author], warnings: list[Warning_] | None = None,
    kind: str | None = None,
) -> tuple[list[Stance], list[ReportedDocument], list[Reference]]:
    """Every stance structure's stances; ``kind`` (the document's) lets the authors' own
    voice be read in their own statements only (stance_voice.speaks_for_authors)."""
    docs, reported, extra1 = reported_papers(ctx, refs)
    calls, extra2 = calls_and_advocacy(ctx, refs, docs, authors)
    warnings = warnings if warnings is not None else []
    direct, extra3 = direct_stances(ctx, refs, warnings, authors, kind)
    nominal, extra4 = nominal_stances(ctx, refs, subjects, warnings)
    passive, extra5 = passive_stances(ctx, refs, subjects, warnings)
    camps = camp_lists(ctx, refs, warnings)
    inverted, extra6 = inverted_stances(ctx, refs, subjects, warnings)
    voiced, extra7 = voiced_passives(ctx, refs, authors, warnings, kind)
    called, extra8 = voiced_calls(ctx, refs, authors, kind, warnings)
    judged, extra9 = voiced_evaluations(ctx, refs, authors, kind, warnings)
    unique: dict[tuple, Stance] = {}
    for st in reported + calls + direct + nominal + passive + camps + inverted + voiced + called + judged:
        k = (st.actor.kind, st.actor.key, st.stance, st.target.ref, st.via)
        if k not in unique or st.evidence.confidence > unique[k].evidence.confidence:
            unique[k] = st
    return list(unique.values()), docs, extra1 + extra2 + extra3 + extra4 + extra5 + extra6 + extra7 + extra8 + extra9
