"""What every rule needs about a document, computed once: blocks and the states in them.

Rules are pure functions of a :class:`DocContext`; building it is the only place state
names are searched, so a 5 KB document is tokenised once per language block.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from core.model import Evidence, LanguageBlock
from loaders.names import StateMatch, find_states
from loaders.rules.sentences import split_sentences


@dataclass
class DocContext:
    text: str
    blocks: list[LanguageBlock]

    @cached_property
    def states(self) -> list[list[StateMatch]]:
        """State matches per block, in text order."""
        return [find_states(self.text, b.lang, b.start, b.end) for b in self.blocks]

    @cached_property
    def sentences(self) -> list[list[tuple[int, int]]]:
        """Sentence spans per block, cut once (abbreviations of the block's language kept
        inside) and shared by the rules that read sentences."""
        return [split_sentences(self.text, b.start, b.end, b.lang) for b in self.blocks]

    @cached_property
    def _starts(self) -> list[list[int]]:
        return [[m.start for m in ms] for ms in self.states]

    def states_in(self, b: int, start: int, end: int) -> list[StateMatch]:
        """State matches of block ``b`` starting in ``[start, end)``."""
        starts = self._starts[b]
        return self.states[b][bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def lower(self) -> str:
        """The text lowercased once, for cheap "is this word here at all" prefilters."""
        return self.text.lower()

    def block_at(self, offset: int) -> int:
        for i, b in enumerate(self.blocks):
            if b.start <= offset < b.end:
                return i
        return max(0, len(self.blocks) - 1)

    def lang_at(self, offset: int) -> str:
        return self.blocks[self.block_at(offset)].lang if self.blocks else "en"

    def all_states(self) -> list[tuple[int, StateMatch]]:
        return [(i, m) for i, ms in enumerate(self.states) for m in ms]


def guess_blocks(text: str) -> list[LanguageBlock]:
    """Blocks for a text given without them (tests, raw use): the pipeline's own detector,
    English when it cannot tell."""
    from loaders.lang import language_blocks

    blocks = language_blocks(text) if text.strip() else []
    return blocks or [LanguageBlock(lang="en", start=0, end=len(text), confidence=0.0)]


def make_context(text: str, blocks: list[LanguageBlock] | None) -> DocContext:
    return DocContext(text=text, blocks=list(blocks) if blocks else guess_blocks(text))


def evidence(ctx: DocContext, start: int, end: int, confidence: float, extractor: str) -> Evidence:
    """Evidence whose quote is exactly ``text[start:end]``, trimmed of outer whitespace."""
    while start < end and ctx.text[start].isspace():
        start += 1
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return Evidence(
        quote=ctx.text[start:end],
        start=start,
        end=end,
        lang=ctx.lang_at(start),
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        extractor=extractor,
    )
