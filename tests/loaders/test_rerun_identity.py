"""A rerun decides placements from the graph exactly as an uninterrupted run does from memory."""

from __future__ import annotations

from loaders.run import _known_instruments, load_paths
from tests.loaders.test_run import STATEMENT_A


def test_known_instruments_read_back_what_the_run_remembered(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(
        STATEMENT_A.replace("rivers cross borders.", "rivers cross borders under Regulation (EU) 2021/821."), encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    known = _known_instruments(clean_graph, neo4j_settings.database)
    rivers = next(k for k in known.values() if k.title.endswith("Clean Rivers"))
    assert "celex:32021R0821" in rivers.references
    assert rivers.titles == {"en": "Joint Declaration on Clean Rivers"}
    assert rivers.commitment_count == 3
    assert [sorted(e.signatories) for e in rivers.editions] == [["DE", "FR", "IT"]]
