"""The write ceiling: the loader's own rows written by the smallest UNWIND ... MERGE script.

Same facts (rows from ``graph.rows`` via :mod:`bench.plan`), same constraints and
indexes, raw driver, no loader logic. Two modes:

- ``per_document``: one transaction per document, the loader's durability contract, so
  loader/ceiling isolates what the loader adds (its reads, replacement logic, extraction);
- ``batched``: ``batch`` documents per transaction, what the machine can write when a
  document is not its own unit of failure (the group commit is shared).

Rows are prepared (and converted to parameters) before the clock starts. Like the loader's
writer, the ceiling has its statement planned afresh while the graph grows from empty
(:mod:`graph.replan`): planned on the empty graph, its relationship MERGEs scan every
relationship, and the ceiling would measure that plan instead of the writing.
"""

from __future__ import annotations

import time
from pathlib import Path

import neo4j

from bench.plan import PlannedDocument
from graph.replan import PREFIX as REPLAN_PREFIX
from graph.replan import ReplanWatch

CEILING = "\n".join(ln for ln in (Path(__file__).with_name("ceiling.cypher")).read_text().splitlines()
                    if not ln.startswith("//"))


def _clean(props: dict) -> dict:
    return {k: v for k, v in props.items() if v is not None}


def parameters(p: PlannedDocument) -> dict:
    r = p.rows
    return {
        "uid": f"document:{r.document['id']}",
        "document": _clean(r.document),
        "blocks": r.blocks,
        "nodes": [{"uid": n["uid"], "label": n["label"], "props": _clean(n["props"])} for n in r.nodes],
        "links": [{"type": l["type"], "from": l["from"], "to": l["to"]} for l in r.links],
        "facts": [{"type": f["type"], "from": f["from"], "to": f["to"], "fact_id": f["fact_id"], "props": _clean(f["props"])}
                  for f in r.facts],
        "evidence": [{"id": e["id"], "props": _clean(e["props"])} for e in r.evidence],
        "placement": [_clean(p.placement)] if p.placement else [],
    }


def write(driver: neo4j.Driver, docs: list[dict], batch: int = 1) -> float:
    """Write ``docs`` (from :func:`parameters`), ``batch`` per transaction; seconds taken."""
    start = time.perf_counter()
    plans = ReplanWatch(0)  # run on a wiped graph
    with driver.session(database="neo4j") as session:
        for i in range(0, len(docs), batch):
            text = REPLAN_PREFIX + CEILING if plans.take() else CEILING
            with session.begin_transaction() as tx:
                plans.changed(tx.run(text, docs=docs[i:i + batch]).consume().counters.relationships_created)
                tx.commit()
    return time.perf_counter() - start
