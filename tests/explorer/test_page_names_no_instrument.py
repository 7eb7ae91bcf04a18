"""Issue 19: nothing in the explorer's source or its built bundle names one instrument. Which
instrument, act or topic the page asks about comes from the API (the template query's defaults,
the instrument list, GET /explorer/targets). No server needed."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "web" / "src").glob("*.ts")), *sorted((ROOT / "web" / "src").glob("*.html")),
           ROOT / "web" / "index.html", *sorted((ROOT / "api" / "static").rglob("*.html")),
           *[p for p in sorted((ROOT / "api" / "static" / "assets").glob("index-*.js"))],
           *[p for p in sorted((ROOT / "api" / "static" / "assets").glob("frame-*.js"))]]


def instrument_words() -> set[str]:
    """Each curated instrument's id and title, and the id's first word ("spyware", "pall")."""
    words: set[str] = set()
    for path in sorted((ROOT / "metadata" / "instruments").glob("*.yaml")):
        manifest = yaml.safe_load(path.read_text(encoding="utf-8"))
        record = manifest.get("instrument", manifest)
        for key in ("id", "title"):
            if record.get(key):
                words.add(str(record[key]).lower())
        words.add(path.stem.split("-")[0].lower())
    return words


def test_the_explorer_names_no_instrument_of_its_own():
    words = instrument_words()
    assert {"spyware", "pall"} <= words, words  # the check reads the manifests it is meant to read
    found = [(p.relative_to(ROOT).as_posix(), w) for p in SOURCES for w in words
             if re.search(rf"\b{re.escape(w)}\b", p.read_text(encoding="utf-8").lower())]
    assert not found, found
