"""Query latency and throughput: the REST API beside the raw driver running the same Cypher.

Each case is one API request and the exact statement and parameters the API runs for it
(read from the same files: ``cypher/queries/``, ``cypher/api/``); both are driven by
:mod:`bench.loadgen` in a separate process at 1, 16 and 64 concurrent clients. The
generator's own limit is measured against ``GET /health``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from urllib.parse import urlencode

import httpx
import psutil

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
    # The explorer's whole grid: the API keeps it per data version (api/answer_cache.py),
    # the raw driver runs the statement every time, which is what the API did before. Asked
    # with Accept-Encoding: gzip, as a browser asks (the answer is kept compressed).
    out["matrix"] = {"http": {"url": f"{BASE}/matrix?{urlencode({'as_of': as_of})}", "headers": {"Accept-Encoding": "gzip"}},
                     "bolt": {"cypher": api_query("matrix").cypher, "params": {"as_of": as_of}, "date_params": ["as_of"]}}
    return out


def _jsonable(params: dict) -> dict:
    """Bound parameters travel to the generator as JSON; dates go back as ISO strings,
    which every named query wraps in date() anyway."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()}


class ApiServer:
    """``uvicorn api.main:create_app`` (what ``pledgegraph serve`` runs) against the bench graph.

    uvloop and httptools are named explicitly (uvicorn's "auto" would pick them too, when
    installed) so the figures never silently fall back to asyncio and h11. ``cpu_seconds``
    reads the server's CPU time (its worker processes included): CPU per request is the
    figure the 2-core machine's noise disturbs least.
    """

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def __enter__(self) -> "ApiServer":
        env = {**client_env(), "PLEDGEGRAPH_API_KEYS": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1",
             "--port", str(API_PORT), "--loop", "uvloop", "--http", "httptools", "--workers", str(self.workers),
             "--log-level", "warning", "--no-access-log"],
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

    def cpu_seconds(self) -> float:
        """User + system CPU of the server and its worker processes so far."""
        try:
            root = psutil.Process(self.proc.pid)
            total = 0.0
            for proc in [root, *root.children(recursive=True)]:
                times = proc.cpu_times()
                total += times.user + times.system
            return total
        except psutil.Error:
            return float("nan")


def drive(mode: str, case: dict, clients: int, seconds: float, server: ApiServer | None = None) -> dict:
    """One load-generator run; with ``server``, also the API's CPU milliseconds per request
    (over the whole run, warm-up included, so it slightly overstates a steady state)."""
    cpu_before = server.cpu_seconds() if server else None
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", mode, json.dumps(case), str(clients), str(seconds)],
                         cwd=ROOT, env=client_env(), capture_output=True, text=True, timeout=seconds + 120)
    if out.returncode != 0:
        raise RuntimeError(f"load generator failed: {out.stderr[-2000:]}")
    figures = json.loads(out.stdout)
    figures["load_avg"] = [round(x, 2) for x in os.getloadavg()]  # other work on the machine, when it ended
    if server is not None and figures.get("total_requests"):
        figures["api_cpu_ms_per_request"] = round((server.cpu_seconds() - cpu_before) * 1000 / figures["total_requests"], 3)
    return figures


def check(case: dict) -> int:
    """One request up front: a case that errors is reported, not timed."""
    r = httpx.request(case["http"].get("method", "GET"), case["http"]["url"], json=case["http"].get("json"), timeout=60)
    r.raise_for_status()
    return len(r.content)


def run_queries(params: dict, concurrency: list[int], seconds: float, *, only: list[str] | None = None,
                health: bool = True, workers: int = 1) -> dict:
    """Figures per case and concurrency: http, bolt, and api/raw ratios.

    ``only`` limits the cases by name, ``health=False`` skips the generator's own limit,
    ``workers`` is uvicorn's process count (``bench.run`` uses the defaults).
    """
    results: dict[str, dict] = {"params": params}
    the_cases = {name: case for name, case in cases(**params).items() if only is None or name in only}
    with ApiServer(workers=workers) as server:
        if health:
            results["health"] = {str(c): drive("http", {"url": f"{BASE}/health"}, c, seconds) for c in concurrency}
        for name, case in the_cases.items():
            entry: dict = {"response_bytes": check(case)}
            for c in concurrency:
                http = drive("http", case["http"], c, seconds, server)
                bolt = drive("bolt", case["bolt"], c, seconds)
                ratio = round(http["rps"] / bolt["rps"], 2) if bolt["rps"] else None
                entry[str(c)] = {"api": http, "raw": bolt, "api_over_raw_rps": ratio}
            results[name] = entry
    return results


HEADLINE = "signatories_opposing_export_rules"
DEFAULT_PARAMS = {"instrument": "spyware-joint-statement", "as_of": "2024-06-01", "iso2": "SE", "q": "surveillance export"}


def main() -> None:
    """Only the query benchmark, against a Neo4j that is already running with a graph loaded
    (it starts the API, never Neo4j or a load): before/after figures while working on the API.

        PLEDGEGRAPH_BENCH_BOLT_PORT=47787 PLEDGEGRAPH_BENCH_API_PORT=48100 \\
            python -m bench.queries --seconds 3 --clients 1,16 --repeat 2
    """
    parser = argparse.ArgumentParser(description=main.__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measured seconds per figure (after 1 s warm-up)")
    parser.add_argument("--clients", default="1,16", help="comma-separated concurrency levels")
    parser.add_argument("--cases", default=HEADLINE, help=f"comma-separated case names, or 'all' (default {HEADLINE})")
    parser.add_argument("--repeat", type=int, default=1, help="run the whole matrix this many times (noise check)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--health", action="store_true", help="also measure the generator on GET /health")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON lines too")
    args = parser.parse_args()
    concurrency = [int(c) for c in args.clients.split(",")]
    only = None if args.cases == "all" else args.cases.split(",")
    print(f"{'case':<34} {'c':>3} {'API rps':>8} {'p50':>7} {'p99':>7} {'cpu ms':>7} "
          f"{'raw rps':>8} {'p50':>7} {'p99':>7} {'ratio':>6}  load avg")
    for _ in range(args.repeat):
        results = run_queries(DEFAULT_PARAMS, concurrency, args.seconds, only=only, health=args.health,
                              workers=args.workers)
        if args.json:
            print(json.dumps(results))
        for c, fig in results.get("health", {}).items():
            print(f"{'/health':<34} {c:>3} {fig['rps']:>8} {fig['p50_ms']:>7} {fig['p99_ms']:>7}")
        for name, entry in results.items():
            if name in ("params", "health"):
                continue
            for c in (k for k in entry if k.isdigit()):
                api, raw = entry[c]["api"], entry[c]["raw"]
                load = " ".join(f"{x:.2f}" for x in api.get("load_avg", []))
                print(f"{name:<34} {c:>3} {api['rps']:>8} {api['p50_ms']:>7} {api['p99_ms']:>7} "
                      f"{api.get('api_cpu_ms_per_request', float('nan')):>7} {raw['rps']:>8} {raw['p50_ms']:>7} "
                      f"{raw['p99_ms']:>7} {entry[c]['api_over_raw_rps'] or float('nan'):>6}  {load}", flush=True)


if __name__ == "__main__":
    main()
