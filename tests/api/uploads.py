"""Waiting for an upload's queued load run, as a client of POST /documents does."""

from __future__ import annotations

import time

from tests.api.conftest import API_KEY


def wait_for_upload(client, queued, timeout: float = 120.0, api_key: str = API_KEY) -> dict:
    """Follow a 202 answer's status URL until the run is done or failed; its last state."""
    assert queued.status_code == 202, queued.text
    url = queued.json()["status_url"]
    assert queued.headers["Location"] == url
    deadline = time.monotonic() + timeout
    while True:
        state = client.get(url, headers={"X-API-Key": api_key})
        assert state.status_code == 200, state.text
        body = state.json()
        if body["state"] in ("done", "failed") or time.monotonic() > deadline:
            return body
        time.sleep(0.1)
