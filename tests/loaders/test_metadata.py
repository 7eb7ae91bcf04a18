"""Metadata files: strict models, precise errors, sidecar > manifest > project precedence."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from loaders.metadata import (
    MetadataError,
    find_metadata,
    load_document_metadata,
    load_instrument_manifests,
    parse_date,
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "value, expected",
    [
        (dt.date(2024, 11, 24), (dt.date(2024, 11, 24), "day")),
        ("2024-11-24", (dt.date(2024, 11, 24), "day")),
        ("2018-05", (dt.date(2018, 5, 1), "month")),
        (2018, (dt.date(2018, 1, 1), "year")),
        ("2018", (dt.date(2018, 1, 1), "year")),
        (None, (None, None)),
    ],
)
def test_dates_keep_their_precision(value, expected):
    assert parse_date(value) == expected


def test_unknown_field_is_an_error_naming_file_and_field(tmp_path):
    path = _write(tmp_path / "doc.meta.yaml", "title: A title\ntitel: typo\n")
    with pytest.raises(MetadataError) as err:
        load_document_metadata(path)
    assert err.value.source == str(path) and "field 'titel'" in err.value.reason


def test_wrong_type_is_an_error_naming_the_field(tmp_path):
    path = _write(tmp_path / "doc.meta.yaml", "instrument: {id: x, edition: first}\n")
    with pytest.raises(MetadataError, match=r"field 'instrument.edition'"):
        load_document_metadata(path)


@pytest.mark.parametrize(
    "line, field", [("date: 24/11/2024", "date"), ("signatories: [XX, pl]", "signatories"), ("languages: [english]", "languages")]
)
def test_invalid_values_are_rejected(tmp_path, line, field):
    with pytest.raises(MetadataError, match=f"field '{field}'"):
        load_document_metadata(_write(tmp_path / "doc.meta.yaml", line + "\n"))


def test_sidecar_beats_manifest_beats_project(tmp_path):
    doc = tmp_path / "docs" / "statement.txt"
    _write(doc, "We commit to things.")
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    _write(tmp_path / "docs" / "statement.meta.yaml", "title: From sidecar\n")
    _write(tmp_path / "docs" / "manifest.yaml", "documents:\n  - {file: statement.txt, title: From manifest, kind: news}\n")
    _write(tmp_path / "meta" / "documents" / "s.yaml", f"sha256: {sha}\ntitle: From project\ndate: 2018\n")
    found = find_metadata(doc, sha, tmp_path / "meta")
    assert [f.place for f in found] == ["sidecar", "manifest", "project"]
    assert [f.metadata.title for f in found] == ["From sidecar", "From manifest", "From project"]


def test_project_metadata_without_sha256_is_an_error(tmp_path):
    _write(tmp_path / "meta" / "documents" / "bad.yaml", "title: No hash\n")
    with pytest.raises(MetadataError, match="sha256"):
        find_metadata(tmp_path / "x.txt", "0" * 64, tmp_path / "meta")


def test_instrument_manifests_are_loaded_and_validated(tmp_path):
    _write(
        tmp_path / "instruments" / "a.yaml",
        "id: a\ntitle: A\nkind: joint_statement\neditions:\n  - {number: 1, date: 2023-03-30, signatories: [SE], source: here}\n",
    )
    (manifest,) = load_instrument_manifests(tmp_path)
    assert manifest.editions[0].date == dt.date(2023, 3, 30)
    _write(tmp_path / "instruments" / "b.yaml", "id: b\ntitle: B\nkind: treaty\n")
    with pytest.raises(MetadataError, match=r"b.yaml.*field 'kind'"):
        load_instrument_manifests(tmp_path)


def test_project_spyware_manifest_lists_three_cumulative_editions(metadata_dir):
    (manifest,) = [m for m in load_instrument_manifests(metadata_dir) if m.id == "spyware-joint-statement"]
    counts = [len(e.signatories) for e in manifest.editions]
    assert [e.number for e in manifest.editions] == [1, 2, 3] and counts == [11, 17, 21]
    first, second, third = (set(e.signatories) for e in manifest.editions)
    assert first < second < third
    assert third - second == {"AT", "EE", "LT", "NL"}
    assert all(e.source == "shared/corpus/CATALOG.md" for e in manifest.editions)


# --- exclusion: a file that is not a document ------------------------------------------


def _excluded(path: Path, metadata_dir: Path):
    from core.model import DocumentExcluded
    from loaders.pipeline import extract_path

    with pytest.raises(DocumentExcluded) as err:
        extract_path(path, metadata_dir=metadata_dir)
    return err.value


def test_a_sidecar_excludes_a_file_with_its_reason(tmp_path):
    doc = _write(tmp_path / "README.md", "# About\n\nThis folder holds statements on rivers.\n")
    sidecar = _write(tmp_path / "README.md.meta.yaml", "exclude: true\nreason: describes the folder\n")
    exc = _excluded(doc, tmp_path / "none")
    assert (exc.source, exc.reason, exc.metadata_file) == (str(doc), "describes the folder", str(sidecar))
    assert str(exc) == f"{doc}: excluded by {sidecar}: describes the folder"


def test_a_folder_manifest_excludes_a_file(tmp_path):
    doc = _write(tmp_path / "index.txt", "List of the files in this folder and what they are.\n")
    _write(tmp_path / "manifest.yaml", "documents:\n  - {file: index.txt, exclude: true, reason: an index}\n")
    assert _excluded(doc, tmp_path / "none").reason == "an index"


def test_project_metadata_excludes_a_file_by_its_hash_wherever_it_lies(tmp_path):
    doc = _write(tmp_path / "corpus" / "anything.md", "# Catalogue\n\nWhat each file of the corpus is.\n")
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    _write(tmp_path / "meta" / "documents" / "c.yaml", f"sha256: {sha}\nexclude: true\nreason: a catalogue\n")
    assert _excluded(doc, tmp_path / "meta").reason == "a catalogue"
    from core.model import DocumentExcluded
    from loaders.pipeline import extract_bytes

    with pytest.raises(DocumentExcluded):  # an upload of the same bytes too
        extract_bytes(doc.read_bytes(), source="upload.md", metadata_dir=tmp_path / "meta")


def test_a_sidecar_saying_exclude_false_takes_back_a_project_exclusion(tmp_path):
    from loaders.pipeline import extract_path

    doc = _write(tmp_path / "corpus" / "notes.txt", "Joint notes on rivers. We commit to sharing data every month.\n")
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    _write(tmp_path / "meta" / "documents" / "c.yaml", f"sha256: {sha}\nexclude: true\nreason: looked like notes\n")
    _write(tmp_path / "corpus" / "notes.txt.meta.yaml", "exclude: false\nreason: it is a statement after all\n")
    assert extract_path(doc, metadata_dir=tmp_path / "meta").sha256 == sha


@pytest.mark.parametrize(
    "text, message",
    [("exclude: true\n", "needs a reason"), ("exclude: true\nreason: '  '\n", "needs a reason"),
     ("reason: not a document\n", "set exclude"), ("exclude: maybe\n", "field 'exclude'")],
)
def test_an_exclusion_without_a_reason_or_a_reason_without_exclusion_is_an_error(tmp_path, text, message):
    with pytest.raises(MetadataError, match=message):
        load_document_metadata(_write(tmp_path / "doc.meta.yaml", text))


def test_the_corpus_catalogue_is_excluded_by_project_metadata(corpus_dir, metadata_dir):
    exc = _excluded(corpus_dir / "CATALOG.md", metadata_dir)
    assert exc.reason == "describes the starting corpus; not a document"
    assert Path(exc.metadata_file).name == "catalog.yaml"


@pytest.mark.parametrize("text, field", [
    ("date: 2024-99-99\n", "date"),  # a month that does not exist, written as a YAML timestamp
    ("date: 2024-02-30\n", "date"),  # a day that does not exist
    ("instrument: {id: x, edition_date: 2023-13-01}\n", "instrument.edition_date"),
    ("title: [a, list]\n", "title"),
    ("publisher: {a: mapping}\n", "publisher"),
])
def test_an_impossible_value_is_a_metadata_error_naming_the_field(tmp_path, text, field):
    path = _write(tmp_path / "doc.meta.yaml", text)
    with pytest.raises(MetadataError) as err:
        load_document_metadata(path)
    assert err.value.source == str(path) and f"field '{field}'" in err.value.reason


def test_a_real_timestamp_is_still_a_date(tmp_path):
    meta = load_document_metadata(_write(tmp_path / "doc.meta.yaml", "date: 2024-02-29\n"))
    assert meta.parsed_date() == (dt.date(2024, 2, 29), "day")


def test_a_latin1_file_is_a_metadata_error_naming_the_encoding(tmp_path):
    path = tmp_path / "doc.meta.yaml"
    path.write_bytes("title: Déclaration commune\n".encode("latin-1"))
    with pytest.raises(MetadataError) as err:
        load_document_metadata(path)
    assert err.value.source == str(path) and "UTF-8" in err.value.reason and "line 1" in err.value.reason


@pytest.mark.parametrize("text", ["title: [unclosed\n", "a: b: c\n", "key: !!python/object:os.system x\n", "\t- tab\n"])
def test_malformed_yaml_is_a_metadata_error(tmp_path, text):
    path = _write(tmp_path / "doc.meta.yaml", text)
    with pytest.raises(MetadataError, match="invalid YAML"):
        load_document_metadata(path)


@pytest.mark.parametrize("text, words", [
    ("date: 2024-99-99\n", "field 'date'"), ("title: [a, list]\n", "field 'title'"), ("title: [unclosed\n", "invalid YAML"),
])
def test_extraction_rejects_only_the_document_with_a_bad_sidecar(tmp_path, text, words):
    from core.model import ExtractionError
    from loaders.pipeline import extract_path

    doc = _write(tmp_path / "statement.txt", "Joint statement on sidecars\n\nWe commit to checking our metadata.\n")
    sidecar = _write(tmp_path / "statement.txt.meta.yaml", text)
    with pytest.raises(ExtractionError) as err:
        extract_path(doc)
    assert err.value.source == str(doc) and str(sidecar) in err.value.reason and words in err.value.reason
