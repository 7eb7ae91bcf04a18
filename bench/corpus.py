"""The generated corpora the benchmark runs on, made once and kept under bench/corpus/.

Layout: ``bench/corpus/seed<S>-n<N>/docs/`` holds the documents (the folder the loader is
pointed at) and ``ground_truth.jsonl`` sits beside it, not inside, so the loader never
reads it as a document. The generator is deterministic and sequential, so the first
1,000 documents of a 10,000 corpus are the 1,000 corpus: the small one is copied from
the large one rather than generated again. A corpus records the digest of the generator
that wrote it (``generator.sha256``, over ``generate.py`` and ``bench/synthetic/*.py``), so a
corpus left by an older generator is made again rather than measured as if it were the
current one.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from bench.server import ROOT

CORPUS_ROOT = ROOT / "bench" / "corpus"
GENERATOR = ROOT / "bench" / "generate.py"
STAMP = "generator.sha256"


def _folder(seed: int, count: int) -> Path:
    return CORPUS_ROOT / f"seed{seed}-n{count}"


def generator_digest() -> str:
    digest = hashlib.sha256()
    for path in (GENERATOR, *sorted((ROOT / "bench" / "synthetic").glob("*.py"))):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _complete(folder: Path, count: int) -> bool:
    truth, stamp = folder / "ground_truth.jsonl", folder / STAMP
    return (truth.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == generator_digest()
            and sum(1 for _ in truth.open(encoding="utf-8")) == count)


def ensure_corpus(seed: int, count: int, *, larger: int | None = None) -> Path:
    """The corpus folder for (seed, count), generated (or cut from ``larger``) if missing."""
    folder = _folder(seed, count)
    if _complete(folder, count):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    docs = folder / "docs"
    if larger and _complete(_folder(seed, larger), larger):
        source = _folder(seed, larger)
        docs.mkdir(parents=True)
        lines = (source / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines()[:count]
        for line in lines:
            name = line.split('"file": "', 1)[1].split('"', 1)[0]
            shutil.copyfile(source / "docs" / name, docs / name)
        (folder / "ground_truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / STAMP).write_text(generator_digest() + "\n", encoding="utf-8")
        return folder
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", str(seed), "--count", str(count),
                    "--out", str(docs)], check=True, cwd=ROOT)
    (docs / "ground_truth.jsonl").rename(folder / "ground_truth.jsonl")
    (folder / STAMP).write_text(generator_digest() + "\n", encoding="utf-8")
    return folder
