"""Curated pages about who takes part in an instrument: typed, dated participation and claims.

``metadata/sources/*.yaml`` lists public pages (title, address, date) and what each says:
a party's own act (joined, endorsed, signed, withdrew), a third party's report that a party
takes part, a count of parties ("21 states"), or that an instrument or act concerns a topic.
Each page is loaded as a Document of kind ``curated`` carrying its address and date, so
every fact cites the page it came from.

Why the page decides own act or report: a government announcing that it joined is the
party's act; a news item saying the same is a report, and precision comes first, so a
report never becomes a signature. Why ``counts_from``: a page dated only "2025-04" cannot
be known on 10 April, so facts count from the end of the period the date gives.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.ids import digest, document_id, document_uid, edition_id, instrument_uid, state_uid
from core.curated import CuratedFact, CuratedLink, CuratedNode
from core.states import english_name
from graph.rows import DocumentRows, curated_rows
from loaders.curated_file import CuratedFile
from loaders.curated_file import metadata_evidence as _evidence
from loaders.metadata import MetadataError, load_instrument_manifest_files, load_model_file
from loaders.names.resources import load_yaml

Precision = Literal["day", "month", "year"]
Act = Literal["signed", "joined", "endorsed", "withdrew"]
OWN_ACT_TYPES: dict[str, str] = {"joined": "JOINED", "endorsed": "ENDORSED", "withdrew": "WITHDREW", "signed": "SIGNED"}
REPORTED_TYPE = "REPORTED_AS_PARTY"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def parse_date(value: dt.date | int | str | None, precision: Precision | None = None) -> tuple[dt.date | None, Precision | None]:
    """A YAML date, ``YYYY-MM`` or a bare year as (first day, precision)."""
    if value is None:
        return None, None
    if isinstance(value, dt.date):
        return value, precision or "day"
    text = str(value).strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1), precision or "year"
        if len(text) == 7:
            y, m = text.split("-")
            return dt.date(int(y), int(m), 1), precision or "month"
        return dt.date.fromisoformat(text), precision or "day"
    except ValueError:
        raise ValueError(f"not a date, YYYY-MM or year: {value!r}") from None


def counts_from(date: dt.date | None, precision: Precision | None) -> dt.date | None:
    """The first day on which a fact so dated is certainly past: the end of its period."""
    if date is None:
        return None
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return date


class Participation(_Strict):
    party: str = Field(description="ISO alpha-2 of a state, or an organisation key from loaders/data/organisations.yaml")
    act: Act
    instrument: str
    edition: int | None = Field(default=None, ge=1, description="for an own 'signed': the edition whose text lists the party")
    date: dt.date | int | str | None = Field(default=None, description="the date of the act, when the page gives it")
    date_precision: Precision | None = None
    quote: str = Field(min_length=1)


class Claim(_Strict):
    instrument: str
    what: Literal["states", "organisations", "parties", "attending_states"]
    count: int = Field(ge=0)
    qualifier: Literal["exactly", "over", "at_least", "about"] = "exactly"
    as_of: dt.date | int | str | None = Field(default=None, description="the date the count holds for; the page's date when absent")
    as_of_precision: Precision | None = None
    names: list[str] = Field(default=[], description="parties the page names with the count (often only some)")
    quote: str = Field(min_length=1)
    note: str | None = None


class Concern(_Strict):
    subject: str = Field(description="an instrument id, or a node uid such as act:celex:32021R0821")
    topic: str
    quote: str | None = None
    source: str | None = None


class Topic(_Strict):
    id: str
    label: str


class SourcePage(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    url: str = Field(pattern=r"^https?://")
    publisher: str
    page_kind: Literal["government", "news", "analysis", "ngo", "intergovernmental", "company"]
    speaker: str | None = Field(default=None, description="the party whose own publication the page is")
    date: dt.date | int | str
    date_precision: Precision | None = None
    date_note: str | None = None
    participation: list[Participation] = []
    claims: list[Claim] = []
    concerns: list[Concern] = []

    @field_validator("date")
    @classmethod
    def _readable_date(cls, v):
        parse_date(v)
        return v

    @model_validator(mode="after")
    def _undated_pages_say_why(self) -> "SourcePage":
        _, precision = parse_date(self.date, self.date_precision)
        if precision != "day" and not self.date_note:
            raise ValueError("a page dated only by month or year needs a date_note saying where the date comes from")
        return self


class SourcesManifest(_Strict):
    title: str | None = Field(default=None, description="what the file's pages are about, as a reader names it")
    topics: list[Topic] = []
    concerns: list[Concern] = []
    pages: list[SourcePage]


@lru_cache(maxsize=1)
def _organisations() -> dict[str, dict[str, Any]]:
    data = load_yaml("organisations.yaml")
    return {spec["key"]: spec for group in ("organisations", "companies") for spec in data.get(group, [])}


def party_uid(code: str, where: str) -> tuple[str, CuratedNode]:
    """A party code as (uid, node): a state by ISO code, else a registered organisation."""
    if len(code) == 2 and code.isupper():
        if pycountry.countries.get(alpha_2=code) is None:
            raise ValueError(f"{where}: {code!r} is not an ISO 3166 alpha-2 code")
        return state_uid(code), CuratedNode(uid=state_uid(code), label="State", props={"iso2": code, "name": english_name(code)})
    spec = _organisations().get(code)
    if spec is None:
        raise ValueError(f"{where}: {code!r} is neither a state code nor an organisation key in loaders/data/organisations.yaml")
    uid = f"org:{code}"
    return uid, CuratedNode(uid=uid, label="Organization", props={"key": code, "name": spec["name"], "kind": spec.get("kind", "other")})


def _subject(subject: str, instruments: set[str], where: str) -> tuple[str, CuratedNode]:
    if ":" in subject:
        kind, _, rest = subject.partition(":")
        label = {"act": "LegalAct", "instrument": "Instrument", "commitment": "Commitment"}.get(kind)
        if label is None:
            raise ValueError(f"{where}: subject {subject!r} must be an instrument id or act:/instrument:/commitment: uid")
        return subject, CuratedNode(uid=subject, label=label, props={"id": rest})
    if subject not in instruments:
        raise ValueError(f"{where}: unknown instrument {subject!r}")
    return instrument_uid(subject), CuratedNode(uid=instrument_uid(subject), label="Instrument", props={"id": subject})


def _instrument(instrument: str, instruments: set[str], where: str) -> CuratedNode:
    if instrument not in instruments:
        raise ValueError(f"{where}: unknown instrument {instrument!r} (no metadata/instruments/*.yaml declares it)")
    return CuratedNode(uid=instrument_uid(instrument), label="Instrument", props={"id": instrument})


def page_facts(page: SourcePage, instruments: set[str], topics: set[str], page_uid: str) -> list[CuratedFact]:
    """Every fact one page supports (pure); ``page_uid``: the page's Document, which CLAIMS."""
    page_date, page_precision = parse_date(page.date, page.date_precision)
    page_counts = counts_from(page_date, page_precision)
    facts: list[CuratedFact] = []
    for n, p in enumerate(page.participation):
        where = f"page {page.id}, participation {n + 1}"
        p_uid, p_node = party_uid(p.party, where)
        inst = _instrument(p.instrument, instruments, where)
        act_date, act_precision = parse_date(p.date, p.date_precision)
        if page.speaker is not None and p.party == page.speaker:  # the party's own publication: its own act
            known = max(d for d in (counts_from(act_date, act_precision), page_counts) if d) if act_date else page_counts
            props = {"date": act_date or page_date, "date_precision": act_precision or page_precision,
                     "counts_from": known, "act": p.act}
            if p.act == "signed":
                if p.edition is None:
                    raise ValueError(f"{where}: an own 'signed' names the edition whose text lists the party")
                e_uid = f"edition:{edition_id(p.instrument, p.edition)}"
                facts.append(CuratedFact(nodes=[p_node, inst], type="SIGNED", source=p_uid, target=e_uid,
                                         evidence=_evidence(p.quote, "curated.sources.own_act")))
                continue
            facts.append(CuratedFact(nodes=[p_node, inst], type=OWN_ACT_TYPES[p.act], source=p_uid, target=inst.uid,
                                     qualifier=(act_date or page_date).isoformat(), props=props,
                                     evidence=_evidence(p.quote, "curated.sources.own_act")))
        else:  # a third party says so: a reported participation, whatever verb it uses
            facts.append(CuratedFact(nodes=[p_node, inst], type=REPORTED_TYPE, source=p_uid, target=inst.uid,
                                     qualifier=p.act, props={"says": p.act},
                                     evidence=_evidence(p.quote, "curated.sources.reported"),
                                     evidence_props={"as_of": page_date, "as_of_precision": page_precision,
                                                     "counts_from": page_counts, "act_date": act_date,
                                                     "act_date_precision": act_precision}))
    for n, c in enumerate(page.claims):
        where = f"page {page.id}, claim {n + 1}"
        inst = _instrument(c.instrument, instruments, where)
        for name in c.names:
            party_uid(name, where)
        as_of, as_of_precision = parse_date(c.as_of, c.as_of_precision) if c.as_of is not None else (page_date, page_precision)
        claim_id = "claim-" + digest(page.id, c.instrument, c.what, c.count, c.qualifier, as_of, sorted(c.names), length=16)
        c_uid = f"claim:{claim_id}"
        facts.append(CuratedFact(
            nodes=[inst, CuratedNode(uid=c_uid, label="Claim", props={
                "id": claim_id, "instrument_id": c.instrument, "what": c.what, "count": c.count, "qualifier": c.qualifier,
                "as_of": as_of, "as_of_precision": as_of_precision, "counts_from": counts_from(as_of, as_of_precision),
                "known_from": page_counts, "names": sorted(c.names), "note": c.note})],
            links=[CuratedLink(type="ABOUT", source=c_uid, target=inst.uid)],
            type="CLAIMS", source=page_uid, target=c_uid, evidence=_evidence(c.quote, "curated.sources.claim"),
        ))
    facts.extend(concern_facts(page.concerns, instruments, topics, f"page {page.id}"))
    return facts


def concern_facts(concerns: list[Concern], instruments: set[str], topics: set[str], where: str) -> list[CuratedFact]:
    facts = []
    for n, c in enumerate(concerns):
        here = f"{where}, concern {n + 1}"
        if c.topic not in topics:
            raise ValueError(f"{here}: unknown topic {c.topic!r}; declare it under topics")
        s_uid, s_node = _subject(c.subject, instruments, here)
        t_uid = f"topic:{c.topic}"
        facts.append(CuratedFact(nodes=[s_node, CuratedNode(uid=t_uid, label="Topic", props={"id": c.topic})],
                                 type="CONCERNS", source=s_uid, target=t_uid,
                                 evidence=_evidence(c.quote or c.source or c.topic, "curated.sources.concerns")))
    return facts


def _page_rows(page: SourcePage, key: str, sha: str, instruments: set[str], topics: set[str]) -> DocumentRows:
    facts = page_facts(page, instruments, topics, document_uid(document_id(key)))
    date, precision = parse_date(page.date, page.date_precision)
    return curated_rows(key, sha, page.title, facts, document={
        "date": date, "date_precision": precision, "source_url": page.url, "publisher": page.publisher,
        "page_kind": page.page_kind, "speaker": page.speaker, "date_note": page.date_note,
        "counts_from": counts_from(date, precision),
    })


def sources_title(stem: str) -> str:
    """A readable title for a sources file without its own ``title:``: its file name's words,
    since a slug ("pall-mall-process") is an id, not something to show a reader."""
    return "Public sources on " + " ".join(w.capitalize() for w in re.split(r"[-_]+", stem) if w)


def sources_keys(metadata_dir: Path) -> list[str]:
    """The document keys ``sources_files`` writes, read cheaply (page ids only), so a run can
    look up their stored state first and leave unchanged pages alone. A file that does not
    parse gives no keys here: ``sources_files`` reports it."""
    keys: list[str] = []
    for path in sorted((Path(metadata_dir) / "sources").glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            pages = [p["id"] for p in data.get("pages") or [] if isinstance(p, dict) and "id" in p]
        except (yaml.YAMLError, OSError, AttributeError):
            continue
        keys += [f"curated:sources/{path.name}", *(f"curated:sources/{path.name}#{pid}" for pid in pages)]
    return keys


def sources_files(metadata_dir: Path, instruments: set[str] | None = None) -> list[CuratedFile]:
    """Every page of every ``sources/*.yaml`` file, and each file's own topics and concerns.

    Raises MetadataError naming the file (and page, entry) for anything it cannot use.
    """
    metadata_dir = Path(metadata_dir)
    if instruments is None:
        instruments = {m.id for m, _ in load_instrument_manifest_files(metadata_dir)}
    out: list[CuratedFile] = []
    for path in sorted((metadata_dir / "sources").glob("*.yaml")):
        manifest = load_model_file(SourcesManifest, path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        topics = {t.id for t in manifest.topics}
        try:
            key = f"curated:sources/{path.name}"
            title = manifest.title or sources_title(path.stem)
            facts = [CuratedFact(nodes=[CuratedNode(uid=f"topic:{t.id}", label="Topic", props={"id": t.id, "label": t.label})])
                     for t in manifest.topics]
            facts += concern_facts(manifest.concerns, instruments, topics, "concerns")
            out.append(CuratedFile(key, path, sha, title, curated_rows(key, sha, title, facts)))
            seen: set[str] = set()
            for page in manifest.pages:
                if page.id in seen:
                    raise ValueError(f"page id {page.id!r} used twice")
                seen.add(page.id)
                page_key = f"curated:sources/{path.name}#{page.id}"
                out.append(CuratedFile(page_key, path, sha, page.title, _page_rows(page, page_key, sha, instruments, topics)))
        except ValueError as exc:
            raise MetadataError(str(path), str(exc)) from None
    return out
