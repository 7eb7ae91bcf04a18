"""The API's one retry rule (api.graphdb.once_more_if_stale), shared by the resource reads
and the Cypher workbench: a stale connection gets one more try, nothing else does."""

from __future__ import annotations

import asyncio

import pytest
from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired

from api.graphdb import once_more_if_stale


def _attempts(*outcomes):
    calls = []

    async def attempt():
        outcome = outcomes[len(calls)]
        calls.append(outcome)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return attempt, calls


@pytest.mark.parametrize("stale", [ServiceUnavailable("gone"), SessionExpired("expired")])
def test_a_stale_connection_is_tried_once_more(stale):
    attempt, calls = _attempts(stale, "rows")
    assert asyncio.run(once_more_if_stale(attempt)) == "rows"
    assert len(calls) == 2


def test_a_second_stale_connection_is_raised():
    attempt, calls = _attempts(ServiceUnavailable("gone"), ServiceUnavailable("still gone"), "never")
    with pytest.raises(ServiceUnavailable, match="still gone"):
        asyncio.run(once_more_if_stale(attempt))
    assert len(calls) == 2


def test_a_query_error_is_not_retried():
    attempt, calls = _attempts(ClientError("bad syntax"), "never")
    with pytest.raises(ClientError):
        asyncio.run(once_more_if_stale(attempt))
    assert len(calls) == 1
