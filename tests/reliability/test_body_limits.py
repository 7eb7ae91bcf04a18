"""Body limits counted on the bytes a real uvicorn server receives, chunked or not, and the key checked first.

Each request streams a body from a generator (httpx sends it with ``Transfer-Encoding:
chunked``, no Content-Length), while a thread samples the API process's resident memory:
the server must answer before it has taken much more than the route's limit, and its
memory must not grow by the body's size.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import psutil
import pytest

from tests.reliability.conftest import API_KEY

pytestmark = [pytest.mark.neo4j]
CHUNK = 64 * 1024
MB = 1024 * 1024


class Sent:
    """A chunked body of ``total`` bytes that counts what the client managed to hand to the socket."""

    def __init__(self, total: int, head: bytes = b"", tail: bytes = b"", fill: bytes = b"a"):
        self.total, self.head, self.tail, self.fill, self.bytes = total, head, tail, fill, 0

    def __iter__(self) -> Iterator[bytes]:
        block = self.fill * CHUNK
        yield self.head
        self.bytes += len(self.head)
        while self.bytes < self.total:
            yield block
            self.bytes += len(block)
        yield self.tail


class PeakMemory:
    """The highest resident memory of a process while the block runs, sampled every 10 ms."""

    def __init__(self, pid: int):
        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()

    def __enter__(self) -> "PeakMemory":
        self.start = self.process.memory_info().rss
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.01)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def growth_mb(self) -> float:
        return max(0, self.peak - self.start) / MB


def _post(url: str, body: Sent, headers: dict[str, str]) -> tuple[int | str, float]:
    started = time.perf_counter()
    try:
        with httpx.Client(timeout=60) as client:
            status: int | str = client.post(url, content=body, headers=headers).status_code
    except (httpx.RemoteProtocolError, httpx.WriteError, httpx.ReadError) as exc:
        status = f"connection closed ({type(exc).__name__})"
    return status, time.perf_counter() - started


def _multipart(total: int) -> tuple[Sent, dict[str, str]]:
    boundary = "pledgegraph-test-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    return Sent(total, head, f"\r\n--{boundary}--\r\n".encode()), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_a_chunked_50_mb_query_body_is_refused_at_the_limit(api_server, figures):
    body = Sent(50 * MB, head=b'{"query": "RETURN 1", "parameters": {"p": "', tail=b'"}}')
    with PeakMemory(api_server.pid) as memory:
        status, seconds = _post(api_server.url + "/cypher", body, {"Content-Type": "application/json"})
    assert status == 413, status
    assert body.bytes < 12 * MB, f"the client could send {body.bytes / MB:.0f} MB before the answer"
    assert memory.growth_mb < 20, f"the API grew by {memory.growth_mb:.0f} MB"
    assert seconds < 5
    assert httpx.get(api_server.url + "/health").status_code == 200
    figures.setdefault("body_limits", {})["cypher_chunked_50_mb"] = {
        "status": status, "client_sent_mb": round(body.bytes / MB, 1), "api_memory_growth_mb": round(memory.growth_mb, 1),
        "seconds": round(seconds, 2)}


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}], ids=["no key", "wrong key"])
def test_a_chunked_300_mb_upload_without_a_valid_key_is_refused_before_its_body(api_server, figures, headers):
    body, content_type = _multipart(300 * MB)
    with PeakMemory(api_server.pid) as memory:
        status, seconds = _post(api_server.url + "/documents", body, {**content_type, **headers})
    expected = 403 if headers else 401
    assert status == expected or str(status).startswith("connection closed"), status
    assert body.bytes < 12 * MB, f"the client could send {body.bytes / MB:.0f} MB before the answer"
    assert memory.growth_mb < 20 and seconds < 5, (memory.growth_mb, seconds)
    figures.setdefault("body_limits", {})[f"upload_chunked_300_mb_{'wrong' if headers else 'no'}_key"] = {
        "status": status, "client_sent_mb": round(body.bytes / MB, 1), "api_memory_growth_mb": round(memory.growth_mb, 1),
        "seconds": round(seconds, 2)}


def test_a_chunked_upload_over_the_limit_with_a_key_is_refused_at_the_limit(api_server, figures):
    body, content_type = _multipart(300 * MB)
    with PeakMemory(api_server.pid) as memory:
        status, seconds = _post(api_server.url + "/documents", body, {**content_type, "X-API-Key": API_KEY})
    assert status == 413, status
    assert body.bytes < 40 * MB, f"the client could send {body.bytes / MB:.0f} MB (limit 20 MB + 1 MB of framing)"
    assert memory.growth_mb < 20 and seconds < 10, (memory.growth_mb, seconds)
    figures.setdefault("body_limits", {})["upload_chunked_300_mb_with_key"] = {
        "status": status, "client_sent_mb": round(body.bytes / MB, 1), "api_memory_growth_mb": round(memory.growth_mb, 1),
        "seconds": round(seconds, 2)}


def test_a_body_under_the_limit_still_passes_chunked(api_server):
    body = Sent(10, head=b'{"query": "RETURN 1 AS one', tail=b'"}', fill=b" ")
    body.total = 0  # no filler: the query as it is, sent chunked
    status, _ = _post(api_server.url + "/cypher", body, {"Content-Type": "application/json"})
    assert status == 200
