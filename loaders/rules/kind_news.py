"""The marks of a text reporting events and speech, read lazily: a dateline, a byline, page
furniture, verbs of saying, quotations, weekdays and "yesterday", attribution, the voice the
text speaks in and a dated lead. :class:`loaders.rules.kind_signals.Signals` holds them with
the marks of other kinds; they are kept here because news is told apart by their sum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from loaders.rules.kind_lines import is_byline, is_dateline, is_furniture
from loaders.rules.kind_marks import BODY_CHARS, QUOTE
from loaders.rules.kind_words import own_language_patterns

_DATED_LEAD_CHARS = 400  # the lead's sentences, where news says when its event happened


class NewsSignals:
    """Read on the attributes that :class:`~loaders.rules.kind_signals.Signals` sets and
    on two of its title signals (``statement_title``, ``press_release``)."""

    text: str
    languages: Sequence[str] | None
    p: dict[str, re.Pattern]
    low: str
    head_lines: list[str]
    top: str
    statement_title: bool
    press_release: bool

    @cached_property
    def dateline(self) -> bool:
        return any(is_dateline(line, self.p) for line in self.head_lines[:12])

    @cached_property
    def byline(self) -> bool:
        return any(is_byline(line, self.p) for line in self.head_lines[:12])

    @cached_property
    def furniture(self) -> int:
        return sum(1 for line in self.head_lines if is_furniture(line, self.p))

    @cached_property
    def saying(self) -> int:
        """Verbs of saying in the opening."""
        return len(self.p["reporting_verbs"].findall(self.low))

    @cached_property
    def reporting_density(self) -> float:
        """Verbs of saying per 1,000 words of the opening."""
        words = len(self.low.split())
        return 1000 * self.saying / words if words else 0.0

    @cached_property
    def statement_in_body(self) -> bool:
        start = len(self.top) if self.text.lstrip().startswith(self.top) else 0
        return bool(self.p["statement_nouns"].search(self.low, start))

    @cached_property
    def weekday(self) -> bool:
        return bool(self.p["weekday"].search(self.low))

    @cached_property
    def quotes(self) -> int:
        return len(QUOTE.findall(self.text, 0, 6000))

    @cached_property
    def deixis(self) -> bool:
        return bool(self.p["time_deixis"].search(self.low))

    @cached_property
    def attribution(self) -> bool:
        return bool(self.p["attribution"].search(self.low))

    @cached_property
    def speaks_as_we(self) -> bool:
        # unknown languages: every language's short pronouns ("mi", "me", "os") would match
        return self.languages is None or bool(self.p["first_person"].search(QUOTE.sub(" ", self.low)))

    @cached_property
    def speaks_as_i(self) -> int:
        """The subject pronoun "I" outside quotations, in the document's own languages: a
        speech, a question or an answer in parliament, a letter; news says "I" only in quotes."""
        own = own_language_patterns(tuple(self.languages) if self.languages else None)
        return len(own["speaker"].findall(QUOTE.sub(" ", self.text[:BODY_CHARS])))

    @cached_property
    def dated_lead(self) -> bool:
        """The lead (the sentences right under the title) dates what it tells: a day or a
        month with its number ("am 17. Mai 2024", "on 9 November", "12.02.2024"), a weekday
        or a day counted from the day of writing ("yesterday"), outside quotations, as news
        gives the "when" of its event at once. A reference page or a briefing describes
        without dating its opening."""
        own = own_language_patterns(tuple(self.languages) if self.languages else None)
        lead = QUOTE.sub(" ", self._lead)
        return bool(own["dated"].search(lead) or self.p["weekday"].search(lead) or self.p["time_deixis"].search(lead))

    @cached_property
    def _lead(self) -> str:
        at = self.low.find(self.top.lower()) if self.top else -1
        start = at + len(self.top) if at >= 0 else 0
        return self.low[start : start + _DATED_LEAD_CHARS]

    @cached_property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def strong_news(self) -> bool:
        return self.dateline or (self.byline and (self.furniture > 0 or self.reporting_density >= 3.0))

    @property
    def reporting(self) -> int:
        """How many marks of a text reporting events and speech: a weekday ("on Tuesday"),
        a day counted from the day of writing ("yesterday"), verbs of saying, quotations,
        a claim attributed to someone ("according to"), a statement talked about in the
        third person, a press-release header, and no "we" of its own outside quotations."""
        return (self.weekday + self.deixis + (self.reporting_density >= 2.0) + (self.quotes >= 2)
                + self.attribution + (self.statement_in_body and not self.statement_title) + self.press_release
                + (self.words >= 100 and not self.speaks_as_we))

    @property
    def news_marks(self) -> int:
        """The marks of :attr:`reporting` that tell events and speech (a weekday, "yesterday",
        verbs of saying, quotations, "according to", a press-release header), without the two a
        paper carries as well: being a long text in the third person and naming a declaration."""
        return (self.weekday + self.deixis + (self.reporting_density >= 2.0) + (self.quotes >= 2)
                + self.attribution + self.press_release)
