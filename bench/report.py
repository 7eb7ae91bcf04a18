"""The benchmark's printout and bench/RESULTS.md: figures, ratios, and the targets checked.

RESULTS.md is generated from the JSON of the latest run plus the hand-written notes in
``bench/NOTES.md`` (what changed and its effect, how cost grows, what stands in the way),
so the figures and the prose cannot drift apart silently.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

NOTES = Path(__file__).with_name("NOTES.md")


def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem_kb = next((int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")), 0) \
        if Path("/proc/meminfo").exists() else 0
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "os": platform.platform(), "neo4j": "5.26 Community, heap 2g, page cache 2g",
            "load_average_at_start": os.getloadavg()}


def _get(d: dict, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def _ceiling_best(c: dict) -> tuple[str, float]:
    modes = [(k, v["docs_per_s"]) for k, v in c.items() if k.startswith("batch_")]
    return max(modes, key=lambda kv: kv[1]) if modes else ("", 0.0)


def rows(results: dict) -> list[tuple[str, str, str]]:
    """(figure, value, target/ratio) lines for the table."""
    out: list[tuple[str, str, str]] = []
    for size, e in results["sizes"].items():
        x = e["extraction"]
        one, pool_key = x["one_core"], next(k for k in x if k.startswith("pool_"))
        pool = x[pool_key]
        p, r = x["signatories"]["precision_recall"]
        out += [
            (f"[{size}] extraction, one core", f"{one['docs_per_s']} docs/s, {one['file_mb_per_s']} MB/s (files), {one['text_mb_per_s']} MB/s (text)",
             _target(one["docs_per_s"] >= 150, "≥150 docs/s")),
            (f"[{size}] extraction, {pool_key}", f"{pool['docs_per_s']} docs/s, {pool['file_mb_per_s']} MB/s",
             _target(pool["docs_per_s"] >= 1.7 * one["docs_per_s"], f"≥1.7× one core ({pool['docs_per_s'] / one['docs_per_s']:.2f}×)")),
            (f"[{size}] extraction peak RSS", f"main {x['peak_rss_mb']['main']} MB, worker {x['peak_rss_mb']['largest_worker']} MB", ""),
            (f"[{size}] signatories P/R", f"{p} / {r} (mean text {x['mean_text_kb']} KB, {x['failures']} failures)", ""),
        ]
        c, ld = e["ceiling"], e["load"]
        for k, v in c.items():
            if k.startswith("batch_"):
                label = "1 document per transaction" if k == "batch_1" else f"{k[6:]} documents per transaction"
                out.append((f"[{size}] write ceiling, {label}", f"{v['docs_per_s']} docs/s, {v['relationships_per_s']} rels/s", ""))
        first = ld["first"]
        best_mode, best = _ceiling_best(c)
        out += [
            (f"[{size}] load, first run (end to end)", f"{first['docs_per_s']} docs/s, {first['relationships_per_s']} rels/s",
             _target(first["docs_per_s"] >= 100, "≥100 docs/s") + f"; loader/ceiling {first['docs_per_s'] / best:.2f} (best ceiling, {best_mode})"
             + (f", {first['docs_per_s'] / c['batch_1']['docs_per_s']:.2f} (per-document ceiling)" if "batch_1" in c else "")),
            (f"[{size}] load, no-change rerun", f"{ld['rerun_unchanged']['docs_per_s']} docs/s ({ld['rerun_unchanged']['seconds']} s)",
             _target(ld["rerun_unchanged"]["docs_per_s"] >= 2000, "≥2,000 docs/s")),
            (f"[{size}] load, 1% changed rerun", f"{ld['rerun_1pct_changed']['docs_per_s']} docs/s ({ld['rerun_1pct_changed']['seconds']} s, "
             f"{ld['rerun_1pct_changed']['changed_files']} changed)", ""),
            (f"[{size}] loader peak RSS", f"main {first['peak_rss_mb']} MB, extraction worker {first['worker_peak_rss_mb']} MB",
             _target(first["peak_rss_mb"] <= 400, "≤400 MB (main)") if int(size) >= 10000 else ""),
            (f"[{size}] graph", f"{ld['graph']['nodes']} nodes, {ld['graph']['relationships']} relationships "
             f"(ceiling: {c[best_mode]['graph']['nodes']} / {c[best_mode]['graph']['relationships']})", ""),
        ]
        q = e.get("queries")
        if q:
            for conc, h in q["health"].items():
                out.append((f"[{size}] load generator on /health, {conc} clients", f"{h['rps']} req/s, p99 {h['p99_ms']} ms", ""))
            for name, v in q.items():
                if name in ("params", "health"):
                    continue
                for conc in (k for k in v if k.isdigit()):
                    api, raw = v[conc]["api"], v[conc]["raw"]
                    if not api["requests"] or not raw["requests"]:
                        out.append((f"[{size}] {name}, {conc} clients",
                                    f"API {_done(api)}; raw {_done(raw)}", ""))
                        continue
                    target = ""
                    if name == "signatories_opposing_export_rules" and conc == "16" and int(size) >= 10000:
                        target = _target(api["p99_ms"] <= 50 and (v[conc]["api_over_raw_rps"] or 0) >= 0.5, "p99 ≤50 ms and API ≥0.5× raw")
                    if name == "matrix" and conc == "64" and int(size) >= 10000:
                        target = _target(api["p99_ms"] < 1000, "p99 <1 s at 64 clients")
                    out.append((f"[{size}] {name}, {conc} clients",
                                f"API {api['rps']} req/s p50/p95/p99 {api['p50_ms']}/{api['p95_ms']}/{api['p99_ms']} ms; "
                                f"raw {raw['rps']} req/s p50/p95/p99 {raw['p50_ms']}/{raw['p95_ms']}/{raw['p99_ms']} ms; "
                                f"API/raw {v[conc]['api_over_raw_rps']}" + (f"; errors {api['errors']}+{raw['errors']}" if api['errors'] or raw['errors'] else ""),
                                target))
    return out


def _shape(small: float, large: float, scale: float) -> str:
    """How a cost grew against the corpus: under 1.5× is flat, within 30% of proportional
    is linear (the figures come from a shared 2-core machine; finer verdicts would be noise)."""
    if not small or not large:
        return "n/a"
    growth = large / small
    if growth < 1.5:
        verdict = "flat"
    elif 0.7 <= growth / scale <= 1.3:
        verdict = "linear"
    else:
        verdict = "sub-linear" if growth < 0.7 * scale else "worse than linear"
    return f"{growth:.1f}× for {scale:g}× the documents: {verdict}"


def growth_rows(results: dict) -> list[tuple[str, str, str, str]]:
    """(what, smaller size, larger size, growth) between each pair of consecutive sizes,
    from the run's own figures, so the table never drifts from the figures above it."""
    out: list[tuple[str, str, str, str]] = []
    sizes = sorted(results["sizes"], key=int)
    for a, b in zip(sizes, sizes[1:]):
        ea, eb = results["sizes"][a], results["sizes"][b]
        scale = int(b) / int(a)
        la, lb = ea["load"], eb["load"]
        for label, key in (("first load", "first"), ("no-change rerun", "rerun_unchanged"),
                           ("1% changed rerun", "rerun_1pct_changed")):
            out.append((f"{label}, seconds", str(la[key]["seconds"]), str(lb[key]["seconds"]),
                        _shape(la[key]["seconds"], lb[key]["seconds"], scale)))
        per_doc = [x["first"]["relationships_created"] / max(1, x["first"]["files"]) for x in (la, lb)]
        out.append(("relationships per document", f"{per_doc[0]:.1f}", f"{per_doc[1]:.1f}",
                    "flat" if abs(per_doc[1] - per_doc[0]) <= 0.15 * per_doc[0] else f"{per_doc[1] / per_doc[0]:.2f}×"))
        qa, qb = ea.get("queries") or {}, eb.get("queries") or {}
        for name in (n for n in qb if n not in ("params", "health") and n in qa):
            fa, fb = qa[name].get("1", {}).get("api", {}), qb[name].get("1", {}).get("api", {})
            if fa.get("requests") and fb.get("requests"):
                out.append((f"{name}, 1 client, API p50 ms", str(fa["p50_ms"]), str(fb["p50_ms"]),
                            _shape(fa["p50_ms"], fb["p50_ms"], scale)))
    return out


def _done(f: dict) -> str:
    if f["requests"]:
        return f"{f['rps']} req/s p50/p95/p99 {f['p50_ms']}/{f['p95_ms']}/{f['p99_ms']} ms"
    why = f"; {f['errors']} errors: {f['first_error']}" if f["errors"] else ""
    return f"no request completed inside the {f['seconds']:g}-s window{why}"


def _target(ok: bool, text: str) -> str:
    return ("MET " if ok else "MISSED ") + text


def table(results: dict) -> str:
    lines = rows(results)
    width = max(len(a) for a, _, _ in lines)
    body = [f"{a.ljust(width)}  {b}" + (f"   [{c}]" if c else "") for a, b, c in lines]
    growth = [f"{a.ljust(width)}  {b} -> {c}   [{d}]" for a, b, c, d in growth_rows(results)]
    return "\n".join(body + (["", "how cost grows:"] + growth if growth else []) + [f"total {results.get('total_s', 0)} s"])


def write_results_md(results: dict, path: Path, json_path: Path) -> None:
    m = results["machine"]
    md = [
        "# Benchmark results",
        "",
        "Generated by `make bench` (`.venv/bin/python -m bench.run`) from "
        f"`{json_path}`; the prose sections come from `bench/NOTES.md`.",
        "",
        "## Machine",
        "",
        f"- {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB RAM; {m['os']}; Python {m['python']}",
        f"- Neo4j {m['neo4j']} (the benchmark's own server, `.neo4j/bench`, Bolt 47687)",
        f"- load average at start (1/5/15 min): {', '.join(f'{x:.1f}' for x in m['load_average_at_start'])}"
        " — other work on the machine lowers every figure, and ceilings measured in the same run with it",
        f"- run: {results['date']}, `{results['command']}`, {results.get('total_s')} s in total",
        "",
        "## Commands",
        "",
        "```sh",
        "make bench                                   # 1,000 and 10,000 documents",
        ".venv/bin/python -m bench.run --full         # and 100,000",
        ".venv/bin/python bench/generate.py --seed 7 --count 1000 --out /tmp/corpus   # a corpus alone",
        ".venv/bin/python bench/extract.py /tmp/corpus                                 # extraction alone",
        "```",
        "",
        "## Figures",
        "",
        "| figure | value | target / ratio |",
        "| --- | --- | --- |",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows(results)),
        "",
    ]
    growth = growth_rows(results)
    if growth:
        sizes = sorted(results["sizes"], key=int)
        md += [
            "## How cost grows",
            "",
            f"From the figures above (sizes {', '.join(f'{int(x):,}' for x in sizes)}); why each grows as it does is in the notes below.",
            "",
            "| what | smaller | larger | growth |",
            "| --- | --- | --- | --- |",
            *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in growth),
            "",
        ]
    if NOTES.exists():
        md.append(NOTES.read_text(encoding="utf-8").rstrip() + "\n")
    path.write_text("\n".join(md), encoding="utf-8")
