"""The normaliser: one line per paragraph or list item, wraps rejoined, debris dropped."""

from __future__ import annotations

import unicodedata

from loaders.normalise import normalise, split_list_item

# Our own text in the shape of a PDF extraction: a blank line after every wrapped line,
# lines holding only spaces, a page break inside a sentence, middle-dot bullets.
PDF_LIKE = (
    "Common declaration on the safe export of \n\n"
    "surveillance tools \n\n \n\n"
    "We, the governments of Austria, Belgium, the Czech Republic, New \n\n"
    "Zealand and Norway, see the harm done by abuse of intrusion software and ask for \n\n"
    "firm limits. \n\n"
    "Abuse of such programs is growing across the world and  \n\n\n\n"
    "threatens journalists and activists. \n\n"
    "We commit to: \n\n"
    " ·        preventing exports to end-users likely to misuse them, in \n\n"
    "accordance with our laws; \n\n"
    "·        sharing information on proliferation; and \n\n"
    "·        engaging partners. \n\n"
    "  \n\n"
)


def test_wrapped_lines_inside_sentences_are_rejoined():
    lines = normalise(PDF_LIKE).text.split("\n")
    assert "We, the governments of Austria, Belgium, the Czech Republic, New Zealand and Norway, see the harm done by abuse of intrusion software and ask for firm limits." in lines


def test_title_without_punctuation_stays_apart_from_the_first_paragraph():
    lines = normalise(PDF_LIKE).text.split("\n")
    assert lines[0] == "Common declaration on the safe export of surveillance tools"
    assert lines[1] == ""


def test_page_break_inside_a_sentence_is_rejoined():
    text = normalise(PDF_LIKE).text
    assert "growing across the world and threatens journalists" in text


def test_bullets_become_list_items_separated_by_single_newlines():
    text = normalise(PDF_LIKE).text
    assert (
        "We commit to:\n\n"
        "• preventing exports to end-users likely to misuse them, in accordance with our laws;\n"
        "• sharing information on proliferation; and\n"
        "• engaging partners."
    ) in text


def test_paragraphs_are_separated_by_exactly_one_blank_line():
    text = normalise(PDF_LIKE).text
    assert "\n\n\n" not in text and not text.startswith("\n") and not text.endswith("\n")


def test_one_paragraph_per_line_text_is_left_as_paragraphs():
    text = "A first paragraph that ends properly.\nA second paragraph, also complete.\nShort heading\nBody."
    assert normalise(text).text.split("\n\n") == text.split("\n")


def test_bullet_shapes_are_unified_and_enumerators_kept():
    raw = "Intro line:\n• one\n◦ two\n▪ three\n- four\n* five\n– six\n1. seven\n(a) eight\nb) nine"
    lines = normalise(raw, lines_are_paragraphs=True).text.split("\n")
    assert lines[2:] == ["• one", "• two", "• three", "• four", "• five", "• six", "• 1. seven", "• (a) eight", "• b) nine"]
    assert split_list_item("• (a) eight") == ("(a)", "eight")
    assert split_list_item("• one") == (None, "one")
    assert split_list_item("plain") is None


def test_a_year_at_line_start_is_not_an_enumerator():
    assert normalise("2024. The year the statement was signed.", lines_are_paragraphs=True).text.startswith("2024.")


def test_word_processor_artefacts_are_dropped_with_a_warning():
    result = normalise("First paragraph.\n[bookmark: _GoBack]Second paragraph.")
    assert result.text == "First paragraph.\n\nSecond paragraph."
    assert [w.code for w in result.warnings] == ["dropped_artefact"]


def test_invisible_characters_soft_hyphens_and_nbsp_are_cleaned():
    result = normalise("Zero\u200bwidth, soft\u00adhyphen,\u00a0no-break\u202fspaces\tand   runs.")
    assert result.text == "Zerowidth, softhyphen, no-break spaces and runs."
    assert any(w.code == "dropped_characters" for w in result.warnings)


def test_output_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Zażółć gęślą jaźń.")
    assert normalise(decomposed).text == unicodedata.normalize("NFC", "Zażółć gęślą jaźń.")


def test_hyphenated_line_end_is_joined_without_space():
    raw = "The cyber-\nsurveillance items are listed in the annex of the regula-\ntion and must be con-\ntrolled by every state that exports\nthem to third countries.\nA second paragraph starts here."
    text = normalise(raw).text
    assert "cyber-surveillance items" in text and "every state that exports them" in text


def test_a_dash_after_an_open_sentence_is_punctuation_not_a_bullet():
    raw = (
        "The statement was drafted by officials of several ministries in\n"
        "- as the annex explains - a series of meetings held in the spring\n"
        "of that year with partners from industry and civil society groups.\n"
        "Every delegation brought its own draft and the texts were merged\n"
        "over several rounds until the final version was agreed by all of\n"
        "the participants present in the room.\n"
        "Participants agreed on three points:\n"
        "- first point;\n"
        "- second point.\n"
    )
    lines = normalise(raw).text.split("\n")
    assert lines[0].startswith("The statement was drafted by officials of several ministries in - as the annex explains")
    assert lines[-2:] == ["• first point;", "• second point."]
