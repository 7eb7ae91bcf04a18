"""Document kind and a title guess, from structure: what the other rules found (a signing
list, a Council header, issuing organisations) and the shape of the page (legal-act
formulas, Council document numbers, datelines, bylines, page furniture), in any EU
language. The words per language live in ``loaders/data/kinds.yaml`` (compiled by
:mod:`loaders.rules.kind_words`); the signals are read by :mod:`loaders.rules.kind_signals`, the
lines at the top of a page by :mod:`loaders.rules.kind_lines`.

Kinds are tried from the most to the least specific structure, and each needs evidence
that other kinds do not produce: a legal act its enacting formula or citations and
recitals; a guideline its guidance title (read before the Commission paper that may carry
it); a joint statement its own signing list, a declaration's preamble or a communiqué's
numbered paragraphs; a position paper a Council header or document number, an opinion's
title or formula, or its name in the title (before the numbered points it shares with a
communiqué); an NGO statement its issuing organisations, "we, the undersigned
organisations", an organisation announcing its own act in its name and acronym, or one
reaction handed to a speaker who holds no public office; news a dateline, or a byline or
page furniture with reported speech. What matches nothing is ``other``.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.model import Author, DocumentKind, Signatory
from loaders.rules.kind_lines import title
from loaders.rules.kind_signals import Signals, signals
from loaders.rules.kind_words import kind_words, patterns

__all__ = ["Signals", "kind", "kind_words", "patterns", "signals", "title"]

_NOT_OWN_LIST = {"signatories.from_header", "signatories.reported"}  # not a document's own signing list
_DELEGATIONS = {"signatories.from_header", "authors.delegations_header", "authors.delegations_cover"}
_ISSUERS = {"authors.said_today", "authors.press_release"}
# the author rules that hear an organisation speak as the page itself (its lead, its "we",
# its release head, its "About us" note), not a byline or a credit
_OWN_VOICE = {"authors.own_voice", "authors.we_voice", "authors.release_head", "authors.about_footer",
              "authors.undersigned_members"}
# the author rules that find an organisation's own page by its furniture: the officer it
# introduces and quotes for the rest of the page, the press contact that closes its release,
# the letter it writes in its own voice under a salutation
_OWN_PAGE = {"authors.officer_statement", "authors.contact_block", "authors.letter_voice"}
# signers whose joint text is civil society's, not a joint statement of public bodies
_CIVIL = {"ngo", "company", "academic", "other"}  # not an initiative: the calls and coalitions of states
_NGO_VOICE = {"ngo", "company", "academic"}  # not an initiative: a coalition of governments speaks so too


def kind(text: str, signatories: list[Signatory], authors: list[Author],
         languages: Sequence[str] | None = None) -> tuple[DocumentKind, float]:
    """(kind, confidence). ``languages`` are the document's; None reads every language's words."""
    s = signals(text, languages)
    extractors = {x.evidence.extractor for x in (*signatories, *authors)}
    if s.enacting or (s.citations >= 2 and s.recitals) or (
            s.act_title and (s.citations or s.recitals or s.article_one or s.eurlex or s.official_journal)):
        return "legal_act", 0.9
    if (s.official_journal or s.council_header) and s.act_in_capitals:
        return "legal_act", 0.85  # an act as the Official Journal or the Council prints it
    if s.guideline_title and s.reporting < 3 and not (s.strong_news or s.about_a_document):
        return "guideline", 0.7  # guidance titled so, before the Commission paper that may carry it
    if s.opinion and not s.strong_news:
        return "position_paper", 0.75  # an advisory or parliamentary body's opinion on a proposal
    if (s.com_number or s.eurlex) and s.commission_paper:
        return "other", 0.7  # the Commission's report, communication or staff working document
    if s.com_number and s.proposal and not s.position_title:
        return "legal_act", 0.8  # a Commission proposal for an act
    own = [x for x in signatories if x.evidence.extractor.startswith("signatories.")
           and x.evidence.extractor not in _NOT_OWN_LIST]
    if own:
        if all(x.kind == "organization" and x.org_kind in _CIVIL for x in own):
            return "ngo_statement", 0.85  # a joint letter of organisations: no state or public body signs
        return "joint_statement", 0.9
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
    if any(a.evidence.extractor in _OWN_VOICE and a.actor.kind == "organization" and a.actor.org_kind in _NGO_VOICE
           for a in authors) and not (s.strong_news or s.position_title or s.statement_title or s.about_a_document):
        return "ngo_statement", 0.7  # a civil-society organisation speaking as the page's own voice
    if any(a.evidence.extractor in _OWN_PAGE and a.actor.kind == "organization" and a.actor.org_kind in _CIVIL
           for a in authors) and not (s.position_title or s.statement_title or s.about_a_document):
        return "ngo_statement", 0.65  # a federation's, a union's or an NGO's own release, by its furniture
    if s.position_heading and not (s.strong_news or s.citations or s.article_one) and s.saying < 2:
        return "position_paper", 0.75  # titled as its author's position ("Position of the Government of X on")
    if s.position_title and not s.strong_news and s.news_marks < 2:
        # a paper naming itself so ("Non-paper", "Positionspapier") before the numbered points it shares with a communiqué
        return "position_paper", 0.7
    if (s.preamble >= 2 or s.communique) and not s.strong_news:
        return "joint_statement", 0.7  # a declaration's preamble or a communiqué's numbered paragraphs
    if (s.self_announcement or s.masthead_issuer) and not (s.strong_news or s.position_title):
        return "ngo_statement", 0.65  # an organisation announcing its own act on its own page
    if (s.dateline and (s.release_furniture or s.press_release) and (s.civil_society or s.we_demand)
            and not s.about_a_document):
        return "ngo_statement", 0.7  # civil society's own release, datelined as releases are
    if s.reaction_statement and not (s.byline or s.wire_copy or s.about_a_document or s.statement_title):
        return "ngo_statement", 0.65  # an organisation's press statement: one reaction, handed to its speaker
    if s.issuer_release and not (s.byline or s.wire_copy or s.about_a_document or s.statement_title
                                 or s.position_title or s.position_heading):
        return "ngo_statement", 0.6  # an organisation announcing in its own name and acronym
    if s.strong_news:
        return "news", 0.8
    if s.speech or s.genre_title or s.reference_page:
        return "other", 0.6  # a speech, an analysis or an opinion: it argues or addresses, it does not report
    if (s.press_release or s.letter or s.statement_title) and (s.calls or s.civil_society) and not s.about_a_document:
        return "ngo_statement", 0.75
    if s.we_demand and s.reporting < 2 and not (s.about_a_document or s.statement_title):
        return "ngo_statement", 0.6  # an organisation demanding in its own voice, no report around it
    if s.press_release_heading:
        return "ngo_statement", 0.65  # a page whose own heading is "Press release", reporting its issuers
    if s.act_word_title and s.act_own_title and s.reporting < 3 and not s.about_a_document:
        return "legal_act", 0.6  # titled as an act ("Verordnung der Bundesregierung ...")
    if s.parliamentary and not (s.attribution and s.reporting >= 2):
        return "other", 0.6  # a parliament's question or answer (not a report that cites one)
    if s.statement_title and s.furniture >= 2 and s.statement_in_body:
        return "news", 0.6  # a publication page that headlines a statement and talks about it
    if s.statement_title and s.reporting < 3 and not s.about_a_document:
        return "joint_statement", 0.6  # titled as one; its signing list was not read
    if (s.act_title or (s.act_word_title and s.act_own_title)) and s.reporting < 3 and not s.about_a_document:
        return "legal_act", 0.6
    if s.about_a_document and (s.statement_title or s.guideline_title or s.act_word_title or s.letter
                               or s.statement_in_body):
        return "news", 0.6  # a report that someone published, signed or sent the document its title names
    if s.furniture >= 2 or s.reporting >= 2 or (s.furniture and s.reporting):
        return "news", 0.6
    if s.letter and not s.about_a_document:
        return "ngo_statement", 0.5
    if s.dated_lead and not s.speaks_as_i and s.words >= 40:
        return "news", 0.45  # a lead that dates the event it tells, in the third person
    if (s.byline or "authors.byline" in extractors) and not s.speaks_as_i:
        return "news", 0.45  # a journalist's byline over a text that says nothing else
    return "other", 0.3
