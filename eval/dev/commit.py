"""Score a commit's extractor rather than the working tree's.

The shared working tree often holds other people's half-done edits; a figure quoted for a
commit must come from that commit. ``score_commit`` exports the commit with ``git archive``
into a temporary directory, lays this working tree's ``eval/`` package over it (the scorer
and the cases are today's, the extractor is the commit's), runs ``python -m eval.dev``
there on this tree's cache and returns its exit code. The export is removed afterwards.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class CommitError(Exception):
    pass


def resolve(rev: str, root: Path = ROOT) -> str:
    done = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
                          capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        raise CommitError(f"not a commit: {rev}")
    return done.stdout.strip()


def export(sha: str, into: Path, root: Path = ROOT) -> None:
    archive = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", sha], capture_output=True)
    if archive.returncode != 0:
        raise CommitError(f"git archive {sha} failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    shutil.copytree(root / "eval", into / "eval", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("cache", "__pycache__"))


def score_commit(rev: str, child_args: list[str], cases_file: Path, cache_dir: Path) -> int:
    """Run ``python -m eval.dev child_args`` on ``rev``'s extractor; returns its exit code."""
    sha = resolve(rev)
    with tempfile.TemporaryDirectory(prefix="eval-dev-") as tmp:
        export(sha, Path(tmp))
        print(f"scoring commit {sha[:10]} (extractor of that commit; scorer and cases of the working tree)",
              file=sys.stderr)
        cmd = [sys.executable, "-m", "eval.dev", *child_args,
               "--cases-file", str(cases_file.resolve()), "--cache-dir", str(cache_dir.resolve())]
        return subprocess.run(cmd, cwd=tmp).returncode
