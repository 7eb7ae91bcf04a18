"""Curated metadata: what a document does not say about itself.

Three places, most specific first (a field set in a more specific place wins):

1. a sidecar ``NAME.meta.yaml`` (or ``NAME.EXT.meta.yaml``) beside the document;
2. a folder manifest ``manifest.yaml`` listing documents by ``file`` (or ``sha256``);
3. the project's metadata directory (``AppSettings.metadata_dir``):
   ``documents/*.yaml`` matched by the sha256 of the document's bytes, so metadata
   follows a read-only corpus wherever it is mounted, and ``instruments/*.yaml`` with
   curated instrument manifests.

Metadata can also say a file is not a document at all (``exclude: true`` with a
``reason``: a corpus catalogue, a README); :func:`exclusion` decides, and the pipeline
raises ``DocumentExcluded`` instead of extracting it.

Every model forbids unknown fields: a typo is an error naming the file and the field,
never a silently ignored line.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.membership import EU_LANGUAGES
from core.model import (
    ActorKind,
    DocumentKind,
    ExtractionError,
    InstrumentManifest,
    OrganizationKind,
    ReferenceKind,
    StanceKind,
    Target,
)

SIDECAR_SUFFIX = ".meta.yaml"
MANIFEST_NAME = "manifest.yaml"
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_EU_LANGUAGES = frozenset(EU_LANGUAGES)


class MetadataError(ExtractionError):
    """A metadata file that cannot be used; ``source`` is the metadata file."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CuratedActor(_Strict):
    kind: ActorKind
    key: str = Field(description="ISO alpha-2 for states, a slug for organisations and people")
    name: str
    org_kind: OrganizationKind | None = None


class CuratedReference(_Strict):
    id: str
    kind: ReferenceKind
    label: str
    celex: str | None = None
    eli: str | None = None
    number: str | None = None
    date: dt.date | None = None


class CuratedStance(_Strict):
    actor: CuratedActor
    stance: StanceKind
    target: Target
    via: str | None = None
    reported: bool = False


class InstrumentRef(_Strict):
    id: str
    edition: int | None = Field(default=None, ge=1)
    edition_date: dt.date | None = None


class DocumentMetadata(_Strict):
    """One document's curated metadata (a sidecar, a manifest entry or a project file)."""

    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    file: str | None = Field(default=None, description="file name, for manifests and for people reading the file")
    title: str | None = None
    date: dt.date | int | str | None = Field(default=None, description="ISO date, or a bare year / year-month")
    source_url: str | None = None
    publisher: str | None = None
    kind: DocumentKind | None = None
    instrument: InstrumentRef | None = None
    languages: list[str] = []
    signatories: list[str] = Field(default=[], description="ISO alpha-2 codes")
    authors: list[CuratedActor] = []
    references: list[CuratedReference] = []
    stances: list[CuratedStance] = []
    source: str | None = Field(default=None, description="where the curator read these facts")
    notes: str | None = None
    exclude: bool | None = Field(
        default=None, description="true: the file is not a document (a catalogue, a README) and is not extracted or loaded"
    )
    reason: str | None = Field(default=None, description="why the file is excluded; required with exclude: true")

    @model_validator(mode="after")
    def _exclusion_has_a_reason(self) -> "DocumentMetadata":
        if self.exclude and not (self.reason or "").strip():
            raise ValueError("exclude: true needs a reason (why this file is not a document)")
        if self.reason is not None and self.exclude is None:
            raise ValueError("reason is the reason for exclude: true; set exclude, or write it under notes")
        return self

    @field_validator("date")
    @classmethod
    def _date_shape(cls, value: Any) -> Any:
        parse_date(value)  # raises ValueError with a readable message
        return value

    @field_validator("languages")
    @classmethod
    def _eu_languages(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in _EU_LANGUAGES]
        if unknown:
            raise ValueError(f"not ISO 639-1 codes of EU languages: {unknown}")
        return value

    @field_validator("signatories")
    @classmethod
    def _iso2(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not re.fullmatch(r"[A-Z]{2}", v) or v not in _territories()]
        if bad:
            raise ValueError(f"not ISO 3166 alpha-2 codes: {bad}")
        return value

    def parsed_date(self) -> tuple[dt.date | None, str | None]:
        return parse_date(self.date)


class FolderManifest(_Strict):
    documents: list[DocumentMetadata]


@dataclass(frozen=True)
class FoundMetadata:
    """Metadata for one document, with the file it came from (for evidence and field_sources)."""

    metadata: DocumentMetadata
    path: Path
    place: str  # "sidecar" | "manifest" | "project"


def parse_date(value: Any) -> tuple[dt.date | None, str | None]:
    """``2024-11-24`` -> day; ``2018-05`` -> month (1st); ``2018`` -> year (1 January)."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return dt.date(value, 1, 1), "year"
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), "year"
        m = _YEAR_MONTH.match(text)
        if m and 1 <= int(m.group(2)) <= 12:
            return dt.date(int(m.group(1)), int(m.group(2)), 1), "month"
        try:
            return dt.date.fromisoformat(text), "day"
        except ValueError:
            pass
    raise ValueError(f"expected an ISO date (2024-11-24), a year-month (2018-05) or a year (2018), got {value!r}")


def find_metadata(document: Path | None, sha256: str, metadata_dir: Path | None) -> list[FoundMetadata]:
    """All metadata that applies to ``document``, most specific first.

    ``document`` is None for bytes without a place on disk (an upload): only the project
    directory, matched by sha256, can apply then.
    """
    found: list[FoundMetadata] = []
    for sidecar in _sidecar_candidates(document) if document is not None else []:
        if sidecar.is_file():
            found.append(FoundMetadata(load_document_metadata(sidecar), sidecar, "sidecar"))
            break
    manifest = document.parent / MANIFEST_NAME if document is not None else None
    if manifest is not None and manifest.is_file():
        for entry in load_folder_manifest(manifest).documents:
            if entry.file == document.name or (entry.sha256 and entry.sha256 == sha256):
                found.append(FoundMetadata(entry, manifest, "manifest"))
                break
    if metadata_dir is not None:
        entry = _project_index(metadata_dir).get(sha256)
        if entry is not None:
            found.append(FoundMetadata(entry[0], entry[1], "project"))
    return found


def exclusion(found: list[FoundMetadata]) -> FoundMetadata | None:
    """The metadata that excludes the document, or None.

    The most specific place that says anything about ``exclude`` decides, like any other
    field: a sidecar with ``exclude: false`` takes back an exclusion made in the project
    directory.
    """
    for item in found:
        if item.metadata.exclude is not None:
            return item if item.metadata.exclude else None
    return None


def is_metadata_file(path: Path) -> bool:
    return path.name == MANIFEST_NAME or path.name.endswith(SIDECAR_SUFFIX)


def load_document_metadata(path: Path) -> DocumentMetadata:
    return load_model_file(DocumentMetadata, path)


def load_folder_manifest(path: Path) -> FolderManifest:
    return load_model_file(FolderManifest, path)


BaseModelT = TypeVar("BaseModelT", bound=BaseModel)


def load_model_file(model: type[BaseModelT], path: Path) -> BaseModelT:
    """Read a YAML mapping into ``model``; any problem is a MetadataError naming the file and field."""
    return _validate(model, _read_yaml(path), path)


def load_instrument_manifest_files(metadata_dir: Path) -> list[tuple[InstrumentManifest, Path]]:
    """Curated instruments from ``metadata_dir/instruments/*.yaml`` with their files, sorted by id.

    Raises MetadataError naming the file and field for an invalid manifest, and for two
    files claiming the same instrument id.
    """
    manifests: dict[str, tuple[InstrumentManifest, Path]] = {}
    for path in sorted((Path(metadata_dir) / "instruments").glob("*.yaml")):
        manifest = load_model_file(InstrumentManifest, path)
        if manifest.id in manifests:
            raise MetadataError(str(path), f"instrument id {manifest.id!r} already defined in {manifests[manifest.id][1]}")
        manifests[manifest.id] = (manifest, path)
    return [pair for _, pair in sorted(manifests.items())]


def load_instrument_manifests(metadata_dir: Path) -> list[InstrumentManifest]:
    """Curated instruments, sorted by id (see :func:`load_instrument_manifest_files`)."""
    return [m for m, _ in load_instrument_manifest_files(metadata_dir)]


def _sidecar_candidates(document: Path) -> list[Path]:
    return [document.with_name(document.name + SIDECAR_SUFFIX), document.with_name(document.stem + SIDECAR_SUFFIX)]


def _project_index(metadata_dir: Path) -> dict[str, tuple[DocumentMetadata, Path]]:
    """The project's documents/*.yaml by sha256, re-read only when a file changed.

    Asked once per file of a load run (even an unchanged one, for exclusions), so the
    freshness check is one directory scan and one stat per metadata file.
    """
    folder = os.path.join(metadata_dir, "documents")
    try:
        entries = [e for e in os.scandir(folder) if e.name.endswith(".yaml") and not e.name.startswith(".")]
    except (FileNotFoundError, NotADirectoryError):
        entries = []
    stamp = tuple(sorted((e.path, st.st_mtime_ns, st.st_size) for e in entries for st in (e.stat(),)))
    return _index_from(stamp)


@lru_cache(maxsize=8)
def _index_from(stamp: tuple[tuple[str, int, int], ...]) -> dict[str, tuple[DocumentMetadata, Path]]:
    """Parsed once per set of file versions: extraction of thousands of files reads them once."""
    index: dict[str, tuple[DocumentMetadata, Path]] = {}
    for name, _, _ in stamp:
        path = Path(name)
        meta = load_document_metadata(path)
        if not meta.sha256:
            raise MetadataError(name, "field 'sha256': required in the project metadata directory (documents are matched by it)")
        if meta.sha256 in index:
            raise MetadataError(name, f"sha256 {meta.sha256} already described by {index[meta.sha256][1]}")
        index[meta.sha256] = (meta, path)
    return index


class _MetadataLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a timestamp which is no real date (``2024-99-99``,
    ``2024-02-30``) stays the text it was written as.

    Why: PyYAML builds the date while parsing and raises a bare ValueError that names no
    field; kept as text, the model's validation rejects it naming the field.
    """


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_MetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def parse_yaml_text(text: str, source: str) -> Any:
    """Parse metadata text (YAML or JSON); any problem is a MetadataError naming ``source``.

    Used for metadata files and for metadata sent with an upload, so both refuse the same
    input with the same reason.
    """
    try:
        return yaml.load(text, Loader=_MetadataLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise MetadataError(source, f"invalid YAML: {exc}") from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # a value YAML's constructors refuse
        raise MetadataError(source, f"invalid YAML value: {exc}") from exc


def _read_yaml(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MetadataError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise MetadataError(str(path), f"not UTF-8 text: byte 0x{raw[exc.start]:02x} on line {line} "
                                       "(metadata files are read as UTF-8; save it in that encoding)") from exc
    data = parse_yaml_text(text, str(path))
    if not isinstance(data, dict):
        raise MetadataError(str(path), "expected a mapping of field: value at the top level")
    return data


def _validate(model: type[BaseModel], data: Any, path: Path):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"field '{'.'.join(map(str, e['loc'])) or '(top)'}': {e['msg']}" for e in exc.errors())
        raise MetadataError(str(path), problems) from exc


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    from babel import Locale

    return frozenset(code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code))
