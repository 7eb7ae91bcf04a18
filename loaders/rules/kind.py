"""Document kind and a title guess, from structure: what the other rules found (a signing
list, a Council header, issuing organisations) and the shape of the page (legal-act
formulas, Council document numbers, datelines, bylines, page furniture), in any EU
language. The words per language live in ``loaders/data/kinds.yaml``.

Kinds are tried from the most to the least specific structure, and each needs evidence
that other kinds do not produce: a legal act its enacting formula or citations and
recitals; a joint statement its own signing list; a position paper a Council header or
document number, or its name in the title; an NGO statement its issuing organisations or
"we, the undersigned organisations"; news a dateline, or a byline or page furniture with
reported speech. What matches nothing is ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache

from loaders.model import Author, DocumentKind, Signatory

HEAD_CHARS = 1500  # furniture, datelines, headers and titles sit at the top
_CATEGORIES = (
    "legal_enacting", "legal_recitals", "legal_citations", "legal_article", "legal_acts", "soft_acts",
    "position_titles", "press_release", "statement_titles", "statement_nouns", "letters", "council_header", "council_own",
    "civil_society", "official_journal", "proposal", "parliamentary", "undersigned_orgs", "calls",
    "news_agencies", "bylines", "furniture", "time_deixis", "attribution", "first_person", "reporting_verbs",
)
_LOWERCASE = (
    "legal_recitals", "soft_acts", "position_titles", "press_release", "statement_nouns", "letters", "council_header",
    "council_own", "civil_society", "official_journal", "proposal", "parliamentary", "undersigned_orgs", "calls",
    "time_deixis", "attribution", "first_person", "reporting_verbs",
)
_NOT_OWN_LIST = {"signatories.from_header", "signatories.reported"}  # not a document's own signing list
_DELEGATIONS = {"signatories.from_header", "authors.delegations_header"}
_ISSUERS = {"authors.said_today", "authors.press_release"}
# "(EU) 2021/821", "(EC) No 428/2009", "(UE) n.º 1234/2010": the number after the act's name
_ACT_NUMBER = (r"\((?:EU|UE|EC|CE|EG|EY|ES|EÚ|EK|EB|EZ|EL|AE|EÜ|ESK|EEC|CEE|EWG|EØF|ЕС|ЕО|ΕΕ|ΕΚ)\)\s*"
               r"(?:(?:No|Nr|n\.?º|n\.|č\.|nr\.|Nº|br\.|št\.|sz\.|Nro\.?|αριθ\.|№)\s*)?\d{1,4}/\d{1,4}")
# Council documents: "WK 1234/2018 INIT", "ST 5678/19", "Interinstitutional File: 2016/0295 (COD)"
COUNCIL_NUMBER = re.compile(r"(?<![\w/])(?:WK|ST)\s?\d{3,5}/\d{2,4}\b|\b\d{4}/\d{4}\s?\((?:COD|NLE|CNS|APP|SYN|AVC)\)")
_DASH = r"\s[-–—]{1,2}\s"
COM_NUMBER = re.compile(r"\bCOM\s?\(\d{4}\)\s?\d{1,4}")  # a Commission proposal: "COM(2016) 616 final"
# EUR-Lex's own page furniture: "Document 32024H2659", "ELI: http://data.europa.eu/eli/reco/2024/2659/oj"
EURLEX_MARK = re.compile(r"\bDocument\s+[1-9CE]\d{4}[A-Z]{1,2}\d{4}\b|\bELI\s*:\s*https?://data\.europa\.eu/eli/")


BODY_CHARS = 3000  # the opening, where a text shows how it speaks (calls, "we", reported speech)


class Signals:
    """What the text's shape says, each read on first use: :func:`kind` stops at the first
    kind whose evidence it finds, so most documents never pay for the later reads. Words
    are matched in the lowercased text (``patterns`` lowercases them too)."""

    def __init__(self, text: str, languages: Sequence[str] | None = None):
        self.text = text
        self.languages = languages
        self.p = patterns(_languages(languages))
        self.head = text[:HEAD_CHARS]
        self.low = text[:BODY_CHARS].lower()
        self.head_lines = [line.strip() for line in self.head.split("\n") if line.strip()]

    @cached_property
    def top(self) -> str:
        return title(self.text) or ""

    @cached_property
    def title_zone(self) -> str:
        """The title, or a short heading line near it (a page tag or a Council header may come first)."""
        return "\n".join([self.top, *(line for line in self.head_lines[:6] if len(line) <= 90)]).lower()

    @cached_property
    def headings(self) -> list[str]:
        return [line for line in self.head_lines[:10] if len(line) <= 150]

    # legal acts -------------------------------------------------------------------------
    @cached_property
    def citations(self) -> int:
        return len(self.p["citation_lines"].findall(self.text[:30000].lower()))

    @cached_property
    def recitals(self) -> bool:
        return bool(self.p["legal_recitals"].search(self.text[:30000].lower()))

    @cached_property
    def enacting(self) -> bool:
        # printed after the citations and recitals: looked for only in a text that has them
        return (bool(self.citations or self.recitals or self.act_title)
                and bool(self.p["legal_enacting"].search(self.text)))

    @cached_property
    def article_one(self) -> bool:
        return bool(self.p["article_lines"].search(self.text))

    @cached_property
    def act_title(self) -> bool:
        return any(self.p["act_title"].match(line) for line in self.head_lines[:12])

    @cached_property
    def act_word_title(self) -> bool:
        first = self.head_lines[0] if self.head_lines else ""
        return len(first) <= 100 and bool(self.p["act_word"].match(first))

    @cached_property
    def act_in_capitals(self) -> bool:
        return bool(self.p["act_caps"].search(self.head))

    @cached_property
    def com_number(self) -> bool:
        return bool(COM_NUMBER.search(self.head, 0, 600))

    @cached_property
    def proposal(self) -> bool:
        return bool(self.p["proposal"].search(self.head.lower()))

    @cached_property
    def eurlex(self) -> bool:
        return bool(EURLEX_MARK.search(self.head))

    @cached_property
    def official_journal(self) -> bool:
        return bool(self.p["official_journal"].search(self.low, 0, 600))

    # Council and parliaments ----------------------------------------------------------------
    @cached_property
    def council_header(self) -> bool:
        return bool(self.p["council_header"].search(self.low, 0, 600))

    @cached_property
    def council_own(self) -> bool:
        return bool(self.p["council_own"].search(self.head.lower()))

    @cached_property
    def council_number(self) -> bool:
        return bool(COUNCIL_NUMBER.search(self.head))

    @cached_property
    def parliamentary(self) -> bool:
        return bool(self.p["parliamentary"].search(self.low, 0, 800))

    # titles and headers -------------------------------------------------------------------------
    @cached_property
    def position_title(self) -> bool:
        # a text whose lines were joined keeps its heading at the very start
        return bool(self.p["position_titles"].search(self.title_zone) or self.p["position_titles"].search(self.low, 0, 300))

    @cached_property
    def press_release(self) -> bool:
        return bool(self.p["press_release"].search(self.title_zone))

    @cached_property
    def statement_title(self) -> bool:
        return any(_titled(line.lower(), self.p["statement_titles"]) for line in [self.top, *self.headings])

    @cached_property
    def guideline_title(self) -> bool:
        return _guidance_title(self.top.lower(), self.p["soft_acts"])

    @cached_property
    def letter(self) -> bool:
        return bool(self.p["letters"].search(self.title_zone) or self.p["letters"].match(self.low.lstrip()))

    # organisations speaking ------------------------------------------------------------------
    @cached_property
    def undersigned(self) -> bool:
        return bool(self.p["undersigned_orgs"].search(self.low))

    @cached_property
    def calls(self) -> bool:
        return bool(self.p["calls"].search(self.low))

    @cached_property
    def civil_society(self) -> bool:
        return bool(self.p["civil_society"].search(self.low, 0, 400))

    # news ----------------------------------------------------------------------------------------
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
    def reporting_density(self) -> float:
        """Verbs of saying per 1,000 words of the opening."""
        words = len(self.low.split())
        return 1000 * len(self.p["reporting_verbs"].findall(self.low)) / words if words else 0.0

    @cached_property
    def statement_in_body(self) -> bool:
        start = len(self.top) if self.text.lstrip().startswith(self.top) else 0
        return bool(self.p["statement_nouns"].search(self.low, start))

    @cached_property
    def weekday(self) -> bool:
        return bool(self.p["weekday"].search(self.low))

    @cached_property
    def quotes(self) -> int:
        return len(_QUOTE.findall(self.text, 0, 6000))

    @cached_property
    def deixis(self) -> bool:
        return bool(self.p["time_deixis"].search(self.low))

    @cached_property
    def attribution(self) -> bool:
        return bool(self.p["attribution"].search(self.low))

    @cached_property
    def speaks_as_we(self) -> bool:
        # unknown languages: every language's short pronouns ("mi", "me", "os") would match
        return self.languages is None or bool(self.p["first_person"].search(_QUOTE.sub(" ", self.low)))

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

    def as_dict(self) -> dict[str, object]:
        """Every signal, read (for debugging and the dev set's details)."""
        names = [n for n, v in vars(type(self)).items() if isinstance(v, cached_property) and n not in
                 ("top", "title_zone", "headings")]
        return {n: getattr(self, n) for n in names}


def kind(text: str, signatories: list[Signatory], authors: list[Author],
         languages: Sequence[str] | None = None) -> tuple[DocumentKind, float]:
    """(kind, confidence). ``languages`` are the document's; None reads every language's words."""
    s = signals(text, languages)
    extractors = {x.evidence.extractor for x in (*signatories, *authors)}
    if s.enacting or (s.citations >= 2 and s.recitals) or (
            s.act_title and (s.citations or s.recitals or s.article_one or s.eurlex or s.official_journal)):
        return "legal_act", 0.9
    if s.act_in_capitals and (s.official_journal or s.council_header):
        return "legal_act", 0.85  # an act as the Official Journal or the Council prints it
    if s.com_number and s.proposal and not s.position_title:
        return "legal_act", 0.8  # a Commission proposal for an act
    if any(x.startswith("signatories.") and x not in _NOT_OWN_LIST for x in extractors):
        return "joint_statement", 0.9
    if extractors & _DELEGATIONS:
        return "position_paper", 0.85
    if s.council_own and (s.council_header or s.council_number):
        return "other", 0.6  # the Council's record of its own work, no member state's paper
    if s.council_number and not s.com_number:  # a Commission document carries procedure numbers too
        return "position_paper", 0.8
    if extractors & _ISSUERS or s.undersigned:
        return "ngo_statement", 0.85
    if s.position_title and not s.strong_news and s.reporting < 2:
        return "position_paper", 0.7
    if s.strong_news:
        return "news", 0.8
    if (s.press_release or s.letter or s.statement_title) and (s.calls or s.civil_society):
        return "ngo_statement", 0.75
    if s.parliamentary:
        return "other", 0.6  # a parliament's question or answer
    if s.statement_title and s.reporting < 3:
        return "joint_statement", 0.6  # titled as one; its signing list was not read
    if s.guideline_title and s.reporting < 3:
        return "guideline", 0.6
    if (s.act_title or s.act_word_title) and s.reporting < 3:
        return "legal_act", 0.6
    if s.furniture >= 2 or s.reporting >= 2 or (s.furniture and s.reporting):
        return "news", 0.6
    if s.letter:
        return "ngo_statement", 0.5
    return "other", 0.3


def signals(text: str, languages: Sequence[str] | None = None) -> Signals:
    return Signals(text, languages)


def _guidance_title(line: str, pattern: re.Pattern) -> bool:
    """The title opens with a guidance word, after at most two words naming its author
    ("Guidelines on ...", "Commission Recommendation ..."), not after a label ("Note: ...")."""
    for k, word in enumerate(re.finditer(r"\S+", line)):
        if k > 2:
            return False
        if pattern.match(line, word.start()):
            return True
        if not word.group().isalpha():
            return False
    return False


_SEPARATOR = re.compile(r"\s[-–—|:]\s|:\s")


def _titled(line: str, pattern: re.Pattern) -> bool:
    """The heading names itself so: the phrase opens or closes it, or opens the part after a
    separator ("Summit - final declaration"), as a title does; a headline that reports
    on a statement names it mid-sentence ("Eleven states sign joint statement on ...")."""
    if not line:
        return False
    if pattern.match(line):
        return True
    for m in pattern.finditer(line):
        if m.end() == len(line.rstrip(" .:")) or _SEPARATOR.search(line[max(0, m.start() - 3) : m.start()]):
            return True
    return False


_QUOTE = re.compile(r"[\"“„«»‘’][^\"“”„«»\n]{20,300}[\"”“«»’]")


def is_dateline(line: str, p: dict[str, re.Pattern]) -> bool:
    """A line opening with a dateline: "BRUSSELS, 12 March (Reuters) - ...", "BERLIN (dpa) —",
    "Paris, le 3 mars 2024 – ...": a place in capitals, or a place with a date, or a wire
    agency in parentheses, then a dash."""
    m = re.search(_DASH, line[:90])
    if m is None:
        return False
    lead = line[: m.start()].strip()
    if not lead or len(lead) > 70:
        return False
    if p["agency"].search(lead):
        return True
    place = re.split(r"[,(]", lead, maxsplit=1)[0].strip()
    words = place.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    letters = "".join(c for c in place if c.isalpha())
    if len(letters) >= 3 and letters.isupper():
        return True
    return "," in lead and bool(re.search(r"\d", lead))


_BULLET = re.compile(r"^[•·▪*|\-–]\s*")
_BREADCRUMB = re.compile(r"^[^»›\n]{1,30}\s[»›]\s")


def is_furniture(line: str, p: dict[str, re.Pattern]) -> bool:
    """A page label ("Share", "• Print", "Published on 3 May 2024", "Lire aussi") or a
    breadcrumb ("Home » News » ..."): short, and the label is most of the line."""
    line = _BULLET.sub("", line)
    if _BREADCRUMB.match(line):
        return True
    if len(line) > 60:
        return False
    m = p["furniture"].match(line)
    return m is not None and len(line[m.end():].split()) <= 4


def is_byline(line: str, p: dict[str, re.Pattern]) -> bool:
    """A short line of a byline word and one to four capitalised names: "By Jane Doe",
    "Par Marie Dupont", "Autorka: Jana Nováková"."""
    if len(line) > 60:
        return False
    m = p["byline"].match(line)
    if m is None:
        return False
    names = line[m.end():].split()
    return 1 <= len(names) <= 4 and all(n[:1].isupper() for n in names if n.lower() not in _NAME_PARTICLES)


_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "di", "du", "la", "le", "and", "et", "und", "y", "e", "i", "a", "&"}


@lru_cache(maxsize=None)
def kind_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """``kinds.yaml`` checked once: every category, every entry a valid pattern."""
    from loaders.names.resources import load_yaml

    data = load_yaml("kinds.yaml")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for category in _CATEGORIES:
        if category not in data:
            raise ValueError(f"kinds.yaml: category {category!r} is missing")
        out[category] = {}
        for lang, entries in data[category].items():
            for entry in entries:
                try:
                    re.compile(str(entry))
                except re.error as exc:
                    raise ValueError(f"kinds.yaml: {category}.{lang}: bad pattern {entry!r}: {exc}") from exc
            out[category][lang] = tuple(str(e) for e in entries)
    return out


def _languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    if not languages:
        return None
    return tuple(sorted({*languages, "en"}))


@lru_cache(maxsize=64)
def patterns(languages: tuple[str, ...] | None) -> dict[str, re.Pattern]:
    """One compiled pattern per category for these languages (all when None)."""
    words = kind_words()

    def pick(category: str) -> list[str]:
        table = words[category]
        langs: Iterable[str] = table if languages is None else [*languages, "all"]
        return [e for lang in langs for e in table.get(lang, ())]

    def alt(category: str, lower: bool = False) -> str:
        found = sorted({e.lower() if lower else e for e in pick(category)}, key=len, reverse=True)
        return "(?:" + "|".join(found) + ")" if found else r"(?!x)x"

    # matched in lowercased text: no IGNORECASE (slow on Unicode), a word boundary first
    out = {c: re.compile(r"\b" + alt(c, True) + r"(?!\w)") for c in _LOWERCASE}
    out["citation_lines"] = re.compile(r"^[ \t•·▪*\-–]*" + alt("legal_citations", True) + r"\b", re.MULTILINE)
    out["statement_titles"] = re.compile(alt("statement_titles", True) + r"(?!\w)")
    out["weekday"] = _weekdays(languages)
    # matched in the text as written
    flags = re.IGNORECASE
    out["legal_enacting"] = re.compile(alt("legal_enacting") + r"(?!\w)")  # printed in capitals
    out["article_lines"] = re.compile(r"^[ \t]*" + alt("legal_article") + r"[ \t]*$", re.MULTILINE | flags)
    out["act_title"] = re.compile(alt("legal_acts") + r"\s*(?:\w+\s+){0,2}" + _ACT_NUMBER, flags)
    # the act's name in capitals, as printed: "COUNCIL REGULATION", "DURCHFÜHRUNGSVERORDNUNG (EU)"
    out["act_caps"] = re.compile(r"(?<!\w)" + alt("legal_acts") + r"(?!\w)")
    out["act_word"] = re.compile(alt("legal_acts") + r"(?!\w)", flags)
    out["agency"] = re.compile(r"\(\s*" + alt("news_agencies") + r"\s*\)|^" + alt("news_agencies") + r"$")
    out["byline"] = re.compile(alt("bylines") + r"\s+(?=[^\W\d_])", flags)
    out["furniture"] = re.compile(alt("furniture") + r"(?!\w)", flags)
    return out


def _weekdays(languages: tuple[str, ...] | None) -> re.Pattern:
    """Weekday names from CLDR (babel) in these languages; in a language with noun cases a
    name may take an ending ("we wtorek", "w środę", "torstaina"), so its stem is matched."""
    from babel import Locale

    from loaders.names.morphology import morphology, supported_languages
    from loaders.names.resources import load_yaml

    exclude = {lang: {w.casefold() for w in words} for lang, words in (load_yaml("kinds.yaml")["weekday_exclude"] or {}).items()}
    forms: set[str] = set()
    for lang in languages if languages is not None else supported_languages():
        try:
            days = Locale.parse(lang).days
        except Exception:  # babel has no such locale
            continue
        names = {*days["format"]["wide"].values(), *days["stand-alone"]["wide"].values()}
        for name in names:
            if name.casefold() in exclude.get(lang, set()):
                continue
            stem = name[:-1] if morphology(lang).noun_cases and len(name) > 5 else name
            forms.add(re.escape(stem.lower()) + (r"\w*" if stem != name else r"\w{0,3}"))  # "tisdagen", "Mondays"
    if not forms:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)")  # lowercased text


_CHROME_LINE = re.compile(r"^(?:[•·▪\-–*]\s|.*[»›|]\s*$|.*\s[»›]\s)")
_DATE_LINE = re.compile(r"^[\w,\s.]*\b(?:1[89]|20)\d{2}\s*$")


def title(text: str) -> str | None:
    """First heading-like line: not chrome (breadcrumbs, bullets, page furniture), not a
    date, not a sentence; a short page tag yields to a longer heading right after it."""
    furniture = patterns(None)["furniture"]
    candidates = []
    for line in text.split("\n")[:15]:
        line = line.strip()
        if not line or len(line) > 250 or _CHROME_LINE.match(line) or _DATE_LINE.match(line):
            continue
        if len(line) <= 40 and furniture.fullmatch(line):
            continue
        if line.endswith((".", ";", ",")) and len(line.split()) > 12:
            break
        candidates.append(line)
    for c in candidates:
        if len(c.split()) >= 5:
            return c
    return candidates[0] if candidates else None
