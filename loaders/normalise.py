"""Normalised text: the one string every offset in pledgegraph points into.

Pure: ``normalise(raw) -> Normalised``. What the rules may rely on (the contract):

* Unicode NFC; no zero-width characters, soft hyphens or BOMs; every no-break or
  exotic space is a plain space; no tabs; no runs of spaces; no leading or trailing
  spaces on a line; ``\\n`` is the only line break.
* One line is one paragraph, heading or list item. Hard-wrapped lines inside a sentence
  are rejoined with a single space (a line ending in ``letter-`` is rejoined without
  one, keeping the hyphen).
* Paragraphs are separated by exactly one blank line, except consecutive list items,
  which are separated by a single ``\\n`` (a list is one block).
* A list item starts with ``"• "``. Ornamental markers (``·  •  ◦  ▪  -  *  –``...) are
  replaced by it; enumerators are kept after it, so ``(a) text`` becomes
  ``• (a) text`` and ``1. text`` becomes ``• 1. text``. :func:`split_list_item` splits
  one back into ``(label, body)``.
* Word-processor debris (``[bookmark: _GoBack]``, ``[image: ...]``) is dropped.

Everything dropped is reported as a warning so nothing disappears silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from core.model import Warning_

BULLET = "• "

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u2006\u2008-\u200a\u205f\u3000\t\x0b]")
_ARTEFACT = re.compile(r"\[(?:bookmark|image|comment|footnote ref|endnote ref):[^\]\n]{0,200}\]", re.IGNORECASE)
_RUNS_OF_SPACES = re.compile(r" {2,}")
_ORNAMENT = r"[·•◦▪▫‣●○■□►▶➢✓✔∙⁃\-–—*+]"
_ENUMERATOR = r"(?:\d{1,3}[.)]|\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)|[a-z][.)])"
_LIST_MARKER = re.compile(rf"^(?:{_ORNAMENT}|(?P<enum>{_ENUMERATOR}))\s+(?=\S)")
_LIST_ITEM = re.compile(rf"^{re.escape(BULLET)}(?:(?P<label>{_ENUMERATOR}) )?(?P<body>.*)$")
_DASHES = frozenset("-–—")
_TERMINAL = tuple('.!?:;"”’»)…')
_WRAP_LINE_MAX = 130


@dataclass(frozen=True)
class Normalised:
    text: str
    warnings: list[Warning_] = field(default_factory=list)


def split_list_item(line: str) -> tuple[str | None, str] | None:
    """``"• (a) text"`` -> ``("(a)", "text")``; ``"• text"`` -> ``(None, "text")``; else None."""
    m = _LIST_ITEM.match(line)
    return (m.group("label"), m.group("body")) if m else None


def is_list_item(line: str) -> bool:
    return line.startswith(BULLET)


def normalise(raw: str, *, lines_are_paragraphs: bool | None = None) -> Normalised:
    """Normalise ``raw``. ``lines_are_paragraphs`` comes from the reader when it knows
    (HTML, DOCX: True; PDF: False); ``None`` lets the text's own shape decide."""
    warnings: list[Warning_] = []
    text = _clean_characters(raw, warnings)
    # runs of spaces squeezed over the whole text at once: the same lines as squeezing each stripped line
    lines = [line.strip() for line in _RUNS_OF_SPACES.sub(" ", text).split("\n")]
    if lines_are_paragraphs is None:
        lines_are_paragraphs = not _looks_hard_wrapped(lines)
    units = [line for line in lines if line] if lines_are_paragraphs else _rejoin_wrapped(lines)
    return Normalised(text=_layout([_bulletise(unit) for unit in units]), warnings=warnings)


def _clean_characters(raw: str, warnings: list[Warning_]) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    artefacts = _ARTEFACT.findall(text)
    if artefacts:
        text = _ARTEFACT.sub("", text)
        shown = ", ".join(sorted(set(artefacts))[:5])
        warnings.append(Warning_(code="dropped_artefact", message=f"dropped {len(artefacts)} word-processor artefact(s): {shown}"))
    invisible = Counter(_INVISIBLE.findall(text))
    if invisible:
        text = _INVISIBLE.sub("", text)
        shown = ", ".join(f"U+{ord(ch):04X}×{n}" for ch, n in invisible.most_common())
        warnings.append(Warning_(code="dropped_characters", message=f"dropped invisible characters: {shown}"))
    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub("", text)
        warnings.append(Warning_(code="dropped_characters", message=f"dropped {controls} control character(s)"))
    return _SPACES.sub(" ", text)


def _marker(line: str) -> tuple[str, str | None, str] | None:
    """``(marker, enumerator or None, body)`` when the line starts like a list item."""
    m = _LIST_MARKER.match(line)
    if m is None:
        return None
    body = line[m.end() :]
    enum = m.group("enum")
    if enum and not _plausible_enumerated_item(enum, body):
        return None
    return line[: m.end()].strip(), enum, body


def _bulletise(line: str) -> str:
    found = _marker(line)
    if found is None:
        return line
    _, enum, body = found
    return f"{BULLET}{enum} {body}" if enum else f"{BULLET}{body}"


def _plausible_enumerated_item(enum: str, body: str) -> bool:
    """'1. We commit' is an item; '2024. The' (a year ending a wrapped sentence) is not."""
    return len(enum) <= 6 and bool(body) and not body[0].isdigit()


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Hard wrapping shows as many short lines that stop mid-sentence."""
    content = [line for line in lines if line and _marker(line) is None]
    if len(content) < 4:
        return False
    short = sum(len(line) <= _WRAP_LINE_MAX for line in content)
    open_ended = sum(not line.endswith(_TERMINAL) for line in content)
    continued = _count_lowercase_continuations(lines)
    return short >= 0.8 * len(content) and open_ended >= 0.4 * len(content) and continued >= 2


def _count_lowercase_continuations(lines: list[str]) -> int:
    previous = ""
    count = 0
    for line in lines:
        if not line:
            continue
        if previous and not previous.endswith(_TERMINAL) and line[0].islower():
            count += 1
        previous = line
    return count


def _gaps(lines: list[str]) -> list[tuple[str, int]]:
    """Non-empty lines with the number of blank lines before each."""
    out: list[tuple[str, int]] = []
    blank = 0
    for line in lines:
        if line:
            out.append((line, blank))
            blank = 0
        else:
            blank += 1
    return out


def _rejoin_wrapped(lines: list[str]) -> list[str]:
    """Rejoin hard-wrapped lines, telling wraps from paragraph breaks.

    The blank-line count typical of a wrap is learnt from the document itself (PDF
    extractions put 0 or 1 blank line between wrapped lines); a larger gap before a
    capitalised line, sentence-final punctuation before a capitalised line, or a
    bullet always starts a new unit. A lowercase start is always a continuation.
    """
    items = _gaps(lines)
    wrap_gap = _typical_wrap_gap(items)
    units: list[str] = []
    for line, gap in items:
        if units and _continues(units[-1], line, gap, wrap_gap):
            units[-1] = _join(units[-1], line)
        else:
            units.append(line)
    return units


def _typical_wrap_gap(items: list[tuple[str, int]]) -> int:
    gaps = Counter(
        gap for (prev, _), (line, gap) in zip(items, items[1:]) if not prev.endswith(_TERMINAL) and line[0].islower()
    )
    return gaps.most_common(1)[0][0] if gaps else 0


def _continues(previous: str, line: str, gap: int, wrap_gap: int) -> bool:
    marker = _marker(line)
    if marker is not None:
        # "- w tym ..." after an open sentence is a dash inside the sentence, not a bullet.
        dash = marker[0] in _DASHES
        return dash and _marker(previous) is None and not previous.endswith(_TERMINAL) and gap <= wrap_gap
    first = line[0]
    if first.islower():
        return True
    if previous.endswith(_TERMINAL):
        return False
    return gap <= wrap_gap


def _join(previous: str, line: str) -> str:
    if len(previous) > 1 and previous.endswith("-") and previous[-2].isalpha() and line[0].islower():
        return previous + line
    return f"{previous} {line}"


def _layout(units: list[str]) -> str:
    parts: list[str] = []
    for i, unit in enumerate(units):
        if i:
            parts.append("\n" if is_list_item(unit) and is_list_item(units[i - 1]) else "\n\n")
        parts.append(unit)
    return "".join(parts)
