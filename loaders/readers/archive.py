"""ZIP containers (DOCX) opened under limits: a bomb is refused from what it declares, before inflating.

Three layers, cheapest first. The end-of-central-directory record says how many entries
the archive holds and how large its directory is: past the limits, the archive is refused
before ``zipfile`` builds an object per entry. The directory then says how large each
part inflates to: a part past its limit, a total past the archive's, or a part that
inflates more than ``MAX_RATIO`` times its compressed size is refused before a byte is
inflated. Last, a part is read in chunks and refused as soon as it passes its limit, in
case the sizes it declared lie (``zipfile`` itself stops at the declared size and then
fails on the checksum).

A 190 MB document.xml compressed into 580 KB took 27-40 s and about 3 GB to be refused
when only its inflated part's size was checked against 200 MB.
"""

from __future__ import annotations

import io
import zipfile

MAX_ENTRIES = 2_000  # a Word document has a few dozen parts
MAX_DIRECTORY_BYTES = 1024 * 1024  # central directory of 2,000 entries with long names
# The text limit (PLEDGEGRAPH_MAX_TEXT_CHARS, 5 million characters) in WordprocessingML is
# at most a few tens of MB of XML; parsed, lxml holds several times that in memory.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 100  # XML compresses 5-20 times; a bomb hundreds or thousands of times
_RATIO_FROM = 1024 * 1024  # small parts may compress as much as they like
_CHUNK = 1024 * 1024


class ArchiveRefused(ValueError):
    """The archive declares (or turns out to hold) more than the reader will inflate; the message says what."""


def open_archive(data: bytes) -> zipfile.ZipFile:
    """``data`` as a ZipFile, after its declared entry count, directory size and part sizes were checked.

    Raises :class:`ArchiveRefused` naming the limit, or zipfile's own errors for a corrupt archive.
    """
    check_directory(data)
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        check_declared_sizes(archive.infolist())
    except ArchiveRefused:
        archive.close()
        raise
    return archive


def check_directory(data: bytes) -> None:
    """Refuse an archive whose end record declares too many entries or too large a directory."""
    end = zipfile._EndRecData(io.BytesIO(data))  # the record zipfile itself reads first (zip64 aware)
    if end is None:
        raise zipfile.BadZipFile("no end of central directory record")
    entries, directory = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if entries > MAX_ENTRIES:
        raise ArchiveRefused(f"archive declares {entries:,} entries (limit {MAX_ENTRIES:,})")
    if directory > MAX_DIRECTORY_BYTES:
        raise ArchiveRefused(f"archive directory of {directory:,} bytes (limit {MAX_DIRECTORY_BYTES:,})")


def check_declared_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse from the sizes the directory declares: per part, in total, and by compression ratio."""
    if len(infos) > MAX_ENTRIES:
        raise ArchiveRefused(f"archive holds {len(infos):,} entries (limit {MAX_ENTRIES:,})")
    total = 0
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise ArchiveRefused(f"{info.filename} inflates to {info.file_size:,} bytes (limit {MAX_PART_BYTES:,})")
        if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ArchiveRefused(f"{info.filename} inflates {ratio:,.0f} times ({info.compress_size:,} -> "
                                 f"{info.file_size:,} bytes; limit {MAX_RATIO} times): a ZIP bomb")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ArchiveRefused(f"archive inflates to {total:,} bytes in all (limit {MAX_TOTAL_BYTES:,})")


def read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int | None = None) -> bytes:
    """One part's bytes, inflated in chunks and refused as soon as they pass ``limit`` (``MAX_PART_BYTES``)."""
    limit = MAX_PART_BYTES if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise ArchiveRefused(f"{info.filename} inflates past {limit:,} bytes (declared {info.file_size:,})")
            chunks.append(chunk)
    return b"".join(chunks)
