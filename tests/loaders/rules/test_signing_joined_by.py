"""States added to a statement's subject between commas ("The Governments of A and B,
joined by C and D, reaffirm ..."), a signatories label with an aside in brackets, and a
line that names the document by its own title's noun ("The statement is supported by:")."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Joint Statement on Media Freedom\n\nThe Governments of Canada and the United Kingdom, joined by Estonia and Latvia, reaffirm their commitment.\n"),
        ("fr", "Déclaration conjointe sur la liberté des médias\n\nLes gouvernements du Canada et du Royaume-Uni, rejoints par l'Estonie et la Lettonie, réaffirment leur engagement.\n"),
        ("de", "Gemeinsame Erklärung zur Medienfreiheit\n\nDie Regierungen Kanadas und des Vereinigten Königreichs, gemeinsam mit Estland und Lettland, bekräftigen ihr Engagement.\n"),
        ("es", "Declaración conjunta sobre la libertad de prensa\n\nLos Gobiernos de Canadá y del Reino Unido, junto con Estonia y Letonia, reafirman su compromiso.\n"),
        ("it", "Dichiarazione congiunta sulla libertà dei media\n\nI governi del Canada e del Regno Unito, insieme a Estonia e Lettonia, ribadiscono il loro impegno.\n"),
    ],
)
def test_states_joining_the_subject_sign_too(lang: str, body: str) -> None:
    assert [s.iso2 for s in facts(body, lang).signatories] == ["CA", "GB", "EE", "LV"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Joint Statement on Media Freedom\n\nThe Governments of Canada and the United Kingdom, joined by Estonia and Latvia, have used spyware against journalists.\n"),
        ("fr", "Déclaration conjointe sur la liberté des médias\n\nLes gouvernements du Canada et du Royaume-Uni, rejoints par l'Estonie et la Lettonie, ont utilisé des logiciels espions.\n"),
        ("de", "Gemeinsame Erklärung zur Medienfreiheit\n\nDie Regierungen Kanadas und des Vereinigten Königreichs, gemeinsam mit Estland und Lettland, haben Spähsoftware eingesetzt.\n"),
        ("es", "Declaración conjunta sobre la libertad de prensa\n\nLos Gobiernos de Canadá y del Reino Unido, junto con Estonia y Letonia, usaron programas espía.\n"),
    ],
)
def test_without_a_verb_of_agreeing_nobody_signs(lang: str, body: str) -> None:
    assert facts(body, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement on Media Freedom\n\nWe reaffirm our commitment.\n\nThe statement is supported by:\n• Japan\n• Poland\n• Ireland\n"),
        ("fr", "Déclaration conjointe sur la liberté des médias\n\nNous réaffirmons notre engagement.\n\nLa déclaration est soutenue par :\n• Japon\n• Pologne\n• Irlande\n"),
        ("de", "Gemeinsame Erklärung zur Medienfreiheit\n\nWir bekräftigen unser Engagement.\n\nDie Erklärung wird unterstützt von:\n• Japan\n• Polen\n• Irland\n"),
        ("es", "Declaración conjunta sobre la libertad de prensa\n\nReafirmamos nuestro compromiso.\n\nLa declaración está respaldada por:\n• Japón\n• Polonia\n• Irlanda\n"),
        ("en", "Joint Statement on Media Freedom\n\nWe reaffirm our commitment.\n\nSignatories (in alphabetical order):\nJapan\nPoland\nIreland\n"),
    ],
)
def test_a_line_naming_the_document_by_its_titles_noun(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["JP", "PL", "IE"]


@pytest.mark.parametrize(
    "line",
    [
        "The letter was signed by:",  # another kind of text
        "The Paris Declaration is supported by:",  # a named text
        "The 2016 declaration was supported by:",  # a dated one
        "The states that signed the letter are:",  # "states" is no "statement"
    ],
)
def test_a_line_naming_another_text_keeps_its_list_reported(line: str) -> None:
    text = f"Joint Statement on Media Freedom\n\nWe reaffirm our commitment.\n\n{line}\n• Japan\n• Poland\n• Ireland\n"
    assert facts(text, "en").signatories == []


def test_a_headline_about_a_declaration_does_not_make_its_list_the_pages() -> None:
    text = ("Ten states join declaration on media freedom\n\nTOKYO (Reuters) - Ten states joined a declaration on Tuesday.\n\n"
            "The declaration is supported by:\n• Japan\n• Poland\n• Ireland\n")
    assert facts(text, "en").signatories == []


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("el", "Κοινή Δήλωση\n\nΗ Ελλάδα και η Κύπρος, συνεδριάζοντας στη Λευκωσία, συμφωνούν να συνεργαστούν.\n", ["GR", "CY"]),
        ("bg", "Съвместна декларация\n\nБългария и Румъния, събрани в София, потвърждават ангажимента си.\n", ["BG", "RO"]),
        ("en", "Joint Statement\n\nEstonia and Finland, meeting in Tallinn, reaffirm their commitment.\n", ["EE", "FI"]),
        # a capital after the comma opens a name or a title, in Greek or Cyrillic as in Latin
        ("el", "Κοινή Δήλωση\n\nΗ Ελλάδα και η Κύπρος, Μέλη της Ένωσης, συμφωνούν να συνεργαστούν.\n", []),
        ("bg", "Съвместна декларация\n\nБългария и Румъния, Членки на Съюза, потвърждават ангажимента си.\n", []),
        ("en", "Joint Statement\n\nEstonia and Finland, Members of the Union, reaffirm their commitment.\n", []),
    ],
)
def test_only_a_lower_case_aside_is_passed_over(lang: str, body: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(body, lang).signatories] == expected
