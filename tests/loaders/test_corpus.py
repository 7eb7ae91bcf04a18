"""The starting corpus end to end (read in place, never copied): readers, normaliser,
language blocks, project metadata and the rules together."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.metadata import load_instrument_manifests
from loaders.pipeline import extract_path, iter_evidence

EXPECTED = {
    "000": {"languages": ["pl", "en"], "kind": "joint_statement", "date": dt.date(2024, 3, 18), "precision": "day", "edition": 2},
    "001": {"languages": ["lv"], "kind": "joint_statement", "date": dt.date(2024, 9, 22), "precision": "day", "edition": 3},
    "002": {"languages": ["en"], "kind": "ngo_statement", "date": dt.date(2018, 1, 1), "precision": "year", "edition": None},
    "003": {"languages": ["en"], "kind": "news", "date": dt.date(2024, 11, 24), "precision": "day", "edition": None},
}


@pytest.fixture(scope="module")
def extracted(corpus_file, metadata_dir):
    return {key: extract_path(corpus_file(key), metadata_dir=metadata_dir) for key in EXPECTED}


@pytest.fixture(scope="module")
def instrument_titles(metadata_dir):
    """Instrument id -> curated title (titles are metadata, not test text)."""
    return {manifest.id: manifest.title for manifest in load_instrument_manifests(metadata_dir)}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_languages_kind_and_date(extracted, key):
    doc, want = extracted[key], EXPECTED[key]
    assert doc.languages == want["languages"]
    assert (doc.kind, doc.date, doc.date_precision) == (want["kind"], want["date"], want["precision"])
    assert (doc.instrument.edition if doc.instrument else None) == want["edition"]


def test_bilingual_statement_switches_to_english_at_the_english_title(extracted, instrument_titles):
    doc = extracted["000"]
    pl, en = doc.blocks
    assert doc.text[en.start :].startswith(instrument_titles[doc.instrument.id])
    assert pl.start == 0 and en.end == len(doc.text)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_every_text_evidence_quotes_the_normalised_text(extracted, key):
    doc = extracted[key]
    assert not [w for w in doc.warnings if w.code == "bad_offsets"], "a rule produced misquoted evidence"
    for evidence in iter_evidence(doc):
        if evidence.origin == "text":
            assert doc.text[evidence.start : evidence.end] == evidence.quote
        else:
            assert evidence.start is None and evidence.end is None and evidence.confidence == 1.0


def test_titles_come_from_project_metadata(extracted, instrument_titles):
    for doc in extracted.values():
        sources = {s.field: s for s in doc.field_sources}
        assert sources["title"].origin == "metadata" and sources["date"].origin == "metadata"
    statement = extracted["000"]
    assert statement.instrument.id == "spyware-joint-statement"
    assert statement.title == instrument_titles[statement.instrument.id]


def test_guidelines_article_carries_the_curated_recommendation(extracted):
    refs = {r.id: r for r in extracted["003"].references}
    reco = refs["celex:32024H2659"]
    assert (reco.celex, reco.eli, reco.date) == ("32024H2659", "http://data.europa.eu/eli/reco/2024/2659/oj", dt.date(2024, 10, 11))
    assert reco.evidence.origin == "metadata"


def test_press_release_authors_are_the_four_ngos(extracted):
    keys = {a.actor.key for a in extracted["002"].authors}
    assert {"access-now", "amnesty-international", "privacy-international", "reporters-without-borders"} <= keys


def test_word_processor_bookmark_is_gone_and_reported(extracted):
    doc = extracted["001"]
    assert "[bookmark" not in doc.text
    assert any(w.code == "dropped_artefact" for w in doc.warnings)


def test_wrapped_polish_signatory_sentence_is_one_line(extracted):
    lines = extracted["000"].text.split("\n")
    assert any(line.startswith("My, rządy Australii") and line.endswith("technologii.") for line in lines)
