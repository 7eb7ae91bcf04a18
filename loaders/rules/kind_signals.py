"""What a text's shape says about its kind, read lazily: headers, formulas, datelines,
furniture and the marks of reported speech (see :mod:`loaders.rules.kind`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from loaders.rules.kind_issuers import issuer_release, masthead_subject, reaction_statement
from loaders.rules.kind_lines import capital_runs, title
from loaders.rules.kind_marks import (BODY_CHARS, COM_NUMBER, COUNCIL_NUMBER, EP_QUESTION, EURLEX_MARK, LINE_START,
                                      NUMBERED, QUOTE, REFERENCE_MARK, SECTION_SIGN, first_paragraph, label_at,
                                      lead_heading)
from loaders.rules.kind_news import NewsSignals
from loaders.rules.kind_words import document_languages, patterns
from loaders.rules.kind_titles import guidance_title, title_heads, titled

HEAD_CHARS = 1500  # furniture, datelines, headers and titles sit at the top
_LEAD_CHARS = 350  # a news lead's first sentence or two, under its headline


class Signals(NewsSignals):
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
                    or SECTION_SIGN.search(self.text))

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
        return any(pattern.match(self.low, m.end()) for m in LINE_START.finditer(self.low, 0, 600))

    @cached_property
    def council_own(self) -> bool:
        """A label of the Council's record of its own work ("Outcome of proceedings", "Summary
        record", "From: Presidency") heading a line or a field after a separator; prose that
        speaks of "the outcome of the proceedings" is no such label."""
        low = self.head.lower()
        return any(label_at(low, m.start()) for m in self.p["council_own"].finditer(low))

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
        """The heading right above the first paragraph (a page's title below its masthead)."""
        return lead_heading(self.head_lines)

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
        lead = QUOTE.sub(" ", self.low[start : start + _LEAD_CHARS])
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
        return bool(self.p["speech_formulas"].search(QUOTE.sub(" ", self.low), 0, 2000))

    @cached_property
    def reference_page(self) -> bool:
        """An encyclopedia's or a study's page: two or more bracketed reference marks glued
        to the words they source ("... in 2023.[1]", "adopted[12]"); news cites no sources
        so. (Headings that are questions are left alone: news explainers ask them too.)"""
        return len(REFERENCE_MARK.findall(self.text, 0, BODY_CHARS)) >= 2

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
        numbers = {m.group(1) for m in NUMBERED.finditer(self.text, 0, 8000)}
        return len(numbers) >= 3 and bool(self.p["collective_parties"].search(self._low_act))

    # organisations speaking ------------------------------------------------------------------
    @cached_property
    def self_announcement(self) -> bool:
        return bool(self.p["self_announcement"].search(QUOTE.sub(" ", self.low), 0, 1500))

    @cached_property
    def masthead_issuer(self) -> bool:
        """The page's first line names an organisation that its lead then makes the subject of
        a verb ("European Federation of X" ... "The European Federation of X (EFX) rejects"):
        the organisation's own page. A newspaper's name is not the subject of its own lead."""
        return masthead_subject(self.text, self.head_lines) and not self.strong_news

    @cached_property
    def we_demand(self) -> bool:
        """The text demands in its own voice ("we call on", "wir fordern", "exigimos",
        "apelujemy"), outside quotations."""
        return bool(self.p["we_demand"].search(QUOTE.sub(" ", self.low)))

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
        return reaction_statement(self.head_lines, self.p)

    @cached_property
    def issuer_release(self) -> bool:
        """An organisation's release in the third person: the first paragraph opens with the
        organisation's name and the acronym it gives itself, then its verb ("The Digital
        Freedom Coalition (DFC) welcomes ...", "Der Verband für X (VfX) begrüßt ..."), and
        the page calls it by that acronym again (its title, "said DFC director ..."). News
        tells the same with a time ("on Tuesday", "yesterday") or as what it said; a
        ministry, an EU institution or an international body announcing is no such issuer."""
        return issuer_release(self.first_paragraph, self.top, self.text, self.p, BODY_CHARS)

    @cached_property
    def first_paragraph(self) -> str:
        """The first line that is a paragraph (a sentence's stop in more than six words, or 25 words)."""
        return first_paragraph(self.head_lines)

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

    def as_dict(self) -> dict[str, object]:
        """Every signal, read (for debugging and the dev set's details)."""
        names = [n for cls in type(self).__mro__ for n, v in vars(cls).items() if isinstance(v, cached_property)
                 and n not in ("top", "title_zone", "headings", "_low_act", "_lead")]
        return {n: getattr(self, n) for n in names}


def signals(text: str, languages: Sequence[str] | None = None) -> Signals:
    return Signals(text, languages)
