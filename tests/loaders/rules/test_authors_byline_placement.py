"""Bylines where a page puts them: a wire agency alone on its line over the story's date line
("TASR / 12. mája 2031 o 10:15"), a writer's signature line under the title closed by the
writer's e-mail address ("A. Name, Professor of ..., a.name@example.org"), and a labelled
byline ("Af A. Name", "By A. Name") under a fact box or a list of points that pushes it past
the first dozen lines. Traps: an agency alone over prose (a photo credit), an organisation's
e-mail line, a labelled line whose words name no person."""

from __future__ import annotations

import pytest

from .helpers import facts

_STORY = {
    "sk": "Ministri sa v piatok stretli v Lime, aby prerokovali rybolovné kvóty. Rokovania budú pokračovať v máji.\n",
    "cs": "Ministři se v pátek sešli v Limě, aby projednali rybolovné kvóty. Jednání budou pokračovat v květnu.\n",
    "de": "Die Minister trafen sich am Freitag in Lima, um über Fangquoten zu beraten. Die Gespräche gehen im Mai weiter.\n",
    "en": "The ministers met in Lima on Friday to discuss fishing quotas. Talks will resume in May.\n",
    "fr": "Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche. Les discussions reprendront en mai.\n",
    "el": "Οι υπουργοί συναντήθηκαν την Παρασκευή στη Λίμα για τις αλιευτικές ποσοστώσεις. Οι συνομιλίες θα συνεχιστούν τον Μάιο.\n",
    "da": "Ministrene mødtes fredag i Lima for at drøfte fiskekvoter. Forhandlingerne fortsætter i maj.\n",
}


def _authors(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "head", "agency"),
    [
        ("sk", "Správy zo sveta\nTASR\n12. mája 2031 o 10:15\n\nMinistri rokovali o kvótach\n\n", "TASR"),
        ("cs", "Zprávy ze světa\nČTK\n12. 5. 2031 10:15\n\nMinistři jednali o kvótách\n\n", "ČTK"),
        ("de", "Nachrichten aus aller Welt\ndpa\n12.05.2031, 10:15\n\nMinister beraten über Quoten\n\n", "dpa"),
        ("en", "World news\nReuters\n12 May 2031 10:15\n\nMinisters discuss quotas\n\n", "Reuters"),
    ],
)
def test_an_agency_alone_over_the_date_line_is_the_stories_credit(lang: str, head: str, agency: str) -> None:
    assert any(agency in name for name in _authors(head + _STORY[lang], lang))


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "Ministers discuss quotas\nReuters\nThe ministers met in Lima on Friday, as the photo shows.\n\n"),
        ("de", "Minister beraten über Quoten\ndpa\nDie Minister auf einem Foto vom Freitag.\n\n"),
        ("sk", "Ministri rokovali o kvótach\nTASR\nMinistri na snímke z piatka.\n\n"),
        ("cs", "Ministři jednali o kvótách\nČTK\nMinistři na snímku z pátku.\n\n"),
    ],
)
def test_an_agency_alone_over_prose_is_a_photo_credit(lang: str, head: str) -> None:
    # the story runs on for several paragraphs, so the agency's line is no closing credit either
    assert _authors(head + _STORY[lang] * 6, lang) == []


@pytest.mark.parametrize(
    ("lang", "line", "person"),
    [
        ("el", "Μαρία Παπαδοπούλου, Καθηγήτρια Διεθνούς Δικαίου στο Πανεπιστήμιο Πατρών, maria.papadopoulou@example.org",
         "Μαρία Παπαδοπούλου"),
        ("en", "Jane Exampleton, Professor of Maritime Law at the University of Lima, jane.exampleton@example.org", "Jane Exampleton"),
        ("fr", "Marie Exemple, professeure de droit maritime à l'Université de Lima, marie.exemple@example.org", "Marie Exemple"),
        ("de", "Hanna Beispielmann, Professorin für Seerecht an der Universität Lima, hanna.beispielmann@example.org",
         "Hanna Beispielmann"),
    ],
)
def test_a_signature_line_closed_by_the_writers_email_names_the_writer(lang: str, line: str, person: str) -> None:
    text = f"Quotas and the sea\n\n{line}\n\n{_STORY[lang]}"
    assert _authors(text, lang) == [person]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Fishing Ports Association, Rue de la Loi 1, Brussels, info@example.org"),
        ("de", "Verband der Fischereihäfen e. V., Bonn, info@example.org"),
        ("fr", "Fédération des Ports de Pêche, Paris, contact@example.org"),
        ("el", "Ομοσπονδία Αλιευτικών Λιμένων, Αθήνα, info@example.org"),
    ],
)
def test_an_organisations_email_line_names_no_person(lang: str, line: str) -> None:
    text = f"Quotas and the sea\n\n{line}\n\n{_STORY[lang]}"
    assert [a for a in facts(text, lang).authors if a.actor.kind == "person"] == []


_POINTS = "".join(f"* Point {i}: quota for stock number {i}\n" for i in range(1, 15))


@pytest.mark.parametrize(
    ("lang", "label", "person"),
    [("da", "Af", "Claus Eksempelsen"), ("en", "By", "Jane Exampleton"), ("de", "Von", "Hanna Beispielmann"), ("fr", "Par", "Marie Duvalleux")],
)
def test_a_labelled_byline_under_a_list_of_points_names_the_writer(lang: str, label: str, person: str) -> None:
    text = f"Quotas agreed\n\nThe points:\n{_POINTS}\n{label} {person}\n{_STORY[lang]}"
    assert _authors(text, lang) == [person]


@pytest.mark.parametrize(("lang", "line"), [("en", "By Royal Decree"), ("fr", "Par la Commission européenne"),
                                            ("de", "Von Deutschland und Frankreich"), ("da", "Af Danmark og Sverige")])
def test_a_labelled_line_under_a_list_naming_no_person_names_no_writer(lang: str, line: str) -> None:
    text = f"Quotas agreed\n\nThe points:\n{_POINTS}\n{line}\n{_STORY[lang]}"
    assert [a for a in facts(text, lang).authors if a.actor.kind == "person"] == []
