"""A document's own date below its top, in several languages: a letter's place and date, a
page's date field, "today", formulas of adoption and signature; and dates placed otherwise
(an event in the body, a photo caption, a table of contents) that are not its date. Every
text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.textdates import date_near_top

# a long header of joined lines pushes the date below the top's first 400 characters
HEADER = ("Parliamentary papers of the session, committee for European affairs, annex one, public, "
          "file reference 12 345 and 12 346, new proposals and initiatives of the member states of the Union, "
          "number 4321, letter sent with the documents listed below and their annexes for the committee, "
          "with the replies of the ministries concerned and the notes of the permanent representation ")


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        (HEADER + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 19 mei 2031 Op 27 mei vindt de Raad plaats.",
         ["nl"], dt.date(2031, 5, 19)),
        (HEADER + "Bundesrepublik Deutschland Berlin, den 15. Januar 2031 Die Bundeskanzlerin An den Präsidenten des Bundesrates",
         ["de"], dt.date(2031, 1, 15)),
        (HEADER + "Council of the European Union Brussels, 19 December 2031 (OR. en) NOTE From: Presidency",
         ["en"], dt.date(2031, 12, 19)),
        (HEADER + "| EVROPSKÁ KOMISE | V Bruselu dne 20.9.2031 KOM(2031) 503 v konečném znění",
         ["cs"], dt.date(2031, 9, 20)),
        (HEADER + "République française Paris, le 3 mars 2031 Le ministre de l'Europe et des affaires étrangères",
         ["fr"], dt.date(2031, 3, 3)),
    ],
)
def test_a_letters_place_and_date_below_the_top(text: str, languages: list[str], expected: dt.date) -> None:
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        (HEADER + "\n\nDocumentdatum | 31-05-2031 | Publicatiedatum | 31-05-2031 | Nummer | KST1234", ["nl"], dt.date(2031, 5, 31)),
        (HEADER + "\n\nNummer: 2031D50937, datum: 2031-12-05, bijgewerkt: 2032-02-19", ["nl"], dt.date(2031, 12, 5)),
        (HEADER + "\n\nPublished: 4 May 2031 | Updated: 6 May 2031", ["en"], dt.date(2031, 5, 4)),
        (HEADER + "\n\nVeröffentlicht am 12. Februar 2031", ["de"], dt.date(2031, 2, 12)),
    ],
)
def test_a_page_label_opening_its_line_or_cell(text: str, languages: list[str], expected: dt.date) -> None:
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        (HEADER + "\n\nThe ministers reached today, 21 June 2031, an agreement on river safety.", ["en"], dt.date(2031, 6, 21)),
        (HEADER + "\n\nIl Consiglio ha approvato oggi 26 novembre 2031 la posizione negoziale.", ["it"], dt.date(2031, 11, 26)),
        (HEADER + "\n\nLe Conseil a adopté aujourd'hui, 3 mars 2031, sa position.", ["fr"], dt.date(2031, 3, 3)),
        (HEADER + "\n\nDer Rat hat heute, 5. Mai 2031, seine Position festgelegt.", ["de"], dt.date(2031, 5, 5)),
    ],
)
def test_a_date_right_after_today_is_the_day_of_writing(text: str, languages: list[str], expected: dt.date) -> None:
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        (HEADER + "\n\nThe parties will meet again.\n\nDone at Valletta, on 12 May 2031\n\nFor the Republic of Malta", ["en"], dt.date(2031, 5, 12)),
        (HEADER + "\n\nLes parties se réuniront.\n\nFait à Strasbourg, le 3 mars 2031\n\nPour la République française", ["fr"], dt.date(2031, 3, 3)),
        (HEADER + "\n\nDer Bundesrat hat in seiner 912. Sitzung am 17. Juni 2031 die folgende Stellungnahme beschlossen:",
         ["de"], dt.date(2031, 6, 17)),
        (HEADER + "\n\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG Vastgesteld 5 december 2031 De vaste commissie heeft vragen gesteld.",
         ["nl"], dt.date(2031, 12, 5)),
        (HEADER + "\n\nPuses sadarbosies.\n\nŠī deklarācija ir parakstīta 2031. gada 12. maijā Rīgā.", ["lv"], dt.date(2031, 5, 12)),
    ],
)
def test_a_formula_of_adoption_or_signature(text: str, languages: list[str], expected: dt.date) -> None:
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected


def test_a_formula_closing_a_long_text_dates_it() -> None:
    body = "\n\n".join(f"{n}. The parties agree to cooperate on the river in the matters listed in annex {n}." for n in range(1, 60))
    text = "Joint declaration on the river\n\n" + body + "\n\nDone at Vienna, on 4 June 2031"
    found = date_near_top(text, ["en"])
    assert found is not None and found.date == dt.date(2031, 6, 4)


def test_a_danish_letter_dates_itself_den() -> None:
    text = "Europaudvalget 2030-31 Bilag 1 Offentligt MINISTERIET Center for Europa j.nr. 400.A.5 Den 3. september 2031 Rådsmøde den 14. september 2031 (almindelige anliggender) SAMLENOTAT"
    found = date_near_top(text, ["da"])
    assert found is not None and found.date == dt.date(2031, 9, 3)


@pytest.mark.parametrize(
    "text, languages",
    [
        # an event in the body is not the publication date
        (HEADER + "\n\nThe Commission proposed on 16 September 2031 a regulation on river safety.", ["en"]),
        (HEADER + "\n\nDer Bundesrat hat in seiner Sitzung am 17. Mai 2031 ausführlich Stellung genommen.", ["de"]),
        # a photo caption: a place inside a sentence
        (HEADER + "\n\nThe commissioner speaks at the headquarters in Brussels, on September 15, 2031.", ["en"]),
        (HEADER + "\n\nLa ministre s'exprime lors de la réunion à Paris, le 3 mars 2031, devant la presse.", ["fr"]),
        # a label inside a sentence is the text talking about another document
        (HEADER + "\n\nThe study published on 4 May 2031 found that rivers were cleaner.", ["en"]),
    ],
)
def test_a_date_placed_otherwise_is_not_the_documents(text: str, languages: list[str]) -> None:
    assert date_near_top(text, languages) is None


def test_a_table_of_contents_entry_is_no_dateline() -> None:
    text = ("Note for the committee\n\n• 1. Preparation of the European Council of 29-30 October 2031 "
            "............................................ 2\n• 2. Enlargement ............................ 3")
    assert date_near_top(text, ["en"]) is None


def test_a_line_cut_at_the_tops_end_is_not_taken_for_a_short_line() -> None:
    lead = "Summary of the note on the proposal for a regulation on river safety and its annexes " * 4
    text = lead + "The Commission presented on 22 June 2031 its proposal for a regulation on the sustainable use of rivers and the change of the rules on them, which the Council will discuss."
    assert date_near_top(text, ["en"]) is None


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("REGULATION (EU) 2031/1352 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 21 December 2031 on common rules "
         "for the licensing of river ferries and of the boats that serve them\n\nTHE EUROPEAN PARLIAMENT AND THE COUNCIL,",
         ["en"], dt.date(2031, 12, 21)),
        ("RÈGLEMENT (UE) 2031/1528 DU PARLEMENT EUROPÉEN ET DU CONSEIL du 22 mars 2031 établissant des règles communes "
         "pour l'octroi de licences aux bacs fluviaux et aux bateaux qui les desservent\n\nLE PARLEMENT EUROPÉEN,",
         ["fr"], dt.date(2031, 3, 22)),
        ("VERORDNUNG (EU) 2031/77 DES EUROPÄISCHEN PARLAMENTS UND DES RATES vom 5. Juni 2031 über gemeinsame Regeln "
         "für die Zulassung von Flussfähren und der Boote, die sie bedienen\n\nDAS EUROPÄISCHE PARLAMENT,",
         ["de"], dt.date(2031, 6, 5)),
        ("AZ EURÓPAI PARLAMENT ÉS A TANÁCS (EU) 2031/389 RENDELETE (2031. május 16.) a folyami kompok engedélyezésének "
         "közös szabályairól és az őket kiszolgáló hajókról\n\nAZ EURÓPAI PARLAMENT ÉS AZ EURÓPAI UNIÓ TANÁCSA,",
         ["hu"], dt.date(2031, 5, 16)),
    ],
)
def test_an_acts_own_date_after_its_institutions(text: str, languages: list[str], expected: dt.date) -> None:
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected


def test_an_act_cited_on_a_citation_line_gives_no_date() -> None:
    text = ("Proposal for a regulation on the licensing of river ferries and of the boats that serve them in the "
            "member states\n\nHaving regard to Regulation (EU) 2030/679 of the European Parliament and of the Council "
            "of 27 April 2030 on the protection of boatmen,")
    assert date_near_top(text, ["en"]) is None
