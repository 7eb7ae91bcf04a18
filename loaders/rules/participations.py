"""Participation facts from running text: a sentence saying a state joined, signed, endorsed
or withdrew from a named instrument.

Who and which act come from ``loaders.participation_text`` (the subject before the verb, one
act per sentence, no negation); which instrument from the names in
``metadata/instrument_names.yaml`` (data, per language). Why the author decides: the act is
the party's own only on its own publication (the state is the document's author); anywhere
else the sentence is a report, never a signature. A sentence naming no listed instrument,
or two, says nothing: precision first.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import yaml

from core.model import ActorRef, Author, ParticipationFact
from loaders.names.matcher import find_states
from loaders.rules.context import DocContext, evidence
from loaders.rules.references import name_pattern
from loaders.rules.stance_actors import home_state
from core.states import english_name


@lru_cache(maxsize=4)
def _names_from(path: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    p = Path(path)
    if not p.is_file():
        return ()
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return tuple((spec["id"], lang, name_pattern(name))
                 for spec in data.get("instruments", []) for lang, names in spec["names"].items() for name in names)


def _names() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Instrument names are curated data (metadata/instrument_names.yaml), read once."""
    from core.settings import get_app_settings

    return _names_from(str(Path(get_app_settings().metadata_dir) / "instrument_names.yaml"))


def named_instruments(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(instrument id, start, end) of each listed name in ``text[start:end]``; a name inside a
    longer one is dropped (the declaration's name inside the code's)."""
    found = [(iid, start + m.start(), start + m.end())
             for iid, _lang, rx in _names() for m in rx.finditer(text[start:end])]
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    for f in found:
        if not any(k[1] <= f[1] and f[2] <= k[2] for k in kept):
            kept = [k for k in kept if not (f[1] <= k[1] and k[2] <= f[2])] + [f]
    return kept


def own_voices(ctx: DocContext, authors: list[Author]) -> frozenset[str]:
    """The states whose own publication the document is: a state among its authors, or the
    state of a government body that issued it (a state its name holds, "Ministry of Foreign
    Affairs of Portugal"; else the one state the document is written from, ``home_state``)."""
    out = {a.actor.iso2 for a in authors if a.actor.kind == "state" and a.actor.iso2}
    for a in authors:
        if a.actor.kind != "organization" or a.actor.org_kind != "government" or a.evidence.start is None:
            continue
        lang = a.evidence.lang or (ctx.blocks[0].lang if ctx.blocks else "en")
        named = {m.iso2 for m in find_states(ctx.text, lang, a.evidence.start, a.evidence.end) if m.iso2 and not m.weak}
        if len(named) == 1:
            out |= named
        elif not named and (home := home_state(ctx)):
            out.add(home)
    return frozenset(out)


def participations(ctx: DocContext, authors: list[Author]) -> list[ParticipationFact]:
    """Every party's participation a sentence states about one named instrument."""
    # Imported here: loaders.participation_text reads loaders.rules.sentences, whose package imports this module.
    from loaders.participation_text import read_participation

    speakers = own_voices(ctx, authors)
    out: list[ParticipationFact] = []
    for b, block in enumerate(ctx.blocks):
        for read in read_participation(ctx.text, block.lang, speakers, block.start, block.end, ctx.sentences[b]):
            s, e = read.sentence
            instruments = {iid: (a, b) for iid, a, b in named_instruments(ctx.text, read.end, e)}
            if len(instruments) != 1:
                continue
            iid, (_, i_end) = next(iter(instruments.items()))
            party = ActorRef(kind="state", key=read.iso2, name=english_name(read.iso2), iso2=read.iso2)
            ev = evidence(ctx, read.start, max(i_end, read.verb[1]), 0.8 if read.own else 0.7,
                          "participations.own_act" if read.own else "participations.reported")
            out.append(ParticipationFact(party=party, act=read.act, own=read.own, instrument=iid, evidence=ev))
    return out


def date_own_acts(found: list[ParticipationFact], date: dt.date | None,
                  precision: str | None) -> list[ParticipationFact]:
    """Own acts dated by their document (known only once metadata has spoken). A report
    keeps no act date of its own; both count from the end of the document's date period."""
    from loaders.participation import counts_from

    known = counts_from(date, precision)  # type: ignore[arg-type]
    return [p.model_copy(update={"date": date, "date_precision": precision, "counts_from": known} if p.own
                         else {"counts_from": known}) for p in found]
