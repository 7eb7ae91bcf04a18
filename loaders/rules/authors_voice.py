"""An organisation speaking of itself in its own press release: in the lead ("The X Accord is
pleased to endorse ...", "X has joined 40 other NGOs in calling on ...", « X est heureuse
de », "X freut sich"; or taking a stand in the present tense ("The X Federation (XF)
strongly rejects ...") when its name also stands alone on one of the page's first lines,
its letterhead or site name; or in the closing note on the issuer, "About X".

The name must open the lead's sentence (after an article, or a number a page's furniture
glued to it) and be an organisation the registry knows or a marker word names, never a
state. News reports others in the past tense or in reported speech ("said it was
pleased"), so neither form is how news names whom it quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines
from loaders.rules.signing.organisations import Organisation, known, plausible

_LEAD = 3000
_LEAD_LINES = 10
_LETTERHEAD_LINES = 3
_NAME_REACH = 160
_OPENING = re.compile(r"(?:\d+(?=[^\W\d_]))?(?:(?:The|La|Le|Les|Die|Der|Das|El|Los|Las|Il|Lo|De|Het|O|A|Os|As)\s+|[LlDd]['’])?")
_ARTICLE = re.compile(r"(?:the|la|le|les|die|der|das|el|los|las|il|lo|gli|de|het|a|o)\s+|[ld]['’]")
_ACRONYM = re.compile(r"\s*\(([^\W\d_][\w&.-]{1,14})\)\s*$")


@lru_cache(maxsize=1)
def _about() -> re.Pattern[str]:
    heads = (load_yaml("signing.yaml").get("own_voice") or {}).get("about") or []
    alt = "|".join(re.escape(str(h)) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:{alt})\s*(?P<org>[^\W\d_][^\n:]{{1,100}}?)\s*(?::.*)?$")


_AFTER_LEAD = 2  # lines: the title and the lead come first


def about_footer(ctx: DocContext) -> list[Author]:
    """"About X" heading the closing note of a release (the line alone, or "About X: X is
    ..."), past the lead: X is the issuer, when it is an organisation (not a state, not
    "the author")."""
    pattern = _about()
    for s, e in reversed(trimmed_lines(ctx.text, 0, len(ctx.text))[_AFTER_LEAD:]):
        if e - s > 400:
            continue
        m = pattern.match(ctx.text, s, e)
        if m is None:
            continue
        art = _ARTICLE.match(ctx.text, m.start("org"), m.end("org"))
        found = _organisation(ctx, art.end() if art else m.start("org"), m.end("org"))
        if found is None:
            continue
        org, ns, ne = found
        actor = ActorRef(kind="organization", key=org.key, name=org.name, org_kind=org.kind)  # type: ignore[arg-type]
        return [Author(actor=actor, evidence=evidence(ctx, ns, ne, 0.8 if org.known else 0.6, "authors.about_footer"))]
    return []


@lru_cache(maxsize=None)
def _voice(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    spec = (load_yaml("signing.yaml").get("own_voice") or {}).get(lang) or {}
    pleased, holds = spec.get("pleased"), spec.get("holds")
    return (re.compile(rf"\s+(?:{pleased})") if pleased else None,
            re.compile(rf"\s+(?:{holds})") if holds else None)


def _organisation(ctx: DocContext, start: int, end: int) -> tuple[Organisation, int, int] | None:
    """The organisation named by the whole of ``text[start:end]`` (less an acronym in
    brackets), not a state."""
    name = ctx.text[start:end].strip()
    acr = _ACRONYM.search(name)
    if acr:
        name = name[: acr.start()].rstrip()
    if not name or not name[:1].isupper() or len(name.split()) > 10:
        return None
    b = ctx.block_at(start)
    if ctx.states_in(b, start, start + len(name)):
        return None
    org = known(name) or plausible(name)
    if org is None:
        return None
    return org, start, start + len(name)


def _letterhead_keys(ctx: DocContext) -> set[str]:
    keys = set()
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_LETTERHEAD_LINES]:
        org = known(ctx.text[s:e])
        if org is not None:
            keys.add(org.key)
    return keys


def _starts(ctx: DocContext, b: int) -> list[int]:
    """Where the lead's sentences and lines begin."""
    block = ctx.blocks[b]
    end = min(block.end, block.start + _LEAD)
    lines = [s for s, _ in trimmed_lines(ctx.text, block.start, end)[:_LEAD_LINES]]
    sentences = [s for s, _ in ctx.sentences[b][:_LEAD_LINES] if s < end]
    return sorted(set(lines) | set(sentences))


def own_voice(ctx: DocContext) -> list[Author]:
    letterhead: set[str] | None = None
    for b, block in enumerate(ctx.blocks):
        pleased, holds = _voice(block.lang)
        if pleased is None and holds is None:
            continue
        for s in _starts(ctx, b):
            o = _OPENING.match(ctx.text, s)
            name_start = o.end() if o else s
            reach = min(block.end, name_start + _NAME_REACH)
            line_end = ctx.text.find("\n", name_start, reach)
            reach = reach if line_end < 0 else line_end
            for pattern, needs_letterhead in ((pleased, False), (holds, True)):
                if pattern is None:
                    continue
                m = pattern.search(ctx.text, name_start, reach)
                if m is None:
                    continue
                found = _organisation(ctx, name_start, m.start())
                if found is None:
                    continue
                org, ns, ne = found
                if needs_letterhead:
                    letterhead = _letterhead_keys(ctx) if letterhead is None else letterhead
                    if org.key not in letterhead:
                        continue
                actor = ActorRef(kind="organization", key=org.key, name=org.name, org_kind=org.kind)  # type: ignore[arg-type]
                conf = 0.8 if org.known else 0.6
                return [Author(actor=actor, evidence=evidence(ctx, ns, ne, conf, "authors.own_voice"))]
    return []
