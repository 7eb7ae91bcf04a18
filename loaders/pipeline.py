"""File -> ExtractedDocument: read, normalise, detect languages, run the rules, merge metadata.

``extract_path`` is pure apart from reading the file (and its metadata files); it never
touches the database. Precedence where several sources speak about one field:
metadata > the container (HTML ``<title>``, ``<time>``) > the rules > the text's own
first lines. ``field_sources`` records which one won, field by field.
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from core.settings import get_app_settings
from loaders import metadata as meta
from loaders import metadata_facts
from loaders.lang import block_languages, language_blocks
from core.model import (
    FACT_GROUPS,
    DocumentExcluded,
    ExtractedDocument,
    ExtractionError,
    Facts,
    FieldSource,
    InstrumentInfo,
    LanguageBlock,
    Warning_,
)
from loaders.normalise import is_list_item, normalise
from loaders.readers import RawDocument, read_bytes
from loaders.textdates import date_near_top

_TITLE_MAX = 300


def extract_path(path: Path | str, *, metadata_dir: Path | None = None) -> ExtractedDocument:
    """Extract one file. Raises :class:`ExtractionError` naming the file on any failure,
    and its subclass :class:`DocumentExcluded` when metadata says the file is not a document."""
    path = Path(path)
    data = read_document_bytes(path)
    return extract_bytes(data, source=str(path), document_path=path, metadata_dir=metadata_dir)


def extract_bytes(
    data: bytes, *, source: str, document_path: Path | None = None, metadata_dir: Path | None = None
) -> ExtractedDocument:
    """Extract from bytes (an upload); sidecars and manifests need ``document_path``."""
    sha256 = hashlib.sha256(data).hexdigest()
    found = _metadata(document_path, sha256, metadata_dir, source)
    refuse_excluded(found, source)
    raw = read_bytes(data, source)
    limit = get_app_settings().max_text_chars
    if len(raw.text) > limit:
        raise ExtractionError(source, f"text of {len(raw.text):,} characters is over the loader's limit of {limit:,} "
                                      "(PLEDGEGRAPH_MAX_TEXT_CHARS)")
    normalised = normalise(raw.text, lines_are_paragraphs=_lines_are_paragraphs(raw))
    text = normalised.text
    if not text.strip():
        raise ExtractionError(source, "no text after normalisation")
    blocks = language_blocks(text)
    try:
        facts = run_rules(text, blocks)
    except Exception as exc:  # a rule bug fails this document, loudly, and never the batch
        raise ExtractionError(source, f"internal error in the rules: {type(exc).__name__}: {exc}") from exc
    doc = ExtractedDocument(
        source=source,
        sha256=sha256,
        format=raw.format,
        encoding=raw.encoding,
        source_url=raw.source_url,
        text=text,
        blocks=blocks,
        languages=block_languages(blocks),
        kind=facts.kind,
        **{group: getattr(facts, group) for group in FACT_GROUPS},
        warnings=[*normalised.warnings, *facts.warnings],
    )
    _set_title(doc, raw, facts)
    _set_date(doc, raw)
    doc.field_sources.append(FieldSource(field="kind", origin="text", detail=f"rules (confidence {facts.kind_confidence:.2f})"))
    doc.field_sources.append(FieldSource(field="languages", origin="text", detail="lingua, per paragraph"))
    for item in reversed(found):  # least specific first, so the most specific is applied last and wins
        _apply_metadata(doc, item)
    doc.participations = _date_own_acts(doc.participations, doc.date, doc.date_precision)
    drop_misquoted(doc)
    return doc


def check_excluded(sha256: str, *, source: str, document_path: Path | None = None, metadata_dir: Path | None = None) -> None:
    """Raise :class:`DocumentExcluded` when metadata says the file is not a document.

    The check alone, without reading the file: a load run asks it before deciding that a
    file is unchanged, so a file excluded after it was loaded is noticed (and removed).
    """
    refuse_excluded(_metadata(document_path, sha256, metadata_dir, source), source)


def refuse_excluded(found: list[meta.FoundMetadata], source: str) -> None:
    item = meta.exclusion(found)
    if item is not None:
        raise DocumentExcluded(source, item.metadata.reason or "", str(item.path))


def _date_own_acts(found, date, precision):
    """A party's own act is dated by its document (loaders/rules/participations.py)."""
    if not found:
        return found
    from loaders.rules.participations import date_own_acts

    return date_own_acts(found, date, precision)


def run_rules(text: str, blocks: list[LanguageBlock]) -> Facts:
    """The rules layer, imported on first use so that reading a file loads none of it."""
    from loaders.rules import extract_facts

    return extract_facts(text, blocks)


def iter_document_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files under ``paths`` (files or folders, recursive, sorted), metadata and hidden files skipped.

    Never raises: a missing path, an unreadable folder or a symlink loop is yielded as
    is, and :func:`extract_path` then fails on it with a clear ExtractionError, so one
    bad entry is reported and the rest still run.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, {_real(path)})
        else:
            yield path


def _walk(folder: Path, active: set[str]) -> Iterator[Path]:
    # Only the sorted names (and which are folders) are kept while the folder is walked,
    # not its DirEntry objects: a folder of 100,000 files held 42 MB that way for a whole run.
    try:
        with os.scandir(folder) as scan:
            names, dirs = [], set()
            for entry in scan:
                names.append(entry.name)
                try:
                    if entry.is_dir():  # follows symlinks
                        dirs.add(entry.name)
                except OSError:
                    pass
    except OSError:
        yield folder  # unreadable folder: extract_path reports it
        return
    names.sort()
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if name in dirs:
            real = _real(path)
            if real in active:
                yield path  # a symlink back into its own ancestry
                continue
            yield from _walk(path, active | {real})
        elif not meta.is_metadata_file(path) or _orphan_sidecar(name, names):
            yield path  # an orphan sidecar is yielded so that read_document_bytes reports it


def _orphan_sidecar(name: str, siblings: list[str]) -> bool:
    """A NAME.meta.yaml with no NAME (nor NAME.<ext>) beside it: metadata for a missing file.
    ``siblings`` is sorted, so the names starting with NAME are found by bisection."""
    if not name.endswith(meta.SIDECAR_SUFFIX):
        return False
    target = name[: -len(meta.SIDECAR_SUFFIX)]
    for s in siblings[bisect.bisect_left(siblings, target):]:
        if not s.startswith(target):
            break
        if s == target or (s.startswith(target + ".") and not meta.is_metadata_file(Path(s))):
            return False
    return True


def _real(path: Path) -> str:
    return os.path.realpath(path)


def read_document_bytes(path: Path) -> bytes:
    """The file's bytes, or an ExtractionError saying why not.

    Only regular files are opened: reading a FIFO blocks forever (as root too, where
    permissions stop nothing), and a device never ends. The size is checked before reading.
    """
    source = str(path)
    try:
        if path.is_dir():
            loop = path.is_symlink() or any(p.is_symlink() for p in path.parents)
            raise ExtractionError(source, "symlink loop (directory links back to itself)" if loop else "is a directory")
        if meta.is_metadata_file(path):
            raise ExtractionError(source, "metadata sidecar for a document that is not there "
                                          f"(no {path.name[: -len(meta.SIDECAR_SUFFIX)]} beside it)"
                                  if path.name.endswith(meta.SIDECAR_SUFFIX) else "a metadata file, not a document")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ExtractionError(source, f"not a regular file ({_file_type(info.st_mode)}); only files are read")
        limit = get_app_settings().max_document_bytes
        if info.st_size > limit:
            raise ExtractionError(source, f"file of {info.st_size:,} bytes is over the loader's limit of {limit:,} "
                                          "(PLEDGEGRAPH_MAX_DOCUMENT_BYTES)")
        return path.read_bytes()
    except ExtractionError:
        raise
    except FileNotFoundError as exc:
        raise ExtractionError(source, "dangling symlink (its target is missing)" if path.is_symlink() else "no such file") from exc
    except PermissionError as exc:
        raise ExtractionError(source, "permission denied") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ExtractionError(source, "symlink loop") from exc
        raise ExtractionError(source, f"cannot read: {exc.strerror or exc}") from exc


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def _metadata(document_path: Path | None, sha256: str, metadata_dir: Path | None, source: str) -> list[meta.FoundMetadata]:
    try:
        return meta.find_metadata(document_path, sha256, metadata_dir)
    except meta.MetadataError as exc:
        raise ExtractionError(source, f"metadata file {exc.source}: {exc.reason}") from exc


def _lines_are_paragraphs(raw: RawDocument) -> bool | None:
    return {"html": True, "docx": True, "pdf": False}.get(raw.format)


def _set_title(doc: ExtractedDocument, raw: RawDocument, facts: Facts) -> None:
    if raw.title:
        doc.title, detail = raw.title, f"{raw.format} container title"
    elif facts.title:
        doc.title, detail = facts.title, "rules"
    else:
        doc.title, detail = first_heading(doc.text), "first heading line"
    if doc.title:
        doc.field_sources.append(FieldSource(field="title", origin="text", detail=detail))


def first_heading(text: str) -> str | None:
    """The first line that looks like a heading: not a list item, not a long sentence."""
    for line in text.split("\n"):
        if line and not is_list_item(line) and len(line) <= _TITLE_MAX:
            return line.rstrip(".:")
        if line:
            return None
    return None


def _set_date(doc: ExtractedDocument, raw: RawDocument) -> None:
    if raw.date is not None:
        doc.date, doc.date_precision = raw.date, raw.date_precision
        doc.field_sources.append(FieldSource(field="date", origin="text", detail=f"{raw.format} metadata"))
        return
    found = date_near_top(doc.text, doc.languages)
    if found is not None:
        doc.date, doc.date_precision = found.date, found.precision  # type: ignore[assignment]
        doc.field_sources.append(
            FieldSource(field="date", origin="text", detail=f"written at [{found.start}:{found.end}] {found.quote!r}")
        )


def _apply_metadata(doc: ExtractedDocument, found: meta.FoundMetadata) -> None:
    """Metadata wins over the text where both speak; every override is recorded."""
    m = found.metadata
    where = f"{found.place}: {found.path.name}"

    def record(field: str) -> None:
        doc.field_sources[:] = [s for s in doc.field_sources if s.field != field]
        doc.field_sources.append(FieldSource(field=field, origin="metadata", detail=where))

    if m.title:
        doc.title = m.title
        record("title")
    if m.date is not None:
        doc.date, doc.date_precision = m.parsed_date()  # type: ignore[assignment]
        record("date")
    if m.kind:
        doc.kind = m.kind
        record("kind")
    if m.source_url:
        doc.source_url = m.source_url
        record("source_url")
    if m.publisher:
        doc.field_sources.append(FieldSource(field="publisher", origin="metadata", detail=f"{m.publisher} ({where})"))
    if m.languages:
        if set(m.languages) != set(doc.languages):
            doc.warnings.append(
                Warning_(code="languages_overridden", message=f"detected {doc.languages}, metadata says {m.languages}")
            )
        doc.languages = list(m.languages)
        record("languages")
    if m.instrument:
        doc.instrument = InstrumentInfo(
            id=m.instrument.id,
            edition=m.instrument.edition,
            edition_date=m.instrument.edition_date,
            origin="metadata",
            confidence=1.0,
        )
        record("instrument")
    _merge_signatories(doc, found)
    _merge_by_key(doc.authors, metadata_facts.curated_authors(found), lambda a: (a.actor.kind, a.actor.key))
    _merge_references(doc, found)
    _merge_by_key(doc.stances, metadata_facts.curated_stances(found), lambda s: (s.actor.key, s.stance, s.target.ref))
    for field, values in (("authors", m.authors), ("references", m.references), ("stances", m.stances)):
        if values:
            doc.field_sources.append(FieldSource(field=field, origin="metadata", detail=where))


def _merge_signatories(doc: ExtractedDocument, found: meta.FoundMetadata) -> None:
    """A curated signatory list is authoritative: text signatories outside it are dropped
    (with a warning); those inside keep their text evidence; missing ones are added."""
    curated = metadata_facts.curated_signatories(found)
    if not curated:
        return
    allowed = {s.iso2 for s in curated}
    dropped = sorted({s.iso2 for s in doc.signatories if s.iso2 and s.iso2 not in allowed})
    if dropped:
        doc.warnings.append(
            Warning_(code="metadata_override", message=f"signatories {dropped} found in the text but not in {found.path.name}")
        )
    # the curated list names states; organisations read from the text are kept
    doc.signatories = [s for s in doc.signatories if s.iso2 in allowed or s.kind == "organization"]
    _merge_by_key(doc.signatories, curated, lambda s: s.iso2 or s.key)
    doc.field_sources.append(FieldSource(field="signatories", origin="metadata", detail=f"{found.place}: {found.path.name}"))


def _merge_references(doc: ExtractedDocument, found: meta.FoundMetadata) -> None:
    """Curated references are added; a text reference to the same act gains the curated identifiers."""
    by_id = {r.id: r for r in doc.references}
    for ref in metadata_facts.curated_references(found):
        existing = by_id.get(ref.id)
        if existing is None:
            doc.references.append(ref)
            by_id[ref.id] = ref
            continue
        for field in ("celex", "eli", "number", "date"):
            if getattr(existing, field) is None:
                setattr(existing, field, getattr(ref, field))


def _merge_by_key(target: list, additions: list, key) -> None:
    present = {key(item) for item in target}
    for item in additions:
        if key(item) not in present:
            target.append(item)
            present.add(key(item))


def misquoted(doc: ExtractedDocument, evidence) -> bool:
    """A text evidence whose quote is not exactly ``text[start:end]``."""
    if evidence.origin != "text":
        return False
    return evidence.start is None or evidence.end is None or doc.text[evidence.start : evidence.end] != evidence.quote


def drop_misquoted(doc: ExtractedDocument) -> None:
    """Drop facts whose evidence does not quote the text exactly (a rule bug), with a warning.

    Precision first: a fact that cannot show its passage is not kept.
    """
    for name in FACT_GROUPS:
        facts = getattr(doc, name)
        bad = [f for f in facts if misquoted(doc, f.evidence)]
        for fact in bad:
            e = fact.evidence
            doc.warnings.append(
                Warning_(
                    code="bad_offsets",
                    message=f"dropped a {name} fact from {e.extractor}: [{e.start}:{e.end}] does not quote {e.quote[:60]!r}",
                )
            )
        if bad:
            setattr(doc, name, [f for f in facts if not misquoted(doc, f.evidence)])
    for reported in doc.reported_documents:
        reported.authors = [a for a in reported.authors if not misquoted(doc, a.evidence)]


def iter_evidence(doc: ExtractedDocument):
    for group in FACT_GROUPS:
        for fact in getattr(doc, group):
            yield fact.evidence
    for reported in doc.reported_documents:
        for author in reported.authors:
            yield author.evidence
