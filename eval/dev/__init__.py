"""The dev set of real documents: expected facts (``cases.yaml``), git-ignored excerpts
(``cache/``) and the scorer that compares ``loaders.pipeline.extract_bytes`` with them."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_FILE = HERE / "cases.yaml"
CACHE_DIR = HERE / "cache"
