"""A plural pronoun opening a sentence ("They oppose the regulation", "Ils s'opposent à
...", "Sie lehnen ... ab") stands for the states the sentence before names as its subject;
a singular one ("It opposes", "Sie lehnt ... ab", "Il s'oppose") for the one state or
state organ it names so ("The German government ...", "Die Bundesregierung ...").

News spreads a position over two sentences: the first names the states, the next states
the position with "they". The pronoun is read only when its antecedent is unambiguous:
the sentence before, in the same paragraph, names exactly one subject standing for states
(a list, a state organ, a demonym phrase, a capital), near its start, and mentions no
other state; a question gives nothing. A singular pronoun also needs that sentence to
name nothing else it may stand for ("a report", "the letter": stance_discourse.py). The
stance's quote spans both sentences. "We" inside a quotation stands for the one speaker
its attribution names right after it ('"We oppose X," the minister said.'), read as
reported speech (its target must be named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from loaders.names.resources import load_yaml

from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_discourse import previous_sentence, rival_referent

# Subjects a plural pronoun may stand for: states, never organisations or people.
_ANTECEDENTS = frozenset({"state_list", "state_organ", "demonym_organ", "capital", "anaphora", "apposed"})
# Subjects a singular pronoun may stand for: one state, or one state's organ.
_SINGULAR_ANTECEDENTS = frozenset({"state_list", "state_organ", "demonym_organ", "home_organ"})
_WORD = re.compile(r"[^\W\d_]+")
_LEAD_WORDS = 4  # at most this many words ("On Tuesday,") before the antecedent in its sentence


def pronoun_antecedent(ctx: DocContext, b: int, cues: LangCues, s: int, e: int,
                       subjects: Callable, subject_ok: Callable) -> tuple[int, int, object, int] | None:
    """(pronoun start, pronoun end, the antecedent subject, the earlier sentence's start)
    for a sentence ``text[s:e]`` opening with a subject pronoun, or None."""
    m = cues.pronoun_subject.match(ctx.text, s) if cues.pronoun_subject is not None else None
    single = None if m is not None else _singular(cues.lang)
    m = m or (single.pattern.match(ctx.text, s) if single is not None else None)
    if m is not None and single is not None and single.passive is not None and single.passive.match(ctx.text, m.end("p") + 1):
        return None  # "It was criticised for ...": a passive's subject is no agent
    if m is None or ctx.text[s:e].rstrip().rstrip("»”\"'’)").endswith("?"):
        return None
    prev = previous_sentence(ctx, b, s)
    if prev is None:
        return None
    ps, pe = prev
    if single is not None and (rival_referent(ctx.text, cues.lang, ps, pe) is not False
                               or (cues.act_nouns is not None and any(cues.act_nouns.fullmatch(w) for w in _WORD.findall(ctx.text, ps, pe)))):
        return None  # "The government published a report / Germany's plan ... It ...": "it" may be either
    found = [x for x in subjects(ctx, b, cues, ps, pe) if x.actors]
    found = [x for x in found if not any(o is not x and o.start <= x.start and x.end <= o.end and (o.start, o.end) != (x.start, x.end)
                                         for o in found)]  # "the government of [Sweden]": the longer phrase
    found = [x for x in found if not any(o.start < x.start < o.end < x.end and _keys(o) == _keys(x) for o in found)]
    if len({(x.start, x.end) for x in found}) != 1:
        return None  # no subject, or two candidates: "they" could be either
    ante = max(found, key=lambda x: len(x.actors))
    if ante.how not in (_ANTECEDENTS if single is None else _SINGULAR_ANTECEDENTS):
        return None  # "it" is neither a list of states, nor a person
    if not subject_ok(cues, ctx.text[ps : ante.start], ante) or (single is not None and len(ante.actors) != 1):
        return None
    if single is not None and ante.how == "demonym_organ" and ctx.text[ante.start : ante.end].casefold().endswith(single.plural_endings):
        return None  # "French officials ... It": a plural phrase
    if single is not None and not single.agrees(m.group("p"), ctx.text, ante.start, ante.end):
        return None  # "Die deutsche Regierung legte den Entwurf vor. Er ...": "er" is the draft
    if len(ctx.text[ps : ante.start].split()) > _LEAD_WORDS:
        return None  # an object list late in the sentence ("The Commission criticised A and B")
    keys = {a.key for a in ante.actors}
    if any(st.iso2 and st.iso2 not in keys for st in ctx.states_in(b, ps, pe)):
        return None  # another state named there may be what "they" means
    return m.start("p"), m.end("p"), ante, ps


def _keys(subject) -> frozenset[str]:
    return frozenset(a.key for a in subject.actors)


@dataclass(frozen=True)
class _Singular:
    """A language's singular subject pronouns (stance_discourse.yaml ``singular``)."""

    pattern: re.Pattern[str]  # the pronoun opening a sentence, group ``p``
    plural_endings: tuple[str, ...]
    passive: re.Pattern[str] | None
    gender: dict[str, frozenset[str]]  # pronoun -> the articles its antecedent may open with

    def agrees(self, pronoun: str, text: str, start: int, end: int) -> bool:
        """Whether the antecedent ``text[start:end]`` opens with (or follows) an article of
        the pronoun's gender, where the language has them."""
        articles = self.gender.get(pronoun.casefold())
        if articles is None:
            return not self.gender
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text[start:end])[:1]]
        words += [w.casefold() for w in re.findall(r"[^\W\d_]+", text[max(0, start - 20) : start])[-1:]]
        return any(w in articles for w in words)


@lru_cache(maxsize=None)
def _singular(lang: str) -> _Singular | None:
    """The singular subject pronouns of ``lang``, after quotes and an optional connective."""
    spec = (load_yaml("stance_discourse.yaml").get(lang) or {}).get("singular")
    if not spec or not spec.get("pronouns"):
        return None
    lead = "|".join(f"(?:{w})" for w in spec.get("lead") or ())
    lead = rf"(?:(?:{lead}),?\s+)?" if lead else ""
    pron = "|".join(f"(?:{w})" for w in spec["pronouns"])
    return _Singular(
        pattern=re.compile(rf"[\s\"'“”„«»‘’(]*{lead}(?P<p>{pron})(?![^\W\d_])", re.IGNORECASE),
        plural_endings=tuple(str(x).casefold() for x in spec.get("plural_endings") or ()),
        passive=re.compile(spec["passive"], re.IGNORECASE) if spec.get("passive") else None,
        gender={str(k).casefold(): frozenset(str(a).casefold() for a in v) for k, v in (spec.get("gender") or {}).items()},
    )


# A quotation mark that opens a quote, and the marks that close it.
_CLOSERS = {'"': '"', "“": "”", "„": "“”", "«": "»"}
_ATTRIBUTION_CHARS = 140  # an attribution after a quote ("the German government said on Monday") is short
# Speakers of a quote: states, their organs, people, parties, organisations, EU institutions.
_SPEAKERS = frozenset({"state_list", "state_organ", "demonym_organ", "home_organ", "capital", "organisation", "institution",
                       "party", "person", "person_again", "person_role", "person_bare"})


def _open_quote(text: str, para: int, at: int) -> str | None:
    """The quotation mark open at ``at`` (opened in its paragraph and not yet closed)."""
    opened = None
    for ch in text[para:at]:
        if opened is None:
            opened = ch if ch in _CLOSERS else None
        elif ch in _CLOSERS[opened]:
            opened = None
    return opened


@lru_cache(maxsize=None)
def saying_verbs(lang: str) -> re.Pattern[str] | None:
    """The verbs of saying of ``lang`` (stance_speech.yaml), whole words."""
    verbs = (load_yaml("stance_speech.yaml").get(lang) or {}).get("verbs")
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(verbs) + r")(?![^\W\d_])", re.IGNORECASE) if verbs else None


def quoted_speakers(ctx: DocContext, b: int, cues: LangCues, s: int, e: int,
                    subjects: Callable, subject_ok: Callable) -> list[tuple[int, int, object]]:
    """(pronoun start, pronoun end, speaker subject) for each "we" inside a quote in
    ``text[s:e]`` whose closing mark is followed by a comma and a short attribution
    naming one speaker with a verb of saying ('"We oppose X," the German government
    said.', '„Wir lehnen X ab", sagte die Bundesregierung.', '« Nous rejetons X », a
    déclaré le gouvernement français.'). The quote may span sentences; two candidate
    speakers, none, or no verb of saying give nothing."""
    saying = saying_verbs(cues.lang)
    if cues.we is None or saying is None:
        return []
    text, block = ctx.text, ctx.blocks[b]
    para = max(block.start, text.rfind("\n", block.start, s) + 1)
    para_end = text.find("\n", s)
    para_end = block.end if para_end < 0 else min(para_end, block.end)
    out = []
    for m in cues.we.finditer(text, s, e):
        opened = _open_quote(text, para, m.start())
        if opened is None:
            continue
        close = next((i for i in range(m.end(), para_end) if text[i] in _CLOSERS[opened]), None)
        if close is None:
            continue
        rest = text[close + 1 : min(para_end, close + 1 + _ATTRIBUTION_CHARS)]
        if not (text[close - 1] == "," or rest.lstrip().startswith(",")):
            continue  # a quote ending its sentence is not attributed right after it
        stop = re.search(r"[.!?;:\"“”„«»]", rest)
        a, z = close + 1, close + 1 + (stop.start() if stop else len(rest))
        if saying.search(text, a, z) is None or cues.polarity_at(text, a, z) is not None:
            continue
        found = _one_subject(ctx, b, cues, a, z, subjects)
        if found is None and not _ordinary_subjects(ctx, b, cues, a, z, subjects) and _said_pronoun(cues.lang, text, a, z):
            # '"We oppose X," she said.': the speaker named in the sentence before the quote
            prev = previous_sentence(ctx, b, _sentence_start(ctx, b, text.rfind(opened, para, m.start())))
            found = _one_subject(ctx, b, cues, *prev, subjects) if prev is not None else None
            if found is not None and (len(text[prev[0] : found.start].split()) > _LEAD_WORDS
                                      or not subject_ok(cues, text[prev[0] : found.start], found)
                                      or (len(found.actors) > 1 and not _plural_in(cues, text, a, z))):
                found = None  # late in its sentence, not a subject, or a list for "it said"
        if found is not None and found.how in _SPEAKERS:
            out.append((m.start(), m.end(), found))
    return out


def _ordinary_subjects(ctx: DocContext, b: int, cues: LangCues, a: int, z: int, subjects: Callable) -> list:
    return [x for x in subjects(ctx, b, cues, a, z) if x.actors]


def _one_subject(ctx: DocContext, b: int, cues: LangCues, a: int, z: int, subjects: Callable):
    """The one subject with actors in ``text[a:z]`` (nested and overlapping phrases naming
    the same actors count once), or None."""
    found = _ordinary_subjects(ctx, b, cues, a, z, subjects)
    found = [x for x in found if not any(o is not x and o.start <= x.start and x.end <= o.end
                                         and (o.start, o.end) != (x.start, x.end) for o in found)]
    found = [x for x in found if not any(o.start < x.start < o.end < x.end and _keys(o) == _keys(x) for o in found)]
    if len({(x.start, x.end) for x in found}) != 1:
        return None
    return max(found, key=lambda x: len(x.actors))


def _sentence_start(ctx: DocContext, b: int, at: int) -> int:
    return next((s for s, e in ctx.sentences[b] if s <= at < e), at)


@lru_cache(maxsize=None)
def _pronouns_of_speech(lang: str) -> re.Pattern[str] | None:
    words = (load_yaml("stance_speech.yaml").get(lang) or {}).get("pronouns")
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.IGNORECASE) if words else None


def _plural_in(cues: LangCues, text: str, a: int, z: int) -> bool:
    """Whether a plural subject pronoun ("they", "ils") stands in ``text[a:z]``."""
    return cues.pronoun_subject is not None and any(cues.pronoun_subject.match(text, i) for i in range(a, z)
                                                    if i == a or not text[i - 1].isalnum())


def _said_pronoun(lang: str, text: str, a: int, z: int) -> bool:
    """Whether the attribution's speaker is a third-person pronoun ("she said", "sagte er")."""
    rx = _pronouns_of_speech(lang)
    return rx is not None and rx.search(text, a, z) is not None
