"""What every reader returns: decoded text plus whatever the container itself says.

Readers know file formats and nothing about policy documents; the pipeline decides
what wins when the container (an HTML ``<title>``) and metadata disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

Format = Literal["text", "markdown", "html", "pdf", "docx"]
DatePrecision = Literal["day", "month", "year"]


class RawDocument(BaseModel):
    """A file's text before normalisation, with the container's own metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str
    format: Format
    encoding: str | None = None
    title: str | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    source_url: str | None = None
    notes: list[str] = []
