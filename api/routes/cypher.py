"""POST /cypher: the read-only Cypher workbench (rules and layers in :mod:`api.workbench`)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.deps import Database, Driver, ReadKey, Settings
from api.errors import COMMON_RESPONSES, problem_schema
from api.models_queries import CypherRequest, CypherResult
from api.workbench import run_workbench

router = APIRouter(tags=["cypher workbench"], dependencies=[ReadKey])


@router.post("/cypher", response_model=CypherResult, summary="Run one read-only Cypher statement",
             description="Returns columns and rows. Decided by the server's own plan (EXPLAIN): refused (422, "
                         "`reason` names the rule) unless every operator reads the graph (`operator`: no writes, "
                         "LOAD CSV, SHOW/TERMINATE, administration, IN TRANSACTIONS), every procedure is on the "
                         "allow-list (`procedure`) and no expression can grow or run without bound (`regex`, "
                         "`reduce`, `range`, `replace`, `concatenation`, `nested_comprehension`, "
                         "`comprehension_scope`, `function`); a lexer refuses the obvious first. Stopped by the time limit "
                         "(PLEDGEGRAPH_CYPHER_TIMEOUT, 422 with timed_out); cut at PLEDGEGRAPH_CYPHER_ROW_CAP "
                         "rows (truncated: true).",
             responses={**COMMON_RESPONSES,
                        422: {"description": "refused, stopped by the time limit, or invalid Cypher",
                              "content": {"application/problem+json": {"examples": {
                                  "refused": {"value": problem_schema(422, "query-refused", "Query refused by the read-only workbench",
                                                                      "CREATE is refused: the workbench is read-only",
                                                                      reason="write_clause")["content"]["application/problem+json"]["example"]},
                                  "timed_out": {"value": problem_schema(422, "query-timed-out", "Query stopped by the time limit",
                                                                        "the query ran longer than the workbench's limit of 5 s and was stopped",
                                                                        timed_out=True, timeout_seconds=5.0)["content"]["application/problem+json"]["example"]},
                              }}}}})
async def run_cypher(body: CypherRequest, driver: Driver, database: Database, settings: Settings,
                     request: Request) -> CypherResult:
    return await run_workbench(driver, database, body.query, body.parameters,
                               timeout=settings.cypher_timeout, row_cap=settings.cypher_row_cap,
                               verdicts=request.app.state.read_verdicts)
