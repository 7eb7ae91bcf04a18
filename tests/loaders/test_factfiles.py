"""Facts files without a server: the schema follows the model, a round trip keeps every
fact and its evidence, bad files are errors naming them, extraction into files."""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from core.errors import ExtractionError
from core.model import (
    ActorRef,
    Author,
    Commitment,
    Evidence,
    ExtractedDocument,
    InstrumentInfo,
    InstrumentManifest,
    LanguageBlock,
    Mention,
    Reference,
    Signatory,
    Stance,
    Target,
    Warning_,
)
from loaders.factextract import FileJob, extract_record, extract_to_files
from loaders.factfiles import FactRecord, arrow_type, facts_schema, read_facts, read_part, write_part
from loaders.pipeline import extract_path

TEXT = ("Joint Statement on Quiet Harbours\n\nWe, the governments of Norway and Chile, agree to share "
        "harbour noise data.\n\nThe Ministry of Ports of Latvia opposes Regulation (EU) 2099/1 on loud horns.")


def _ev(quote: str, extractor: str, lang: str = "en") -> Evidence:
    start = TEXT.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote), lang=lang, confidence=0.9, extractor=extractor)


def _document() -> ExtractedDocument:
    return ExtractedDocument(
        source="docs/harbours.txt", sha256="ab" * 32, title="Joint Statement on Quiet Harbours",
        date=dt.date(2031, 5, 4), date_precision="day", kind="joint_statement", format="text", encoding="utf-8",
        languages=["en"], blocks=[LanguageBlock(lang="en", start=0, end=len(TEXT), confidence=0.97)], text=TEXT,
        instrument=InstrumentInfo(id="quiet-harbours", title="Quiet Harbours", edition=2, edition_date=dt.date(2031, 5, 4),
                                  origin="metadata", confidence=1.0),
        signatories=[Signatory(iso2="NO", name="Norway", surface="Norway", block=0, evidence=_ev("Norway", "signatories.we")),
                     Signatory(kind="organization", key="harbour-union", name="Harbour Union", surface="Harbour Union",
                               block=0, org_kind="ngo", evidence=_ev("Chile", "signatories.we"))],
        authors=[Author(actor=ActorRef(kind="state", key="CL", name="Chile", iso2="CL"), evidence=_ev("Chile", "authors.x"))],
        commitments=[Commitment(ordinal=1, text="share harbour noise data", lang="en",
                                evidence=_ev("share harbour noise data", "commitments.list"))],
        references=[Reference(id="celex:32099R0001", kind="regulation", label="Regulation (EU) 2099/1",
                              celex="32099R0001", number="2099/1", surface="Regulation (EU) 2099/1",
                              evidence=_ev("Regulation (EU) 2099/1", "references.eu"))],
        stances=[Stance(actor=ActorRef(kind="organization", key="ministry-of-ports-latvia", name="Ministry of Ports",
                                       org_kind="government"), stance="oppose",
                        target=Target(kind="legal_act", ref="celex:32099R0001", label="Regulation (EU) 2099/1"),
                        as_of=dt.date(2030, 1, 1), as_of_precision="year", evidence=_ev("opposes", "stances.verb"))],
        mentions=[Mention(kind="state", key="LV", name="Latvia", iso2="LV", evidence=_ev("Latvia", "mentions.state"))],
        warnings=[Warning_(code="unresolved_name", message="'Harbour Union' has no curated entry", start=3, end=9)],
    )


def _record(doc: ExtractedDocument | None = None, **kw) -> FactRecord:
    base = dict(key="/abs/docs/harbours.txt", path="docs/harbours.txt", source="docs/harbours.txt", sha256="ab" * 32,
                extractor_version="0.3.0", status="extracted", document=doc)
    return FactRecord(**{**base, **kw})


def test_the_document_column_has_every_field_of_the_model_nested_as_the_model_nests_it():
    document = facts_schema().field("document").type
    assert [f.name for f in document] == list(ExtractedDocument.model_fields)
    signatory = document.field("signatories").type.value_type
    assert signatory.field("evidence").type.field("start").type == pa.int64()
    assert document.field("date").type == pa.date32() and document.field("date").nullable
    assert not document.field("text").nullable


def test_a_dict_field_becomes_a_map_and_a_union_of_two_types_is_refused():
    assert arrow_type(InstrumentManifest.model_fields["titles"].annotation)[0] == pa.map_(pa.string(), pa.string())
    with pytest.raises(TypeError):
        arrow_type(typing.Union[int, str])


def test_a_round_trip_keeps_every_fact_with_its_evidence(tmp_path: Path):
    records = [_record(_document()), _record(None, key="/abs/x.md", path="x.md", source="x.md", status="excluded",
                                             reason="a catalogue", metadata_file="metadata/x.yaml"),
               _record(None, key="/abs/y.pdf", path="y.pdf", source="y.pdf", sha256="", status="rejected",
                       reason="not a PDF")]
    write_part(tmp_path, 0, records)
    back = read_part(tmp_path / "part-00000.parquet")
    assert back == records
    doc = back[0].document
    assert doc.stances[0].evidence.quote == "opposes" and TEXT[doc.stances[0].evidence.start:doc.stances[0].evidence.end] == "opposes"
    assert doc.signatories[1].key == "harbour-union" and doc.signatories[1].iso2 is None


def test_parts_are_read_in_order_and_a_folder_without_parts_is_an_error_naming_it(tmp_path: Path):
    write_part(tmp_path, 1, [_record(None, key="b", status="rejected", reason="2")])
    write_part(tmp_path, 0, [_record(None, key="a", status="rejected", reason="1")])
    assert [r.key for r in read_facts(tmp_path)] == ["a", "b"]
    with pytest.raises(ExtractionError, match="no such facts folder") as exc:
        list(read_facts(tmp_path / "missing"))
    assert exc.value.source == str(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ExtractionError, match="no facts files"):
        list(read_facts(tmp_path / "empty"))


def test_a_file_that_is_no_facts_file_is_an_error_naming_it(tmp_path: Path):
    bad = tmp_path / "part-00000.parquet"
    bad.write_text("not parquet at all", encoding="utf-8")
    with pytest.raises(ExtractionError) as exc:
        read_part(bad)
    assert exc.value.source == str(bad) and "Parquet" in exc.value.reason
    pq.write_table(pa.table({"x": [1]}), bad)
    with pytest.raises(ExtractionError, match="not a facts file"):
        read_part(bad)


def test_a_missing_file_is_a_rejected_record_with_its_reason(tmp_path: Path):
    record = extract_record(FileJob(path=str(tmp_path / "gone.txt"), key="k", source="gone.txt"), None)
    assert record.status == "rejected" and record.document is None and record.reason


def test_extraction_into_files_writes_batches_in_file_order_equal_to_extracting_each_file(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {
        "a.txt": "Joint Statement on Clean Rivers\n\nWe, the governments of France, Germany and Italy, "
                 "commit to sharing water-quality data every month.",
        "b.txt": "Déclaration commune sur les ponts\n\nNous, les gouvernements de l'Espagne et du Portugal, "
                 "nous engageons à inspecter chaque pont.",
        "c.txt": "",
    }
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "facts"
    summary = extract_to_files([docs], out, metadata_dir=tmp_path / "no-metadata", batch=2)
    assert sorted(p.name for p in out.glob("part-*.parquet")) == ["part-00000.parquet", "part-00001.parquet"]
    assert summary.counts == {"extracted": 2, "rejected": 1}
    records = list(read_facts(out))
    assert [Path(r.path).name for r in records] == ["a.txt", "b.txt", "c.txt"]
    for r in records[:2]:
        assert r.document == extract_path(r.path, metadata_dir=tmp_path / "no-metadata")
        assert r.sha256 == r.document.sha256
    assert records[0].document.signatories and records[2].status == "rejected"
