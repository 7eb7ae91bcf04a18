"""Language blocks: which stretch of the normalised text is in which EU language.

lingua, restricted to the official EU languages it knows (23 of 24: it has no Maltese
model, so Maltese is recognised by its own letters ħ ġ ċ, which no other EU language
uses). The detector is built once per process, lazily, in low-accuracy mode: on
paragraphs of a few hundred characters that mode agrees with the full models and is
several times cheaper.

Cost control: most documents are in one language, so a handful of paragraphs spread
over the document are sampled first; only when they disagree is every paragraph
detected. Paragraphs too short to judge (headings, "E-mail", lists of names) take the
language of their neighbours rather than making blocks of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.membership import EU_LANGUAGES
from core.model import LanguageBlock

EU_LANGUAGES = list(EU_LANGUAGES)  # the core's one list, as the readers of this module know it
MIN_LETTERS = 40  # fewer letters than this and lingua guesses
SAMPLE_CHARS = 120  # a paragraph's first 120 characters of lowercase words say its language; cost grows with length
SAMPLES = 3
SAMPLE_MIN_LETTERS = 100  # samples for the cheap path are full sentences, not headings
MIN_BLOCK_LETTERS = 150  # a run shorter than this between two same-language runs is absorbed
_PARAGRAPH = re.compile(r"[^\n]+")
_MALTESE = re.compile(r"[ħĦġĠċĊ]")
_NON_LETTERS = re.compile(r"[\W\d_]+")


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _letters(text: str) -> int:
    if text.isascii():  # the same count, by deleting the letters in C
        return len(text) - len(text.encode().translate(None, _ASCII_LETTERS))
    return len(_NON_LETTERS.sub("", text))


@dataclass
class _Paragraph:
    start: int
    end: int
    letters: int
    lang: str | None = None
    confidence: float = 0.0


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in EU_LANGUAGES:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def warm_up() -> None:
    """Build the detector and load its models now (before forking workers, or timing)."""
    detect_language("Warm-up sentence so that every model is loaded before work starts.")


def detect_language(text: str) -> tuple[str | None, float]:
    """Best EU language for ``text`` as ISO 639-1 with lingua's confidence, or (None, 0)."""
    return _verdict(_sample(text))


@lru_cache(maxsize=4096)
def _verdict(sample: str) -> tuple[str | None, float]:
    """lingua's answer for one sample, kept: a site's furniture and a statement's stock
    sentences come back paragraph after paragraph and file after file, and the answer
    depends on the sample alone."""
    if len(_MALTESE.findall(sample)) >= 2:
        return "mt", 0.9
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0.0:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


def _sample(text: str) -> str:
    """The paragraph's lowercase words first: in policy texts the capitalised words are
    mostly names (signatory lists), which look like any language and mislead the models."""
    head = text[: SAMPLE_CHARS * 4]
    common = " ".join(w for w in head.split() if not w[:1].isupper())
    if _letters(common) >= MIN_LETTERS:
        return common[:SAMPLE_CHARS]
    return text[:SAMPLE_CHARS]


def language_blocks(text: str) -> list[LanguageBlock]:
    """Contiguous, non-overlapping blocks covering ``text`` from 0 to ``len(text)``."""
    paragraphs = _paragraphs(text)
    judged = [p for p in paragraphs if p.letters >= MIN_LETTERS]
    if not judged:
        lang, confidence = detect_language(text) if text.strip() else (None, 0.0)
        return [LanguageBlock(lang=lang, start=0, end=len(text), confidence=confidence)] if lang else []
    single = _single_language(text, [p for p in judged if p.letters >= SAMPLE_MIN_LETTERS] or judged)
    if single is not None:
        lang, confidence = single
        return [LanguageBlock(lang=lang, start=0, end=len(text), confidence=round(confidence, 3))]
    for p in judged:
        if p.lang is None:  # the samples' verdicts are kept from the first pass
            p.lang, p.confidence = detect_language(text[p.start : p.end])
    return _blocks(text, paragraphs)


def block_languages(blocks: list[LanguageBlock]) -> list[str]:
    """Languages in order of first appearance."""
    return list(dict.fromkeys(b.lang for b in blocks))


def _paragraphs(text: str) -> list[_Paragraph]:
    """Non-empty lines; a line repeating an earlier one (a page title printed twice) counts no
    letters, so it neither gets a verdict of its own nor makes its run look long."""
    seen: set[str] = set()
    out = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        out.append(_Paragraph(m.start(), m.end(), 0 if line in seen else _letters(m.group()[: SAMPLE_CHARS * 2])))
        seen.add(line)
    return out


def _single_language(text: str, judged: list[_Paragraph]) -> tuple[str, float] | None:
    """Detect a few paragraphs spread over the text; if they agree, that is the answer."""
    if len(judged) <= SAMPLES:
        picks = judged
    else:
        step = (len(judged) - 1) / (SAMPLES - 1)
        picks = [judged[round(i * step)] for i in range(SAMPLES)]
    results = [detect_language(text[p.start : p.end]) for p in picks]
    langs = {lang for lang, _ in results}
    if len(langs) != 1 or None in langs:
        for p, (lang, conf) in zip(picks, results):
            if lang is not None:  # an undetected sample is asked again, as any paragraph
                p.lang, p.confidence = lang, conf
        return None
    if len(judged) > SAMPLES:
        # Sampled agreement: keep the verdict, but only as confident as the weakest sample.
        return results[0][0], min(c for _, c in results)
    for p, (lang, conf) in zip(picks, results):
        p.lang, p.confidence = lang, conf
    return results[0][0], min(c for _, c in results)


def _blocks(text: str, paragraphs: list[_Paragraph]) -> list[LanguageBlock]:
    _absorb_short_runs(paragraphs)
    _absorb_leading_chrome(paragraphs)
    _fill_undetected(paragraphs)
    blocks: list[LanguageBlock] = []
    weights: list[tuple[float, int]] = []
    for p in paragraphs:
        if p.lang is None:
            continue
        if blocks and blocks[-1].lang == p.lang:
            blocks[-1].end = p.end
        else:
            if blocks:
                blocks[-1].end = p.start
            blocks.append(LanguageBlock(lang=p.lang, start=p.start, end=p.end, confidence=0.0))
            weights.append((0.0, 0))
        if p.confidence > 0:  # absorbed and undetected paragraphs do not vote
            total, letters = weights[-1]
            weights[-1] = (total + p.confidence * p.letters, letters + p.letters)
    if not blocks:
        return []
    blocks[0].start = 0
    blocks[-1].end = len(text)
    for block, (total, letters) in zip(blocks, weights):
        block.confidence = round(min(1.0, total / letters), 3) if letters else 0.0
    return blocks


def _runs(paragraphs: list[_Paragraph]) -> list[tuple[str, int, int, int]]:
    """(lang, first index, last index, letters) for maximal runs of detected paragraphs."""
    runs: list[tuple[str, int, int, int]] = []
    for i, p in enumerate(paragraphs):
        if p.lang is None:
            continue
        if runs and runs[-1][0] == p.lang:
            lang, first, _, letters = runs[-1]
            runs[-1] = (lang, first, i, letters + p.letters)
        else:
            runs.append((p.lang, i, i, p.letters))
    return runs


def _absorb_short_runs(paragraphs: list[_Paragraph]) -> None:
    """A short run is a quote, a heading or a misdetection, not a language block.

    Between two runs of the same language it takes theirs; at the start of the text it
    takes the following run's language (a heading belongs to what it heads), at the end
    the preceding run's. A short run between two different languages is kept.
    """
    runs = _runs(paragraphs)
    for i, run in enumerate(runs):
        if run[3] >= MIN_BLOCK_LETTERS or len(runs) == 1:
            continue
        before = runs[i - 1][0] if i > 0 else None
        after = runs[i + 1][0] if i + 1 < len(runs) else None
        target = before if before == after else (after if before is None else before if after is None else None)
        if target is None:
            continue
        for p in paragraphs[run[1] : run[2] + 1]:
            if p.lang is not None:
                p.lang, p.confidence = target, 0.0


CHROME_LETTERS = 300  # an English site's page chrome and title above a document in another language


def _absorb_leading_chrome(paragraphs: list[_Paragraph]) -> None:
    """EU sites print their chrome and an English title above a document in its own language
    ("This document is an excerpt from the EUR-Lex website", the act's English name): a short
    English run opening the text, before a run of another language at least twice as
    long, belongs to that run."""
    runs = _runs(paragraphs)
    if len(runs) < 2 or runs[0][0] != "en" or runs[0][3] >= CHROME_LETTERS or runs[1][3] < 2 * runs[0][3]:
        return
    for p in paragraphs[runs[0][1] : runs[0][2] + 1]:
        if p.lang is not None:
            p.lang, p.confidence = runs[1][0], 0.0


def _fill_undetected(paragraphs: list[_Paragraph]) -> None:
    """Short paragraphs join the following paragraph's language (a heading belongs to what it heads)."""
    following: str | None = None
    for p in reversed(paragraphs):
        if p.lang is None:
            p.lang = following
        else:
            following = p.lang
    preceding: str | None = None
    for p in paragraphs:
        if p.lang is None:
            p.lang = preceding
        else:
            preceding = p.lang
