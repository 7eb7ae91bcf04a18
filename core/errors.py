"""The project's own errors that every layer may raise or catch.

The graph layer's errors (``graph.errors``) derive from :class:`PledgegraphError` too, so
the CLI and the API can map one root to exit codes and HTTP statuses.
"""

from __future__ import annotations


class PledgegraphError(Exception):
    """Root of the project's own errors."""


class ExtractionError(Exception):
    """A file that cannot be read or extracted; the message names the file and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):
        # Pickled by its fields: the default (``cls(*self.args)``) would call it with the one
        # message string, which fails to unpickle, and a failed unpickling of a pool
        # worker's result breaks the whole pool (every pending file, the run).
        return type(self), (self.source, self.reason)


class DocumentExcluded(ExtractionError):
    """A file that curated metadata says is not a document (``exclude: true`` with a ``reason``).

    Not a failure: a corpus folder may hold a catalogue or a README beside its documents.
    Callers report it apart from errors (``pledgegraph extract`` under ``excluded``, a load
    run as the action ``excluded``) and it never makes a run fail. ``reason`` is the
    curator's; ``metadata_file`` is where it was said.
    """

    def __init__(self, source: str, reason: str, metadata_file: str):
        super().__init__(source, reason)
        self.metadata_file = metadata_file
        self.args = (f"{source}: excluded by {metadata_file}: {reason}",)

    def __reduce__(self):
        return type(self), (self.source, self.reason, self.metadata_file)
