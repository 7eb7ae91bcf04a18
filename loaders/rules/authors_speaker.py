"""Who gave a speech: the name opening a speech page's standfirst ("A. Name, Minister for X,
gave these remarks"), or the speaker its title names ("Speech by A. Name at ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.byline_names import person
from loaders.rules.bylines_data import HEAD_CHARS, bylines_data
from loaders.rules.context import DocContext
from loaders.rules.sentences import trimmed_lines


@lru_cache(maxsize=None)
def _speech(lang: str) -> re.Pattern[str] | None:
    spec = (bylines_data().get("speeches") or {}).get(lang)
    return re.compile(rf",\s+(?P<role>[^\n]{{3,160}}?),\s+(?:{spec})", re.IGNORECASE) if spec else None


@lru_cache(maxsize=None)
def _speech_title(lang: str) -> re.Pattern[str] | None:
    spec = (bylines_data().get("speech_titles") or {}).get(lang)
    return re.compile(rf"(?i:{spec})") if spec else None


_SPEECH_STOP = re.compile(r",|\s(?:at|to|on|in|before|during|an|auf|vor|bei|zum|zur|à|au|lors|devant|en|ante|durante|a|al|alla|davanti|op|voor|tijdens|på|vid|inför|for|ved)\s|\s[–—-]\s|:|$")


def _titled_speaker(ctx: DocContext, s: int, e: int) -> tuple[int, int] | None:
    """"Speech by Minister of State A. Name at the conference": the two to four capitalised
    words before the occasion, after the title's words and a role."""
    lang = ctx.lang_at(s)
    for pattern in dict.fromkeys([_speech_title(lang), _speech_title("en")]):
        m = pattern.match(ctx.text, s, e) if pattern is not None else None
        if m is None:
            continue
        stop = _SPEECH_STOP.search(ctx.text, m.end(), e)
        end = stop.start() if stop else e
        words = list(re.finditer(r"\S+", ctx.text[m.end() : end]))
        for k in (4, 3, 2):
            if len(words) < k or len(words) - k > 4:
                continue
            span = person(ctx, m.end() + words[-k].start(), m.end() + words[-1].end())
            if span is not None:
                return span
    return None


def speaker(ctx: DocContext) -> list[tuple[int, int]]:
    """"A. Name, Minister for X, gave these remarks to ...": a speech page's standfirst among
    the first lines; the speaker is the name that opens it. Or a speech's title naming its
    speaker ("Speech by A. Name at ...")."""
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), HEAD_CHARS))[:5]:
        titled = _titled_speaker(ctx, s, e) if e - s <= 200 else None
        if titled is not None:
            return [titled]
        lang = ctx.lang_at(s)
        for pattern in {_speech(lang), _speech("en")} - {None}:
            m = pattern.search(ctx.text, s, min(e, s + 400))  # type: ignore[union-attr]
            if m is None or "," in ctx.text[s : m.start()]:
                continue
            span = person(ctx, s, m.start())
            if span is not None:
                return [span]
    return []
