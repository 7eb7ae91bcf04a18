"""Who issued the document: the organisations of an "A, B and C said today" press
release, or the states that sign it (opening list or Council "From:" header)."""

from __future__ import annotations

import re

from loaders.model import ActorRef, Author, Signatory
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named

SAID_TODAY = re.compile(
    r"(?:said|say|stated|warned|announced)\s+today|ont\s+déclaré\s+aujourd['’]hui|erklärten\s+heute|"
    r"(?:oświadczyły|powiedziały)\s+dziś|hanno\s+dichiarato\s+oggi|declararon\s+hoy",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^[\s,()]*(?:(?:and|et|und|i|oraz|e|y|ja|és|un|ir|και)\b[\s,()]*)?$")


def organisations_said_today(ctx: DocContext) -> list[Author]:
    """The list of organisations that ends right before 'said today' in one sentence."""
    out: list[Author] = []
    for said in SAID_TODAY.finditer(ctx.text):
        sentence_start = max(ctx.text.rfind(".", 0, said.start()), ctx.text.rfind("\n", 0, said.start())) + 1
        orgs = [n for n in find_named(ctx.text, sentence_start, said.start()) if n[0].group == "organisations"]
        chain: list = []
        end = said.start()
        for n, s, e in reversed(orgs):
            if not _LIST_GAP.match(ctx.text[e:end]):
                break
            chain.append((n, s, e))
            end = s
        seen = set()
        for n, s, e in reversed(chain):
            if n.key in seen:
                continue
            seen.add(n.key)
            actor = ActorRef(kind="organization", key=n.key, name=n.name, org_kind=n.kind)
            out.append(Author(actor=actor, evidence=evidence(ctx, s, e, 0.85, "authors.said_today")))
        if out:
            break
    return out


def signing_states(signatories: list[Signatory]) -> list[Author]:
    """Each signing state once (first block), as the document's issuer."""
    seen: set[str] = set()
    out = []
    for s in signatories:
        if s.iso2 in seen:
            continue
        seen.add(s.iso2)
        actor = ActorRef(kind="state", key=s.iso2, name=s.name, iso2=s.iso2)
        out.append(Author(actor=actor, evidence=s.evidence.model_copy(update={"extractor": "authors.signatory_states"})))
    return out


def authors(ctx: DocContext, signatories: list[Signatory]) -> list[Author]:
    return signing_states(signatories) or organisations_said_today(ctx)
