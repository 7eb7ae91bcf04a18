"""When a load run writes its progress: loaded documents every PROGRESS_EVERY, notable files
only in batches of NOTABLE_EVERY (the LoadRun's list is rewritten whole on each append) and
whatever is left when the run flushes at its end. No server: the run records what it is given."""

from __future__ import annotations

from loaders import run_progress
from loaders.report import FileOutcome, LoadReport
from loaders.run_progress import RunProgress


class _Run:
    """What RunProgress reads of a run: its report's totals, and where a batch goes."""

    def __init__(self):
        self.report = LoadReport(run_id="run-x", started_at="2026-12-01T00:00:00+00:00")
        self.writes: list[tuple[int, list[str]]] = []

    def record_progress(self, counts, loaded, notable):
        self.writes.append((len(loaded), [n.split('"source":"', 1)[1].split('"', 1)[0] for n in notable]))


def _outcome(run, n, warnings):
    o = FileOutcome(source=f"f{n}.txt", action="added", document_id=f"doc-{n}", warnings=warnings)
    run.report.add(o)
    return o


def test_notable_files_wait_for_their_own_batch_and_the_final_flush(monkeypatch):
    monkeypatch.setattr(run_progress, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(run_progress, "NOTABLE_EVERY", 3)
    run = _Run()
    log = RunProgress(run)  # type: ignore[arg-type]
    for n in range(7):
        log.add(_outcome(run, n, warnings=1 if n in (0, 2, 3, 6) else 0))
    # loaded documents in pairs; the notable ones f0, f2, f3 go once three wait (with f2, f3's links)
    assert run.writes == [(2, []), (2, ["f0.txt", "f2.txt", "f3.txt"]), (2, [])]
    log.flush()
    assert run.writes[-1] == (1, ["f6.txt"])
    log.flush()
    assert run.writes[-1] == (0, [])
