"""The graph's shape as data: which facts exist, between which labels, and the structural links.

Declared once here and read by the row builder (``graph/row_builder.py`` refuses a fact or link
this does not declare, or one whose ends carry other labels), by the tests that check a
loaded graph against it with Cypher, and by the docs (``python -m graph.shape`` prints the
table in ``docs/architecture.md``, and a test keeps the two equal). A new fact type is one
entry here, a mapper in ``graph/fact_mappers.py``, and its queries.
"""

from __future__ import annotations

from dataclasses import dataclass

PARTIES = ("State", "Organization", "Person")


@dataclass(frozen=True)
class Relation:
    """A relationship type: the labels its start and end nodes may carry, and what it says."""

    type: str
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    says: str


# Facts: every one has a fact_id and at least one Evidence node (document, quote, span).
FACTS: dict[str, Relation] = {r.type: r for r in (
    Relation("SIGNED", ("State", "Organization"), ("Edition",), "a party signed an edition of an instrument"),
    Relation("EXPRESSES", ("Document",), ("Edition",), "a document is the text of an edition"),
    Relation("AUTHORED", PARTIES, ("Document", "Instrument"), "who wrote a document, or a reported paper"),
    Relation("SUPPORTS", (*PARTIES, "Instrument"), ("LegalAct", "Instrument"), "a stance for an act or a paper"),
    Relation("OPPOSES", (*PARTIES, "Instrument"), ("LegalAct", "Instrument"), "a stance against an act or a paper"),
    Relation("REPORTS", ("Document",), ("Instrument", "Edition"), "a document reports a paper or an accession"),
    Relation("CITES", ("Document",), ("LegalAct",), "a document cites a legal or policy act"),
    Relation("MENTIONS", ("Document",), (*PARTIES, "Product"), "a document names a state, body, person, product"),
    Relation("AFFILIATED_WITH", ("Person",), ("Organization",), "a person speaks for a body (role, as of)"),
    Relation("IN_LANGUAGE", ("Commitment",), ("CommitmentText",), "a commitment's wording in one language"),
    Relation("BECAME", ("LegalAct",), ("LegalAct",), "a proposal became an act (curated lineage)"),
    Relation("REPLACES", ("LegalAct",), ("LegalAct",), "an act replaces another (curated lineage)"),
    Relation("RECASTS", ("LegalAct",), ("LegalAct",), "an act recasts another (curated lineage)"),
    Relation("GUIDELINES_UNDER", ("LegalAct",), ("LegalAct",), "guidelines issued under an act (curated)"),
    # Typed, dated participation, claimed counts and topics (loaders/participation.py).
    Relation("JOINED", ("State", "Organization"), ("Instrument",), "a party joined an instrument by its own act (date)"),
    Relation("ENDORSED", ("State", "Organization"), ("Instrument",), "a party endorsed an instrument by its own act (date)"),
    Relation("WITHDREW", ("State", "Organization"), ("Instrument",), "a party withdrew: its participation ends (date)"),
    Relation("REPORTED_AS_PARTY", ("State", "Organization"), ("Instrument",), "a third party reports that a party takes part"),
    Relation("CLAIMS", ("Document",), ("Claim",), "a source states a count (and names) of an instrument's parties"),
    Relation("CONCERNS", ("Instrument", "Commitment", "LegalAct"), ("Topic", "LegalAct"), "what an instrument or act is about"),
    Relation("ADDRESSED_TO", ("Commitment",), ("PartyKind",), "the kind of party a commitment binds (its pledge line)"),
)}

# Structural links: what an instrument is made of; no evidence of their own.
LINKS: dict[str, Relation] = {r.type: r for r in (
    Relation("EDITION_OF", ("Edition",), ("Instrument",), "an edition belongs to its instrument"),
    Relation("HAS_COMMITMENT", ("Instrument",), ("Commitment",), "an instrument's numbered commitments"),
    Relation("ABOUT", ("Claim",), ("Instrument",), "the instrument a claimed count is about"),
)}

# Node labels and the prefix of their uid (core/ids.py makes the uids).
NODES: dict[str, str] = {
    "Document": "document", "Instrument": "instrument", "Edition": "edition", "State": "state",
    "Organization": "org", "Person": "person", "Product": "product", "LegalAct": "act",
    "Commitment": "commitment", "CommitmentText": "commitment_text",
    "Claim": "claim", "Topic": "topic", "PartyKind": "party_kind",
}

FACT_TYPES = frozenset(FACTS)
LINK_TYPES = frozenset(LINKS)


def label_of(uid: str) -> str | None:
    """The label a uid's prefix names (``state:SE`` -> State), None for a prefix not declared."""
    prefix = uid.partition(":")[0]
    return next((label for label, p in NODES.items() if p == prefix), None)


def check(kind: dict[str, Relation], rtype: str, start_label: str, end_label: str) -> None:
    """Raise ValueError for a relationship the shape does not declare between these labels."""
    rel = kind.get(rtype)
    if rel is None:
        raise ValueError(f"relationship type {rtype} is not declared in graph/shape.py")
    if start_label not in rel.starts or end_label not in rel.ends:
        raise ValueError(f"{start_label}-[:{rtype}]->{end_label} is not declared in graph/shape.py "
                         f"(starts {', '.join(rel.starts)}; ends {', '.join(rel.ends)})")


def markdown_table() -> str:
    """The shape as the table docs/architecture.md shows."""
    lines = ["| relationship | kind | from | to | says |", "| --- | --- | --- | --- | --- |"]
    for kind, rels in (("fact", FACTS), ("link", LINKS)):
        for r in rels.values():
            lines.append(f"| `{r.type}` | {kind} | {', '.join(r.starts)} | {', '.join(r.ends)} | {r.says} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
