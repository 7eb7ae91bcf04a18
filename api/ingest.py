"""Safe handling of one uploaded document for POST /documents, then the loader in a thread.

The upload is untrusted: its name is reduced to a plain base name (no directories, no
``..``, no leading dot, no control characters) and written only inside a fresh temporary
directory that is removed afterwards; its size is counted while copying (413 past
``AppSettings.max_upload_bytes``); its declared type and its content must both be a
format the readers handle. Optional metadata (YAML or JSON) is validated with the
loaders' own ``DocumentMetadata`` model and written beside it as a ``NAME.meta.yaml``
sidecar, which the pipeline picks up like any other.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import yaml
from fastapi import UploadFile
from pydantic import ValidationError

from api.errors import InvalidParameter, PayloadTooLarge, UnsupportedMediaType

CHUNK = 1024 * 1024
ALLOWED_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx"}
ALLOWED_TYPES = {
    "text/plain", "text/markdown", "text/x-markdown", "text/html", "application/xhtml+xml", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream",
}
_DETECTED_OK = {"text", "html", "pdf", "docx"}
MAX_NAME = 120


def safe_filename(raw: str | None) -> str:
    """A base name that cannot leave the directory it is joined to, nor hide from the loader."""
    name = unicodedata.normalize("NFKC", raw or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch if (ch.isalnum() or ch in "._-") and ch.isprintable() else "_" for ch in name)
    name = name.lstrip("._-")  # no hidden files (the loader skips them), no '..'
    while ".." in name:
        name = name.replace("..", ".")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot and len(suffix) <= 10 else name[:MAX_NAME]
    if not name or name.lower().endswith(".meta.yaml") or name.lower() == "manifest.yaml":
        name = "upload" + (Path(name).suffix if name else ".txt")
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        name += ".txt"  # unknown extension: the content sniffing decides the format anyway
    return name


def check_type(filename: str, content_type: str | None) -> None:
    declared = (content_type or "application/octet-stream").split(";")[0].strip().lower()
    if declared not in ALLOWED_TYPES:
        raise UnsupportedMediaType(f"content type '{declared}' is not a document type the loader reads "
                                   f"(text, markdown, HTML, PDF, DOCX)", parameter="file")
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        raise UnsupportedMediaType(f"file extension of '{filename}' is not one of {sorted(ALLOWED_SUFFIXES)}", parameter="file")


def check_content(path: Path) -> str:
    """The format the bytes show (the readers decide by content, never by name)."""
    from loaders.service import detect_format

    with path.open("rb") as fh:
        head = fh.read(64 * 1024)
    if not head.strip():
        raise InvalidParameter("file", "the uploaded file is empty")
    detected = detect_format(head if not head.startswith(b"PK") else path.read_bytes())
    if detected not in _DETECTED_OK:
        raise UnsupportedMediaType(f"the file's content is '{detected}', not a document the loader reads", parameter="file")
    return detected


async def save_upload(upload: UploadFile, folder: Path, name: str, max_bytes: int) -> int:
    """Copy the upload into ``folder/name`` in chunks; 413 as soon as it passes ``max_bytes``."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():  # belt and braces: safe_filename already made this impossible
        raise InvalidParameter("file", "the file name is not a plain name")
    size = 0
    with target.open("xb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge(f"the file is larger than the limit of {max_bytes} bytes", limit_bytes=max_bytes)
            out.write(chunk)
    return size


def write_sidecar(raw: str, document: Path) -> None:
    """Validate metadata (YAML or JSON) and write it as the document's sidecar."""
    from loaders.service import SIDECAR_SUFFIX, DocumentMetadata, MetadataError, parse_yaml_text

    try:  # the loader's own parser: an impossible date stays text and is refused below, naming the field
        data = parse_yaml_text(raw, "metadata")
    except MetadataError as exc:
        raise InvalidParameter("metadata", f"metadata is neither YAML nor JSON: {exc.reason}") from None
    if data is None:
        return
    if not isinstance(data, dict):
        raise InvalidParameter("metadata", "metadata must be a mapping of fields (title, date, kind, instrument, ...)")
    try:
        DocumentMetadata.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "metadata"
        raise InvalidParameter("metadata", f"metadata field '{field}': {first['msg']}", field=field) from None
    document.with_name(document.name + SIDECAR_SUFFIX).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def upload_dir() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="pledgegraph-upload-")
