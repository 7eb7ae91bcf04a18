"""The placement index: the editions it hands over, and the decisions made with it, are
those of comparing a document with every known edition."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.identity import (
    MERGE_THRESHOLD,
    _combine,
    commitment_match,
    place,
    reference_overlap,
    signatory_containment,
    title_similarity,
)
from loaders.known_instruments import KnownEdition, KnownInstrument, KnownInstruments, remember
from core.model import Commitment, Evidence, ExtractedDocument, Reference, Signatory

EV = Evidence(quote="x", start=0, end=1, lang="en", confidence=0.9, extractor="test")
STATES = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"]
TITLES = ["Joint Statement on Clean Rivers", "Joint Statement on Safe Bridges", "Declaration on Quiet Harbours"]
REFS = ["celex:32021R0821", "celex:32024H2659", "celex:32009R0428"]

state_sets = st.frozensets(st.sampled_from(STATES), min_size=1, max_size=len(STATES))


def make_doc(states, title, commitments, refs, n=0, kind="joint_statement"):
    return ExtractedDocument(
        source=f"doc{n}.txt", sha256=f"{n:064x}", title=title, kind=kind, languages=["en"], text="x",
        signatories=[Signatory(iso2=s, name=s, surface=s, block=0, evidence=EV) for s in sorted(states)],
        commitments=[Commitment(ordinal=i + 1, text="t", lang="en", evidence=EV) for i in range(commitments)],
        references=[Reference(id=r, kind="regulation", label=r, surface=r, evidence=EV) for r in refs],
    )


docs = st.builds(make_doc, state_sets, st.sampled_from(TITLES), st.integers(0, 4),
                 st.lists(st.sampled_from(REFS), max_size=2, unique=True))


def brute_force_best(doc, known):
    """Every edition scored with the readable Score functions: the rule the index must keep."""
    states = frozenset(s.iso2 for s in doc.signatories)
    best = None
    for inst in known.values():
        if inst.kind != doc.kind and doc.kind != "other":
            continue
        for ed in inst.editions:
            scores = [signatory_containment(states, ed), commitment_match(doc, inst),
                      reference_overlap(doc, inst), title_similarity(doc, inst)]
            total = _combine(scores)
            if best is None or total > best[0]:
                best = (total, inst.id, ed.number, scores[0].score)
    return best


@settings(max_examples=200, deadline=None)
@given(st.lists(state_sets, min_size=1, max_size=12), state_sets, st.floats(0.0, 1.0))
def test_the_index_hands_over_exactly_the_editions_restated_at_the_share(editions, states, share):
    known = KnownInstruments({f"i{n}": KnownInstrument(
        id=f"i{n}", title="t", kind="joint_statement",
        editions=[KnownEdition(id=f"i{n}#1", number=1, date=None, signatories=sigs)])
        for n, sigs in enumerate(editions)})
    found = [ed.id for _, ed in known.editions_restated_by(states, "joint_statement", share)]
    expected = [f"i{n}#1" for n, sigs in enumerate(editions) if len(states & sigs) / len(sigs) >= share]
    assert found == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(docs, min_size=2, max_size=25))
def test_placements_with_the_index_are_those_of_scoring_every_edition(sequence):
    """A run's worth of documents placed one after another: each merge decision is what the
    best of all editions says (threshold and containment gate), and the index stays current
    as ``remember`` adds instruments, editions and signatories."""
    known = KnownInstruments()
    for n, doc in enumerate(sequence):
        doc = doc.model_copy(update={"source": f"doc{n}.txt", "sha256": f"{n:064x}"})
        best = brute_force_best(doc, known)
        placement = place(doc, known)
        should_merge = best is not None and best[0] >= MERGE_THRESHOLD and best[3] >= 0.9
        assert (placement.method == "inferred") == should_merge, (best, placement.detail)
        if should_merge:
            assert placement.instrument_id == best[1]
            assert placement.confidence == round(best[0], 3)
        remember(known, doc, placement)
    assert len(known) >= 1


def test_an_edition_that_grows_is_found_by_its_new_signatories():
    known = KnownInstruments()
    first = make_doc({"FR", "DE"}, TITLES[0], 3, [], n=1)
    p1 = place(first, known)
    remember(known, first, p1)
    translation = make_doc({"FR", "DE", "IT"}, TITLES[0], 3, [], n=2)
    remember(known, translation, p1.model_copy(update={"edition_number": 1}))  # same edition, one more signatory
    edition = known[p1.instrument_id].editions[0]
    assert edition.signatories == frozenset({"FR", "DE", "IT"})
    assert known.editions_restated_by(frozenset({"FR", "DE", "IT"}), "joint_statement", 1.0) == [(known[p1.instrument_id], edition)]
    assert known.editions_restated_by(frozenset({"FR", "DE"}), "joint_statement", 0.9) == []


def test_instruments_of_another_kind_are_not_candidates_unless_the_document_is_other():
    known = KnownInstruments({"rivers": KnownInstrument(
        id="rivers", title="Rivers", kind="joint_statement",
        editions=[KnownEdition(id="rivers#1", number=1, date=dt.date(2023, 1, 1), signatories=frozenset({"FR"}))])})
    assert known.editions_restated_by(frozenset({"FR"}), "position_paper", 0.9) == []
    assert [ed.id for _, ed in known.editions_restated_by(frozenset({"FR"}), "other", 0.9)] == ["rivers#1"]
