"""Bulk import against the transactional load of the same facts, measured in the same run.

    .venv/bin/python -m bench.bulk_import --count 1000        # prints JSON, then the ratio

One generated corpus (``bench/generate.py``) is extracted once into facts files (not
timed against anything). Then the same facts are loaded twice: ``load --facts`` into the
transactional server (the bench server of ``bench/server.py``, or the one the environment
names), its graph emptied first, the schema present; and ``bulk-import``: the import files,
``neo4j-admin database import full`` into a fresh database of a second home, its server
started, the schema applied and the empty lists set. The ratio is bulk time over
transactional time; a server's start is counted apart (a transactional load needs a
running server too). Both graphs' node and relationship counts are compared.

Environment: PLEDGEGRAPH_BENCH_NEO4J_HOME / _BOLT_PORT / _HTTP_PORT / PLEDGEGRAPH_BENCH_PASSWORD
(transactional server), PLEDGEGRAPH_BENCH_BULK_NEO4J_HOME / _BULK_BOLT_PORT / _BULK_HTTP_PORT
(the home the import writes; its server is stopped first and its data deleted).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import neo4j

from bench import server

ROOT = server.ROOT
PASSWORD = os.environ.get("PLEDGEGRAPH_BENCH_PASSWORD", server.PASSWORD)
BULK_HOME = Path(os.environ.get("PLEDGEGRAPH_BENCH_BULK_NEO4J_HOME", str(ROOT / ".neo4j" / "bench-bulk")))
BULK_BOLT_PORT = os.environ.get("PLEDGEGRAPH_BENCH_BULK_BOLT_PORT", "47688")
BULK_HTTP_PORT = os.environ.get("PLEDGEGRAPH_BENCH_BULK_HTTP_PORT", "47475")


def _script(command: str, home: Path | str, bolt: str, http: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PLEDGEGRAPH_NEO4J_HOME": str(home), "NEO4J_BOLT_PORT": bolt, "NEO4J_HTTP_PORT": http,
           "NEO4J_PASSWORD": PASSWORD, "NEO4J_HEAP": os.environ.get("NEO4J_HEAP", "1g"),
           "NEO4J_PAGECACHE": os.environ.get("NEO4J_PAGECACHE", "512m")}
    done = subprocess.run(["bash", str(ROOT / "scripts" / "neo4j.sh"), command], env=env, capture_output=True,
                          text=True, timeout=900)
    if done.returncode != 0 and command != "status":
        raise RuntimeError(f"neo4j.sh {command} ({home}) failed:\n{done.stdout}\n{done.stderr}")
    return done


def _counts(driver: neo4j.Driver) -> dict[str, int]:
    return {"nodes": driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"],
            "relationships": driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]}


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _server_cpu(home: Path | str) -> float:
    """CPU seconds (user + sys) the server of ``home`` has used so far, from /proc."""
    pid = (Path(home) / "run" / "neo4j.pid").read_text().strip()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(count: int, seed: int, work: Path) -> dict:
    from graph.schema import apply_schema
    from loaders.admin_import import admin_import, finish_import
    from loaders.bulkimport import facts_to_import_files
    from loaders.factextract import extract_to_files
    from loaders.factload import load_facts

    out: dict = {"documents": count, "seed": seed, "loadavg_start": list(os.getloadavg())}
    docs, facts, csv = work / "docs", work / "facts", work / "csv"
    if not (facts / "manifest.json").is_file():  # a --work folder keeps the facts for the next run
        shutil.rmtree(docs, ignore_errors=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", str(seed), "--count", str(count),
                        "--out", str(docs)], check=True, cwd=ROOT, capture_output=True)
        (docs / "ground_truth.jsonl").rename(work / "ground_truth.jsonl")
        started = time.perf_counter()
        extract_to_files([docs], facts, metadata_dir=None, batch=64)
        out["extract_seconds"] = round(time.perf_counter() - started, 1)

    # Transactional: load --facts into an empty graph with its schema.
    if _script("status", server.HOME, server.BOLT_PORT, server.HTTP_PORT).returncode != 0:
        _script("start", server.HOME, server.BOLT_PORT, server.HTTP_PORT)
    with neo4j.GraphDatabase.driver(server.URI, auth=("neo4j", PASSWORD)) as tx:
        server.wipe(tx)
        apply_schema(tx, "neo4j")
        started, cpu, server_cpu = time.perf_counter(), _self_cpu(), _server_cpu(server.HOME)
        report = load_facts([facts], driver=tx, database="neo4j")
        out["transactional_seconds"] = round(time.perf_counter() - started, 1)
        out["transactional_cpu_seconds"] = {"loader": round(_self_cpu() - cpu, 1),
                                            "neo4j": round(_server_cpu(server.HOME) - server_cpu, 1)}
        out["transactional_totals"] = report.totals
        out["transactional_graph"] = _counts(tx)

    # Bulk: files, offline import into a fresh database, start, schema and empty lists.
    started, cpu = time.perf_counter(), _self_cpu()
    manifest, _ = facts_to_import_files([facts], csv)
    out["bulk_files_seconds"] = round(time.perf_counter() - started, 1)
    out["bulk_files_cpu_seconds"] = round(_self_cpu() - cpu, 1)
    out["bulk_files_mb"] = round(sum(p.stat().st_size for p in csv.iterdir()) / 2 ** 20, 1)
    _script("stop", BULK_HOME, BULK_BOLT_PORT, BULK_HTTP_PORT)
    shutil.rmtree(BULK_HOME / "data", ignore_errors=True)
    cpu = _child_cpu()
    started = time.perf_counter()
    admin_import(csv, BULK_HOME)
    out["bulk_import_seconds"] = round(time.perf_counter() - started, 1)
    out["bulk_import_cpu_seconds"] = round(_child_cpu() - cpu, 1)
    started = time.perf_counter()
    _script("start", BULK_HOME, BULK_BOLT_PORT, BULK_HTTP_PORT)
    out["bulk_server_start_seconds"] = round(time.perf_counter() - started, 1)
    with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{BULK_BOLT_PORT}", auth=("neo4j", PASSWORD)) as bulk:
        started, server_cpu = time.perf_counter(), _server_cpu(BULK_HOME)
        finish_import(bulk, "neo4j", csv)
        out["bulk_finish_seconds"] = round(time.perf_counter() - started, 1)
        out["bulk_finish_neo4j_cpu_seconds"] = round(_server_cpu(BULK_HOME) - server_cpu, 1)
        out["bulk_graph"] = _counts(bulk)
    if not os.environ.get("PLEDGEGRAPH_BENCH_KEEP_NEO4J"):
        _script("stop", BULK_HOME, BULK_BOLT_PORT, BULK_HTTP_PORT)

    bulk_seconds = out["bulk_files_seconds"] + out["bulk_import_seconds"] + out["bulk_finish_seconds"]
    out["bulk_seconds"] = round(bulk_seconds, 1)
    out["same_counts"] = out["bulk_graph"] == out["transactional_graph"]
    out["ratio_bulk_to_transactional"] = round(bulk_seconds / out["transactional_seconds"], 3)
    out["ratio_with_server_start"] = round((bulk_seconds + out["bulk_server_start_seconds"]) / out["transactional_seconds"], 3)
    tx_cpu = sum(out["transactional_cpu_seconds"].values())
    bulk_cpu = out["bulk_files_cpu_seconds"] + out["bulk_import_cpu_seconds"] + out["bulk_finish_neo4j_cpu_seconds"]
    out["cpu_ratio_bulk_to_transactional"] = round(bulk_cpu / tx_cpu, 3)
    out["documents_per_second"] = {"transactional": round(count / out["transactional_seconds"], 1),
                                   "bulk": round(count / bulk_seconds, 1)}
    out["loadavg_end"] = list(os.getloadavg())
    out["import_files"] = {"node_groups": len(manifest.nodes), "relationship_groups": len(manifest.relationships)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="keep the corpus and its facts here (reused when present)")
    args = parser.parse_args()
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
        result = measure(args.count, args.seed, args.work)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
            result = measure(args.count, args.seed, Path(tmp))
    print(json.dumps(result, indent=2))
    print(f"bulk import / transactional load, {args.count} documents: {result['ratio_bulk_to_transactional']} "
          f"({result['bulk_seconds']} s / {result['transactional_seconds']} s; with the server's start "
          f"{result['ratio_with_server_start']}; CPU {result['cpu_ratio_bulk_to_transactional']}); same counts: {result['same_counts']}")


if __name__ == "__main__":
    main()
