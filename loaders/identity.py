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

import datetime as dt
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from loaders.model import ExtractedDocument, InstrumentManifest, Placement

MERGE_THRESHOLD = 0.75
SAME_EDITION_JACCARD = 1.0


@dataclass
class KnownEdition:
    id: str
    number: int
    date: dt.date | None
    signatories: frozenset[str]


@dataclass
class KnownInstrument:
    id: str
    title: str
    kind: str
    titles: dict[str, str] = field(default_factory=dict)  # lang -> title
    commitment_count: int = 0
    references: frozenset[str] = frozenset()
    editions: list[KnownEdition] = field(default_factory=list)

    def next_number(self) -> int:
        return max((e.number for e in self.editions), default=0) + 1


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


def _from_metadata(doc: ExtractedDocument, known: dict[str, KnownInstrument], manifests: dict[str, InstrumentManifest]) -> Placement | None:
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
    from graph.rows import slug  # the id scheme is the graph's; slug is pure

    base = slug(doc.title or doc.source)[:60].strip("-")
    return f"{base}-{doc.sha256[:8]}"


def place(
    doc: ExtractedDocument,
    known: dict[str, KnownInstrument],
    manifests: dict[str, InstrumentManifest] | None = None,
) -> Placement | None:
    """Placement for a document that expresses an instrument, or None (news, NGO statements...)."""
    by_meta = _from_metadata(doc, known, manifests or {})
    if by_meta is not None:
        return by_meta
    doc_states = frozenset(s.iso2 for s in doc.signatories)
    if not doc_states:
        return None
    best = _best_candidate(doc, doc_states, known)
    if best is not None and best[0] >= MERGE_THRESHOLD and best[3][0].score >= 0.9:
        total, inst, ed, scores = best
        same_edition = doc_states == ed.signatories
        if same_edition:
            number, date = ed.number, ed.date or doc.date
        else:
            later = [e for e in inst.editions if doc_states == e.signatories]
            number = later[0].number if later else inst.next_number()
            date = later[0].date if later else doc.date
        return Placement(
            instrument_id=inst.id, instrument_title=inst.title, instrument_kind=inst.kind,  # type: ignore[arg-type]
            edition_number=number, edition_date=date, method="inferred", confidence=round(total, 3),
            detail=("same edition as " if same_edition else "new edition after ") + f"{ed.id}: {_detail(scores)}",
        )
    detail = "no known instrument scored above the threshold"
    if best is not None:
        detail += f"; best was {best[2].id} at {best[0]:.2f}: {_detail(best[3])}"
    return Placement(
        instrument_id=new_instrument_id(doc), instrument_title=doc.title or doc.source,
        instrument_kind=doc.kind, edition_number=1, edition_date=doc.date, method="new",
        confidence=1.0, detail=detail,
    )


def _best_candidate(doc: ExtractedDocument, doc_states: frozenset[str],
                    known: dict[str, KnownInstrument]) -> tuple[float, KnownInstrument, KnownEdition, list[Score]] | None:
    """The highest-scoring (instrument, edition), the first one on ties, with its scores.

    A run knows one more instrument for every document that started one, so this is
    O(known editions) per document and must stay cheap. It computes the same numbers as
    the Score functions above, in the same floating-point order as ``_combine``, but the
    document's side once, each instrument's side once for all its editions, and the
    fuzzy title comparison only for an instrument whose best possible total could still
    win (the totals are monotonic in each score, so skipping the others changes nothing).
    The readable Score details are built for the winner alone.
    """
    per_lang: dict[str, int] = {}
    for c in doc.commitments:
        per_lang[c.lang] = per_lang.get(c.lang, 0) + 1
    count = max(per_lang.values(), default=0)
    refs = frozenset(r.id for r in doc.references)
    lang = doc.languages[0] if doc.languages else None
    title = doc.title.lower() if doc.title else None
    w_sig, w_com, w_ref, w_tit = _SIGNATORY_WEIGHT, 0.2, 0.1, 0.15
    weight = w_sig + w_com + w_ref + w_tit
    best: tuple[float, KnownInstrument, KnownEdition] | None = None
    for inst in known.values():
        if inst.kind != doc.kind and doc.kind != "other":
            continue
        if not inst.editions:
            continue
        com = 0.5 if not count or not inst.commitment_count else (1.0 if count == inst.commitment_count else 0.0)
        ref = 0.5 if not refs or not inst.references else len(refs & inst.references) / len(refs | inst.references)
        contained = [len(doc_states & e.signatories) / len(e.signatories) if doc_states and e.signatories else 0.0
                     for e in inst.editions]
        if best is not None and (max(contained) * w_sig + com * w_com + ref * w_ref + 1.0 * w_tit) / weight < best[0]:
            continue
        other = inst.titles.get(lang or "")
        tit = 0.5 if not title or not other else fuzz.token_set_ratio(title, other.lower()) / 100
        for c, ed in zip(contained, inst.editions):
            total = (c * w_sig + com * w_com + ref * w_ref + tit * w_tit) / weight
            if best is None or total > best[0]:
                best = (total, inst, ed)
    if best is None:
        return None
    _, inst, ed = best
    scores = [signatory_containment(doc_states, ed), commitment_match(doc, inst),
              reference_overlap(doc, inst), title_similarity(doc, inst)]
    return _combine(scores), inst, ed, scores


def remember(known: dict[str, KnownInstrument], doc: ExtractedDocument, placement: Placement) -> None:
    """Update the in-memory view after a document is written, for the next document of the run."""
    inst = known.setdefault(placement.instrument_id, KnownInstrument(
        id=placement.instrument_id, title=placement.instrument_title, kind=placement.instrument_kind))
    if doc.title and doc.languages:
        inst.titles.setdefault(doc.languages[0], doc.title)
    per_lang: dict[str, int] = {}
    for c in doc.commitments:
        per_lang[c.lang] = per_lang.get(c.lang, 0) + 1
    inst.commitment_count = max([inst.commitment_count, *per_lang.values()])
    inst.references = inst.references | frozenset(r.id for r in doc.references)
    states = frozenset(s.iso2 for s in doc.signatories)
    for ed in inst.editions:
        if ed.number == placement.edition_number:
            ed.signatories = ed.signatories | states
            return
    inst.editions.append(KnownEdition(
        id=f"{placement.instrument_id}#{placement.edition_number}", number=placement.edition_number,
        date=placement.edition_date, signatories=states))
