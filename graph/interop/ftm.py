"""Participation as followthemoney entities: ``Project`` (instrument), ``Event`` (edition),
``PublicBody`` (state), ``Organization``/``Company`` (other party), ``ProjectParticipant``
(one per participation fact, its role the act, ``status`` party or reported).

Why followthemoney: OpenSanctions and Aleph read it, so a researcher can merge who signed
what with their own data. Every entity is checked against the FtM model before it is
returned (:func:`validate`); a value the model refuses is an error, never dropped.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.statement import Statement, write_statements

from graph.rows import digest

DATASET = "pledgegraph"


class FtMError(ValueError):
    """An entity the followthemoney model refuses; names the entity and the reason."""


def _make(schema: str, key: str, **props: Any) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = f"pg-{digest(schema, key, length=20)}"
    for prop, values in props.items():
        for v in values if isinstance(values, (list, tuple)) else [values]:
            if v is None or v == "":
                continue
            before = len(proxy.get(prop))
            proxy.add(prop, v, quiet=False)
            if len(proxy.get(prop)) == before and not proxy.get(prop):  # cleaning dropped it: the model refuses it
                raise FtMError(f"{schema} {key}: {prop} {v!r} is not a value followthemoney keeps")
    return proxy


def _party(row: dict[str, Any]) -> EntityProxy:
    if row["party_kind"] == "state":
        return _make("PublicBody", row["party"], name=row["name"], country=(row["iso2"] or "").lower(),
                     jurisdiction=(row["iso2"] or "").lower(), description="a state, as a party to instruments")
    schema = "Company" if row.get("organization_kind") == "company" else "Organization"
    return _make(schema, row["party"], name=row["name"] or row["key"], classification=row.get("organization_kind"))


def entities(rows: Iterable[dict[str, Any]]) -> list[EntityProxy]:
    """Instruments, editions, parties and one ``ProjectParticipant`` per participation fact."""
    out: dict[str, EntityProxy] = {}
    for row in rows:
        editions = sorted(row.get("editions") or [], key=lambda e: e["number"])
        project = _make("Project", row["instrument"], name=row["title"] or row["instrument"],
                        startDate=editions[0]["date"] if editions else None, projectId=row["instrument"])
        out.setdefault(project.id, project)
        for ed in editions:
            event = _make("Event", f"{row['instrument']}#{ed['number']}", name=f"{row['title']}, edition {ed['number']}",
                          date=ed["date"], summary=ed.get("label"), description=f"edition {ed['number']} of {row['instrument']}")
            out.setdefault(event.id, event)
        party = _party(row)
        out.setdefault(party.id, party)
        role = f"reported: {row['act']}" if row["reported"] else row["act"]
        participant = _make(
            "ProjectParticipant", row["fact_id"], project=project.id, participant=party.id, role=role,
            status="reported" if row["reported"] else "party",
            startDate=None if row["reported"] or row["act"] == "withdrew" else row["date"],
            endDate=row["date"] if row["act"] == "withdrew" else None,
            date=row["date"] or (row.get("attested_on") or "")[:10] or None,
            sourceUrl=row.get("source_urls") or [], publisher=row.get("publishers") or [], summary=row.get("quote"),
            recordId=row["fact_id"],
        )
        out.setdefault(participant.id, participant)
    result = list(out.values())
    validate(result)
    return result


def validate(proxies: Iterable[EntityProxy]) -> None:
    """Check each entity against the model: its schema's own validation and a re-read of its
    data with cleaning off (a value the model would not keep raises)."""
    for proxy in proxies:
        data = proxy.to_dict()
        problem = proxy.schema.validate(data)
        if problem:
            raise FtMError(f"{proxy.schema.name} {proxy.id}: {problem}")
        again = model.get_proxy(data, cleaned=False)
        if again.to_dict() != data:
            raise FtMError(f"{proxy.schema.name} {proxy.id}: the model does not keep its values as given")


def statements(proxies: Iterable[EntityProxy], dataset: str = DATASET) -> list[Statement]:
    return [stmt for proxy in proxies for stmt in Statement.from_entity(proxy, dataset)]


class _Kept(io.BytesIO):
    """A buffer whose bytes outlive ``close`` (write_statements closes the file it is given)."""

    value = b""

    def close(self) -> None:
        if not self.closed:
            self.value = self.getvalue()
        super().close()


def statements_csv(proxies: Iterable[EntityProxy], dataset: str = DATASET) -> bytes:
    buffer = _Kept()
    write_statements(buffer, "csv", statements(proxies, dataset))
    return buffer.value if buffer.closed else buffer.getvalue()
