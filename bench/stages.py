"""CPU cost per document of each stage of a load: read, extract, place, write (docs/scale.md).

    .venv/bin/python -m bench.stages DOCS_FOLDER --count 1000 --facts /tmp/facts --out result.json

CPU time, not wall time: the machine is shared, and a stage's CPU per document is what
sizes the workers a larger corpus needs. Read and extract are timed per file inside the
extraction processes (``time.process_time``); place is placement plus the rows builder, in
the loader's order, in this process; write is a load of the facts files into the server of
``NEO4J_URI`` (its graph is wiped first), counted as the loader process's CPU less its
placement, plus the Neo4j server's CPU read from ``/proc`` (``--neo4j-pid``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from core.errors import ExtractionError
from core.settings import get_app_settings, get_neo4j_settings
from loaders.factextract import FileJob, file_jobs
from loaders.factfiles import FactRecord, read_facts, write_manifest, write_part
from loaders.pipeline import read_document_bytes


def _timed_batch(jobs: list[FileJob], metadata_dir: str) -> tuple[list[FactRecord], float, float]:
    """Extract a batch, returning the records and the CPU seconds spent reading and extracting
    (extraction: a record's CPU less that of reading and hashing its file once more)."""
    from loaders.factextract import extract_record

    read = total = 0.0
    records = []
    for job in jobs:
        t0 = time.process_time()
        records.append(extract_record(job, Path(metadata_dir)))
        t1 = time.process_time()
        try:
            hashlib.sha256(read_document_bytes(Path(job.path))).hexdigest()
        except ExtractionError:
            pass
        read += time.process_time() - t1
        total += t1 - t0
    return records, read, total - read


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(folder: Path, count: int, facts: Path, workers: int, neo4j_pid: int | None) -> dict:
    metadata_dir = str(get_app_settings().metadata_dir)
    jobs = list(file_jobs([folder]))[:count]
    batches = [jobs[i:i + 64] for i in range(0, len(jobs), 64)]
    read = extract = 0.0
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, (records, r, e) in enumerate(pool.map(_timed_batch, batches, [metadata_dir] * len(batches))):
            write_part(facts, i, records)
            read, extract = read + r, extract + e
    write_manifest(facts, {"engine": "bench.stages", "parts": len(batches)})
    extract_wall = time.perf_counter() - started
    place = _place_cpu(facts, Path(metadata_dir))
    loader_cpu, server_cpu, load_wall, report = _load_cpu(facts, neo4j_pid)
    docs = sum(1 for f in report.files if f.action == "added" and f.kind != "curated")
    per = 1000.0 / max(1, len(jobs))
    return {
        "documents": len(jobs), "loaded": docs,
        "cpu_ms_per_document": {
            "read": round(read * per, 3), "extract": round(extract * per, 3), "place": round(place * per, 3),
            "write_loader": round(max(0.0, loader_cpu - place) * per, 3),
            "write_neo4j": round(server_cpu * per, 3) if neo4j_pid else None,
        },
        "wall_s": {"extract_with_workers": round(extract_wall, 1), "load_facts": round(load_wall, 1)},
        "workers": workers, "loader_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "facts_bytes": sum(p.stat().st_size for p in facts.glob("part-*.parquet")),
        "load_average": os.getloadavg(),
    }


def _place_cpu(facts: Path, metadata_dir: Path) -> float:
    """Placement and rows for every extracted record, in order, as the single writer does them."""
    from graph.rows import document_rows
    from loaders.curated import curated_files
    from loaders.identity import place
    from loaders.known_instruments import KnownInstruments, placement_inputs, remember

    _, manifests = curated_files(metadata_dir)
    known = KnownInstruments()
    docs = [r for r in read_facts(facts) if r.document is not None]
    t0 = time.process_time()
    for r in docs:
        placement = place(r.document, known, manifests)
        document_rows(r.document, r.key, placement)
        if placement is not None:
            remember(known, r.document, placement)
            placement_inputs(known, placement)
    return time.process_time() - t0


def _load_cpu(facts: Path, neo4j_pid: int | None):
    from graph.driver import open_driver
    from loaders.factload import load_facts
    from tests.conftest import wipe_graph

    settings = get_neo4j_settings()
    driver = open_driver(settings)
    try:
        wipe_graph(driver, settings.database)
        server0 = _proc_cpu(neo4j_pid) if neo4j_pid else 0.0
        cpu0, wall0 = time.process_time(), time.perf_counter()
        report = load_facts([facts], driver=driver, database=settings.database)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        server = (_proc_cpu(neo4j_pid) - server0) if neo4j_pid else 0.0
    finally:
        driver.close()
    return cpu, server, wall, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--facts", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--neo4j-pid", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    result = measure(args.folder, args.count, args.facts, args.workers, args.neo4j_pid)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
