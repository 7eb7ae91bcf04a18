"""Write a deterministic synthetic corpus with ground truth, for bench/extract.py.

    .venv/bin/python bench/generate.py --seed 7 --count 1000 --out bench/corpus

Documents of 2-8 KB in fourteen EU languages (en fr de es it pl nl sv cs el lt lv fi hu)
and four formats (txt, html, pdf, docx), each written in one of the layouts the extractor
reads (``LAYOUTS``): a statement opening "We, the governments of ...", "The governments
of ... have agreed", a closing signature block, an endorsement list or table naming
organisations beside states, "the undersigned", a Council "From: ... delegations" header
(authors, not signatories), an NGO press release, news quoting a joint statement (its
states are reported, never signatories), a position paper, an EU legal act, and news
reporting stances in varied wording with dates in many shapes. Padding sentences,
commitments, cited acts and a stray state (in HTML also navigation and sidebars) are
noise around the facts.

``ground_truth.jsonl`` holds, per document, its layout and the facts a careful reader
takes from it (signatories, organisations, authors, reported states, kind, date,
stances). Independence from the code under test: every text here was written for this
benchmark, state names come from hand-written genitive tables (pl cs fi lv lt
el) and from babel's CLDR nominatives; nothing from ``loaders`` is imported, so scores
measured against the truth are not circular. What the documents say is in ``bench/synthetic/``:
the names (``names.py``), the layouts and which document gets which (``layouts.py``), the
texts per language (``texts*.py``), one document and its truth (``documents.py``) and its
bytes per format (``formats.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic.documents import make_document  # noqa: E402 - after the path is set
from bench.synthetic.formats import pdf_font, render  # noqa: E402
from bench.synthetic.layouts import plan  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("bench/corpus"))
    parser.add_argument("--kb", type=float, default=5.0, help="mean text size in KB (documents span 2-8 KB)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    font = pdf_font()
    with open(args.out / "ground_truth.jsonl", "w", encoding="utf-8") as truth_file:
        for i in range(args.count):
            target = int(max(2.0, min(8.0, rng.gauss(args.kb, 1.2))) * 1024 * 0.85)
            truth, paragraphs, chrome = make_document(rng, i, target)
            fmt = plan(i)[2]
            data = render(fmt, paragraphs, chrome, truth["language"], rng, font)
            name = f"doc{i:05d}_{truth['language']}.{fmt}"
            (args.out / name).write_bytes(data)
            truth_file.write(json.dumps({"file": name, "format": fmt, **truth}, ensure_ascii=False) + "\n")
    print(f"wrote {args.count} documents and ground_truth.jsonl to {args.out}")


if __name__ == "__main__":
    main()
