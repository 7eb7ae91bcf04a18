"""Where a date sits in a text, and so whether it is the document's own: a dateline, a
heading's end, after a place ("Den Haag, 19 mei 2021"), a page label, "today", a formula
of adoption, an act's number in its own title.

Kept apart from finding date shapes (:mod:`loaders.textdates`): these are the judgements
of position that decide between the document's date and a date it talks about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.date_strings import LETTERS, YEAR_SHAPE, month_forms

_DATELINE_CHARS = 120  # a line this short is a dateline, a byline, a heading
_DATELINE_OFFSET = 40  # in a longer line, the date must start this close to its beginning


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


# after a date, a clause going on: two words in lower case, no clock time after them
# ("12 March 2024 the ministers met", "Am 23.10.2018 hat die Kommission"; not "um 10:00
# Uhr", "alle ore 10", "by Anna", "г.")
_CLAUSE_GOES_ON = re.compile(r",?\s+(?:[^\W\d_]{2,}\s+){2}(?!\s*\d)")
_LEAD_OPEN = (",", "–", "—", "-", "|", ":", "(", "[", "·", "•")


def in_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether the date is an adverbial of a sentence rather than a dateline or a title's
    date: a clause goes on right after it and at most two words open the line before it
    ("On 12 March 2024 the ministers met", "Am 23.10.2018 hat die Kommission ..."), or it stands after a sentence's subject and verb
    on a line that ends as a sentence ends ("The Commission has on 4 February 2025 published
    its guidelines:", "It was proposed on 11 May 2022."). A place or a label before it
    ("Brussels, ", "Updated: ", "Title (") opens a dateline, whatever follows."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start].rstrip()
    if lead.endswith(_LEAD_OPEN):
        return False
    words = lead.split()
    clause = _CLAUSE_GOES_ON.match(text, end, end + 60)
    if len(words) <= 2 and clause and clause.group().lstrip(", \t").split()[0].islower():
        return True  # a title's "Council conclusions of 12 March 2030 on ..." has its words before
    if len(words) < 4 or sum(1 for w in words if w[:1].islower()) < 2:
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    return line.endswith((".", ":", "!", "?"))


_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\b")


def only_a_date_on_its_line(text: str, start: int, end: int) -> bool:
    """The date is all its short line holds, but for a weekday, a clock time and a word or
    two ("Tuesday, 12 March 2024", "12.03.2024 | 10:15 Uhr", "kedd, 2024. március 12."): a
    page's date printed under a long header, not a date a sentence talks about."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _own_field(text[line_start:start], text[end:line_end]):
        return True
    if line_end - line_start > 50:
        return False
    rest = _CLOCK.sub(" ", text[line_start:start] + " " + text[end:line_end])
    if any(c.isdigit() for c in rest):
        return False
    words = LETTERS.findall(rest)
    return len(words) <= 2 and all(len(w) <= 12 for w in words)


_FIELD = re.compile(r"\s*[|·•]\s*")


def _own_field(before: str, after: str) -> bool:
    """A page's strip of short fields around the date ("Nieuwsbericht | 12-03-2024 | 10:15",
    "Press release · 12 March 2024"): the date is a field of its own between separators,
    every other field is at most three words, and the strip is short."""
    if len(before) + len(after) > 70 or not (_FIELD.search(before[-3:] + "|") and _FIELD.search("|" + after[:3])):
        return False
    if before.strip() and not _FIELD.search(before.rstrip()[-1:]) or after.strip() and not _FIELD.match(after):
        return False
    fields = [f for f in _FIELD.split(_CLOCK.sub(" ", before + " | " + after)) if f.strip()]
    return bool(fields) and len(fields) <= 3 and all(len(f.split()) <= 3 and not any(c.isdigit() for c in f) for f in fields)


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
    if any(len(w) >= 6 and w.isupper() for w in LETTERS.findall(before)):
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
    """Publication labels of the document's languages and English, and the headers of a
    press release ("Press release 12 March 2024", "Pressemitteilung vom 12. März 2024"),
    from kinds.yaml."""
    from loaders.names.resources import load_yaml

    data = load_yaml("kinds.yaml")
    words = [w for key in ("publication_labels", "press_release") for lang in {*languages, "en"}
             for w in data[key].get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!x)x")


_NOTE_LINES = 3  # a page's closing note sits in its last lines
_NOTE_WORDS = 15


def in_closing_note(text: str, start: int, end: int, languages: list[str]) -> bool:
    """A short line among the text's last three, below the body, that tells when the page
    itself came out: "This article was published on 12 March 2024", "Diese Nachricht wurde
    am 12.02.2024 gesendet", "Article paru le 3 mars 2024". The line opens with a word
    pointing at the page ("This", "Diese", ``note_openers``) or with the publication word
    itself (``publication_labels``, ``publication_notes`` in kinds.yaml) within its first
    two words: "The study published on 4 May found ..." tells of another document."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[:line_start].strip():
        return False  # no body above: the line is the text
    if len([line for line in text[line_end:].split("\n") if line.strip()]) >= _NOTE_LINES:
        return False
    words = text[line_start:line_end].split()
    if len(words) > _NOTE_WORDS or not words:
        return False
    pattern = _note_words(tuple(languages))
    if not pattern.search(text[line_start:line_end]):
        return False
    opener = words[0].strip("„“\"'«(").lower()
    return opener in _note_openers(tuple(languages)) or bool(pattern.match(" ".join(words[:2]).lower())) or bool(
        pattern.match(" ".join(words[1:3]).lower()))


@lru_cache(maxsize=64)
def _note_words(languages: tuple[str, ...]) -> re.Pattern:
    from loaders.names.resources import load_yaml

    data = load_yaml("kinds.yaml")
    words = [w for key in ("publication_labels", "publication_notes") for lang in {*languages, "en"}
             for w in data[key].get(lang, ()) if w.lower() not in _NOT_NOTE_WORDS]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!x)x")


@lru_cache(maxsize=64)
def _note_openers(languages: tuple[str, ...]) -> frozenset[str]:
    from loaders.names.resources import load_yaml

    openers = load_yaml("kinds.yaml")["note_openers"]
    return frozenset(w.lower() for lang in {*languages, "en"} for w in openers.get(lang, ()))


# labels that are a page field at the top but in a closing sentence mean any day ("today")
_NOT_NOTE_WORDS = {"today", "heute", "aujourd['’]hui", "hoy", "oggi", "hoje", "vandaag", "dzisiaj", "dziś", "dnes", "danes",
                   "danas", "ma", "astăzi", "днес", "σήμερα", "i dag", "idag", "tänään", "täna", "šodien", "šiandien",
                   "illum", "inniu"}


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A bare year counts only on a line of its own, with a place ("2018", "Brussels, 2018",
    "(2018)"), or in parentheses closing the title: a year inside a sentence or a heading
    ("Report 2018 edition") is what the text talks about."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return bool(_YEAR_LINE.match(line)) or (in_heading(text, start, end) and text[start - 1 : start] == "(")


_YEAR_LINE = re.compile(rf"^(?:[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){{0,3}},\s*)?\(?{YEAR_SHAPE}\)?\.?$")
