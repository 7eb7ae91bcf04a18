"""Named queries as endpoints, like Datasette's canned queries.

Every ``cypher/queries/*.cypher`` file is listed at ``GET /queries`` and runs at
``GET /queries/{name}``; the query string supplies its parameters, bound and type-checked
by ``NamedQuery.bind`` (a wrong or unknown one is a 422 naming it). The directory is
checked per request (and parsed again only when a file changed), so adding a query is
adding a file: no code, no restart.

``run_query`` answers with JSON bytes written by orjson straight from the driver's rows
(:func:`api.values.json_bytes`): returning a ``Response`` skips FastAPI's validation and
serialisation of ``QueryResult``, which stays the documented ``response_model``. On the
headline query (26 KB, 57 dates among dozens of evidence maps) the copy through
``plain()``, the model's validation and its serialiser cost 0.23 ms of the 2.15 ms of CPU
per request (in-process); the bytes are the same.
"""

from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from api.deps import Database, Driver, Format, NamedQueries, ReadKey
from api.errors import COMMON_RESPONSES, InvalidParameter, NotFound, open_query_string, problem_schema
from api.formats import CSV_RESPONSE_DOC, as_of_filename, columns_of, csv_response
from api.graphdb import read_one, run_read_records
from api.models_queries import QueryInfo, QueryList, QueryParamInfo, QueryResult
from api.paging import MAX_LIMIT, next_link
from api.values import json_bytes

router = APIRouter(prefix="/queries", tags=["named queries"], dependencies=[ReadKey])
_RESERVED = {"format"}  # query-string names the API consumes itself
# A named query's parameters that name a subject: an empty answer about an unknown one is a
# 404, as on the resources (/instruments/{id}, /states/{iso2}), not an empty 200. A list of
# subjects is checked whatever the answer: one unknown id among known ones would only thin it.
SUBJECT_PARAMS = {"instrument": "instrument", "instrument_a": "instrument", "instrument_b": "instrument",
                  "act": "act", "iso2": "state", "target": "target", "fact_id": "fact"}
SUBJECT_LIST_PARAMS = {"instruments": "instrument"}
_SUBJECT_NAMES = {"target": "act or topic"}


@router.get("", response_model=QueryList, summary="List the named queries",
            description="Every file in cypher/queries/: name, title, description and typed parameters with defaults.",
            responses=COMMON_RESPONSES)
async def list_queries(queries: NamedQueries, request: Request) -> QueryList:
    return QueryList(queries=[
        QueryInfo(name=q.name, title=q.title, description=q.description, file=q.file,
                  url=str(request.url_for("run_query", name=q.name).path),
                  parameters=[QueryParamInfo(**p.model_dump()) for p in q.params])
        for q in queries.values()
    ])


@router.get("/{name}", response_model=QueryResult, name="run_query", summary="Run a named query",
            description="Parameters go in the query string (`?as_of=2024-06-01`), typed by the file's header; "
                        "lists are comma-separated. Runs in a read transaction. `?format=csv` streams CSV. "
                        "Paged like every list (`total`, `limit`, `offset`, `next`): by `limit`/`offset` in the "
                        "query string, or by the file's own `limit`/`offset` parameters when it declares them "
                        "(then `total` is null).",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES,
                       404: problem_schema(404, "not-found", "Not found", "no named query 'nope'; see GET /queries"),
                       422: problem_schema(422, "invalid-parameter", "Invalid parameter",
                                           "parameter 'as_of': expected date, got '2024-13-01'", parameter="as_of")})
@open_query_string
async def run_query(queries: NamedQueries, driver: Driver, database: Database, fmt: Format, request: Request,
                    name: str = Path(description="query name, from GET /queries",
                                     examples=["signatories_opposing_export_rules"])):
    query = queries.get(name)
    if query is None:
        raise NotFound(f"no named query '{name}'; see GET /queries")
    declared = {p.name for p in query.params}
    # Paging is the API's when the file does not page itself (declares no limit/offset).
    paged_here = set() if {"limit", "offset"} & declared else {"limit", "offset"}
    supplied = {k: v for k, v in request.query_params.items() if k not in _RESERVED | paged_here}
    for key in supplied:
        if len(request.query_params.getlist(key)) > 1:
            supplied[key] = ",".join(request.query_params.getlist(key))
    bound = query.bind(supplied)
    for key, low, high in (("limit", 1, MAX_LIMIT), ("offset", 0, 1_000_000)):
        value = bound.get(key) if key in declared else None
        if isinstance(value, int) and not low <= value <= high:  # a file that pages itself: the same bounds
            raise InvalidParameter(key, f"query parameter '{key}': must be between {low} and {high}")
    limit = _page_number(request, "limit", MAX_LIMIT, 1, MAX_LIMIT) if "limit" in paged_here else bound.get("limit")
    offset = _page_number(request, "offset", 0, 0, 1_000_000) if "offset" in paged_here else bound.get("offset", 0)
    keys, rows = await run_read_records(driver, database, query.cypher, bound)
    asked = [(param, kind, value) for param, kind in SUBJECT_LIST_PARAMS.items() if isinstance(bound.get(param), list)
             for value in bound[param] if isinstance(value, str)]
    if not rows:
        asked += [(param, kind, bound[param]) for param, kind in SUBJECT_PARAMS.items() if isinstance(bound.get(param), str)]
    for param, kind, value in asked:
        if not (await read_one(driver, database, "entity_exists", {"kind": kind, "id": value}) or {}).get("found"):
            raise NotFound(f"no {_SUBJECT_NAMES.get(kind, kind)} '{value}' in the graph", parameter=param)
    total = len(rows) if paged_here == {"limit", "offset"} else None
    if "limit" in paged_here or "offset" in paged_here:
        rows = rows[offset:offset + limit] if "limit" in paged_here else rows[offset:]
    limit = limit if isinstance(limit, int) else len(rows)
    columns = columns_of(rows, keys)
    if fmt == "csv":
        name = as_of_filename(query.name, bound.get("as_of")) if "as_of" in bound else query.name
        return csv_response(columns, rows, name)
    # The keys and their order are QueryResult's (Rows' fields first), as its serialiser wrote them.
    return Response(json_bytes({"columns": columns, "rows": rows, "row_count": len(rows),
                                "name": query.name, "parameters": bound, "total": total, "limit": limit,
                                "offset": offset or 0,
                                "next": next_link(offset or 0, limit, total, len(rows)) if "offset" in declared | paged_here else None}),
                    media_type="application/json")


def _page_number(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidParameter(name, f"query parameter '{name}': expected an integer, got {raw!r}") from None
    if not low <= value <= high:
        raise InvalidParameter(name, f"query parameter '{name}': must be between {low} and {high}")
    return value


_OPENAPI_TYPES: dict[str, dict] = {
    "string": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"}, "bool": {"type": "boolean"},
    "date": {"type": "string", "format": "date"}, "list[string]": {"type": "array", "items": {"type": "string"}},
}


def document_named_queries(app) -> None:
    """Each named query as its own operation in ``/openapi.json``, with its typed parameters.

    ``GET /queries/{name}`` serves them all, so the schema showed one free-form operation and
    ``/docs`` could not say what ``as_of`` or ``instrument`` take (issue 17). The operations are
    written from the files when the schema is first built (the served schema is cached, like
    FastAPI's; a query added later runs at once and appears in the schema after a restart).
    """
    build = app.openapi

    def openapi() -> dict:
        schema = build()
        if schema.get("x-named-queries"):
            return schema
        generic = schema.get("paths", {}).get("/queries/{name}", {}).get("get", {})
        for query in app.state.named_queries.get().values():
            parameters = []
            for p in query.params:
                kind = dict(_OPENAPI_TYPES[p.type])
                if p.default is not None:
                    kind["default"] = p.default.isoformat() if hasattr(p.default, "isoformat") else p.default
                parameters.append({"name": p.name, "in": "query", "required": p.required, "description": p.description,
                                   "schema": {"anyOf": [kind, {"type": "null"}]} if p.nullable else kind,
                                   **({"style": "form", "explode": False} if p.type == "list[string]" else {})})
            declared = {p.name for p in query.params}
            if not {"limit", "offset"} & declared:
                parameters += [{"name": "limit", "in": "query", "required": False, "description": "rows per page",
                                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": MAX_LIMIT}},
                               {"name": "offset", "in": "query", "required": False, "description": "rows to skip",
                                "schema": {"type": "integer", "minimum": 0, "maximum": 1_000_000, "default": 0}}]
            parameters.append({"name": "format", "in": "query", "required": False, "description": "json (default) or csv",
                               "schema": {"anyOf": [{"type": "string", "enum": ["json", "csv"]}, {"type": "null"}]}})
            schema["paths"][f"/queries/{query.name}"] = {"get": {
                "tags": ["named queries"], "summary": query.title, "description": f"{query.description}\n\nFile: `cypher/queries/{query.file}`.",
                "operationId": f"named_query_{query.name}", "parameters": parameters,
                "responses": generic.get("responses", {}), **({"security": generic["security"]} if "security" in generic else {}),
            }}
        schema["x-named-queries"] = True
        return schema

    app.openapi = openapi
