"""GET /documents, GET /documents/{id}, POST /documents (queue one document's load, API key required)
and GET /documents/uploads/{run_id} (its state and report)."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile

from api import ingest
from api.deps import Database, Driver, Format, ReadKey, Settings, WriteKey
from api.errors import COMMON_RESPONSES, NotFound, problem_schema
from api.formats import CSV_RESPONSE_DOC
from api.graphdb import read_one, read_rows
from api.models import DocumentRecord, DocumentSummary, Page
from api.models_uploads import UploadQueued, UploadStatus
from api.paging import Limit, Offset, Order, page_meta, page_params, respond_page

router = APIRouter(prefix="/documents", tags=["documents"])
DocumentSort = Literal["date", "id", "title", "kind", "evidence_count"]


@router.get("", response_model=Page[DocumentSummary], dependencies=[ReadKey], summary="List documents",
            description="Metadata of every loaded document, optionally of one kind. Paged and sortable.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES})
async def list_documents(driver: Driver, database: Database, fmt: Format,
                         kind: Annotated[str | None, Query(max_length=40, description="e.g. joint_statement, news")] = None,
                         sort: Annotated[DocumentSort, Query(description="sort key")] = "date",
                         order: Order = "asc", limit: Limit = 50, offset: Offset = 0):
    params = {"kind": kind, **page_params(sort, order, offset, limit)}
    result = await read_one(driver, database, "documents_list", params)
    return respond_page(Page[DocumentSummary], DocumentSummary, result or {}, page_meta(sort, order, offset, limit),
                        fmt, "documents")


@router.get("/{document_id}", response_model=DocumentRecord, dependencies=[ReadKey], summary="A document's record",
            description="Metadata, language blocks, authors, editions it expresses and every fact it supports, "
                        "with the quotes and character spans (`include_text=true` adds the normalised text).",
            responses={**COMMON_RESPONSES, 404: problem_schema(404, "not-found", "Not found", "no document 'nope' in the graph")})
async def get_document(driver: Driver, database: Database,
                       document_id: Annotated[str, Path(max_length=300, description="document id")],
                       include_text: Annotated[bool, Query(description="also return the normalised text")] = False) -> DocumentRecord:
    row = await read_one(driver, database, "document_record", {"id": document_id, "include_text": include_text})
    if row is None:
        raise NotFound(f"no document '{document_id}' in the graph")
    fact_ids = [f["fact_id"] for f in row["facts"] if f.get("fact_id")]
    statements = {s["fact_id"]: s for s in await read_rows(driver, database, "fact_statements", {"fact_ids": fact_ids})} if fact_ids else {}
    row["facts"] = [{**statements.get(f.get("fact_id"), {}), **f} for f in row["facts"]]
    row["document"]["evidence_count"] = sum(len(f["evidence"]) for f in row["facts"])
    return DocumentRecord(**row)


UPLOAD_LEASE_WAIT = 10.0  # seconds an upload waits for another load run to finish (docs/loading.md)


@router.post("", response_model=UploadQueued, status_code=202, dependencies=[WriteKey], summary="Load one document",
             description="Multipart upload of one document (text, Markdown, HTML, PDF or DOCX) with optional metadata "
                         "(YAML or JSON, the sidecar format). The file and its metadata are checked at once; the load "
                         "itself is queued and runs off the request: the answer (202) names its run and the URL of "
                         "its state and report (also in `Location`). Needs an API key (X-API-Key or Authorization: Bearer).",
             responses={**COMMON_RESPONSES,
                        401: problem_schema(401, "unauthorized", "API key required", "writing needs an API key ..."),
                        403: problem_schema(403, "forbidden", "API key not accepted", "the API key is not one of PLEDGEGRAPH_API_KEYS."),
                        413: problem_schema(413, "payload-too-large", "Upload too large", "the file is larger than the limit of 20971520 bytes"),
                        415: problem_schema(415, "unsupported-media-type", "Unsupported file type", "content type 'image/png' is not a document type ..."),
                        422: problem_schema(422, "invalid-parameter", "Invalid parameter", "metadata field 'date': ...")})
async def ingest_document(response: Response, settings: Settings, database: Database,
                          file: Annotated[UploadFile, File(description="the document")],
                          metadata: Annotated[str | None, Form(max_length=200_000, description="YAML or JSON metadata, e.g. {\"date\": \"2024-03-18\", \"kind\": \"joint_statement\"}")] = None,
                          dry_run: Annotated[bool, Query(description="extract and report, write nothing")] = False) -> UploadQueued:
    from loaders.service import upload_queue  # the loader is heavy; imported on first upload only

    name = ingest.safe_filename(file.filename)
    ingest.check_type(name, file.content_type)
    folder = ingest.upload_dir()
    try:
        path = FilePath(folder.name) / name
        size = await ingest.save_upload(file, path.parent, name, settings.max_upload_bytes)
        detected = ingest.check_content(path)
        if metadata:
            ingest.write_sidecar(metadata, path)
    except BaseException:
        folder.cleanup()
        raise
    # The document is known by its upload name, not the temporary path, so uploading a
    # changed version under the same name replaces the earlier one; the queue owns the folder now.
    state = upload_queue().submit(folder, path, name, database=database, dry_run=dry_run, lease_wait=UPLOAD_LEASE_WAIT)
    status_url = f"/documents/uploads/{state.run_id}"
    response.headers["Location"] = status_url
    return UploadQueued(run_id=state.run_id, status_url=status_url, state=state.state, filename=name, size=size,
                        format=detected, dry_run=dry_run)


@router.get("/uploads/{run_id}", response_model=UploadStatus, dependencies=[WriteKey], summary="An upload's load run",
            description="The state of an upload's load run (queued, running, done, failed) and, once it ran, its report.",
            responses={**COMMON_RESPONSES, 404: problem_schema(404, "not-found", "Not found", "no upload run 'run-x'"),
                       401: problem_schema(401, "unauthorized", "API key required", "writing needs an API key ..."),
                       403: problem_schema(403, "forbidden", "API key not accepted", "the API key is not one of PLEDGEGRAPH_API_KEYS.")})
async def upload_status(run_id: Annotated[str, Path(max_length=40, description="the run id POST /documents gave")]) -> UploadStatus:
    from loaders.service import upload_queue

    state = upload_queue().state(run_id)
    if state is None:
        raise NotFound(f"no upload run '{run_id}' (the states of the last 1,000 uploads are kept)")
    return UploadStatus(run_id=state.run_id, state=state.state, filename=state.filename, dry_run=state.dry_run,
                        exit_code=state.exit_code, error=state.error, report=state.report)
