"""The date a document gives itself, read from its first lines.

Only the top of the text is searched (a dateline, "Sunday, November 24, 2024",
"Bruksela, 24 listopada 2024"): dates deeper in are what the document talks about,
not when it was written, and a wrong date is worse than none. Candidates are found by
shape first (cheap regexes), then confirmed:

- numeric dates (``2024-11-24``, ``24.11.2024``) directly;
- month names by a small curated table (``loaders/data/months.yaml``) for the languages
  whose inflected forms dateparser does not read (Latvian locative "24. novembrī",
  Lithuanian "2024 m. lapkričio 24 d.", Estonian, Slovenian, Maltese);
- everything else by dateparser in the document's languages, which knows the month
  names of the other EU languages, genitives included.

Within the top, a date must also sit like a dateline (:func:`in_dateline`), not in the
middle of a long sentence.

A month word is only taken in the document's own languages, so "mail" is a month in an
Estonian document and nothing in an English one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

TOP_CHARS = 400
_DATELINE_CHARS = 120  # a line this short is a dateline, a byline, a heading
_DATELINE_OFFSET = 40  # in a longer line, the date must start this close to its beginning
_Y = r"(?:19|20)\d{2}"
_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"\d{1,2}(?:\.|er|º|ª|st|nd|rd|th|η)?"  # 24, 24. (de, fi, lv...), 1er (fr), 1º (es, pt), 30th (en), 1η (el)
_BEFORE_MONTH = r"(?:(?:de|ta['’])\s+)?"  # 24 de noviembre (es, pt), 24 ta' Novembru (mt)
_BEFORE_YEAR = r"(?:(?:de|del)\s+)?"  # noviembre de 2024
_PATTERNS = (
    ("day", re.compile(rf"\b{_Y}-\d{{2}}-\d{{2}}(?!\d)")),
    ("month", re.compile(rf"\b{_Y}-(?:0[1-9]|1[0-2])(?![-\d])")),  # 2024-03 (ISO 8601), before a word + year reads 'date 2024'
    ("day", re.compile(rf"\b{_Y}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?(?!\d)")),  # 2018.11.02, 2018. 11. 02. (hu, lt)
    ("day", re.compile(rf"\b\d{{1,2}}(?:[./]|\.\s)\d{{1,2}}(?:[./]|\.\s){_Y}(?!\d)")),  # 24.11.2024, 27.09.2023Text, 22. 5. 2016
    ("day", re.compile(rf"\b\d{{1,2}}-\d{{1,2}}-{_Y}(?!\d)")),  # 20-07-2021
    ("day", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_BEFORE_MONTH}{_WORD},?\s+{_BEFORE_YEAR}{_Y}\b")),  # 24 listopada 2024, 30th March, 2023
    ("day", re.compile(rf"\b{_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y}\b")),  # November 24, 2024
    ("day", re.compile(rf"\b{_Y}\.\s+(?:gada\s+)?(?:\d{{1,2}}\.\s*{_WORD}|{_WORD}\s+\d{{1,2}}\.?)")),  # hu, lv
    ("day", re.compile(rf"\b{_Y}\s*m\.\s+{_WORD}\s+\d{{1,2}}\s*d\.?")),  # lt: 2024 m. lapkričio 24 d.
    ("month", re.compile(rf"\b{_Y}\.\s+gada\s+{_WORD}")),  # lv: 2024. gada novembrī
    ("month", re.compile(rf"\b{_Y}\s*m\.\s+{_WORD}")),  # lt: 2024 m. lapkritį
    ("month", re.compile(rf"\b{_WORD}\s+{_BEFORE_YEAR}{_Y}\b")),  # March 2024
    ("year", re.compile(rf"(?<![\d/.\-–]){_Y}(?![\d/.\-–])")),  # 2018 alone: only where a dateline stands alone
    ("short", re.compile(r"(?<![\d/.])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d/.])")),  # 17/01/18: only opening its line
)
_ISO = re.compile(rf"^({_Y})-(\d{{2}})-(\d{{2}})$")
_YEAR_FIRST = re.compile(rf"^({_Y})\.\s?(\d{{1,2}})\.\s?(\d{{1,2}})\.?$")
_ISO_MONTH = re.compile(rf"^({_Y})-(\d{{2}})$")
_NUMERIC = re.compile(rf"^(\d{{1,2}})(?:[./-]|\.\s)(\d{{1,2}})(?:[./-]|\.\s)({_Y})$")
_YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")
_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th|er|º|ª|η)(?![^\W\d_])")


@dataclass(frozen=True)
class TextDate:
    date: dt.date
    precision: str
    start: int
    end: int
    quote: str


def date_near_top(text: str, languages: list[str]) -> TextDate | None:
    """The date a document gives itself: first in its first ``TOP_CHARS`` characters (a
    dateline, a title, a page label), else one placed as only a document's own date is
    deeper in its opening or in its closing lines (:func:`date_in_formula`)."""
    return _date_at_top(text, languages) or date_in_formula(text, languages)


BODY_CHARS = 2000  # a letter's place-date line or a page's labels sit below a long header
TAIL_CHARS = 600  # "Done at Brussels, 12 May 2024" closes the text


def date_in_formula(text: str, languages: list[str]) -> TextDate | None:
    """A date deeper than the top, taken only where its place says it is the document's own:
    after a place as letters and official papers date themselves ("Den Haag, 19 mei 2021",
    "Berlin, den 15. Januar 2010", "V Bruselu dne 20.9.2010"); after a page label opening
    its line or table cell ("Documentdatum | 31-05-2024", "datum: 2022-12-05"); right after
    "today" ("reached today, 21 June 2023"); or after a formula of adoption or signature
    ("Done at Brussels, on", "in seiner 812. Sitzung am", "Vastgesteld", "Šī deklarācija ir
    parakstīta"), the last also in the closing lines. A date in a sentence about something
    else ("the Commission proposed on 16 September 2022") is none of these."""
    windows = [(0, min(len(text), BODY_CHARS))]
    if len(text) - TAIL_CHARS > BODY_CHARS:
        windows.append((len(text) - TAIL_CHARS, len(text)))
    for lo, hi in windows:
        for start, end, precision in _candidates(text, lo, hi):
            if precision not in ("day", "month") or _ISO_MONTH.match(text[start:end]):
                continue
            if not (after_place(text, start, languages) or after_line_label(text, start, languages)
                    or after_today(text, start, languages) or after_formula(text, start, languages)):
                continue
            parsed = parse_date(text[start:end], precision, languages)
            if parsed is not None:
                return TextDate(parsed, precision, start, end, text[start:end])
    return None


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Date-shaped spans starting in ``text[lo:hi]``, in text order (at one place, the
    patterns' order: a full date before the month and year inside it)."""
    seen: set[int] = set()
    out = []
    for start, _, end, precision in sorted(_shapes(text, lo, hi)):
        if start not in seen:
            seen.add(start)
            out.append((start, end, precision))
    return out


def _shapes(text: str, lo: int, hi: int) -> list[tuple[int, int, int, str]]:
    """(start, pattern rank, end, precision) of every date shape starting in ``text[lo:hi]``.
    Every shape but the two-digit-year one holds a four-digit year, so those patterns run
    only around the years found: most texts have few, and each pattern over a whole
    opening costs more than all of them around its years."""
    found: set[tuple[int, int, int, str]] = set()
    for year in _YEAR.finditer(text, lo, min(len(text), hi + _YEAR_REACH)):
        a, b = max(lo, year.start() - _YEAR_REACH), min(len(text), year.end() + _YEAR_REACH)
        for rank, (precision, pattern) in enumerate(_PATTERNS):
            if precision == "short":
                continue
            for m in pattern.finditer(text, a, b):
                if m.start() < hi and m.start() <= year.start() < m.end():
                    found.add((m.start(), rank, m.end(), precision))
    short_rank = len(_PATTERNS) - 1
    for m in _PATTERNS[short_rank][1].finditer(text, lo, hi):
        found.add((m.start(), short_rank, m.end(), "short"))
    return list(found)


_YEAR_REACH = 40  # the longest shapes put the year this far from either end ("2024. gada 24. novembrī")


# a place as letters and official papers write it before their date: one to three capitalised
# words ("Den Haag", "Brussels", "V Bruselu"), a comma or a connecting word ("den", "le", "dne")
_SCANDINAVIAN = {"da", "sv", "nb", "nn", "no"}
_DAY_CONNECTORS = {"dne", "dnia", "dňa"}
_PLACE_CONNECTORS = {"den", "le", "il", "el", "dne", "dnia", "dňa", "am", "on", "op", "em", "a", "à", "d.", "la", "lo", "ce"}


def after_place(text: str, start: int, languages: list[str] | tuple[str, ...] = ()) -> bool:
    """"Den Haag, 19 mei 2021", "Berlin, den 15. Januar 2010", "V Bruselu dne 20.9.2010",
    "Brussels, 19 December 2017": a place name, then a comma or a connecting word; in
    Danish, Swedish and Norwegian a letter dates itself "Den 3. september 2009"."""
    words = text[max(0, start - 45) : start].split()
    if not words:
        return False
    if words[-1] == "Den" and _SCANDINAVIAN.intersection(languages):
        return True
    comma = False
    if words[-1].lower() in _PLACE_CONNECTORS:
        # without a comma only the words that mean "on the day" ("V Bruselu dne"): German
        # nouns are capitalised too ("in seiner Sitzung am 17. Mai" is no place)
        comma = words.pop().lower() in _DAY_CONNECTORS
    if not words:
        return False
    if words[-1].endswith(","):
        words[-1] = words[-1][:-1]
        comma = True
    if not comma:
        return False
    place = []
    for word in reversed(words[-3:]):
        if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()) or word.endswith((",", ".")):
            break
        place.append(word)
    if not place or len(place[0]) < 3 and len(place) == 1:
        return False
    before = words[-len(place) - 1] if len(place) < 3 and len(words) > len(place) else ""
    if before[:1].islower() and before.isalpha() and len(before) <= 4:
        return False  # a place after a preposition, in a sentence ("... at the headquarters in Brussels, on 15 May")
    # a month name or a weekday before the date belongs to a date, not a place ("Monday, 3 May")
    return not _weekday_or_month(place[0])


def _weekday_or_month(word: str) -> bool:
    low = word.lower()
    return any(low in forms for forms in month_forms().values()) or low in _ENGLISH_DAYS


_ENGLISH_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def after_line_label(text: str, start: int, languages: list[str]) -> bool:
    """A page label opening its line or its table cell, then the date ("Documentdatum |
    31-05-2024", "Nummer: 2022D50937, datum: 2022-12-05"): the page's own date field."""
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 50) : start]
    for m in _page_labels(tuple(languages)).finditer(window):
        before = text[line_start : max(line_start, start - 50) + m.start()]
        tail = before.rstrip()
        if (not tail or tail.endswith(("|", ",", ";"))) and len(window[m.end():].split()) <= 2:
            return True
    return False


def after_today(text: str, start: int, languages: list[str]) -> bool:
    """"held a meeting today, 29 October 2014", "ha approvato oggi 26 novembre 2025": the
    date of the day of writing."""
    window = text[max(0, start - 20) : start]
    m = _today(tuple(languages)).search(window)
    return m is not None and not window[m.end():].strip(" ,(")


def after_formula(text: str, start: int, languages: list[str]) -> bool:
    """A formula of adoption or signature right before the date ("Done at Brussels, on",
    "in seiner 812. Sitzung am", "Vastgesteld"), from ``adoption_formulas`` in kinds.yaml."""
    window = text[max(0, start - 80) : start]
    m = _formulas(tuple(languages)).search(window)
    return m is not None and m.end() >= len(window.rstrip()) - 1


@lru_cache(maxsize=64)
def _today(languages: tuple[str, ...]) -> re.Pattern:
    from loaders.names.resources import load_yaml

    deixis = load_yaml("kinds.yaml")["today"]
    words = [w for lang in {*languages, "en"} for w in deixis.get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _formulas(languages: tuple[str, ...]) -> re.Pattern:
    from loaders.names.resources import load_yaml

    formulas = load_yaml("kinds.yaml")["adoption_formulas"]
    words = [w for lang in {*languages, "en"} for w in formulas.get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")[\s,]*$", re.IGNORECASE)


def _date_at_top(text: str, languages: list[str]) -> TextDate | None:
    """First date written in the first ``TOP_CHARS`` characters, or None."""
    top = text[:TOP_CHARS]
    candidates = _shapes(top, 0, len(top))
    # in text order; at one place the patterns' order decides (a full date before the
    # month-year inside it), and a shape that does not parse leaves the next one a chance
    ordered = sorted(candidates)
    # an act's own date ("Regulation (EU) 2021/821 of 20 May 2021") before any page date
    own = {c for c in ordered if after_act_number(top, c[0])}
    ordered = [c for c in ordered if c in own] + [c for c in ordered if c not in own]
    for start, _, end, precision in ordered:
        if precision == "year":
            if not alone_on_its_line(top, start, end):
                continue
        elif precision == "short":
            if not opens_its_line(top, start, end):
                continue
        elif precision == "month" and _ISO_MONTH.match(top[start:end]):
            # "2008-09" is as often a session or a season: only labelled or on its own line
            if not (after_page_label(top, start, languages) or alone_on_its_line(top, start, end)):
                continue
        # the line's shape is read in the whole text: a line cut at the top's end looks short
        elif not ((start, _, end, precision) in own or in_dateline(text, start) or in_heading(text, start, end)
                  or after_page_label(top, start, languages)):
            continue
        parsed = parse_date(top[start:end], precision, languages)
        if parsed is not None:
            return TextDate(parsed, "day" if precision == "short" else precision, start, end, text[start:end])
    return None


def in_dateline(text: str, start: int) -> bool:
    """Whether a date starting at ``start`` is placed like a dateline: on a short line of its
    own ("Bruksela, 24 listopada 2024"), or after at most three words at the start of its
    line ("BRUSSELS, 24 November 2024 — The Commission…"). A date in the middle of a long
    opening sentence ("…recalling our statement of 18 March 2023, …", "On the 14th and
    15th of March 2023 the summit met…") is something the text talks about.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if ("....." in line or "…" * 3 in line) and text[line_start:start].strip(" •·▪*-–\t"):
        return False  # a table of contents' entry ("1. Council meeting of 29 October 2009 ...... 2")
    if line_end - line_start <= _DATELINE_CHARS and not (line.endswith(".") and len(line.split()) > 12):
        return True  # a short line that is no sentence
    lead = text[line_start:start]
    return len(lead) <= _DATELINE_OFFSET and len(lead.split()) <= 3  # "BRUSSELS, ", "Paris, le ", not "On the 14 and "


def in_heading(text: str, start: int, end: int) -> bool:
    """Whether the date closes one of the first three lines, a title or its subtitle ("Joint
    declaration on ... (30 March 2023)", "Joint statement ... Statement, 25 June 2018."):
    a heading dates itself at its end, often in parentheses."""
    lines = 0
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        lines += 1
        if m.start() <= start < m.end():
            return len(m.group()) <= 200 and not text[end : m.end()].strip(" )].")
        if lines == 3:
            return False
    return False


# "(EU) 2021/821 of", "Nr. 809/2014 DER KOMMISSION vom", "(UE) 2024/2659 de la Commission du"
# the institutions may stand between the number and the date ("2016/679 of the European
# Parliament and of the Council of 27 April 2016"); Hungarian brackets the date after the act's
# name ("(EU) 2030/389 RENDELETE (2030. május 16.)")
_ACT_BEFORE_DATE = re.compile(r"\d{1,4}/\d{1,4}(?:\s+[^\W\d_]+){0,9}(?:\s+[^\W\d_]{1,5}\.?\s+|\s+\()$")


def after_act_number(text: str, start: int) -> bool:
    """The date an act gives itself after its number in its own title: "Regulation (EU)
    2021/821 of 20 May 2021", "Recommandation (UE) 2024/2659 de la Commission du 11 octobre
    2024", "DURCHFÜHRUNGSVERORDNUNG (EU) Nr. 809/2014 DER KOMMISSION vom 17. Juli 2014".
    The title is one of the first four lines, or is printed in capitals; an act cited
    further down ("gestützt auf die Verordnung (EG) Nr. 1216/2009 des Rates vom ...") is not
    the document's own."""
    window = text[max(0, start - 110) : start]
    m = _ACT_BEFORE_DATE.search(window)
    if m is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 100) : start - len(window) + m.start()]
    if any(len(w) >= 6 and w.isupper() for w in _LETTERS.findall(before)):
        return True
    if start > _ACT_TITLE_CHARS:  # deeper than a title reaches: an act the text cites
        return False
    return sum(1 for line in text[:line_start].split("\n") if line.strip()) < 4 and not _citation().match(text[line_start:start])


_ACT_TITLE_CHARS = 300


@lru_cache(maxsize=1)
def _citation() -> re.Pattern:
    """A line opening with an act's citation formula in any EU language ("Having regard to",
    "gestützt auf"), from kinds.yaml."""
    from loaders.names.resources import load_yaml

    words = [w for entries in load_yaml("kinds.yaml")["legal_citations"].values() for w in entries]
    return re.compile(r"\s*[-–—•]?\s*(?:" + "|".join(words) + ")", re.IGNORECASE)


def opens_its_line(text: str, start: int, end: int) -> bool:
    """A two-digit-year date ("17/01/18") only as a page's date line: it opens its line and
    at most a time follows ("17/01/18 à 14:54 - Mise à jour ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return not text[line_start:start].strip() and bool(_AFTER_SHORT_DATE.match(rest))


_AFTER_SHORT_DATE = re.compile(r"\s*(?:$|[,|–-]|(?:[^\W\d_]{1,3}\.?\s*)?\d{1,2}[:.h]\d{2}\b)")


def after_page_label(text: str, start: int, languages: list[str]) -> bool:
    """A date right after a page's own label ("published on IMPAKTER on 21/06/2023",
    "Publié le 3 mars 2024", "Veröffentlicht am"): the page says when it was published."""
    window = text[max(0, start - 50) : start]
    m = _page_labels(tuple(languages)).search(window)
    return m is not None and len(window[m.end() :].split()) <= 5


@lru_cache(maxsize=64)
def _page_labels(languages: tuple[str, ...]) -> re.Pattern:
    """Publication labels of the document's languages and English, from kinds.yaml."""
    from loaders.names.resources import load_yaml

    labels = load_yaml("kinds.yaml")["publication_labels"]
    words = [w for lang in {*languages, "en"} for w in labels.get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!x)x")


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A bare year counts only on a line of its own, with a place ("2018", "Brussels, 2018",
    "(2018)"), or in parentheses closing the title: a year inside a sentence or a heading
    ("Report 2018 edition") is what the text talks about."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return bool(_YEAR_LINE.match(line)) or (in_heading(text, start, end) and text[start - 1 : start] == "(")


_YEAR_LINE = re.compile(rf"^(?:[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){{0,3}},\s*)?\(?{_Y}\)?\.?$")


def parse_date(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    """The date a date-shaped string means (the 1st of the month at month precision, the 1st
    of January at year precision: the precision says how much of it is known), or None."""
    if precision == "year":
        return dt.date(int(candidate), 1, 1)
    if precision == "short":
        a, b, yy = (int(x) for x in re.split(r"[./]", candidate))
        return _date(2000 + yy, b, a)  # day first, as every EU language writes it; this century
    iso_month = _ISO_MONTH.match(candidate)
    if iso_month:
        return _date(int(iso_month.group(1)), int(iso_month.group(2)), 1)
    if _ISO.match(candidate) or _NUMERIC.match(candidate) or _YEAR_FIRST.match(candidate):
        return numeric_date(candidate)
    candidate = _ORDINAL.sub(r"\1", candidate)  # "30th", "1er", "1η": dateparser wants the bare number
    found = _from_month_table(candidate, precision, languages) or _from_dateparser(candidate, precision, languages)
    if found is None or not 1900 <= found.year <= 2100:
        return None
    return found if precision == "day" else found.replace(day=1)


def numeric_date(candidate: str) -> dt.date | None:
    """``2024-11-24``, or ``24.11.2024`` day first as every EU language writes it (month
    first only where day first is impossible: ``11/24/2024``)."""
    iso = _ISO.match(candidate) or _YEAR_FIRST.match(candidate)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    m = _NUMERIC.match(candidate)
    if not m:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _date(year, second, first) or _date(year, first, second)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_month_table(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    """Read the candidate with the curated month forms of the document's languages.

    Exactly one month word, one year and (for a day) one other number, or nothing:
    a candidate the table half-understands is left to dateparser.
    """
    table = month_forms()
    langs = [lang for lang in languages if lang in table]
    if not langs:
        return None
    months = {table[lang][w] for lang in langs for w in _LETTERS.findall(candidate.lower()) if w in table[lang]}
    years = _YEAR.findall(candidate)
    if len(months) != 1 or len(years) != 1:
        return None
    year = int(years[0])
    if precision != "day":
        return dt.date(year, months.pop(), 1)
    days = _NUMBER.findall(_YEAR.sub(" ", candidate))
    return _date(year, months.pop(), int(days[0])) if len(days) == 1 else None


@lru_cache(maxsize=1)
def month_forms() -> dict[str, dict[str, int]]:
    """``{lang: {form: month}}`` from ``loaders/data/months.yaml``, checked once.

    A language must list twelve months, and no form may name two of them.
    """
    from loaders.names.resources import load_yaml

    table: dict[str, dict[str, int]] = {}
    for lang, months in load_yaml("months.yaml").items():
        if len(months) != 12:
            raise ValueError(f"months.yaml: {lang} lists {len(months)} months, not 12")
        forms: dict[str, int] = {}
        for number, names in enumerate(months, start=1):
            for name in names:
                if forms.get(name, number) != number:
                    raise ValueError(f"months.yaml: {lang} form {name!r} names months {forms[name]} and {number}")
                forms[name] = number
        table[lang] = forms
    return table


def _from_dateparser(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    langs = tuple(lang for lang in dict.fromkeys([*languages, "en"]) if lang in _dateparser_languages())
    try:
        result = _dateparser(langs, precision).get_date_data(candidate).date_obj
    except (ValueError, KeyError, OverflowError):
        return None
    return result.date() if result is not None else None


@lru_cache(maxsize=64)
def _dateparser(languages: tuple[str, ...], precision: str):
    """One parser per language set: ``dateparser.parse`` builds a new one, locales and
    patterns included, on every call (about ten times the cost of the parse itself)."""
    from dateparser.date import DateDataParser  # slow import: only when a date written in words was found

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"] if precision == "day" else ["month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=list(languages), settings=settings)


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    """The language codes dateparser knows: one unknown code makes it refuse every language."""
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())
