"""One root exception for the graph layer, with subclasses callers can act on.

The CLI maps them to exit codes and the API to HTTP statuses; neither needs to know
the driver's own exception zoo.
"""

from __future__ import annotations

from core.errors import PledgegraphError


class Neo4jUnavailable(PledgegraphError):
    """The server cannot be reached (down, wrong address, still starting)."""


class Neo4jAuthFailed(PledgegraphError):
    """The server answered but refused the credentials."""


class SchemaError(PledgegraphError):
    """A schema statement failed to apply."""


class CypherFileError(PledgegraphError):
    """A .cypher file is malformed (bad header, unknown parameter type)."""
