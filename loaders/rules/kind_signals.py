"""What a text's shape says about its kind, read lazily: headers, formulas, datelines,
furniture and the marks of reported speech (see :mod:`loaders.rules.kind`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from loaders.rules.gazetteers import find_named
from loaders.rules.kind_lines import capital_runs, is_byline, is_dateline, is_furniture, title
from loaders.rules.kind_words import document_languages, own_language_patterns, patterns
from loaders.rules.kind_titles import guidance_title, title_heads, titled

HEAD_CHARS = 1500  # furniture, datelines, headers and titles sit at the top
# Council documents: "WK 1234/2018 INIT", "ST 5678/19", "Interinstitutional File: 2016/0295 (COD)"
COUNCIL_NUMBER = re.compile(r"(?<![\w/])(?:WK|ST)\s?\d{3,5}/\d{2,4}\b|\b\d{4}/\d{4}\s?\((?:COD|NLE|CNS|APP|SYN|AVC)\)")
# a Commission document's number: "COM(2016) 616 final", "SWD(2031) 118 final", "KOM (2005) 87"
COM_NUMBER = re.compile(r"\b(?:COM|KOM|SWD|JOIN)\s?\(\d{4}\)\s?\d{1,4}")
# EUR-Lex's own page furniture: "Document 32031H0077", "ELI: http://data.europa.eu/eli/reco/2031/77/oj"
EURLEX_MARK = re.compile(r"\bDocument\s+[1-9CE]\d{4}[A-Z]{1,2}\d{4}\b|\bELI\s*:\s*https?://data\.europa\.eu/eli/")

# the European Parliament's numbers of a question ("E-001234/2023", "P-1234/07") and of its
# session documents ("A9-0123/2023" a report, "B9-0456/2023" a motion): the same in every language
EP_QUESTION = re.compile(r"(?<![\w/-])(?:[EPO]-\d{4,6}/\d{2,4}|[AB][5-9]-\d{4}/\d{4})(?![\w/])")

BODY_CHARS = 3000  # the opening, where a text shows how it speaks (calls, "we", reported speech)
_LEAD_CHARS = 350  # a news lead's first sentence or two, under its headline
_DATED_LEAD_CHARS = 400  # the lead's sentences, where news says when its event happened


class Signals:
    """What the text's shape says, each read on first use: :func:`kind` stops at the first
    kind whose evidence it finds, so most documents never pay for the later reads. Words
    are matched in the lowercased text (``patterns`` lowercases them too)."""

    def __init__(self, text: str, languages: Sequence[str] | None = None):
        self.text = text
        self.languages = languages
        self.p = patterns(document_languages(languages))
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
    def _low_act(self) -> str:
        """The lowercased text as far as an act's first citations and its recitals' opener reach."""
        return self.text[:12000].lower()

    @cached_property
    def citations(self) -> int:
        return len(self.p["citation_lines"].findall(self._low_act))

    @cached_property
    def recitals(self) -> bool:
        return bool(self.p["legal_recitals"].search(self._low_act))

    @cached_property
    def enacting(self) -> bool:
        # printed after the citations: looked for only in a text that has them or an act's title
        return bool(self.citations or self.act_title) and bool(self.p["legal_enacting"].search(self.text))

    @cached_property
    def article_one(self) -> bool:
        return bool(self.p["article_lines"].search(self.text))

    @cached_property
    def act_title(self) -> bool:
        # "<act> (EU) 2021/821", or where the act's name follows its number, the first lines'
        # "<institutions> (EU) 2021/821 <act>" (Hungarian "... (EU) 2016/679 rendelete")
        return (any(self.p["act_title"].match(line) for line in self.head_lines[:12])
                or any(self.p["act_number_first"].search(line, 0, 200) for line in self.head_lines[:2]))

    @cached_property
    def act_word_title(self) -> bool:
        # a title run into the lines after it (a joined text) still opens the first line
        first = self.head_lines[0] if self.head_lines else ""
        return bool(self.p["act_word"].match(first[:100]))

    @cached_property
    def act_own_title(self) -> bool:
        """An act's name heading the page is the act's own title where the heading names its
        issuer ("Verordnung der Bundesregierung", "Rozporządzenie Ministra ...", "Décision du
        gouvernement") or the text holds provisions ("Artikel 1", "§ 27"); a page that names an
        act and its subject only ("Rozporządzenie w sprawie dronów") describes it."""
        first = self.head_lines[0][:100].lower() if self.head_lines else ""
        return bool(self.p["public_office_speakers"].search(first) or self.p["article_anywhere"].search(self.text)
                    or _SECTION_SIGN.search(self.text))

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
    def commission_paper(self) -> bool:
        return bool(self.p["commission_papers"].search(self.head.lower(), 0, 800))

    @cached_property
    def eurlex(self) -> bool:
        return bool(EURLEX_MARK.search(self.head))

    @cached_property
    def official_journal(self) -> bool:
        return bool(self.p["official_journal"].search(self.low, 0, 600))

    # Council and parliaments ----------------------------------------------------------------
    @cached_property
    def council_header(self) -> bool:
        """"Council of the European Union" heading a line, as the Council's documents print it;
        a sentence that names the Council ("ministers will meet in the Council of the European Union")
        is no header."""
        pattern = self.p["council_header"]
        return any(pattern.match(self.low, m.end()) for m in _LINE_START.finditer(self.low, 0, 600))

    @cached_property
    def council_own(self) -> bool:
        """A label of the Council's record of its own work ("Outcome of proceedings", "Summary
        record", "From: Presidency") heading a line or a field after a separator; prose that
        speaks of "the outcome of the proceedings" is no such label."""
        low = self.head.lower()
        return any(_label_at(low, m.start()) for m in self.p["council_own"].finditer(low))

    @cached_property
    def council_number(self) -> bool:
        return bool(COUNCIL_NUMBER.search(self.head))

    @cached_property
    def parliamentary(self) -> bool:
        return bool(self.p["parliamentary"].search(self.low, 0, 800) or EP_QUESTION.search(self.head, 0, 800))

    # titles and headers -------------------------------------------------------------------------
    @cached_property
    def position_title(self) -> bool:
        # a text whose lines were joined keeps its heading at the very start, or prints it in capitals
        # it heads its line: "Polska przedstawiła stanowisko w sprawie ..." reports one
        position = self.p["position_titles"]
        return bool(any(title_heads(line, position) for line in [self.top, *self.headings[:6], self.text[:300].split("\n")[0]] if line)
                    or any(position.match(line.lower()) for line in self.headings)
                    or any(position.fullmatch(run) for run in capital_runs(self.head)))

    @cached_property
    def position_heading(self) -> bool:
        """The title or a heading near it names itself a position: it opens with a position
        word after at most four capitalised words naming its author ("Position of the
        Government of X on ...", "The Netherlands' position on ...", "Stanowisko Rządu RP w
        sprawie ..."), or closes with one, or one follows a separator ("AI Act - joint
        non-paper"). A headline that reports a position names it after a verb."""
        pattern = self.p["position_head"]
        if any(title_heads(line, pattern) for line in [self.top, *self.headings[:2], self.lead_heading] if line):
            return True
        # a heading run into its text (a joined PDF) still opens one of the first lines
        return any(len(line) > 150 and pattern.match(line.lower()) for line in self.head_lines[:3])

    @cached_property
    def lead_heading(self) -> str:
        """The heading right above the first paragraph: a page's title below its masthead and
        navigation ("Ministry of ... / Home / News / <title> / <first paragraph>")."""
        previous = ""
        for line in self.head_lines[:12]:
            if len(line.split()) >= 25 or (len(line.split()) > 6 and _SENTENCE_STOP.search(line)):
                return previous
            if len(line) <= 150 and not line.endswith((".", ",", ";", ":")):
                previous = line
        return ""

    @cached_property
    def opinion(self) -> bool:
        """An advisory or parliamentary body's opinion: titled so ("Opinion of the ...") or
        adopted by its formula ("has adopted the following opinion")."""
        titled = self.p["opinion_title"]
        return (any(titled.match(line.lower()) for line in [self.top, *self.headings[:4]] if line)
                or bool(self.p["opinion_formulas"].search(self.low)))

    @cached_property
    def about_a_document(self) -> bool:
        """The lead (the sentences right under the title) tells, in the third person, that someone published, presented,
        adopted, signed or sent a document ("The Commission has published guidelines",
        "Paris et Berlin ont publié lundi une déclaration commune"), outside quotations, and
        nothing in it speaks as "we": a report on the document its title names."""
        if self.speaks_as_we and self.languages is not None:
            return False
        at = self.low.find(self.top.lower()) if self.top else -1
        start = at + len(self.top) if at >= 0 else 0
        lead = _QUOTE.sub(" ", self.low[start : start + _LEAD_CHARS])
        return bool(self.p["act_reported"].search(lead))

    @cached_property
    def genre_title(self) -> bool:
        """The title labels the page analysis, opinion or a speech ("... – Analysis",
        "Kommentar: ...", "Discours de la ministre ...")."""
        first = self.head_lines[0] if self.head_lines else ""
        return any(titled(line.lower(), self.p["genre_title"]) for line in {self.top, first} if line)

    @cached_property
    def speech(self) -> bool:
        """A speech as delivered: its embargo note or forms of address ("Check against
        delivery", "Ladies and gentlemen", "Mesdames et Messieurs"), outside quotations."""
        return bool(self.p["speech_formulas"].search(_QUOTE.sub(" ", self.low), 0, 2000))

    @cached_property
    def reference_page(self) -> bool:
        """An encyclopedia's or a study's page: two or more bracketed reference marks glued
        to the words they source ("... in 2023.[1]", "adopted[12]"); news cites no sources
        so. (Headings that are questions are left alone: news explainers ask them too.)"""
        return len(_REFERENCE_MARK.findall(self.text, 0, BODY_CHARS)) >= 2

    @cached_property
    def press_release(self) -> bool:
        return bool(self.p["press_release"].search(self.title_zone))

    @cached_property
    def press_release_heading(self) -> bool:
        """The first line is the press-release header itself ("PRESS RELEASE", "Pressemitteilung"),
        not a headline that mentions one."""
        first = self.head_lines[0].strip(" :-–—|").lower() if self.head_lines else ""
        return bool(first) and bool(self.p["press_release"].fullmatch(first))

    @cached_property
    def statement_title(self) -> bool:
        return any(titled(line.lower(), self.p["statement_titles"]) for line in [self.top, *self.headings])

    @cached_property
    def guideline_title(self) -> bool:
        """The title, or a short heading among the first lines (a page's chrome may come
        first), opens with a guidance word ("Guidelines 3/2030 on ...", "Leitlinien zu ...").
        A page whose lines name three or more such texts lists guidance; it is none itself."""
        pattern = self.p["soft_acts"]
        lines = [self.top, *(line for line in self.headings[:6] if not line.endswith((".", ",", ";")))]
        if not any(guidance_title(line, pattern) for line in lines):
            return False
        return len({line for line in self.head_lines[:30] if guidance_title(line, pattern)}) < 3

    @cached_property
    def letter(self) -> bool:
        return bool(self.p["letters"].search(self.title_zone) or self.p["letters"].match(self.low.lstrip()))

    # declarations and communiqués -------------------------------------------------------------
    @cached_property
    def preamble(self) -> int:
        """Paragraphs opened by a preambular participle ("Recalling ...", "Reafirmând ...")."""
        return len(self.p["preamble_lines"].findall(self._low_act))

    @cached_property
    def communique(self) -> bool:
        """Numbered paragraphs in which the parties speak of themselves in the third person
        ("3. Both Governments reaffirm ..."), as joint communiqués are written."""
        numbers = {m.group(1) for m in _NUMBERED.finditer(self.text, 0, 8000)}
        return len(numbers) >= 3 and bool(self.p["collective_parties"].search(self._low_act))

    # organisations speaking ------------------------------------------------------------------
    @cached_property
    def self_announcement(self) -> bool:
        return bool(self.p["self_announcement"].search(_QUOTE.sub(" ", self.low), 0, 1500))

    @cached_property
    def masthead_issuer(self) -> bool:
        """The page's first line names an organisation that its lead then makes the subject of
        a verb ("European Federation of X" ... "The European Federation of X (EFX) rejects"):
        the organisation's own page. A newspaper's name is not the subject of its own lead."""
        first = self.head_lines[0] if self.head_lines else ""
        words = first.split()
        if not 2 <= len(words) <= 8 or not words[0][:1].isupper() or first.endswith((".", ":", "?", "!")):
            return False
        if any(c.isdigit() for c in first):
            return False
        at = self.text.find(first, len(first), 2500)
        if at < 0:
            return False
        after = self.text[at + len(first): at + len(first) + 40]
        return _issuer_verb(after) and not self.strong_news

    @cached_property
    def we_demand(self) -> bool:
        """The text demands in its own voice ("we call on", "wir fordern", "exigimos",
        "apelujemy"), outside quotations."""
        return bool(self.p["we_demand"].search(_QUOTE.sub(" ", self.low)))

    @cached_property
    def release_furniture(self) -> bool:
        """A short line that opens with a press release's closing furniture ("About X",
        "Press contact", "Notes to editors", "Pressekontakt", "À propos de ...")."""
        furniture = self.p["release_furniture"]
        return any(len(line) <= 60 and furniture.match(line.strip().lower())
                   for line in self.text.split("\n") if line.strip())

    @cached_property
    def reaction_statement(self) -> bool:
        """The page opens with a reaction statement's frame: in its first paragraphs, a
        sentence opened by a reaction word ("Responding to the vote, ...", "Zur Abstimmung
        erklärt ...", "En réaction au vote, ...") hands over with a colon to a quotation
        („…“, “…”, « … »), and its speaker holds no public office: the press statement of an
        organisation, whose page carries one reaction and little else."""
        for line in self.head_lines[:5]:
            for colon in _HANDOVER.finditer(line):
                ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, colon.start()) if not m.group(1)[:1].isupper()]
                frame = line[ends[-1] if ends else 0 : colon.start()].lower()
                if len(frame.split()) > 60:
                    continue
                opener = self.p["reaction_openers"].search(frame)
                if opener is None or opener.start() > 40:
                    continue
                # the speaker follows what is reacted to: after the comma that closes the reaction
                # phrase ("Responding to X, the minister, Y, said"), or in the frame's last words
                # where no comma sets it off ("Zu X erklärt Y")
                speaker = frame.split(",", 1)[1] if "," in frame else " ".join(frame.split()[-5:])
                if not self.p["public_office_speakers"].search(speaker):
                    return True
        return False

    @cached_property
    def issuer_release(self) -> bool:
        """An organisation's release in the third person: the first paragraph opens with the
        organisation's name and the acronym it gives itself, then its verb ("The Digital
        Freedom Coalition (DFC) welcomes ...", "Der Verband für X (VfX) begrüßt ..."), and
        the page calls it by that acronym again (its title, "said DFC director ..."). News
        tells the same with a time ("on Tuesday", "yesterday") or as what it said; a
        ministry, an EU institution or an international body announcing is no such issuer."""
        lead = self.first_paragraph
        m = _NAMED_ISSUER.match(lead)
        if m is None:
            return False
        name, acronym, verb = m.group("name"), m.group("acr"), m.group("verb")
        if not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2:
            return False
        if not verb[:1].islower() or verb in _CONJUNCTIONS:
            return False
        low = lead.lower()
        if self.p["reporting_verbs"].match(low, m.start("verb")) or self.p["weekday"].search(low) \
                or self.p["time_deixis"].search(low):
            return False
        if self.p["public_office_speakers"].search(name.lower()) or any(
                named.kind in _PUBLIC_BODIES for named, _, _ in find_named(name)):
            return False
        after = self.text.find(lead) + m.end()
        if re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", f"{self.top}\n{self.text[after : after + BODY_CHARS]}"):
            return True
        head = name.split()[0]  # or the title names the issuer by its name's first word ("La Ligue salue ...")
        return len(head) >= 4 and head[:1].isupper() and bool(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", self.top))

    @cached_property
    def first_paragraph(self) -> str:
        """The first line that is a paragraph (a sentence's stop in more than six words, or 25 words)."""
        for line in self.head_lines[:12]:
            if len(line.split()) >= 25 or (len(line.split()) > 6 and _SENTENCE_STOP.search(line)):
                return line
        return ""

    @cached_property
    def wire_copy(self) -> bool:
        """A wire agency credited at the top ("BERLIN (dpa) -", "(Reuters)"): a news agency's story."""
        return any(self.p["agency"].search(line[:90]) for line in self.head_lines[:12])

    @cached_property
    def undersigned(self) -> bool:
        return bool(self.p["undersigned_orgs"].search(self.low))

    @cached_property
    def calls(self) -> bool:
        return bool(self.p["calls"].search(self.low))

    @cached_property
    def civil_society(self) -> bool:
        """Civil society naming itself in the opening, or in a release's closing note on its
        issuer ("About X: X is a coalition of 40 civil society organisations")."""
        return bool(self.p["civil_society"].search(self.low, 0, 400)) or any(
            self.p["civil_society"].search(note) for note in self.release_notes)

    @cached_property
    def release_notes(self) -> list[str]:
        """The lowercased lines that follow an "About X" / "Über X" / "À propos de" line of
        a release's closing furniture, up to the next blank line or 400 characters."""
        furniture = self.p["release_furniture"]
        lines = self.text.split("\n")
        notes = []
        for k, line in enumerate(lines):
            if len(line.strip()) <= 60 and furniture.match(line.strip().lower()):
                notes.append("\n".join(lines[k : k + 4]).lower()[:400])
        return notes

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
    def speaks_as_i(self) -> int:
        """The subject pronoun "I" outside quotations, in the document's own languages: a
        speech, a question or an answer in parliament, a letter; news says "I" only in quotes."""
        own = own_language_patterns(tuple(self.languages) if self.languages else None)
        return len(own["speaker"].findall(_QUOTE.sub(" ", self.text[:BODY_CHARS])))

    @cached_property
    def dated_lead(self) -> bool:
        """The lead (the sentences right under the title) dates what it tells: a day or a
        month with its number ("am 17. Mai 2024", "on 9 November", "12.02.2024"), a weekday
        or a day counted from the day of writing ("yesterday"), outside quotations, as news
        gives the "when" of its event at once. A reference page or a briefing describes
        without dating its opening."""
        own = own_language_patterns(tuple(self.languages) if self.languages else None)
        lead = _QUOTE.sub(" ", self._lead)
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

    def as_dict(self) -> dict[str, object]:
        """Every signal, read (for debugging and the dev set's details)."""
        names = [n for n, v in vars(type(self)).items() if isinstance(v, cached_property) and n not in
                 ("top", "title_zone", "headings", "_low_act", "_lead")]
        return {n: getattr(self, n) for n in names}


def signals(text: str, languages: Sequence[str] | None = None) -> Signals:
    return Signals(text, languages)


def _label_at(text: str, at: int) -> bool:
    """Nothing but bullets, a number, or a field separator before ``at`` on its line."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return not before.strip(" \t•·▪*|-–0123456789.") or before.rstrip().endswith((":", "|", ")", "]"))


_SECTION_SIGN = re.compile(r"§\s?\d")
# a sentence's stop: a paragraph holds one, a heading none
_SENTENCE_STOP = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
# a colon handing over to a quotation, on the same line or closing it (the quote follows below)
# a sentence's end: its last word and a stop, then a letter; a capitalised last word is taken
# for an abbreviation of a title or a name ("Prof.", "Dr.") and ends nothing
_SENTENCE_END = re.compile(r"([^\W\d_]{3,})[.!?]\s+(?=[^\W\d_])")
_HANDOVER = re.compile(r':\s*(?:[„“"«‘‚]|$)')
_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t•·▪*|\-–]*(?=\S)")
_REFERENCE_MARK = re.compile(r"(?<=[^\s\d])\[\d{1,3}\]")
_QUOTE = re.compile(r"[\"“„«»‘’][^\"“”„«»\n]{20,300}[\"”“«»’]")
# numbered paragraphs: "1. ...", "• 2. ...", "«3. ..."
_NUMBERED = re.compile(r"^[ \t•·▪*\-–«\"“„]*(\d{1,2})[.)]\s+\S", re.MULTILINE)
# after an organisation's name in its lead: its acronym in brackets, then a word in lower case
# (a verb: "(EFJ) strongly rejects", "(GFF) fordert", "(FEJ) dénonce"), not a conjunction
# a paragraph opened by an organisation's name, its acronym in brackets and the next word
_NAMED_ISSUER = re.compile(r"^(?:L['’]|(?:The|Der|Die|Das|La|Le|Les|El|Il|Lo|De|Het|Os|As|O|A)\s+)?"
                           r"(?P<name>[^\W\d_][^()\n]{2,80}?)\s*\((?P<acr>[^\W\d_]{2,8})\)\s+(?P<verb>[^\W\d_]+)")
_PUBLIC_BODIES = {"eu_institution", "intergovernmental", "government"}
_ISSUER_VERB = re.compile(r"\s*\(([^\W\d_]{2,8})\)\s+([^\W\d_]+)")
_CONJUNCTIONS = {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "a", "og", "eller", "och", "ja",
                 "tai", "ir", "ar", "un", "és", "vagy", "și", "sau", "и", "или", "και", "ή", "u", "ta", "jew", "agus", "nó"}


def _issuer_verb(after: str) -> bool:
    m = _ISSUER_VERB.match(after)
    return bool(m and m.group(1).isupper() and m.group(2)[:1].islower() and m.group(2) not in _CONJUNCTIONS)
