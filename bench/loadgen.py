"""A closed-loop load generator, run as its own process so it never shares a core's time
slice (or an event loop) with the server it measures.

    python -m bench.loadgen http '{"method": "GET", "url": "http://127.0.0.1:48000/health"}' 16 5
    python -m bench.loadgen bolt '{"cypher": "RETURN 1", "params": {}}' 16 5

``clients`` coroutines each send a request, wait for the whole answer, and send the
next, for ``seconds`` after a one-second warm-up. Prints one JSON object: requests/s,
latency percentiles (ms), errors. The bolt mode is the ceiling for the API: the same
Cypher and parameters through the async driver, the same way and with the same driver
settings, records fetched in full, as the API does, without HTTP, routing or JSON.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sys
import time

WARMUP_S = 1.0


def percentile(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    k = min(len(sorted_ms) - 1, max(0, round(p / 100 * (len(sorted_ms) - 1))))
    return sorted_ms[k]


async def _drive(call, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    total = 0  # every completed call, warm-up included: the divisor for the server's CPU time
    first_error: str | None = None
    start = time.perf_counter()
    measure_from = start + WARMUP_S
    stop = measure_from + seconds

    async def client() -> None:
        nonlocal errors, first_error, total
        while True:
            t0 = time.perf_counter()
            if t0 >= stop:
                return
            try:
                await call()
            except Exception as exc:  # noqa: BLE001 - counted and reported, the run goes on
                errors += 1
                first_error = first_error or f"{type(exc).__name__}: {exc}"[:300]
                continue
            t1 = time.perf_counter()
            total += 1
            if t0 >= measure_from and t1 <= stop:
                latencies.append((t1 - t0) * 1000)

    await asyncio.gather(*(client() for _ in range(clients)))
    latencies.sort()
    return {
        "clients": clients, "seconds": seconds, "requests": len(latencies), "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(percentile(latencies, 50), 2), "p95_ms": round(percentile(latencies, 95), 2),
        "p99_ms": round(percentile(latencies, 99), 2), "errors": errors, "first_error": first_error,
        "total_requests": total,
    }


class _Connection:
    """A minimal HTTP/1.1 keep-alive client: a tenth of httpx's cost per request, so one
    generator process can outrun the server it measures (checked against /health)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, head: bytes, body: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        if not status_line:
            self.writer = None
            raise ConnectionError("server closed the connection")
        status = int(status_line.split()[1])
        length, chunked = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if not chunked:
            return status, await self.reader.readexactly(length)
        parts = []
        while True:
            size = int((await self.reader.readline()).split(b";")[0], 16)
            parts.append(await self.reader.readexactly(size + 2))
            if size == 0:
                return status, b"".join(parts)


async def run_http(case: dict, clients: int, seconds: float) -> dict:
    from urllib.parse import urlsplit

    url = urlsplit(case["url"])
    target = url.path + (f"?{url.query}" if url.query else "")
    body = json.dumps(case["json"]).encode() if case.get("json") is not None else b""
    head = (f"{case.get('method', 'GET')} {target} HTTP/1.1\r\nHost: {url.hostname}:{url.port}\r\n"
            f"Accept: application/json\r\nContent-Length: {len(body)}\r\n"
            + "".join(f"{name}: {value}\r\n" for name, value in case.get("headers", {}).items())
            + ("Content-Type: application/json\r\n" if body else "") + "\r\n").encode()
    pool = [_Connection(url.hostname, url.port) for _ in range(clients)]
    free = list(pool)

    async def call() -> None:
        conn = free.pop()
        try:
            status, payload = await conn.request(head, body)
        except Exception:
            conn.writer = None
            raise
        finally:
            free.append(conn)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {payload[:200]!r}")

    return await _drive(call, clients, seconds)


async def run_bolt(case: dict, clients: int, seconds: float) -> dict:
    """The same statement as the API, run the way the API runs it (``api.graphdb``): one
    auto-commit statement in a READ session, notifications off, every record read into a
    dict. ``"pattern": "tx"`` in the case runs it as this generator did before the API
    changed (explicit transaction: BEGIN, RUN, PULL, ROLLBACK; notifications on, so the
    driver logs the server's warnings; ``record.data()``), for before/after figures."""
    import neo4j

    uri, password = os.environ["NEO4J_URI"], os.environ["NEO4J_PASSWORD"]
    legacy = case.get("pattern") == "tx"
    settings = {} if legacy else {"notifications_min_severity": "OFF"}
    async with neo4j.AsyncGraphDatabase.driver(uri, auth=("neo4j", password), max_connection_pool_size=max(100, clients),
                                               **settings) as driver:
        cypher, params = case["cypher"], case.get("params", {})
        for name in case.get("date_params", ()):  # JSON has no dates; the API binds these as dates
            params[name] = dt.date.fromisoformat(params[name]) if params[name] else None

        async def in_transaction() -> None:
            async with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
                tx = await session.begin_transaction()
                try:
                    result = await tx.run(cypher, params)
                    [record.data() async for record in result]
                finally:
                    await tx.close()

        async def auto_commit() -> None:
            async with driver.session(database="neo4j", default_access_mode=neo4j.READ_ACCESS) as session:
                result = await session.run(cypher, params)
                keys = result.keys()
                [dict(zip(keys, record)) async for record in result]

        return await _drive(in_transaction if legacy else auto_commit, clients, seconds)


def main() -> None:
    mode, case, clients, seconds = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    runner = run_http if mode == "http" else run_bolt
    try:
        import uvloop

        result = uvloop.run(runner(case, clients, seconds))
    except ImportError:
        result = asyncio.run(runner(case, clients, seconds))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
