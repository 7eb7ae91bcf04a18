"""Bad input to the loader: every file is either rejected by name with its reason, or loaded with exactly its own facts.

All inputs are generated here (never copied from the corpus). The run over the whole
folder must exit 1, name each bad file on stderr and in the JSON report, go on with
the rest, and leave the graph equal to a run over the good files alone.

"Unreadable" files: the tests run as root, where ``chmod 000`` stops nothing, so the
unreadable entries are a FIFO (opening it would block forever), a dangling symlink and
a symlink to itself; a directory symlink back to its parent makes the loop.
"""

from __future__ import annotations

import io
import os
import random
import re
import time
from pathlib import Path

import pytest

from loaders.run import load_paths
from tests.conftest import wipe_graph
from tests.reliability.conftest import run_loader, snapshot_diff, stable_snapshot

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

RIVERS = """Joint Declaration on Clean Rivers

We, the governments of France, Germany and Italy, recognise that rivers cross borders.

To that end we commit to:

• sharing water-quality data every month;
• funding joint monitoring stations;
• publishing an annual report.
"""
BRIDGES = """Gemeinsame Erklärung über sichere Brücken

Wir, die Regierungen von Österreich, Dänemark und Schweden, teilen ein Interesse an sicheren Brücken.

Wir verpflichten uns:

• jede Brücke jedes Jahr zu prüfen;
• technische Normen auszutauschen.
"""
INJECTION = "'}) DETACH DELETE n //"


def statement(title: str, states: str, commitments: list[str]) -> str:
    items = "\n".join(f"• {c};" for c in commitments)
    return f"{title}\n\nWe, the governments of {states}, share a common purpose.\n\nWe commit to:\n\n{items}\n"


def _pdf_without_text() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.rect(72, 72, 300, 400, fill=1)  # a "scanned" page: ink, no text layer
    page.showPage()
    page.save()
    return buf.getvalue()


def _truncated_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(RIVERS)
    buf = io.BytesIO()
    document.save(buf)
    data = buf.getvalue()
    return data[: len(data) // 2]


def _huge_text() -> bytes:
    line = b"The committee met again and noted that the weather in the region remained unsettled.\n"
    return line * (50 * 1024 * 1024 // len(line) + 1)


def build_folder(folder: Path) -> tuple[dict[str, str], list[Path]]:
    """Write the good and hostile files; return {bad file name: expected words of its reason} and the good paths."""
    good = {
        "good-rivers.txt": RIVERS.encode(),
        "good-bridges.txt": BRIDGES.encode(),
        # Hostile but valid: each must load with exactly its own facts.
        "invalid-utf8.txt": statement("Joint Declaration on Quiet Harbours", "Spain, Portugal and Greece",
                                      ["dredging shared channels", "sharing tide data • twice a year"]).encode()
                            .replace(b"share a common", b"share a \xff\xfe\xc3( common"),
        "mixed-encodings.txt": statement("Joint Declaration on Mountain Rescue", "Türkiye, Slovenia and Croatia",
                                         ["training rescue teams", "sharing avalanche warnings"]).encode()
                               + "\nSigné à Genève, le 3 mars 2024.\n".encode("latin-1"),
        "homoglyph.txt": statement("Joint Declaration on Rail Freight", "Fr\u0430nce, Belgium and Luxembourg",
                                   ["harmonising rail gauges", "sharing timetables"]).encode(),
        "zero-width.txt": statement("Joint Declaration on Clean Air", "Ger\u200bmany, Po\u200dland and Cze\u00adchia",
                                    ["measuring particulates", "closing coal plants"]).encode(),
        "injection.txt": statement(f"Joint Declaration on Lakes {INJECTION}", f"Finland, Estonia{INJECTION} and Latvia",
                                   [f"protecting lakes {INJECTION}", "MATCH (n) DETACH DELETE n"]).encode(),
        "injection.txt.meta.yaml": (f"title: \"Lakes{INJECTION}\"\npublisher: \"x\\\"}}) MATCH (n) DETACH DELETE n //\"\n"
                                    f"notes: \"{INJECTION}\"\nsource_url: \"https://example.org/?q={INJECTION}\"\n").encode(),
    }
    bad = {
        "empty.txt": (b"", "empty"),
        "whitespace-only.txt": (" \n\t\r\n \u00a0\u2003".encode() * 50, "no text"),
        "random.bin": (random.Random(8).randbytes(64 * 1024), "binary"),
        "nul-bytes.txt": (b"abc\x00\x01\x02" * 5000, "binary"),
        "big-50mb.txt": (_huge_text(), "over the loader's limit"),
        "scanned.pdf": (_pdf_without_text(), "no text layer"),
        "truncated.docx": (_truncated_docx(), "truncated"),
        "all-script.html": (b"<html><head><script>var x = 'We, the governments of France';</script></head><body>"
                            + b"<script>" + b"document.write(1);" * 200 + b"</script></body></html>", "no readable text"),
        "wrong-types.txt": (statement("Joint Declaration on Roads", "Spain and Italy", ["paving"]).encode(), "date"),
        "unknown-field.txt": (statement("Joint Declaration on Ports", "Malta and Cyprus", ["dredging"]).encode(), "colour"),
        "zz-copy-of-rivers.txt": (RIVERS.encode(), "same content as"),
    }
    for name, data in {**good, **{k: v[0] for k, v in bad.items()}}.items():
        (folder / name).write_bytes(data)
    (folder / "wrong-types.txt.meta.yaml").write_text("date: [2024, 1]\nsignatories: FR\nlanguages: 12\ninstrument: yes\n")
    (folder / "unknown-field.txt.meta.yaml").write_text("title: Ports\ncolour: red\n")
    (folder / "ghost.txt.meta.yaml").write_text("title: a sidecar whose document is not there\n")
    os.mkfifo(folder / "fifo.txt")
    os.symlink(folder / "deleted.txt", folder / "dangling.txt")
    os.symlink("self-link.txt", folder / "self-link.txt")
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")
    reasons = {name: words for name, (_, words) in bad.items()}
    reasons.update({"ghost.txt.meta.yaml": "not there", "fifo.txt": "FIFO", "dangling.txt": "dangling symlink",
                    "self-link.txt": "symlink loop", "sub/loop": "symlink loop"})
    good_paths = sorted(folder / n for n in good if not n.endswith(".meta.yaml"))  # the order a folder run takes
    return reasons, good_paths


def _signed_by(driver, path: Path) -> set[str]:
    records = driver.execute_query(
        "MATCH (d:Document {path: $p})<-[:IN_DOCUMENT]-(ev:Evidence) MATCH (s:State)-[r:SIGNED]->() "
        "WHERE r.fact_id = ev.fact_id RETURN collect(DISTINCT s.iso2) AS codes", p=str(path)).records
    return set(records[0]["codes"])


def test_bad_files_are_named_and_rejected_and_the_good_ones_load_exactly(clean_graph, neo4j_settings, tmp_path, figures):
    folder = tmp_path / "inbox"
    folder.mkdir()
    reasons, good_paths = build_folder(folder)

    # Reference: the good files alone (same absolute paths), in-process.
    reference_report = load_paths(good_paths, driver=clean_graph, database=neo4j_settings.database)
    assert reference_report.exit_code == 0, reference_report.files
    expected = stable_snapshot(clean_graph)
    wipe_graph(clean_graph, neo4j_settings.database)

    started = time.perf_counter()
    code, report, stderr = run_loader(neo4j_settings, folder, log=tmp_path / "load")
    seconds = time.perf_counter() - started
    assert code == 1, stderr
    rejected = {os.path.relpath(f["source"], folder): f["reason"] for f in report["files"] if f["action"] == "rejected"}
    assert set(rejected) == set(reasons), (sorted(rejected), sorted(reasons))
    for name, words in reasons.items():
        assert words.lower() in rejected[name].lower(), (name, rejected[name])
        assert f"rejected {folder / name}: " in stderr, f"{name} not named on one line of stderr"
    added = {os.path.relpath(f["source"], folder) for f in report["files"] if f["action"] == "added" and f["kind"] != "curated"}
    assert added == {p.name for p in good_paths}
    actual = stable_snapshot(clean_graph)
    assert actual == expected, snapshot_diff(expected, actual)

    # The hostile-but-valid files hold exactly their own facts.
    assert _signed_by(clean_graph, folder / "good-bridges.txt") == {"AT", "DK", "SE"}
    assert _signed_by(clean_graph, folder / "mixed-encodings.txt") == {"TR", "SI", "HR"}, "UTF-8 read as a code page"
    assert _signed_by(clean_graph, folder / "homoglyph.txt") <= {"FR", "BE", "LU"}, "a homoglyph made a wrong signatory"
    assert _signed_by(clean_graph, folder / "zero-width.txt") <= {"DE", "PL", "CZ"}
    texts = {r["p"]: (r["text"], r["title"], r["encoding"]) for r in clean_graph.execute_query(
        "MATCH (d:Document) WHERE d.path STARTS WITH $f RETURN d.path AS p, d.text AS text, d.title AS title, "
        "d.encoding AS encoding", f=str(folder)).records}
    damaged_text, _, damaged_encoding = texts[str(folder / "invalid-utf8.txt")]
    assert "\ufffd" in damaged_text and "•" in damaged_text and "invalid" in damaged_encoding
    assert not any(m in damaged_text for m in ("Ã", "ÔÇó", "â€¢")), "mojibake: the UTF-8 parts were read as a code page"
    assert texts[str(folder / "injection.txt")][1] == f"Lakes{INJECTION}"
    assert INJECTION in texts[str(folder / "injection.txt")][0]
    zero_width_resolved = _signed_by(clean_graph, folder / "zero-width.txt") == {"DE", "PL", "CZ"}
    figures["bad_input"] = {
        "tried": len(reasons) + 5, "rejected_with_reason": len(rejected), "hostile_but_valid_loaded_exactly": 5,
        "good_files": 2, "exit_code": code, "graph_equals_good_files_alone": True, "facts_lost": 0,
        "zero_width_names_resolved": zero_width_resolved, "seconds": round(seconds, 1),
        "inputs": sorted([*reasons, *(p.name for p in good_paths if not p.name.startswith("good-"))]),
    }


_RANK = re.compile(r"\('placement_rank', '\d+'\), ")


def _rank_order(driver) -> list[str]:
    records = driver.execute_query(
        "MATCH (i:Instrument) WHERE i.placement_rank IS NOT NULL RETURN i.id AS id ORDER BY i.placement_rank").records
    return [r["id"] for r in records]


def test_a_file_replaced_by_another_document_under_the_same_name(clean_graph, neo4j_settings, tmp_path, figures):
    folder = tmp_path / "same-name"
    folder.mkdir()
    target = folder / "statement.txt"
    target.write_text(BRIDGES, encoding="utf-8")
    alone = tmp_path / "alone"
    alone.mkdir()
    # Reference: only the second document ever loaded under that name.
    target.write_text(RIVERS, encoding="utf-8")
    assert load_paths([target], driver=clean_graph).exit_code == 0
    expected = stable_snapshot(clean_graph)
    expected_order = _rank_order(clean_graph)
    wipe_graph(clean_graph, neo4j_settings.database)

    target.write_text(BRIDGES, encoding="utf-8")
    assert load_paths([folder], driver=clean_graph).exit_code == 0
    target.write_text(RIVERS, encoding="utf-8")
    report = load_paths([folder], driver=clean_graph)
    assert [f.action for f in report.files if f.kind != "curated"] == ["changed"]
    actual = stable_snapshot(clean_graph)
    # Every relationship (facts, evidence, placement) and every node but reference data is
    # the same as if only the second document had ever been there. Open (docs/reliability.md):
    # State.names learned from the old version stay, and MergeDecision.detail names the
    # best candidate the graph held at decision time. Instrument.placement_rank is an order
    # (placement reads instruments by it): its numbers keep the removed instrument's place,
    # so the order is compared, not the numbers.
    def facts(snapshot):
        nodes = [_RANK.sub("", n) for n in snapshot[0] if not n.startswith(("['Entity', 'State']", "['MergeDecision']"))]
        return nodes, snapshot[1]
    assert facts(actual) == facts(expected), snapshot_diff(facts(expected), facts(actual))
    assert _rank_order(clean_graph) == expected_order
    assert _signed_by(clean_graph, target) == {"FR", "DE", "IT"}
    figures["same_name_replaced"] = {"runs": 2, "graph_equals_second_document_alone": True}


# Metadata sidecars that PyYAML, the decoder or the model refuse; each with the words its reason must hold.
BAD_SIDECARS = {
    "impossible-month.txt": (b"date: 2024-99-99\n", "field 'date'"),
    "impossible-day.txt": (b"date: 2024-02-30\n", "field 'date'"),
    "latin1-sidecar.txt": ("title: Déclaration sur les forêts\n".encode("latin-1"), "not UTF-8"),
    "list-for-title.txt": (b"title: [one, two]\n", "field 'title'"),
    "malformed-yaml.txt": (b"title: [unclosed\nkind: news\n", "invalid YAML"),
}


def test_a_bad_sidecar_rejects_only_its_document(clean_graph, neo4j_settings, tmp_path, figures):
    folder = tmp_path / "sidecars"
    folder.mkdir()
    (folder / "good-rivers.txt").write_text(RIVERS, encoding="utf-8")
    (folder / "good-bridges.txt").write_text(BRIDGES, encoding="utf-8")
    for i, (name, (sidecar, _)) in enumerate(sorted(BAD_SIDECARS.items())):
        (folder / name).write_text(statement(f"Joint Declaration on Sidecars {i}", "Ireland and Malta", ["filing metadata"]))
        (folder / f"{name}.meta.yaml").write_bytes(sidecar)

    code, report, stderr = run_loader(neo4j_settings, folder, log=tmp_path / "load")
    assert code == 1 and report is not None, stderr[-3000:]
    assert "Traceback" not in stderr
    rejected = {Path(f["source"]).name: f["reason"] for f in report["files"] if f["action"] == "rejected"}
    assert set(rejected) == set(BAD_SIDECARS)
    for name, (_, words) in BAD_SIDECARS.items():
        assert f"{name}.meta.yaml" in rejected[name] and words in rejected[name], (name, rejected[name])
    added = {Path(f["source"]).name for f in report["files"] if f["action"] == "added" and f["kind"] != "curated"}
    assert added == {"good-rivers.txt", "good-bridges.txt"}
    runs = clean_graph.execute_query("MATCH (r:LoadRun) RETURN r.status AS status").records
    assert [r["status"] for r in runs] == ["partial"]
    figures["bad_sidecars"] = {"tried": len(BAD_SIDECARS), "rejected_naming_file_and_reason": len(rejected),
                               "good_files_loaded": len(added), "exit_code": code, "load_run_status": runs[0]["status"]}


def test_an_internal_error_ends_the_load_run_as_failed(clean_graph, neo4j_settings, tmp_path, monkeypatch):
    import loaders.scheduling

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in placement")

    (tmp_path / "rivers.txt").write_text(RIVERS, encoding="utf-8")
    monkeypatch.setattr(loaders.scheduling, "place", broken)
    report = load_paths([tmp_path / "rivers.txt"], driver=clean_graph, database=neo4j_settings.database, workers=1)
    assert report.status == "failed" and report.exit_code == 2 and "a bug in placement" in report.error
    (run,) = clean_graph.execute_query("MATCH (r:LoadRun) RETURN r.status AS status, r.finished_at AS finished").records
    assert run["status"] == "failed" and run["finished"] is not None
