"""What a load run knows of the instruments placed so far: their editions and signatories,
an index over them, and the one way to teach it a placed document (:func:`remember`).

Kept apart from the placement decision (:mod:`loaders.identity`): this is the run's
memory, the same for a run resumed from the graph (:func:`placement_inputs`) as for one
that never stopped.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.model import ExtractedDocument, Placement


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
    rank: int = 0  # the order in which a run came to know it: the first on ties wins

    def next_number(self) -> int:
        return max((e.number for e in self.editions), default=0) + 1


def _allowed_misses(size: int, share: float) -> int:
    """How many of an edition's ``size`` signatories a document may leave out and still
    restate ``share`` of them, by the same division the score uses."""
    misses = 0
    while misses < size and (size - misses - 1) / size >= share:
        misses += 1
    return misses


_POSITION_BITS = 20  # an edition's sort key: its instrument's order, then its position among the editions


class KnownInstruments(dict[str, KnownInstrument]):
    """The instruments a load run knows, by id, with an index from states to editions.

    A run of 10,000 statements knows thousands of editions, and every new statement is
    compared with them. The index answers "which editions does this signatory list
    restate at a share of at least s?" with bit operations over all editions at once:
    one bitset per state (the editions it signed), one per edition size, and per query a
    saturating count of each edition's signatories the list leaves out, compared with
    what its size allows. The cost grows with the number of states and distinct sizes,
    not of editions. An edition is indexed by its instrument's id and its number, not by
    the objects, so that a subclass may keep only some instruments' details in memory
    (:class:`loaders.stored_instruments.StoredInstruments`). :func:`remember` is the one
    way to teach it; editing an edition's signatories directly leaves the index stale.
    """

    def __init__(self, instruments: Mapping[str, KnownInstrument] | None = None):
        super().__init__()
        # per slot, in arrays of machine integers (a few hundred bytes less per edition than objects)
        self._slot_inst: list[str] = []  # slot -> its instrument's id
        self._slot_number = array("q")  # slot -> its edition's number
        self._order = array("q")  # slot -> instrument order << _POSITION_BITS | position among its editions
        self._size = array("q")  # slot -> its edition's signatory count
        self._first_slot: dict[str, int] = {}  # instrument id -> the slot of its first edition indexed
        self._more_slots: dict[tuple[str, int], int] = {}  # (id, number) -> slot, for its other editions
        self._by_state: dict[str | None, int] = {}
        self._by_size: dict[int, int] = {}
        self._by_kind: dict[str, int] = {}
        self._rank: dict[str, int] = {}  # id -> the order in which the run came to know it
        self.next_rank = 0  # the rank of the next instrument a run comes to know
        for inst in (instruments or {}).values():
            self.add_instrument(inst)
            for ed in inst.editions:
                self.index_edition(inst, ed)

    def add_instrument(self, inst: KnownInstrument) -> KnownInstrument:
        """Add ``inst`` unless one with its id is known; return the known one."""
        if inst.id not in self._rank:
            dict.__setitem__(self, inst.id, inst)
            self._rank[inst.id] = len(self._rank)
            self.next_rank = max(self.next_rank, inst.rank + 1)
        return self[inst.id]

    def index_edition(self, inst: KnownInstrument, ed: KnownEdition) -> None:
        """Index a new edition, or re-index one whose signatories grew."""
        slot = self._slot_of(inst.id, ed.number)
        if slot is None:
            slot = len(self._slot_inst)
            position = next(i for i, e in enumerate(inst.editions) if e is ed)
            self._slot_inst.append(inst.id)
            self._slot_number.append(ed.number)
            self._order.append(self._rank[inst.id] << _POSITION_BITS | position)
            if inst.id in self._first_slot:
                self._more_slots[(inst.id, ed.number)] = slot
            else:
                self._first_slot[inst.id] = slot
            self._size.append(0)
            self._by_kind[inst.kind] = self._by_kind.get(inst.kind, 0) | (1 << slot)
        bit = 1 << slot
        if self._size[slot]:
            self._by_size[self._size[slot]] &= ~bit
        for state in ed.signatories:
            self._by_state[state] = self._by_state.get(state, 0) | bit
        self._size[slot] = size = len(ed.signatories)
        if size:
            self._by_size[size] = self._by_size.get(size, 0) | bit

    def _slot_of(self, instrument_id: str, number: int) -> int | None:
        slot = self._first_slot.get(instrument_id)
        if slot is not None and self._slot_number[slot] == number:
            return slot
        return self._more_slots.get((instrument_id, number))

    def editions_restated_by(self, states: frozenset[str], kind: str,
                             share: float) -> list[tuple[KnownInstrument, KnownEdition]]:
        """Editions (of ``kind``, or of any kind for "other") with signatories of which
        ``states`` holds at least ``share``, in instrument order, then edition order."""
        allowance = {size: _allowed_misses(size, share) for size, mask in self._by_size.items() if mask}
        if not allowance:
            return []
        top = max(allowance.values())
        # missed[j]: the editions with more than j signatories outside ``states`` (saturating)
        missed = [0] * (top + 1)
        for state, editions in self._by_state.items():
            if state in states:
                continue
            for j in range(top, 0, -1):
                missed[j] |= missed[j - 1] & editions
            missed[0] |= editions
        found = 0
        for size, allowed in allowance.items():
            found |= self._by_size[size] & ~missed[allowed]
        if kind != "other":
            found &= self._by_kind.get(kind, 0)
        return self._editions(self._slots(found))

    def editions_holding(self, states: frozenset[str], kind: str) -> list[tuple[str, int, int]]:
        """(instrument id, edition number, signatory count) of the editions of ``kind`` whose
        signatories include every one of ``states``, in instrument order, then edition order."""
        found = self._by_kind.get(kind, 0)
        for state in states:
            found &= self._by_state.get(state, 0)
            if not found:
                return []
        return [(self._slot_inst[s], self._slot_number[s], self._size[s]) for s in self._slots(found)]

    def _slots(self, found: int) -> list[int]:
        slots = []
        while found:
            low = found & -found
            slots.append(low.bit_length() - 1)
            found ^= low
        slots.sort(key=self._order.__getitem__)
        return slots

    def _editions(self, slots: list[int]) -> list[tuple[KnownInstrument, KnownEdition]]:
        self.need(list(dict.fromkeys(self._slot_inst[s] for s in slots)))
        out = []
        for s in slots:
            inst = self[self._slot_inst[s]]
            number = self._slot_number[s]
            out.append((inst, next(e for e in inst.editions if e.number == number)))
        return out

    def need(self, ids: list[str]) -> None:
        """Make sure the details of these known instruments are at hand (all of them are, here)."""

    def pin(self, instrument_id: str) -> None:
        """A document of the run changed this instrument; its transaction has not committed."""

    def settle(self, instrument_id: str) -> None:
        """That document's transaction committed (or was given up)."""


def remember(known: dict[str, KnownInstrument], doc: ExtractedDocument, placement: Placement) -> None:
    """Update the in-memory view after a document is written, for the next document of the run."""
    rank = known.next_rank if isinstance(known, KnownInstruments) else max((i.rank + 1 for i in known.values()), default=0)
    fresh = KnownInstrument(id=placement.instrument_id, title=placement.instrument_title, kind=placement.instrument_kind,
                            rank=rank)
    if isinstance(known, KnownInstruments):
        inst = known.add_instrument(fresh)
    else:
        inst = known.setdefault(placement.instrument_id, fresh)
    if doc.title and doc.languages:
        inst.titles.setdefault(doc.languages[0], doc.title)
    per_lang: dict[str, int] = {}
    for c in doc.commitments:
        per_lang[c.lang] = per_lang.get(c.lang, 0) + 1
    inst.commitment_count = max([inst.commitment_count, *per_lang.values()])
    inst.references = inst.references | frozenset(r.id for r in doc.references)
    states = frozenset(s.iso2 for s in doc.signatories if s.iso2)
    edition = next((ed for ed in inst.editions if ed.number == placement.edition_number), None)
    if edition is None:
        edition = KnownEdition(id=f"{placement.instrument_id}#{placement.edition_number}",
                               number=placement.edition_number, date=placement.edition_date, signatories=states)
        inst.editions.append(edition)
    elif states <= edition.signatories:
        return
    else:
        edition.signatories = edition.signatories | states
    if isinstance(known, KnownInstruments):
        known.index_edition(inst, edition)


def placement_inputs(known: Mapping[str, KnownInstrument], placement: Placement) -> dict[str, Any]:
    """What the run knows of the placement's instrument and edition once it has remembered
    the document (:func:`remember`), as the graph must hold it beside the placement.

    The writer stores it in the same transaction as the placement, and a later run reads it
    back (``cypher/loader/known_instruments.cypher``) instead of deriving it from facts
    (commitments, signatures, citations, titles), which other documents and curated
    metadata also write: so a run resumed after a crash compares the next document with
    exactly what an uninterrupted run held in memory, in the same order.
    """
    inst = known[placement.instrument_id]
    position, edition = next((i, e) for i, e in enumerate(inst.editions) if e.number == placement.edition_number)
    return {
        "instrument_id": inst.id, "rank": inst.rank, "title": inst.title, "kind": inst.kind,
        "titles": [f"{lang}:{title}" for lang, title in inst.titles.items()],
        "commitments": inst.commitment_count, "references": sorted(inst.references),
        "edition_id": edition.id, "position": position, "date": edition.date,
        # an organisation signing beside the states counts as a signatory without a code
        # (None): stored as "" so that the set reads back the same
        "signatories": sorted(code or "" for code in edition.signatories),
    }
