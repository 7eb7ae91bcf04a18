"""The contents a run remembers itself are bounded (the graph answers for older ones),
except in a dry run, which writes nothing the graph could answer from."""

from __future__ import annotations

from loaders import screening
from loaders.screening import SeenContents


def test_a_writing_run_forgets_the_oldest_contents_past_the_bound(monkeypatch):
    monkeypatch.setattr(screening, "SEEN_CONTENTS", 3)
    seen = SeenContents(bounded=True)
    for n in range(5):
        seen[f"sha{n}"] = f"/docs/{n}.txt"
    assert list(seen) == ["sha2", "sha3", "sha4"] and seen["sha4"] == "/docs/4.txt"


def test_a_dry_run_remembers_every_content(monkeypatch):
    monkeypatch.setattr(screening, "SEEN_CONTENTS", 3)
    seen = SeenContents(bounded=False)
    for n in range(5):
        seen[f"sha{n}"] = f"/docs/{n}.txt"
    assert len(seen) == 5
