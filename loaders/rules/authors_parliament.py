"""A national parliament's chamber as the author of its own resolution or opinion, read from
the title line: "Beschluss des Bundesrates", "Uchwała Sejmu", "Avis motivé du Sénat"; and a
government answering a parliamentary question ("Antwort der Bundesregierung") as its state,
when the chamber heading the paper has one state ("Deutscher Bundestag Drucksache ...").

The title must be a line of its own among the first lines, opening with an act noun of its
language and its connector, naming a chamber (loaders/data/signing.yaml, parliament_acts)
and holding nothing after it but a date or a number: "Stellungnahme des Bundesrates sorgt
für Kritik" is a headline about the opinion, not the opinion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines

_HEAD_LINES = 8
_HEAD = 2000
_TAIL_OK = re.compile(r"[\s.,:;–—-]*(?:(?:vom|du|of|van|z\s+dnia|ze\s+dne|del|de|of\s+the)?\s*\d[\d\s./-]*(?:[^\W\d_]+\s+\d{4})?\s*(?:[^\W\d_]{1,3}\.)?|\(\s*[\w\s./-]{1,30}\))?[\s.]*$")


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    spec = load_yaml("signing.yaml")["parliament_acts"]
    nouns = [n for ns in spec["act_nouns"].values() for n in ns]
    forms: dict[str, tuple[str, str]] = {}
    for chamber in spec["chambers"]:
        for form in chamber["forms"]:
            forms.setdefault(str(form), (chamber["key"], chamber["name"]))
    pattern = re.compile(rf"(?:{_alt(nouns)})\s+(?:(?:{_alt(spec['connectors'])})\s*)?(?P<chamber>{_alt(forms)})(?![^\W\d_])")
    return pattern, forms


def parliament(ctx: DocContext) -> list[Author]:
    pattern, forms = _pattern()
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))[:_HEAD_LINES]:
        m = pattern.match(ctx.text, s, e)
        if m is None or not _TAIL_OK.fullmatch(ctx.text, m.end(), e):
            continue
        key, name = forms[m.group("chamber")]
        actor = ActorRef(kind="organization", key=key, name=name, org_kind="government")
        return [Author(actor=actor, evidence=evidence(ctx, m.start("chamber"), m.end("chamber"), 0.8, "authors.parliament_act"))]
    return []


_ANSWER_HEAD = 1500
_CHAMBER_HEAD = 600


@lru_cache(maxsize=1)
def government_answers() -> tuple[re.Pattern[str], dict[str, str]]:
    spec = load_yaml("signing.yaml")["parliament_acts"]
    answers = [a for xs in spec.get("government_answers", {}).values() for a in xs]
    states: dict[str, str] = {}
    for chamber in spec["chambers"]:
        if chamber.get("state"):
            for form in [chamber["name"], *chamber["forms"]]:
                states.setdefault(str(form), chamber["state"])
    return re.compile("(?:" + "|".join(answers) + ")"), states


def government_answer(ctx: DocContext) -> list[Author]:
    """The state whose government answers a question of the chamber that heads the paper."""
    from loaders.names.gazetteer import english_names

    pattern, states = government_answers()
    m = pattern.search(ctx.text, 0, min(len(ctx.text), _ANSWER_HEAD))
    if m is None:
        return []
    head = ctx.text[: min(len(ctx.text), _CHAMBER_HEAD, m.start() + 1)]
    found = {st for form, st in states.items() if re.search(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", head)}
    if len(found) != 1:
        return []
    iso2 = found.pop()
    actor = ActorRef(kind="state", key=iso2, name=english_names().get(iso2, iso2), iso2=iso2)
    return [Author(actor=actor, evidence=evidence(ctx, m.start(), m.end(), 0.75, "authors.government_answer"))]
