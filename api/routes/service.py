"""GET /health (the process answers) and GET /ready (Neo4j reachable and the schema applied).

/ready is what a load balancer or compose healthcheck should poll: it returns 503 with
``Retry-After`` until the graph can serve, and names the schema items still missing.
"""

from __future__ import annotations

from fastapi import APIRouter
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from api.deps import Database, Driver, Settings
from api.errors import RETRY_AFTER_SECONDS
from api.graphdb import run_read
from api.models_service import Health, Ready
from fastapi.responses import JSONResponse
from graph.schema import schema_statements

router = APIRouter(tags=["service"])

# Tiny fragments: SHOW commands cannot be combined with UNION, so two one-liners.
_SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
_SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"


@router.get("/health", response_model=Health, summary="The process is up",
            description="Answers without touching Neo4j; use /ready for the database.")
async def health() -> Health:
    return Health()


@router.get("/ready", response_model=Ready, summary="Neo4j reachable and schema applied",
            responses={503: {"model": Ready, "description": "not ready; see neo4j and missing_schema",
                             "content": {"application/json": {"example": {
                                 "status": "not_ready", "neo4j": "unreachable", "missing_schema": []}}}}})
async def ready(driver: Driver, database: Database, settings: Settings):
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    try:
        present = {r["name"] for r in await run_read(driver, database, _SHOW_CONSTRAINTS, {})}
        present |= {r["name"] for r in await run_read(driver, database, _SHOW_INDEXES, {})}
    except (ServiceUnavailable, SessionExpired, OSError):
        body = Ready(status="not_ready", neo4j="unreachable")
        return JSONResponse(body.model_dump(), status_code=503, headers=headers)
    missing = [st.name for st in schema_statements(settings.cypher_dir) if st.name not in present]
    if missing:
        body = Ready(status="not_ready", neo4j="reachable", missing_schema=missing)
        return JSONResponse(body.model_dump(), status_code=503, headers=headers)
    return Ready(status="ready", neo4j="reachable")


