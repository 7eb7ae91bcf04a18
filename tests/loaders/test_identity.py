"""Placement of documents in instruments and editions: metadata first, then scored inference."""

from __future__ import annotations

import datetime as dt

from loaders.identity import KnownEdition, KnownInstrument, place, remember
from loaders.model import Commitment, Evidence, ExtractedDocument, InstrumentInfo, Signatory

EV = Evidence(quote="x", start=0, end=1, lang="en", confidence=0.9, extractor="test")


def doc(states, *, title="Joint Statement on Clean Rivers", commitments=3, lang="en", sha="a" * 64, kind="joint_statement", instrument=None):
    return ExtractedDocument(
        source="x.txt", sha256=sha, title=title, kind=kind, languages=[lang], text="x",
        signatories=[Signatory(iso2=s, name=s, surface=s, block=0, evidence=EV) for s in states],
        commitments=[Commitment(ordinal=i + 1, text="t", lang=lang, evidence=EV) for i in range(commitments)],
        instrument=instrument,
    )


def known_rivers(states=("FR", "DE", "IT")):
    return {"rivers": KnownInstrument(
        id="rivers", title="Joint Statement on Clean Rivers", kind="joint_statement",
        titles={"en": "Joint Statement on Clean Rivers"}, commitment_count=3,
        editions=[KnownEdition(id="rivers#1", number=1, date=dt.date(2023, 1, 1), signatories=frozenset(states))],
    )}


def test_metadata_names_the_instrument_and_edition():
    p = place(doc(["FR"], instrument=InstrumentInfo(id="rivers", edition=4, edition_date=dt.date(2025, 1, 1))), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method, p.confidence) == ("rivers", 4, "metadata", 1.0)


def test_a_translation_with_the_same_signatories_is_the_same_edition():
    p = place(doc(["FR", "DE", "IT"], title="Déclaration commune sur les rivières propres", lang="fr"), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method) == ("rivers", 1, "inferred")
    assert "same edition" in p.detail


def test_a_restatement_with_more_signatories_is_the_next_edition():
    p = place(doc(["FR", "DE", "IT", "AT", "NL"]), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method) == ("rivers", 2, "inferred")
    assert 0.75 <= p.confidence <= 1.0


def test_same_governments_but_another_text_is_a_new_instrument():
    p = place(doc(["FR", "DE", "IT"], title="Joint Statement on Safe Bridges", commitments=7), known_rivers())
    assert p.method == "new" and p.instrument_id != "rivers"
    assert "best was rivers#1" in p.detail


def test_a_document_without_signatories_is_placed_nowhere():
    assert place(doc([], kind="news"), known_rivers()) is None


def test_remember_makes_the_next_translation_join_the_new_edition():
    known = known_rivers()
    first = doc(["FR", "DE", "IT", "AT"])
    p = place(first, known)
    remember(known, first, p)
    again = place(doc(["FR", "DE", "IT", "AT"], title="Gemeinsame Erklärung über saubere Flüsse", lang="de", sha="b" * 64), known)
    assert (again.instrument_id, again.edition_number) == ("rivers", p.edition_number)
