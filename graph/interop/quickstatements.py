"""An instrument's signatories as Wikidata QuickStatements (V1, tab-separated commands).

One ``P1891`` (signatory) statement per state that is a party by its own act, with
``P585`` (point in time: the date of its first act, at the precision known) and, where a
document attesting it has an address, ``S854`` (reference URL). Reported participation is
not a signature and is never exported. The instrument is created (``CREATE`` / ``LAST``)
unless ``metadata/wikidata.yaml`` knows its item. Parties without a known item are left
out and returned, so the caller can say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_PRECISION = {"day": 11, "month": 10, "year": 9}


@dataclass(frozen=True)
class WikidataItems:
    states: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    instruments: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "WikidataItems":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for group in ("states", "organisations", "instruments"):
            for key, qid in (data.get(group) or {}).items():
                if not (isinstance(qid, str) and qid.startswith("Q") and qid[1:].isdigit()):
                    raise ValueError(f"{path}: {group}.{key}: {qid!r} is not a Wikidata item id")
        return cls(**{g: {str(k): v for k, v in (data.get(g) or {}).items()} for g in ("states", "organisations", "instruments")})


def _time(date: str, precision: str | None) -> str:
    p = _PRECISION.get(precision or "day", 11)
    y, m, d = date[:10].split("-")
    if p <= 10:
        d = "00"
    if p == 9:
        m = "00"
    return f"+{y}-{m}-{d}T00:00:00Z/{p}"


def _quote(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def quickstatements(rows: Iterable[dict[str, Any]], items: WikidataItems) -> tuple[list[str], list[str]]:
    """(commands, parties left out) for the rows of one instrument."""
    rows = [r for r in rows if not r["reported"] and r["act"] in ("signed", "joined", "endorsed")]
    if not rows:
        return [], []
    first: dict[str, dict[str, Any]] = {}
    urls: dict[str, list[str]] = {}
    for r in sorted(rows, key=lambda r: (r["date"] or "9999", r.get("edition") or 0)):
        first.setdefault(r["party"], r)
        urls.setdefault(r["party"], [])
        urls[r["party"]] += [u for u in r.get("source_urls") or [] if u not in urls[r["party"]]]
    instrument, title = rows[0]["instrument"], rows[0]["title"]
    qid = items.instruments.get(instrument)
    commands: list[str] = []
    if qid is None:
        commands += ["CREATE", f"LAST\tLen\t{_quote(title or instrument)}"]
    subject = qid or "LAST"
    left_out: list[str] = []
    for party, r in sorted(first.items(), key=lambda kv: kv[1]["name"] or kv[0]):
        value = items.states.get(r["iso2"]) if r["party_kind"] == "state" else items.organisations.get(r["key"])
        if value is None or not r["date"]:
            left_out.append(party)
            continue
        line = f"{subject}\tP1891\t{value}\tP585\t{_time(r['date'], r['date_precision'])}"
        if urls[party]:
            line += f"\tS854\t{_quote(urls[party][0])}"
        commands.append(line)
    return commands, left_out
