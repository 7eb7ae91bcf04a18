"""Signing parties, found by structure: who signs this document, who issues it, and which
lists are another document's words.

One module per layout: ``opening`` (the opening "We, the governments of ..." and "The
governments of ... have agreed"), ``closing`` (signature blocks, endorsement and
supporter lists, bullets, tables), ``delegations`` (Council "From:" headers, authors),
``title`` (a statement's title that names its parties; ``title_lines`` finds the lines that can
be one), ``meeting_heading`` (a communiqué's heading of states confirmed by its opening), ``preamble`` (the subject of a
declaration's recitals: "The prime ministers of A and B, / Recognising ...,"), ``adjectives`` (a title that names
them by adjectives: "Franco-German declaration"), ``reported`` (quotations and
reported speech), ``promise`` (a shape that should carry
signatories). A list with at least one state gives signatories, states and organisations
alike; a list of organisations alone gives the document's authors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model import Author, ReportedDocument, Signatory, Warning_
from loaders.rules.context import DocContext
from loaders.rules.signing import closing, opening, title
from loaders.rules.signing.adjectives import adjectives_opening, titled_by_adjectives
from loaders.rules.signing.meeting_heading import meeting_heading
from loaders.rules.signing.delegations import delegations
from loaders.rules.signing.groups import signature_groups
from loaders.rules.signing.office_titles import office_opening, office_titled
from loaders.rules.signing.parties import PartyList, accept, authors_of, signatories_of
from loaders.rules.signing.parties_clause import parties_clause
from loaders.rules.signing.preamble import preamble, recitals_seen
from loaders.rules.signing.promise import promises
from loaders.rules.signing.sentence import own_parties
from loaders.rules.signing.reported import accessions, reported_reason, reported_statement
from loaders.rules.signing.vocabulary import find_undersigned, line_spans

_LAYOUT_NAMES = {
    "signature_block": "signature_block",
    "endorsement_list": "endorsement_list",
}


@dataclass
class Parties:
    signatories: list[Signatory] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)  # delegations, signing organisations
    reported: list[ReportedDocument] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # why a promised list was not taken


def _take(ctx: DocContext, b: int, plist: PartyList, anchor: int, name: str, out: Parties,
          warnings: list[Warning_], taken: set[tuple[int, int]]) -> None:
    if not plist.items:
        if plist.name_like_dropped:
            accept(plist, warnings)
            out.notes.append(f"{plist.layout} named nobody known ({len(plist.name_like_dropped)} unknown names)")
        return
    span = (plist.start, plist.end)
    if any(s <= span[0] < e or s < span[1] <= e for s, e in taken):
        return
    reason = plist.reported or reported_reason(ctx, b, min(anchor, plist.start), plist.end)
    if reason:
        doc = reported_statement(ctx, plist, reason)
        out.notes.append(f"{plist.layout} is another document's words: {reason}")
        if doc is not None and doc.key not in {r.key for r in out.reported}:
            out.reported.append(doc)
            warnings.append(Warning_(code="reported_signatories", start=plist.start, end=plist.end,
                                     message=f"{plist.layout} kept as a reported statement, not as signatories: {reason}"))
        taken.add(span)
        return
    if not accept(plist, warnings):
        out.notes.append(f"{plist.layout} had too few states or organisations ({len(plist.parties)} of {len(plist.items)} items)")
        return
    taken.add(span)
    if plist.states:
        out.signatories.extend(signatories_of(ctx, plist, f"signatories.{name}"))
    else:
        out.authors.extend(authors_of(ctx, plist, f"authors.{name}"))


def read_parties(ctx: DocContext, warnings: list[Warning_]) -> Parties:
    out = Parties()
    taken: set[tuple[int, int]] = set()
    lines = line_spans(ctx.text)
    promise = promises(ctx, lines)
    saw_undersigned = promise is not None and bool(find_undersigned(ctx.lower, ctx.text))
    for b in range(len(ctx.blocks)):
        for plist, anchor in opening.we_the_governments(ctx, b):
            _take(ctx, b, plist, anchor, "we_the_governments", out, warnings, taken)
            break
        for plist, anchor in parties_clause(ctx, b):
            _take(ctx, b, plist, anchor, "preamble", out, warnings, taken)
        for plist, anchor in office_titled(ctx, b):
            _take(ctx, b, plist, anchor, "title", out, warnings, taken)
        for plist, anchor in title.titled(ctx, b):
            _take(ctx, b, plist, anchor, "title", out, warnings, taken)
            break
        for plist, anchor in titled_by_adjectives(ctx, b):
            _take(ctx, b, plist, anchor, "title_adjectives", out, warnings, taken)
        for plist, anchor in meeting_heading(ctx, b):
            _take(ctx, b, plist, anchor, "meeting_heading", out, warnings, taken)
        for plist, anchor in preamble(ctx, b):
            _take(ctx, b, plist, anchor, "preamble", out, warnings, taken)
        if promise:
            for plist, anchor in opening.governments_agree(ctx, b):
                _take(ctx, b, plist, anchor, "governments_agree", out, warnings, taken)
                break
            for plist, anchor in opening.states_agree_under_heading(ctx, b):
                _take(ctx, b, plist, anchor, "governments_agree", out, warnings, taken)
            for plist, anchor in office_opening(ctx, b):
                _take(ctx, b, plist, anchor, "governments_agree", out, warnings, taken)
            for plist, anchor in adjectives_opening(ctx, b):
                _take(ctx, b, plist, anchor, "governments_agree", out, warnings, taken)
        for plist, anchor in closing.labelled(ctx, b, lines, promised=bool(promise or saw_undersigned)):
            name = "undersigned" if saw_undersigned else _LAYOUT_NAMES[plist_layout(plist)]
            _take(ctx, b, plist, anchor, name, out, warnings, taken)
        if promise or saw_undersigned:
            plist = closing.trailing(ctx, b, organisations_alone=saw_undersigned)
            if plist is not None:
                _take(ctx, b, plist, plist.start, "undersigned" if saw_undersigned else "signature_block", out, warnings, taken)
        if promise:
            for plist, anchor in own_parties(ctx, b):
                _take(ctx, b, plist, anchor, _LAYOUT_NAMES[plist_layout(plist)], out, warnings, taken)
        if promise and not out.signatories:
            plist = signature_groups(ctx, b)
            if plist is not None:
                _take(ctx, b, plist, plist.start, "signature_block", out, warnings, taken)
    if not out.signatories:  # a statement's own text restates no one else's accession
        for b in range(len(ctx.blocks)):
            for plist in accessions(ctx, b, taken):
                doc = reported_statement(ctx, plist, "reported as joining or issuing a statement")
                if doc is not None and doc.key not in {r.key for r in out.reported}:
                    out.reported.append(doc)
    out.authors.extend(delegations(ctx, warnings))
    if promise and not out.signatories and (promise.startswith("a declaration's preamble") or recitals_seen(ctx)):
        out.notes.append("the preamble's recitals have no subject naming states above them, nor a clause after them opening with states")
    if promise and not out.signatories and not out.authors:
        why = "; ".join(out.notes) or "no list of states or organisations follows it in any layout read"
        warnings.append(Warning_(code="no_signatories", message=f"{promise} seen, but no signatory list taken: {why}"))
    return out


def plist_layout(plist: PartyList) -> str:
    return plist.layout if plist.layout in _LAYOUT_NAMES else "signature_block"


__all__ = ["Parties", "read_parties"]
