"""Concurrency: two loaders on one folder at once, and the API under 64 concurrent clients.

Two `pledgegraph load` processes racing over the same files must end with the graph one
loader makes (constraints keep nodes unique; the driver retries transient errors such as
deadlocks; none may reach the user). The API is a real uvicorn process; its resident
memory is measured with psutil after a warm-up and at the end.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

import httpx
import psutil
import pytest

from tests.conftest import wipe_graph
from tests.reliability.conftest import RESUMED_VOLATILE, run_loader, snapshot_diff, stable_snapshot, start_loader

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
CLIENTS = 64
DURATION = float(os.environ.get("PLEDGEGRAPH_RELIABILITY_LOAD_SECONDS", "60"))
WARM_UP = 10.0
# Allowed RSS growth between the end of the warm-up and the end of the run: caches and
# allocator slack settle within a few MB; a per-request leak over ~100k requests does not.
RSS_SLACK_BYTES = 32 * 1024 * 1024


def test_two_loaders_at_once_make_the_graph_of_one(neo4j_driver, neo4j_settings, reference_load, tmp_path, figures):
    wipe_graph(neo4j_driver, neo4j_settings.database)
    first = start_loader(neo4j_settings, reference_load.folder, log=tmp_path / "first")
    second = start_loader(neo4j_settings, reference_load.folder, log=tmp_path / "second")
    codes = [first.wait(timeout=900), second.wait(timeout=900)]
    errors = [(tmp_path / f"{n}.err").read_text() for n in ("first", "second")]
    assert codes == [0, 0], (codes, [e[-2000:] for e in errors])
    for err in errors:
        assert "Traceback" not in err and "Deadlock" not in err and "TransientError" not in err, err[-3000:]
    code, report, _ = run_loader(neo4j_settings, reference_load.folder, log=tmp_path / "third")
    assert code == 0 and set(report["totals"]) == {"unchanged"}, report["totals"]
    actual = stable_snapshot(neo4j_driver, volatile=RESUMED_VOLATILE)
    assert actual == reference_load.snapshot, snapshot_diff(reference_load.snapshot, actual)
    figures["concurrent_loaders"] = {"loaders": 2, "documents": reference_load.documents, "exit_codes": codes,
                                     "errors_shown_to_user": 0, "graph_identical_to_one_loader": True}


async def _client(url: str, paths: list[str], until: float, results: list, index: int) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        n = index
        while time.monotonic() < until:
            path = paths[n % len(paths)]
            n += 1
            started = time.monotonic()
            try:
                if path == "POST /cypher":
                    response = await client.post("/cypher", json={"query": "MATCH (s:State) RETURN s.iso2 AS iso2 LIMIT 20"})
                else:
                    response = await client.get(path)
                status = response.status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            results.append((status, time.monotonic() - started))


def test_api_under_64_clients_for_a_minute(reference_load, api_server, figures):
    paths = ["/states", "/states/FR", "/instruments", "/documents?limit=20", "/search?q=export", "/queries",
             "/graph/neighbourhood?id=FR", "/ready", "POST /cypher"]
    process = psutil.Process(api_server.pid)
    results: list = []

    async def run(seconds: float) -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_client(api_server.url, paths, until, results, i) for i in range(CLIENTS)))

    asyncio.run(run(WARM_UP))
    rss_before = process.memory_info().rss
    warm = len(results)
    asyncio.run(run(DURATION))
    rss_after = process.memory_info().rss
    measured = results[warm:]
    failures = [s for s, _ in measured if s != 200]
    latencies = sorted(lat for _, lat in measured)
    assert not failures, {str(s): failures.count(s) for s in set(failures)}
    assert rss_after - rss_before < RSS_SLACK_BYTES, (rss_before, rss_after)
    figures["api_load"] = {
        "clients": CLIENTS, "seconds": DURATION, "requests": len(measured), "errors": len(failures),
        "requests_per_second": round(len(measured) / DURATION, 1),
        "latency_p50_ms": round(statistics.median(latencies) * 1000, 1),
        "latency_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
        "rss_before_mb": round(rss_before / 2**20, 1), "rss_after_mb": round(rss_after / 2**20, 1),
        "rss_growth_mb": round((rss_after - rss_before) / 2**20, 1),
    }
