"""The project's errors cross process boundaries intact (an extraction worker returns them)."""

from __future__ import annotations

import pickle

from core.errors import DocumentExcluded, ExtractionError


def test_an_extraction_error_survives_pickling_with_its_fields():
    err = pickle.loads(pickle.dumps(ExtractionError("notes/a.txt", "not UTF-8 text")))
    assert type(err) is ExtractionError
    assert (err.source, err.reason, str(err)) == ("notes/a.txt", "not UTF-8 text", "notes/a.txt: not UTF-8 text")


def test_an_excluded_document_survives_pickling_with_its_fields():
    original = DocumentExcluded("notes/index.md", "a list of the folder's files", "notes/index.md.meta.yaml")
    err = pickle.loads(pickle.dumps(original))
    assert type(err) is DocumentExcluded
    assert (err.source, err.reason, err.metadata_file) == (original.source, original.reason, original.metadata_file)
    assert str(err) == str(original)
