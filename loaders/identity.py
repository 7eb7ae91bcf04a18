"""Decide which instrument and edition a document expresses (pure; no database).

Metadata decides when it names the instrument. Otherwise the document is compared with
the instruments already known, by small scoring functions that each return a score and
a readable detail (as nomenklatura's matchers do), combined with fixed weights:

- signatory containment: how much of a known edition's signatory list the document
  restates (a later edition restates every earlier signatory);
- commitment count: the same number of pledges;
- cited references: the same acts and initiatives;
- title similarity, only between titles in the same language.

Signatories alone never merge two instruments: many statements are signed by the same
governments. Below the threshold the document starts a new instrument. Every decision
is returned with its confidence and detail, and the writer records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.model import ExtractedDocument, InstrumentManifest, Placement
from loaders.known_instruments import KnownEdition, KnownInstrument, KnownInstruments

MERGE_THRESHOLD = 0.75
CONTAINMENT_GATE = 0.9  # share of a known edition's signatories a document must restate to join it
SAME_EDITION_JACCARD = 1.0


@dataclass(frozen=True)
class Score:
    name: str
    score: float
    weight: float
    detail: str


_SIGNATORY_WEIGHT = 0.55


def signatory_containment(doc_states: frozenset[str], edition: KnownEdition) -> Score:
    if not doc_states or not edition.signatories:
        return Score("signatories", 0.0, _SIGNATORY_WEIGHT, "no signatories to compare")
    shared = len(doc_states & edition.signatories)
    contained = shared / len(edition.signatories)
    return Score("signatories", contained, _SIGNATORY_WEIGHT, f"{shared}/{len(edition.signatories)} of edition {edition.number}'s signatories restated")


def commitment_match(doc: ExtractedDocument, known: KnownInstrument) -> Score:
    per_lang: dict[str, int] = {}
    for c in doc.commitments:
        per_lang[c.lang] = per_lang.get(c.lang, 0) + 1
    count = max(per_lang.values(), default=0)
    if not count or not known.commitment_count:
        return Score("commitments", 0.5, 0.2, "commitments unknown on one side")
    return Score("commitments", 1.0 if count == known.commitment_count else 0.0, 0.2,
                 f"{count} commitments vs {known.commitment_count}")


def reference_overlap(doc: ExtractedDocument, known: KnownInstrument) -> Score:
    refs = frozenset(r.id for r in doc.references)
    if not refs or not known.references:
        return Score("references", 0.5, 0.1, "references unknown on one side")
    jac = len(refs & known.references) / len(refs | known.references)
    return Score("references", jac, 0.1, f"references jaccard {jac:.2f}")


def title_similarity(doc: ExtractedDocument, known: KnownInstrument) -> Score:
    lang = doc.languages[0] if doc.languages else None
    other = known.titles.get(lang or "")
    if not doc.title or not other:
        return Score("title", 0.5, 0.15, "no title in the same language")
    ratio = fuzz.token_set_ratio(doc.title.lower(), other.lower()) / 100
    return Score("title", ratio, 0.15, f"title similarity {ratio:.2f} ({lang})")


def _combine(scores: list[Score]) -> float:
    total = sum(s.weight for s in scores)
    return sum(s.score * s.weight for s in scores) / total


def _detail(scores: list[Score]) -> str:
    return "; ".join(f"{s.name}={s.score:.2f} ({s.detail})" for s in scores)


def _from_metadata(doc: ExtractedDocument, known: Mapping[str, KnownInstrument], manifests: dict[str, InstrumentManifest]) -> Placement | None:
    info = doc.instrument
    if info is None or not info.id:
        return None
    manifest = manifests.get(info.id)
    inst = known.get(info.id)
    number = info.edition or (inst.next_number() if inst else 1)
    date = info.edition_date
    if date is None and manifest is not None:
        date = next((e.date for e in manifest.editions if e.number == number), None)
    return Placement(
        instrument_id=info.id,
        instrument_title=(manifest.title if manifest else None) or info.title or (inst.title if inst else None) or doc.title or info.id,
        instrument_kind=(manifest.kind if manifest else None) or (inst.kind if inst else None) or doc.kind,
        edition_number=number, edition_date=date or doc.date, method="metadata", confidence=1.0,
        detail="instrument and edition named by metadata",
    )


def new_instrument_id(doc: ExtractedDocument) -> str:
    from core.ids import slug

    base = slug(doc.title or doc.source)[:60].strip("-")
    return f"{base}-{doc.sha256[:8]}"


def place(
    doc: ExtractedDocument,
    known: Mapping[str, KnownInstrument],
    manifests: dict[str, InstrumentManifest] | None = None,
) -> Placement | None:
    """Placement for a document that expresses an instrument, or None (news, NGO statements...).

    ``known`` is best a :class:`KnownInstruments` kept up to date by :func:`remember` (a
    load run's view); a plain dict works too, indexed afresh on every call.
    """
    by_meta = _from_metadata(doc, known, manifests or {})
    if by_meta is not None:
        return by_meta
    doc_states = frozenset(s.iso2 for s in doc.signatories if s.iso2)  # states only: organisations do not place
    if not doc_states:
        return None
    index = known if isinstance(known, KnownInstruments) else KnownInstruments(known)
    best = _best_candidate(doc, doc_states, index)
    if best is not None and best[0] >= MERGE_THRESHOLD and best[3][0].score >= CONTAINMENT_GATE:
        total, inst, ed, scores = best
        target, how = edition_restated(doc_states, inst, ed)
        number, date = (target.number, target.date or doc.date) if target else (inst.next_number(), doc.date)
        return Placement(
            instrument_id=inst.id, instrument_title=inst.title, instrument_kind=inst.kind,  # type: ignore[arg-type]
            edition_number=number, edition_date=date, method="inferred", confidence=round(total, 3),
            detail=f"{how} {(target or ed).id}: {_detail(scores)}",
        )
    if best is not None:
        detail = (f"no known instrument scored above the threshold; best was {best[2].id} at {best[0]:.2f}: "
                  f"{_detail(best[3])}")
    else:
        detail = (f"no known edition of this kind has {_SCORING_FLOOR:.0%} of its signatories restated "
                  "by this document, the least that could reach the threshold")
    return Placement(
        instrument_id=new_instrument_id(doc), instrument_title=doc.title or doc.source,
        instrument_kind=doc.kind, edition_number=1, edition_date=doc.date, method="new",
        confidence=1.0, detail=detail,
    )


def edition_restated(doc_states: frozenset[str], inst: KnownInstrument,
                     best: KnownEdition) -> tuple[KnownEdition | None, str]:
    """Which known edition of ``inst`` the document restates, or None for a new one.

    The same signatories: that edition (a translation lands on the edition it translates).
    Some of an edition's signatories and no other state: that edition, read with names
    missed (a list whose item went unread must not make a phantom edition), the smallest
    such edition first. More states than every edition it contains: the next edition.
    """
    for e in inst.editions:
        if doc_states == e.signatories:
            return e, "same edition as"
    covering = [e for e in inst.editions if doc_states < e.signatories
                and len(doc_states) / len(e.signatories) >= CONTAINMENT_GATE]
    if covering:
        e = min(covering, key=lambda c: (len(c.signatories), c.number))
        return e, f"{len(e.signatories) - len(doc_states)} signatories not read; same edition as"
    return None, "new edition after"


def _best_candidate(doc: ExtractedDocument, doc_states: frozenset[str],
                    index: "KnownInstruments") -> tuple[float, KnownInstrument, KnownEdition, list[Score]] | None:
    """The highest-scoring (instrument, edition), the first one (instrument order, then
    edition order) on ties, with its scores; None when no edition can reach the threshold.

    A run knows one more instrument for every document that started one, so this must not
    score them all. An edition whose signatories the document restates at a share ``c``
    scores at most ``c * w_sig + (w_com + w_ref + w_tit)``, so below ``_SCORING_FLOOR``
    it cannot reach ``MERGE_THRESHOLD`` and cannot change the decision: the index hands
    over the editions above the floor alone, and they are scored exactly (the same numbers
    as the Score functions above, in the same floating-point order as ``_combine``). The
    best of them is also the best of all whenever it reaches the threshold, so the rule
    stays "merge only if the best candidate overall passes the containment gate": a
    better-scoring rival that fails the gate still stops a merge.
    """
    candidates = index.editions_restated_by(doc_states, doc.kind, _SCORING_FLOOR)
    if not candidates:
        return None
    per_lang: dict[str, int] = {}
    for c in doc.commitments:
        per_lang[c.lang] = per_lang.get(c.lang, 0) + 1
    count = max(per_lang.values(), default=0)
    refs = frozenset(r.id for r in doc.references)
    lang = doc.languages[0] if doc.languages else None
    title = doc.title.lower() if doc.title else None
    best: tuple[float, KnownInstrument, KnownEdition] | None = None
    title_scores: dict[str, float] = {}
    for inst, ed in candidates:
        com = 0.5 if not count or not inst.commitment_count else (1.0 if count == inst.commitment_count else 0.0)
        ref = 0.5 if not refs or not inst.references else len(refs & inst.references) / len(refs | inst.references)
        c = len(doc_states & ed.signatories) / len(ed.signatories)
        if best is not None and (c * _W_SIG + com * _W_COM + ref * _W_REF + 1.0 * _W_TIT) / _W_TOTAL < best[0]:
            continue  # cannot win even with a perfect title: skip the fuzzy comparison
        if inst.id not in title_scores:
            other = inst.titles.get(lang or "")
            title_scores[inst.id] = 0.5 if not title or not other else fuzz.token_set_ratio(title, other.lower()) / 100
        total = (c * _W_SIG + com * _W_COM + ref * _W_REF + title_scores[inst.id] * _W_TIT) / _W_TOTAL
        if best is None or total > best[0]:
            best = (total, inst, ed)
    assert best is not None
    _, inst, ed = best
    scores = [signatory_containment(doc_states, ed), commitment_match(doc, inst),
              reference_overlap(doc, inst), title_similarity(doc, inst)]
    return _combine(scores), inst, ed, scores


_W_SIG, _W_COM, _W_REF, _W_TIT = _SIGNATORY_WEIGHT, 0.2, 0.1, 0.15  # the Score functions' weights
_W_TOTAL = _W_SIG + _W_COM + _W_REF + _W_TIT
# The least signatory share with which an edition could still score MERGE_THRESHOLD (the
# other three scores at their best), less a hair for floating point: about 0.545.
_SCORING_FLOOR = (MERGE_THRESHOLD * _W_TOTAL - (_W_COM + _W_REF + _W_TIT)) / _W_SIG - 1e-9


def reported_editions(doc: ExtractedDocument, known: Mapping[str, KnownInstrument]) -> dict[str, str]:
    """Statements a document only reports (``signatories.reported``) matched to a known
    edition: the one edition whose signatories are exactly the states it names, else the
    first edition that holds them all, when a single joint statement has one. A report
    never places its document; this only says which edition it speaks of.

    The editions holding the states come from the index (:meth:`KnownInstruments.editions_holding`),
    so only the instrument finally named is looked at."""
    out: dict[str, str] = {}
    index = None
    for rd in doc.reported_documents:
        if rd.kind != "joint_statement" or not rd.key.startswith("reported-statement:"):
            continue
        states = frozenset(a.actor.iso2 for a in rd.authors if a.actor.kind == "state" and a.actor.iso2)
        if len(states) < 2:
            continue
        if index is None:
            index = known if isinstance(known, KnownInstruments) else KnownInstruments(known)
        holding = index.editions_holding(states, "joint_statement")
        # the same signatories: per instrument its last such edition (in edition order)
        exact = {inst_id: number for inst_id, number, size in holding if size == len(states)}
        if len(exact) == 1:
            out[rd.key] = _edition_id(index, *next(iter(exact.items())))
            continue
        if exact:
            continue  # two statements signed by the same states: say nothing
        first: dict[str, int] = {}
        for inst_id, number, _ in holding:
            first[inst_id] = min(number, first.get(inst_id, number))
        if len(first) == 1:
            out[rd.key] = _edition_id(index, *next(iter(first.items())))
    return out


def _edition_id(index: KnownInstruments, instrument_id: str, number: int) -> str:
    return next(e.id for e in index[instrument_id].editions if e.number == number)
