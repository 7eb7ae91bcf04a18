"""AnswerCache without a server: one computation per (key, version), never an answer of another version, at most two at once."""

from __future__ import annotations

import asyncio

from api.answer_cache import AnswerCache


def test_an_answer_is_served_only_under_its_version():
    async def scenario():
        cache, calls = AnswerCache(), []

        async def compute(value):
            calls.append(value)
            return value

        assert await cache.get("k", ("v1",), lambda: compute("a")) == "a"
        assert await cache.get("k", ("v1",), lambda: compute("b")) == "a"
        assert await cache.get("k", ("v2",), lambda: compute("c")) == "c"
        assert await cache.get("k", ("v1",), lambda: compute("d")) == "d"  # v1's answer was dropped with v2's arrival
        return calls

    assert asyncio.run(scenario()) == ["a", "c", "d"]


def test_misses_together_compute_once_and_different_keys_at_most_two_at_a_time():
    async def scenario():
        cache, running, peak, calls = AnswerCache(), 0, 0, 0

        async def compute():
            nonlocal running, peak, calls
            calls += 1
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.02)
            running -= 1
            return calls

        same = await asyncio.gather(*(cache.get("same", ("v",), compute) for _ in range(20)))
        assert len(set(same)) == 1 and calls == 1
        await asyncio.gather(*(cache.get(f"date-{i}", ("v",), compute) for i in range(10)))
        return peak, calls

    peak, calls = asyncio.run(scenario())
    assert calls == 11 and peak == 2


def test_a_failed_computation_is_not_kept():
    async def scenario():
        cache = AnswerCache()

        async def broken():
            raise ConnectionError("graph down")

        async def fine():
            return "answer"

        try:
            await cache.get("k", ("v",), broken)
        except ConnectionError:
            pass
        return await cache.get("k", ("v",), fine)

    assert asyncio.run(scenario()) == "answer"


def test_version_reads_are_shared_but_always_issued_after_the_request_arrived():
    from api.answer_cache import SharedReads

    async def scenario():
        reads, started, version = SharedReads(), [], 0

        async def fetch():
            nonlocal version
            started.append(asyncio.get_running_loop().time())
            await asyncio.sleep(0.02)
            version += 1
            return version

        first = asyncio.create_task(reads.read(fetch))
        await asyncio.sleep(0.005)  # a read is on its way
        arrived = asyncio.get_running_loop().time()
        later = await asyncio.gather(*(reads.read(fetch) for _ in range(30)))
        return await first, later, started, arrived

    first, later, started, arrived = asyncio.run(scenario())
    assert first == 1
    assert set(later) == {2} and len(started) == 2  # 30 requests, one read for all of them
    assert started[1] >= arrived  # and that read began after they arrived
