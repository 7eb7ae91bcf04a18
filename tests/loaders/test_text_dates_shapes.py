"""Date shapes are searched only where they can hold a year, and find what every shape
searched around every year finds."""

from __future__ import annotations

import random
import re

from loaders import textdates
from loaders.date_strings import YEAR

_YEAR_DEFINITION = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ALONE_DEFINITION = re.compile(r"(?<![\d/.\-–])(?:19|20)\d{2}(?![\d/.\-–])")
_SHORT_DEFINITION = re.compile(r"(?<![\d/.])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d/.])")
REACH = textdates._YEAR_REACH


def _every_shape(text: str, lo: int, hi: int) -> set[tuple[int, int, int, str]]:
    patterns = [(p, rx) for p, rx in textdates._PATTERNS[:-2]] + [("year", _ALONE_DEFINITION)]
    found = set()
    for year in _YEAR_DEFINITION.finditer(text, lo, min(len(text), hi + REACH)):
        a, b = max(lo, year.start() - REACH), min(len(text), year.end() + REACH)
        for rank, (precision, rx) in enumerate(patterns):
            for m in rx.finditer(text, a, b):
                if m.start() < hi and m.start() <= year.start() < m.end():
                    found.add((m.start(), rank, m.end(), precision))
    found |= {(m.start(), len(patterns), m.end(), "short") for m in _SHORT_DEFINITION.finditer(text, lo, hi)}
    return found


TEXTS = [
    "Bruxelles, le 3 mars 2025\nDéclaration commune 2025/17 du 2.3.2025 (réf. 17/03/25)",
    "Brüssel, den 15. Januar 2010 – Verordnung (EU) 2021/821 vom 20. Mai 2021; Sitzung 2019-2020",
    "Rīga, 2024. gada 24. novembrī. 2023. gada novembrī; Vilnius, 2024 m. lapkričio 24 d., 2024 m. lapkritį",
    "Budapest, 2018. 11. 02. és 2018.11.02 – 2023. november 2024 – 20-07-2021, 2024-03, 2024-03-05x",
    "Done at Brussels, on the 30th of March, 2023. Den Haag, 19 mei 2021 | Datum: 2022-12-05 | 1999–2004",
    "Madrid, 24 de noviembre de 2024; noviembre del 2024; Valletta, 24 ta' Novembru 2024; 12024 20245 x2024y",
]


def test_shapes_are_those_of_every_shape_around_every_year():
    rnd = random.Random(7)
    words = ["2024", "1999", "20", "19", "201", "-", ".", "/", " ", "\n", "m.", "gada", "de", "24", "05", "1er",
             "March", "listopada", "d.", "th", ",", "of", "–", "17/01/18", "1.2.24", "novembrī", "x"]
    texts = TEXTS + ["".join(rnd.choice(words) for _ in range(rnd.randint(3, 40))) for _ in range(3000)]
    for text in texts:
        for lo, hi in ((0, len(text)), (0, min(len(text), 30)), (min(5, len(text)), len(text))):
            assert set(textdates._shapes(text, lo, hi)) == _every_shape(text, lo, hi), (text, lo, hi)


def test_year_pattern_keeps_its_definition():
    for text in TEXTS:
        for lo in range(len(text)):
            assert [m.span() for m in YEAR.finditer(text, lo)] == [m.span() for m in _YEAR_DEFINITION.finditer(text, lo)]
        assert YEAR.sub(" ", text) == _YEAR_DEFINITION.sub(" ", text)
