"""What a load run knows of the instruments, with a bounded memory: the index over every
edition stays in memory (a few hundred bytes per edition), the details of at most
``capacity`` instruments beside it, and the others are read back from the graph by id
when a document is compared with them.

This gives the placements of :class:`loaders.known_instruments.KnownInstruments` holding
everything, because the graph stores with each placement exactly what the run then knew
of that instrument (``placement_inputs``, written in the same transaction): once that
transaction has committed, reading the instrument back gives what memory held. An
instrument a document changed is therefore kept (pinned) until its transaction commits,
and one derived from the facts of an older graph (no stored inputs) is always kept.
"""

from __future__ import annotations

from collections.abc import Iterator

import neo4j

from graph import loader_reads
from loaders.known_instruments import KnownEdition, KnownInstrument, KnownInstruments

# Instruments whose details a run keeps in memory besides the pinned ones (about 6 KB each,
# so at most about 200 MB). A document is compared with a share of all known instruments,
# not a fixed number of them, so a bound below what a run knows turns into hundreds of
# reads by id per placement; this one holds what a run of 100,000 files knows.
CAPACITY = 32_768


class StoredInstruments(KnownInstruments):
    """Every known instrument's id and editions in the index; the details of the recently
    used ones, the pinned ones and the derived ones in the mapping; the rest read by id."""

    def __init__(self, driver: neo4j.Driver, database: str, capacity: int | None = None):
        super().__init__()
        self.driver, self.database = driver, database
        self.capacity = CAPACITY if capacity is None else capacity
        self._pinned: dict[str, int] = {}  # id -> documents that changed it, not yet committed
        self._kept: set[str] = set()  # derived from facts: not readable by id, never dropped
        self.reads = 0  # instruments read back by id (for the benchmark)

    # -- the mapping: every known id, details read on demand ----------------------------------
    def __contains__(self, key: object) -> bool:
        return key in self._rank

    def __len__(self) -> int:
        return len(self._rank)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rank)

    def keys(self):  # type: ignore[override]
        return self._rank.keys()

    def __getitem__(self, key: str) -> KnownInstrument:
        try:
            inst = dict.pop(self, key)
        except KeyError:
            if key not in self._rank:
                raise
            self.need([key])
            return dict.__getitem__(self, key)
        dict.__setitem__(self, key, inst)  # most recently used last
        return inst

    def get(self, key: str, default=None):  # type: ignore[override]
        return self[key] if key in self._rank else default

    def values(self):  # type: ignore[override]
        """Every known instrument, read back in chunks (for tests and tools: a run never asks)."""
        ids = list(self._rank)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self.need(chunk)
            yield from (dict.__getitem__(self, k) for k in chunk)

    def items(self):  # type: ignore[override]
        return ((inst.id, inst) for inst in self.values())

    # -- details: bounded ------------------------------------------------------------------
    def need(self, ids: list[str]) -> None:
        missing = [k for k in ids if not dict.__contains__(self, k) and k in self._rank]
        if missing:
            self.reads += len(missing)
            for r in loader_reads.known_instruments_by_id(self.driver, self.database, missing):
                dict.__setitem__(self, r["id"], instrument(r, r["rank"]))
        self._trim(keep=set(ids))

    def add_instrument(self, inst: KnownInstrument) -> KnownInstrument:
        known = super().add_instrument(inst)
        self._trim(keep={inst.id})
        return known

    def pin(self, instrument_id: str) -> None:
        self._pinned[instrument_id] = self._pinned.get(instrument_id, 0) + 1

    def settle(self, instrument_id: str) -> None:
        left = self._pinned.get(instrument_id, 0) - 1
        if left > 0:
            self._pinned[instrument_id] = left
        else:
            self._pinned.pop(instrument_id, None)

    def _trim(self, keep: set[str]) -> None:
        """Drop the least recently used details past ``capacity`` (never pinned, derived or
        ``keep`` ones: those being compared right now)."""
        excess = dict.__len__(self) - self.capacity
        if excess <= 0:
            return
        drop = []
        for k in dict.keys(self):
            if k not in self._pinned and k not in self._kept and k not in keep:
                drop.append(k)
                if len(drop) == excess:
                    break
        for k in drop:
            dict.__delitem__(self, k)

    def load(self) -> "StoredInstruments":
        """Index every instrument the graph knows, as the server streams them."""
        for r in loader_reads.iter_known_instruments(self.driver, self.database):
            derived = r["rank"] is None
            inst = self.add_instrument(instrument(r, self.next_rank if derived else r["rank"]))
            if derived:
                self._kept.add(inst.id)
            for ed in inst.editions:
                self.index_edition(inst, ed)
        return self


def instrument(r: dict, rank: int) -> KnownInstrument:
    """A stored instrument (:func:`graph.loader_reads.known_instruments`) as placement knows it."""
    return KnownInstrument(id=r["id"], title=r["title"], kind=r["kind"], titles=r["titles"],
                           commitment_count=r["commitment_count"],
                           editions=[KnownEdition(**e) for e in r["editions"]],
                           references=r["references"], rank=rank)
