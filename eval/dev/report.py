"""The printed table and the JSON figures of a dev-set run.

Blind cases are shown by their figures only: which fact was missed or wrongly added is
printed for dev cases alone, so nobody writes a rule from a blind document.
"""

from __future__ import annotations

import json

from eval.dev.scoring import CaseScore, Counts, Totals, totals

SPLITS = ("dev", "blind")


def _pct(x: float | None) -> str:
    return "   –  " if x is None else f"{x:6.3f}"


def _c(c: Counts) -> str:
    return f"{c.tp:>2}/{c.fp:<2}/{c.fn:<2}"


def _mark(ok: bool | None) -> str:
    return "–" if ok is None else ("ok" if ok else "NO")


def case_line(s: CaseScore) -> str:
    if s.status == "not_cached":
        return f"{s.id:<44} not cached"
    kind = "ok" if s.kind_ok else f"NO {s.kind_got}"
    status = "" if s.status == "scored" else f"  ERROR: {s.error}"
    return (f"{s.id:<44} {s.kind_expected:<15} {kind:<17} {_mark(s.languages_ok):<4} {_mark(s.date_ok):<4} "
            f"{_c(s.signatories)}  {_c(s.authors)}  {_c(s.stances)}{status}")


HEADER = (f"{'case':<44} {'kind expected':<15} {'kind got':<17} {'lang':<4} {'date':<4} "
          f"{'sig tp/fp/fn':<10}  {'aut tp/fp/fn':<10}  {'stance tp/fp/fn'}")


def totals_lines(name: str, t: Totals, not_cached: int) -> list[str]:
    def rate(n: int, d: int) -> str:
        return f"{n}/{d} = {n / d:.3f}" if d else f"{n}/0"

    p = t.parties()
    return [
        f"{name}: {t.cases} scored, {not_cached} not cached, {t.errors} extraction errors",
        f"  kind right        {rate(t.kind_ok, t.cases)}  ("
        + ", ".join(f"{k} {r}/{n}" for k, (n, r) in sorted(t.by_kind.items())) + ")",
        f"  languages right   {rate(t.languages_ok, t.cases)}",
        f"  dates right       {rate(t.date_ok, t.dated)} (of cases with a date; a date given where none is expected: {t.dated_unexpected})",
        f"  signatories       P {_pct(t.signatories.precision)}  R {_pct(t.signatories.recall)}   ({_c(t.signatories)} tp/fp/fn)",
        f"  authors           P {_pct(t.authors.precision)}  R {_pct(t.authors.recall)}   ({_c(t.authors)})",
        f"  sig. + authors    P {_pct(p.precision)}  R {_pct(p.recall)}   ({_c(p)}); role errors {t.role_errors}",
        "  found by kind     " + ", ".join(f"{k} {f}/{n}" for k, (n, f) in sorted(t.parties_by_kind.items())),
        f"  stances           P {_pct(t.stances.precision)}  R {_pct(t.stances.recall)}   ({_c(t.stances)})"
        + ("  (found by target: " + ", ".join(f"{k} {f}/{n}" for k, (n, f) in sorted(t.stances_by_target.items())) + ")"
           if t.stances_by_target else ""),
        f"  reported parties  kept as reported {rate(t.reported.found, t.reported.found + t.reported.fn)} (recall only)",
        f"  extraction time   {t.seconds:.2f} s",
    ]


def render_text(scores: list[CaseScore], details: bool) -> str:
    lines: list[str] = []
    for split in SPLITS:
        part = [s for s in scores if s.split == split]
        if not part:
            continue
        lines += ["", f"== {split} ==", HEADER]
        for s in part:
            lines.append(case_line(s))
            if details and split == "dev":
                lines += [f"      - {m}" for m in s.misses]
        if details and split == "blind":
            lines.append("      (blind cases: details withheld; look at their score only)")
        lines += [""] + totals_lines(split, totals(part), sum(s.status == "not_cached" for s in part))
    if {s.split for s in scores} >= set(SPLITS):
        lines += [""] + totals_lines("all", totals(scores), sum(s.status == "not_cached" for s in scores))
    missing = [s.id for s in scores if s.status == "not_cached"]
    if missing:
        lines += ["", f"not cached ({len(missing)}), counted apart: " + ", ".join(missing)]
    return "\n".join(lines).lstrip("\n")


def confusion_lines(scores: list[CaseScore]) -> list[str]:
    """Expected kind (rows) against the kind read (columns), dev cases only: which kinds are
    taken for which tells what structure the rules miss. Blind cases are never broken down."""
    part = [s for s in scores if s.split == "dev" and s.status == "scored"]
    if not part:
        return []
    got = sorted({s.kind_got or "none" for s in part} | {s.kind_expected for s in part})
    cells: dict[tuple[str, str], int] = {}
    for s in part:
        key = (s.kind_expected, s.kind_got or "none")
        cells[key] = cells.get(key, 0) + 1
    width = max(len(k) for k in got) + 1
    lines = ["kind confusion, dev (rows expected, columns read)",
             " " * width + "".join(f"{k[:8]:>9}" for k in got)]
    for row in sorted({s.kind_expected for s in part}):
        lines.append(f"{row:<{width}}" + "".join(f"{cells.get((row, k), 0) or '.':>9}" for k in got))
    return lines


def render_json(scores: list[CaseScore], details: bool) -> str:
    out = {
        "totals": {split: totals([s for s in scores if s.split == split]).as_dict() for split in SPLITS},
        "cases": [s.as_dict(details=details and s.split == "dev") for s in scores],
        "not_cached": [s.id for s in scores if s.status == "not_cached"],
        "errors": [{"id": s.id, "error": s.error} for s in scores if s.status == "error"],
    }
    out["totals"]["all"] = totals(scores).as_dict()
    return json.dumps(out, ensure_ascii=False, indent=1)
