"""The shared corpus, read at run time (never copied into the project).

Uses the project's normaliser and language blocks when they exist, else a minimal
stand-in (NFC, wrapped lines rejoined, one block), so the rules can be tested alone.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from core.model import LanguageBlock

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"


def _fallback_normalise(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n")
    paras: list[str] = []
    cur: list[str] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        line = re.sub(r"^[·▪]\s+", "• ", line)
        if cur and (line.startswith("• ") or cur[-1].endswith((".", ":", ";"))):
            paras.append(" ".join(cur))
            cur = []
        cur.append(line)
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def corpus_doc(prefix: str) -> tuple[str, list[LanguageBlock]]:
    files = sorted(CORPUS.glob(f"{prefix}_*.txt"))
    assert files, f"no {prefix}_*.txt in {CORPUS}: the starting corpus is input the tests read, never skipped"
    raw = files[0].read_text(encoding="utf-8")
    try:
        from loaders.lang import language_blocks
        from loaders.normalise import normalise
    except ImportError:
        text = _fallback_normalise(raw)
        return text, []
    text = normalise(raw).text
    return text, language_blocks(text)
