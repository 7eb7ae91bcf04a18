"""extract_path: every format end to end, metadata precedence, path iteration that never crashes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from core.model import ExtractionError, Facts
from loaders.pipeline import extract_path, first_heading, iter_document_paths


@pytest.fixture(autouse=True)
def no_rules(monkeypatch):
    """The pipeline is tested on its own; the rules have their own tests (and the corpus tests run both)."""
    monkeypatch.setattr("loaders.pipeline.run_rules", lambda text, blocks: Facts())


def test_each_format_is_extracted_to_normalised_text(tmp_path, docx_bytes, pdf_bytes, chrome_page, statement_en):
    files = {
        "a.txt": statement_en.encode("utf-16"),
        "b.docx": docx_bytes([statement_en]),
        "c.pdf": pdf_bytes([statement_en]),
        "d.html": chrome_page.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    formats = {}
    for name in files:
        doc = extract_path(tmp_path / name)
        assert "governments of Austria, Belgium and Chile" in doc.text, name
        assert doc.languages == ["en"], name
        assert doc.sha256 == hashlib.sha256(files[name]).hexdigest()
        formats[name] = doc.format
    assert formats == {"a.txt": "text", "b.docx": "docx", "c.pdf": "pdf", "d.html": "html"}


def test_format_comes_from_content_not_extension(tmp_path, docx_bytes):
    misnamed = tmp_path / "really-a-docx.txt"
    misnamed.write_bytes(docx_bytes(["A paragraph written in a word processor, saved under a wrong name."]))
    assert extract_path(misnamed).format == "docx"


def test_html_title_and_date_come_from_the_page(tmp_path, chrome_page):
    path = tmp_path / "page.html"
    path.write_text(chrome_page, encoding="utf-8")
    doc = extract_path(path)
    assert doc.title == "Joint statement on commercial spyware"
    assert (doc.date, doc.date_precision) == (dt.date(2024, 3, 18), "day")
    assert {s.field: s.origin for s in doc.field_sources}["title"] == "text"


def test_dateline_at_the_top_of_a_text_file_gives_the_date(tmp_path, statement_en):
    path = tmp_path / "news.txt"
    path.write_text(f"Monday, March 18, 2024\n\nSpyware statement\n\n{statement_en}\n", encoding="utf-8")
    doc = extract_path(path)
    assert (doc.date, doc.date_precision) == (dt.date(2024, 3, 18), "day")
    assert doc.title == "Monday, March 18, 2024"  # first heading line: metadata is how to do better


def test_metadata_wins_and_field_sources_say_so(tmp_path, chrome_page):
    path = tmp_path / "page.html"
    path.write_text(chrome_page, encoding="utf-8")
    (tmp_path / "page.meta.yaml").write_text(
        "title: Curated title\ndate: 2018\nkind: position_paper\nsignatories: [AT, BE]\n"
        "instrument: {id: spyware-joint-statement, edition: 2}\n"
        "references:\n  - {id: 'celex:32021R0821', kind: regulation, label: Regulation (EU) 2021/821, celex: 32021R0821}\n",
        encoding="utf-8",
    )
    doc = extract_path(path)
    assert (doc.title, doc.date, doc.date_precision, doc.kind) == ("Curated title", dt.date(2018, 1, 1), "year", "position_paper")
    assert doc.instrument.id == "spyware-joint-statement" and doc.instrument.origin == "metadata"
    sources = {s.field: s for s in doc.field_sources}
    assert sources["title"].origin == "metadata" and "page.meta.yaml" in sources["title"].detail
    assert [s.iso2 for s in doc.signatories if s.evidence.origin == "metadata"] == ["AT", "BE"]
    evidence = doc.references[0].evidence
    assert (evidence.origin, evidence.start, evidence.end, evidence.confidence) == ("metadata", None, None, 1.0)
    assert evidence.quote.startswith("page.meta.yaml")


def test_broken_metadata_fails_the_document_naming_both_files(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("A short document with one sentence in it.", encoding="utf-8")
    (tmp_path / "doc.meta.yaml").write_text("kind: manifesto\n", encoding="utf-8")
    with pytest.raises(ExtractionError) as err:
        extract_path(path)
    assert err.value.source == str(path) and "doc.meta.yaml" in err.value.reason and "'kind'" in err.value.reason


def test_first_heading_skips_nothing_but_refuses_list_items():
    assert first_heading("Joint statement\n\nBody.") == "Joint statement"
    assert first_heading("• an item first") is None


def test_iteration_is_recursive_sorted_and_skips_metadata_and_hidden(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.html", "a.meta.yaml", "manifest.yaml", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_document_paths([tmp_path])] == ["a.txt", "b.txt", "sub/c.html"]


def test_symlink_loop_and_missing_files_become_errors_not_crashes(tmp_path):
    (tmp_path / "ok.txt").write_text("A fine document with a sentence.")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    paths = list(iter_document_paths([tmp_path, tmp_path / "missing.txt"]))
    assert [p.name for p in paths] == ["loop", "ok.txt", "self", "missing.txt"]
    reasons = {}
    for path in paths:
        try:
            extract_path(path)
        except ExtractionError as exc:
            reasons[path.name] = exc.reason
    assert set(reasons) == {"loop", "self", "missing.txt"}
    assert "symlink loop" in reasons["loop"] and "symlink loop" in reasons["self"] and reasons["missing.txt"] == "no such file"


def test_text_evidence_that_misquotes_the_text_is_dropped_with_a_warning(tmp_path, monkeypatch, statement_en):
    from core.model import Evidence, Mention

    def rules(text, blocks):
        good = Evidence(quote="Austria", start=text.index("Austria"), end=text.index("Austria") + 7, confidence=0.9, extractor="t")
        bad = Evidence(quote="Belgium", start=0, end=7, confidence=0.9, extractor="t")
        return Facts(mentions=[Mention(kind="state", key="AT", name="Austria", evidence=good), Mention(kind="state", key="BE", name="Belgium", evidence=bad)])

    monkeypatch.setattr("loaders.pipeline.run_rules", rules)
    path = tmp_path / "s.txt"
    path.write_text(statement_en, encoding="utf-8")
    doc = extract_path(path)
    assert [m.key for m in doc.mentions] == ["AT"]
    assert [w.code for w in doc.warnings] == ["bad_offsets"]


def test_uploaded_bytes_find_project_metadata_by_sha256(tmp_path, statement_en):
    from loaders.pipeline import extract_bytes

    data = statement_en.encode()
    folder = tmp_path / "meta" / "documents"
    folder.mkdir(parents=True)
    (folder / "x.yaml").write_text(f"sha256: {hashlib.sha256(data).hexdigest()}\ntitle: Known upload\n", encoding="utf-8")
    doc = extract_bytes(data, source="upload.txt", metadata_dir=tmp_path / "meta")
    assert doc.title == "Known upload"


def test_a_crashing_rule_fails_only_that_document_with_a_clear_error(tmp_path, monkeypatch, statement_en):
    def broken(text, blocks):
        raise TypeError("can only concatenate tuple")

    monkeypatch.setattr("loaders.pipeline.run_rules", broken)
    path = tmp_path / "s.txt"
    path.write_text(statement_en, encoding="utf-8")
    with pytest.raises(ExtractionError) as err:
        extract_path(path)
    assert err.value.source == str(path) and "internal error in the rules: TypeError" in err.value.reason


def test_a_parser_crash_becomes_an_extraction_error(monkeypatch):
    from loaders import readers

    def explode(fmt, data, source):
        raise RecursionError("deeply nested markup")

    monkeypatch.setattr(readers, "_read", explode)
    with pytest.raises(ExtractionError, match="text reader failed: RecursionError"):
        readers.read_bytes(b"plain words", "x.txt")
