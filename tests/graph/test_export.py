"""graph/export.py's rendering, without a server: the files a graph's shape gives, and a fact's evidence in columns."""

from __future__ import annotations

import csv
import io
import json

from neo4j.time import Date

from graph.export import EVIDENCE_COLUMNS, csv_line, fact_rows, jsonl_line, plan


def test_plan_gives_a_file_per_label_and_per_fact_or_link_type():
    files = plan([{"label": "State", "nodes": 2, "keys": ["name", "uid", "iso2"]}],
                 [{"type": "SIGNED", "facts": 5, "links": 0, "keys": ["fact_id", "added_by_run"]},
                  {"type": "EDITION_OF", "facts": 0, "links": 3, "keys": [None]}])
    assert [f.path for f in files] == ["nodes/State.csv", "facts/SIGNED.csv", "links/EDITION_OF.csv"]
    assert files[0].columns == ["key", "labels", "iso2", "name"]  # uid is the key; known keys first
    assert files[1].columns[:6] == ["fact_id", "type", "from_key", "from_label", "to_key", "to_label"]
    assert files[1].columns[-len(EVIDENCE_COLUMNS):] == EVIDENCE_COLUMNS and "added_by_run" in files[1].columns


def test_a_fact_is_one_line_per_piece_of_evidence():
    record = {"fact_id": "f-1", "type": "SIGNED", "from_key": "state:SE", "from_label": "State", "to_key": "edition:x#2",
              "to_label": "Edition", "properties": {"fact_id": "f-1"},
              "evidence": [{"id": "e-1", "document_id": "doc-a", "quote": "Sweden", "start": 3},
                           {"id": "e-2", "document_id": "doc-b", "quote": "Suède", "start": 9}]}
    rows = list(fact_rows(record))
    assert [(r["fact_id"], r["evidence_document_id"], r["evidence_quote"]) for r in rows] == [
        ("f-1", "doc-a", "Sweden"), ("f-1", "doc-b", "Suède")]
    assert list(fact_rows({**record, "evidence": []}))[0]["evidence_quote"] is None


def test_lines_carry_dates_as_iso_text_and_lists_as_json():
    columns = ["key", "labels", "date"]
    text = (csv_line(columns) + csv_line(columns, {"key": "doc:1", "labels": ["Document"], "date": Date(2018, 1, 1)})).decode()
    assert list(csv.DictReader(io.StringIO(text))) == [{"key": "doc:1", "labels": '["Document"]', "date": "2018-01-01"}]
    line = json.loads(jsonl_line("nodes", {"key": "state:SE", "labels": ["State"], "properties": {"uid": "state:SE", "iso2": "SE"}}))
    assert line == {"kind": "node", "key": "state:SE", "labels": ["State"], "properties": {"iso2": "SE"}}
