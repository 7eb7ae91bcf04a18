"""Query latency and throughput: the REST API beside the raw driver running the same Cypher.

Each case is one API request and the exact statement and parameters the API runs for it
(read from the same files: ``cypher/queries/``, ``cypher/api/``); both are driven by
:mod:`bench.loadgen` in a separate process at 1, 16 and 64 concurrent clients. The
generator's own limit is measured against ``GET /health``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from bench.server import ROOT, client_env
from graph.named_queries import load_named_queries

API_PORT = int(os.environ.get("PLEDGEGRAPH_BENCH_API_PORT", "48000"))
BASE = f"http://127.0.0.1:{API_PORT}"
WORKBENCH = ("MATCH (s:State)-[:SIGNED]->(e:Edition) "
             "RETURN s.iso2 AS iso2, count(e) AS editions ORDER BY editions DESC, iso2 LIMIT 10")


def cases(instrument: str, as_of: str, iso2: str, q: str) -> dict[str, dict]:
    """name -> {"http": request, "bolt": statement}: the same work both ways."""
    from api.graphdb import api_query
    from api.routes.search import lucene_terms

    named = load_named_queries(ROOT / "cypher")
    out: dict[str, dict] = {}
    for name, supplied in (
        ("signatories_opposing_export_rules", {"instrument": instrument}),
        ("signatories_as_of", {"instrument": instrument, "as_of": as_of}),
        ("state_record", {"iso2": iso2}),
    ):
        query = named[name]
        out[name] = {"http": {"url": f"{BASE}/queries/{name}?{urlencode(supplied)}"},
                     "bolt": {"cypher": query.cypher, "params": _jsonable(query.bind(supplied))}}
    lucene, terms = lucene_terms(q)
    out["search"] = {"http": {"url": f"{BASE}/search?{urlencode({'q': q})}"},
                     "bolt": {"cypher": api_query("search_documents").cypher,
                              "params": {"lucene": lucene, "terms": terms, "offset": 0, "limit": 20}}}
    out["post_cypher"] = {"http": {"method": "POST", "url": f"{BASE}/cypher", "json": {"query": WORKBENCH}},
                          "bolt": {"cypher": WORKBENCH, "params": {}}}
    return out


def _jsonable(params: dict) -> dict:
    """Bound parameters travel to the generator as JSON; dates go back as ISO strings,
    which every named query wraps in date() anyway."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()}


class ApiServer:
    """``uvicorn api.main:create_app`` (what ``pledgegraph serve`` runs) against the bench graph."""

    def __enter__(self) -> "ApiServer":
        env = {**client_env(), "PLEDGEGRAPH_API_KEYS": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1",
             "--port", str(API_PORT), "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{BASE}/ready", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API did not start: {self.proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
        raise RuntimeError("the API did not become ready within 60 s")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def drive(mode: str, case: dict, clients: int, seconds: float) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", mode, json.dumps(case), str(clients), str(seconds)],
                         cwd=ROOT, env=client_env(), capture_output=True, text=True, timeout=seconds + 120)
    if out.returncode != 0:
        raise RuntimeError(f"load generator failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout)


def check(case: dict) -> int:
    """One request up front: a case that errors is reported, not timed."""
    r = httpx.request(case["http"].get("method", "GET"), case["http"]["url"], json=case["http"].get("json"), timeout=60)
    r.raise_for_status()
    return len(r.content)


def run_queries(params: dict, concurrency: list[int], seconds: float) -> dict:
    """Figures per case and concurrency: http, bolt, and api/raw ratios."""
    results: dict[str, dict] = {"params": params}
    the_cases = cases(**params)
    with ApiServer():
        results["health"] = {str(c): drive("http", {"url": f"{BASE}/health"}, c, seconds) for c in concurrency}
        for name, case in the_cases.items():
            entry: dict = {"response_bytes": check(case)}
            for c in concurrency:
                http = drive("http", case["http"], c, seconds)
                bolt = drive("bolt", case["bolt"], c, seconds)
                ratio = round(http["rps"] / bolt["rps"], 2) if bolt["rps"] else None
                entry[str(c)] = {"api": http, "raw": bolt, "api_over_raw_rps": ratio}
            results[name] = entry
    return results

