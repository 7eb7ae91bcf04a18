"""A load report's memory does not grow with its files: counts for every file, a listing
of every outcome in a short run and of the notable ones (rejected, excluded, loaded with
warnings) in a long one."""

from __future__ import annotations

from loaders import report as report_module
from loaders.report import FileOutcome, LoadReport


def _report() -> LoadReport:
    return LoadReport(run_id="run-test", started_at="2026-01-01T00:00:00+00:00")


def test_a_short_run_lists_every_outcome_and_counts_them(monkeypatch):
    monkeypatch.setattr(report_module, "LISTED_FILES", 5)
    r = _report()
    for n, action in enumerate(["added", "unchanged", "rejected", "added"]):
        r.add(FileOutcome(source=f"f{n}.txt", action=action))
    assert [f.source for f in r.files] == ["f0.txt", "f1.txt", "f2.txt", "f3.txt"]
    assert r.listing == "all" and r.unlisted == 0
    assert r.count() == {"added": 2, "unchanged": 1, "rejected": 1}


def test_past_the_bound_only_notable_outcomes_stay_listed_and_the_rest_are_counted(monkeypatch):
    monkeypatch.setattr(report_module, "LISTED_FILES", 4)
    r = _report()
    outcomes = [FileOutcome(source="a.txt", action="added"),
                FileOutcome(source="bad.pdf", action="rejected", reason="no text after normalisation"),
                FileOutcome(source="b.txt", action="added", warnings=2),
                FileOutcome(source="c.txt", action="unchanged"),
                FileOutcome(source="d.txt", action="added"),
                FileOutcome(source="README.md", action="excluded", reason="a corpus catalogue (x.meta.yaml)"),
                FileOutcome(source="e.txt", action="changed")]
    for o in outcomes:
        r.add(o)
    assert r.listing == "notable"
    assert [f.source for f in r.files] == ["bad.pdf", "b.txt", "README.md"]
    assert r.files[0].reason == "no text after normalisation"
    assert r.unlisted == 4
    assert r.count() == {"added": 3, "rejected": 1, "unchanged": 1, "excluded": 1, "changed": 1}
    assert sum(r.count().values()) == len(r.files) + r.unlisted


def test_the_notable_listing_is_bounded_too(monkeypatch):
    monkeypatch.setattr(report_module, "LISTED_FILES", 3)
    r = _report()
    for n in range(10):
        r.add(FileOutcome(source=f"bad{n}.pdf", action="rejected", reason="unreadable"))
    assert [f.source for f in r.files] == ["bad0.pdf", "bad1.pdf", "bad2.pdf"]
    assert r.unlisted == 7 and r.count() == {"rejected": 10}
