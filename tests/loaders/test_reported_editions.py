"""A statement a document only reports is matched to the known edition it speaks of,
never used to place the document."""

from __future__ import annotations

import datetime as dt

from graph.rows import document_rows
from loaders.identity import place, reported_editions
from loaders.known_instruments import KnownEdition, KnownInstrument
from core.model import ActorRef, Author, Evidence, ExtractedDocument, ReportedDocument

EV = Evidence(quote="x", start=0, end=1, confidence=0.8, extractor="signatories.reported")
FIRST = frozenset({"EE", "GH", "PE"})
SECOND = FIRST | {"CL", "KE"}


def _known(extra: bool = False) -> dict[str, KnownInstrument]:
    known = {"lanes": KnownInstrument(id="lanes", title="Sea lanes", kind="joint_statement", editions=[
        KnownEdition(id="lanes#1", number=1, date=dt.date(2024, 1, 1), signatories=FIRST),
        KnownEdition(id="lanes#2", number=2, date=dt.date(2025, 1, 1), signatories=SECOND)])}
    if extra:
        known["cables"] = KnownInstrument(id="cables", title="Cables", kind="joint_statement", editions=[
            KnownEdition(id="cables#1", number=1, date=None, signatories=SECOND | {"FR"})])
    return known


def _news(codes: list[str]) -> ExtractedDocument:
    authors = [Author(actor=ActorRef(kind="state", key=c, name=c, iso2=c), evidence=EV) for c in codes]
    rd = ReportedDocument(key="reported-statement:abc", kind="joint_statement", title="t", authors=authors, evidence=EV)
    return ExtractedDocument(source="news.txt", sha256="0" * 64, text="x", languages=["en"], kind="news", reported_documents=[rd])


def test_the_edition_with_exactly_those_signatories() -> None:
    assert reported_editions(_news(["EE", "GH", "PE"]), _known()) == {"reported-statement:abc": "lanes#1"}


def test_joiners_name_the_first_edition_that_holds_them() -> None:
    assert reported_editions(_news(["CL", "KE"]), _known()) == {"reported-statement:abc": "lanes#2"}


def test_two_statements_that_could_be_meant_give_nothing() -> None:
    assert reported_editions(_news(["CL", "KE"]), _known(extra=True)) == {}


def test_a_report_never_places_its_document() -> None:
    assert place(_news(["EE", "GH", "PE"]), _known()) is None


def test_rows_report_the_edition_with_the_states_named() -> None:
    doc = _news(["EE", "GH", "PE"])
    rows = document_rows(doc, "/x/news.txt", None, reported_editions(doc, _known()))
    (rep,) = [f for f in rows.facts if f["type"] == "REPORTS"]
    assert rep["to"] == "edition:lanes#1" and rep["props"]["states"] == ["EE", "GH", "PE"]
    assert not [f for f in rows.facts if f["type"] == "AUTHORED"]
    assert not [n for n in rows.nodes if n["label"] == "Instrument"]


def test_without_a_known_edition_the_report_keeps_its_own_instrument() -> None:
    rows = document_rows(_news(["EE", "GH", "PE"]), "/x/news.txt", None, {})
    (rep,) = [f for f in rows.facts if f["type"] == "REPORTS"]
    assert rep["to"] == "instrument:reported-statement:abc"
    assert {f["from"] for f in rows.facts if f["type"] == "AUTHORED"} == {"state:EE", "state:GH", "state:PE"}
