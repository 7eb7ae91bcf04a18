"""Dump the graph's content as sorted lines, to prove that a change leaves the graph as it was.

Every node (labels and properties) and every relationship (type, end uids, properties) is
one JSON line, sorted; what differs from run to run by design (LoadRun and LoadLease
nodes, timestamps, a load run's id) is left out. Two dumps of the same corpus loaded by
two versions of the code are then compared with ``diff``.

    NEO4J_URI=bolt://... NEO4J_PASSWORD=... python scripts/graph_facts.py > facts.txt
"""

from __future__ import annotations

import json
import sys

from graph.driver import open_driver
from core.settings import get_neo4j_settings

RUN_LABELS = {"LoadRun", "LoadLease"}
RUN_PROPS = {"loaded_at", "updated_at", "created_at", "run_id", "added_by_run", "finished_at", "started_at",
             "acquired_at", "renewed_at", "expires_at", "decided_at"}


def _key(uid, id_, labels) -> str:
    return str(uid or id_ or sorted(labels))


def _plain(value):
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _props(entity) -> dict:
    return {k: _plain(v) for k, v in sorted(dict(entity).items()) if k not in RUN_PROPS}


def dump(session) -> list[str]:
    lines = []
    for rec in session.run("MATCH (n) RETURN n"):
        n = rec["n"]
        if RUN_LABELS & set(n.labels):
            continue
        lines.append(json.dumps({"node": sorted(n.labels), "props": _props(n)}, ensure_ascii=False, sort_keys=True))
    # Only the ends' keys, not the whole nodes: a Document's text in every record of its facts
    # ran a 1 GB server out of direct memory on a 10,000-document graph.
    for rec in session.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, a.uid AS au, a.id AS ai, labels(b) AS bl, "
                           "b.uid AS bu, b.id AS bi, type(r) AS type, properties(r) AS props"):
        if RUN_LABELS & (set(rec["al"]) | set(rec["bl"])):
            continue
        lines.append(json.dumps({"rel": rec["type"], "from": _key(rec["au"], rec["ai"], rec["al"]),
                                 "to": _key(rec["bu"], rec["bi"], rec["bl"]), "props": _props(rec["props"])},
                                ensure_ascii=False, sort_keys=True))
    return sorted(lines)


def main() -> int:
    settings = get_neo4j_settings()
    driver = open_driver(settings)
    try:
        with driver.session(database=settings.database) as session:
            lines = dump(session)
    finally:
        driver.close()
    sys.stdout.write("\n".join(lines) + "\n")
    print(f"{len(lines)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
