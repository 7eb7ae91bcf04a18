"""Render docs/reliability.md's figures table from test-artifacts/reliability.json.

    .venv/bin/pytest tests/reliability && .venv/bin/python scripts/reliability_report.py

The suite writes the JSON (git-ignored); this rewrites only the part of the document
between the ``figures`` markers, so the findings written by hand stay.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACT = ROOT / "test-artifacts" / "reliability.json"
DOC = ROOT / "docs" / "reliability.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def rows(f: dict) -> list[tuple[str, str, str]]:
    out = []
    if b := f.get("bad_input"):
        out.append(("Bad input to the loader", f"{b['tried']} bad inputs + {b['good_files']} good files in one folder, "
                    f"one `pledgegraph load` ({b['seconds']} s)",
                    f"{b['rejected_with_reason']} rejected, each named with its reason; {b['hostile_but_valid_loaded_exactly']} "
                    f"hostile but valid loaded with exactly their facts; exit {b['exit_code']}; graph = good files alone; "
                    f"**{b['facts_lost']} facts lost**"))
    if s := f.get("same_name_replaced"):
        out.append(("Two documents under one name", "replaced between two runs", "facts = the second document alone"))
    if r := f.get("reference_load"):
        out.append(("Fault-free reference", f"{r['documents']} generated documents (bench/generate.py)",
                    f"{r['evidence']} evidence nodes in {r['seconds']} s"))
    if k := f.get("fault_kill_9"):
        out.append(("kill -9 the loader", f"SIGKILL after {k['killed_after']} of {k['documents']} documents, then a rerun",
                    f"{k['partial_documents']} partial documents, {k['duplicates']} duplicates; final graph identical"))
    if n := f.get("fault_neo4j_stopped"):
        out.append(("Neo4j stopped mid-load, under API traffic",
                    f"stopped {n['neo4j_down_seconds']} s; {n['api_requests_while_down']} API requests while down",
                    f"loader exit {n['loader_exit_code']}, rerun exit {n['rerun_exit_code']}, final graph identical; "
                    f"all {n['api_503_while_down']} answers 503 (slowest {n['api_max_latency_while_down_s']} s); "
                    f"{n['api_requests_after_restart']} × 200 after, same API process"))
    if c := f.get("concurrent_loaders"):
        out.append(("Two loaders at once", f"{c['loaders']} × `pledgegraph load` on {c['documents']} documents",
                    f"exit codes {c['exit_codes']}, {c['errors_shown_to_user']} errors shown; graph identical to one loader"))
    if a := f.get("api_load"):
        out.append(("API under load", f"{a['clients']} clients for {a['seconds']:g} s: {a['requests']} requests "
                    f"({a['requests_per_second']}/s)",
                    f"{a['errors']} errors; p50 {a['latency_p50_ms']} ms, p99 {a['latency_p99_ms']} ms; RSS "
                    f"{a['rss_before_mb']} → {a['rss_after_mb']} MB ({a['rss_growth_mb']:+} MB)"))
    if z := f.get("fuzzing"):
        out.append(("API fuzzing", f"{z['tool']}: {z['operations']} operations, {z['requests']} requests "
                    f"(≤ {z['max_examples_per_operation']} per operation)",
                    f"{z['server_errors']} 5xx, {z['schema_violations']} responses outside the schema"))
    if h := f.get("hostile_queries"):
        out.append(("Hostile Cypher over HTTP", f"{h['sent']} queries to POST /cypher",
                    f"{h['refused_or_stopped']} refused or stopped; **{h['changed_the_graph']} changed the graph, "
                    f"{h['read_outside_the_graph']} read outside it**"))
    if i := f.get("ingest"):
        out.append(("Ingest", "no key, wrong key, path-traversal name, over the size limit",
                    f"{i['without_key']}, {i['wrong_key']}, {i['path_traversal_name']}, {i['over_size_limit']}"))
    if o := f.get("oversized_requests"):
        out.append(("Oversized requests", f"{len(o)} kinds", "; ".join(f"{k}: {v}" for k, v in o.items())))
    if addrs := f.get("neo4j_listen_addresses"):
        out.append(("Neo4j listen addresses", "the running test server's Bolt and HTTP sockets", ", ".join(addrs)))
    return out


def render(figures: dict) -> str:
    lines = ["| scenario | tried | result |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows(figures)]
    return "\n".join(lines)


def main() -> int:
    if not ARTIFACT.exists():
        print(f"no {ARTIFACT}: run .venv/bin/pytest tests/reliability first", file=sys.stderr)
        return 1
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{START}\n{render(json.loads(ARTIFACT.read_text()))}\n{END}{tail}", encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
