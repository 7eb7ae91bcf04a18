"""Ids and slugs: how a node of the graph is named, for every layer that needs to say it.

One slug rule for organisations, people and cited guidelines alike (ASCII, lower case,
hyphens), so a key made by a rule and a key made by the graph writer cannot disagree.
Every node's ``uid`` is ``<kind>:<id>``, which lets the writer MERGE any node with one
statement.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from core.model import ActorRef

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def digest(*parts: Any, length: int = 24) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """ASCII letters and digits joined by hyphens; a name with none of them (all Greek,
    say) gets a hash of itself, so it still has a stable, distinct key."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_.lower()).strip("-") or digest(text, length=12)


def document_id(path_key: str) -> str:
    """Stable across content changes, so a changed file replaces its own earlier facts."""
    return "doc-" + digest(path_key, length=16)


def document_uid(doc_id: str) -> str:
    return f"document:{doc_id}"


def state_uid(iso2: str) -> str:
    return f"state:{iso2}"


def actor_uid(actor: ActorRef) -> str:
    if actor.kind == "state":
        return state_uid(actor.iso2 or actor.key)
    if actor.kind == "person":
        return f"person:{actor.key}"
    return f"org:{actor.key}"


def instrument_uid(instrument_id: str) -> str:
    return f"instrument:{instrument_id}"


def edition_id(instrument_id: str, number: int) -> str:
    return f"{instrument_id}#{number}"


def edition_uid(edition: str) -> str:
    return f"edition:{edition}"


def act_uid(act_id: str) -> str:
    return f"act:{act_id}"
