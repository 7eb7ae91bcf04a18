"""GET /graph/neighbourhood?id=&depth=: nodes and edges around one node, for a graph view.

Expanded breadth-first, one Cypher round trip per hop (depth is capped at 3), keeping
at most ``limit`` nodes so a hub cannot flood the browser; ``truncated`` says when the
limit was hit. Evidence, LoadRun and MergeDecision nodes are left out.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, problem_schema
from api.graphdb import read_one, read_rows
from api.models_graph import GraphEdge, GraphNode, Neighbourhood
from api.paging import AsOf

router = APIRouter(prefix="/graph", tags=["graph"], dependencies=[ReadKey])
MAX_DEPTH = 3


@router.get("/neighbourhood", response_model=Neighbourhood, summary="Nodes and edges around a node",
            description="`id` is a natural key: an ISO code (SE), an instrument, edition, document, legal act id, "
                        "or an organisation/person/product key.",
            responses={**COMMON_RESPONSES, 404: problem_schema(404, "not-found", "Not found", "no node with key 'nope'")})
async def neighbourhood(driver: Driver, database: Database,
                        id: Annotated[str, Query(min_length=1, max_length=300, description="natural key of the start node",
                                                 examples=["SE"])],
                        depth: Annotated[int, Query(ge=1, le=MAX_DEPTH, description=f"hops (1 to {MAX_DEPTH})")] = 1,
                        limit: Annotated[int, Query(ge=1, le=1000, description="at most this many nodes")] = 200,
                        as_of: AsOf = None) -> Neighbourhood:
    start = await read_one(driver, database, "neighbourhood_start", {"id": id})
    if start is None:
        raise NotFound(f"no node with key '{id}'")
    nodes = {start["uid"]: GraphNode(id=start["uid"], key=start["key"], labels=start["labels"],
                                     caption=start["caption"], date=start["date"], depth=0)}
    edges: dict[str, GraphEdge] = {}
    frontier, truncated = [start["uid"]], False
    for hop in range(1, depth + 1):
        if not frontier:
            break
        rows = await read_rows(driver, database, "neighbourhood_hop",
                               {"frontier": frontier, "as_of": as_of, "limit": limit * 4})
        truncated = truncated or len(rows) >= limit * 4
        next_frontier = []
        for r in rows:
            if r["uid"] not in nodes:
                if len(nodes) >= limit:
                    truncated = True
                    continue
                nodes[r["uid"]] = GraphNode(id=r["uid"], key=r["key"], labels=r["labels"],
                                            caption=r["caption"], date=r["date"], depth=hop)
                next_frontier.append(r["uid"])
            edges.setdefault(r["edge_id"], GraphEdge(id=r["edge_id"], type=r["type"], source=r["source"],
                                                     target=r["target"], fact_id=r["fact_id"]))
        frontier = next_frontier
    kept = [e for e in edges.values() if e.source in nodes and e.target in nodes]
    return Neighbourhood(root=start["uid"], depth=depth, as_of=as_of, truncated=truncated,
                         nodes=list(nodes.values()), edges=kept)
