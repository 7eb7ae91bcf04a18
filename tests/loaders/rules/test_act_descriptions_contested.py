"""Curated names of contested EU files (metadata/act_descriptions.yaml): the Nature
Restoration Law, the Platform Work Directive, the packaging regulation, the 2035 CO2
standards for cars, the Pact on Migration and Asylum, the EU-Mercosur agreement, the due
diligence directive, and new forms of the CSA regulation and the AI Act.

Sentences written for these tests, at least four languages per act, each naming the act as
that language's press or the EU's own pages do; each trap uses the same subject words
without naming the act (a national law, the UN's migration compact, the trade bloc alone,
the interim regulation) and must name nothing.
"""

from __future__ import annotations

import pytest

from loaders.rules.act_descriptions import find_description

NRL, PWD, PPWR, CARS = "celex:52022PC0304", "celex:52021PC0762", "celex:52022PC0677", "celex:52021PC0556"
PACT, MERCOSUR, CSDDD = "celex:52020PC0610", "agreement:eu-mercosur", "celex:52022PC0071"
CSAR, AI_ACT = "celex:52022PC0209", "celex:32024R1689"

NAMED = [
    ("en", "Farmers marched against the Nature Restoration Law.", NRL),
    ("de", "Österreich stimmte dem Renaturierungsgesetz zu.", NRL),
    ("fr", "Le vote sur la loi sur la restauration de la nature est reporté.", NRL),
    ("it", "Il regolamento sul ripristino della natura divide il Parlamento.", NRL),
    ("pl", "Rząd krytykuje rozporządzenie w sprawie odbudowy zasobów przyrodniczych.", NRL),
    ("sv", "Regeringen röstade nej till naturrestaureringslagen.", NRL),
    ("en", "Couriers welcomed the Platform Work Directive.", PWD),
    ("de", "Die Plattformrichtlinie wurde im Rat blockiert.", PWD),
    ("es", "La directiva sobre el trabajo en plataformas sigue bloqueada.", PWD),
    ("nl", "De richtlijn over platformwerk is aangenomen.", PWD),
    ("fr", "La directive relative aux travailleurs des plateformes avance.", PWD),
    ("en", "Industry lobbied hard on the PPWR.", PPWR),
    ("it", "Il governo critica il regolamento sugli imballaggi.", PPWR),
    ("de", "Die EU-Verpackungsverordnung wurde verabschiedet.", PPWR),
    ("pl", "Przedsiębiorcy krytykują rozporządzenie w sprawie opakowań.", PPWR),
    ("fr", "Le règlement sur les emballages et les déchets d'emballages est adopté.", PPWR),
    ("en", "Carmakers split over the combustion engine ban.", CARS),
    ("de", "Das Verbrenner-Aus bleibt umstritten.", CARS),
    ("it", "Il governo contesta lo stop ai motori termici.", CARS),
    ("fr", "L'interdiction des moteurs thermiques inquiète les garagistes.", CARS),
    ("en", "The Pact on Migration and Asylum was adopted in May.", PACT),
    ("fr", "Le pacte sur la migration et l'asile a été adopté.", PACT),
    ("pl", "Rząd odrzuca pakt migracyjny.", PACT),
    ("de", "Der Asyl- und Migrationspakt tritt 2026 in Kraft.", PACT),
    ("es", "El Pacto sobre Migración y Asilo entra en vigor.", PACT),
    ("es", "Francia rechaza el acuerdo comercial entre la UE y Mercosur.", MERCOSUR),
    ("it", "Gli agricoltori contestano l'accordo Ue-Mercosur.", MERCOSUR),
    ("de", "Das Mercosur-Abkommen spaltet die Koalition.", MERCOSUR),
    ("fr", "Paris s'oppose à l'accord de libre-échange avec le Mercosur.", MERCOSUR),
    ("en", "Farmers protested against the EU-Mercosur trade deal.", MERCOSUR),
    ("de", "Die FDP kritisiert das EU-Lieferkettengesetz.", CSDDD),
    ("en", "Business groups lobbied against the CSDDD.", CSDDD),
    ("fr", "La directive sur le devoir de vigilance est adoptée.", CSDDD),
    ("es", "La directiva de diligencia debida divide al Consejo.", CSDDD),
    ("en", "Germany opposes the Child Sexual Abuse (CSA) Regulation.", CSAR),
    ("de", "Die Regierung lehnt die EU-Verordnung gegen Kindesmissbrauch ab.", CSAR),
    ("fr", "Le règlement européen contre les abus sexuels sur les enfants divise.", CSAR),
    ("it", "Il regolamento Ue contro gli abusi sessuali sui minori è in discussione.", CSAR),
    ("es", "La ley de IA entra en vigor.", AI_ACT),
    ("fr", "La loi européenne sur l'IA est publiée.", AI_ACT),
    ("it", "La legge sull'IA è stata approvata.", AI_ACT),
    ("pt", "O regulamento europeu da IA foi publicado.", AI_ACT),
]


@pytest.mark.parametrize(("lang", "text", "act"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_a_contested_file_is_named_in_its_language(lang: str, text: str, act: str) -> None:
    found = find_description(text, lang, 0, len(text), frozenset())
    assert found is not None and (found.act, found.how) == (act, "name")


NOT_NAMED = [
    ("en", "The restoration of the cathedral took ten years."),
    ("de", "Die Renaturierung des Flusses kostet Geld."),
    ("fr", "La restauration de la nature prend du temps."),
    ("en", "Platform workers earn less than employees."),
    ("de", "Plattformarbeit nimmt in Europa zu."),
    ("en", "Packaging waste keeps growing."),
    ("de", "Die deutsche Verpackungsverordnung von 1991 gilt nicht mehr."),
    ("en", "Combustion engines are still sold."),
    ("it", "I motori termici inquinano."),
    ("en", "Several states left the UN migration pact in 2018."),
    ("pl", "Polska nie podpisała paktu migracyjnego ONZ."),
    ("nl", "Het VN-migratiepact werd in 2018 ondertekend."),
    ("es", "Los países del Mercosur se reunieron en Montevideo."),
    ("it", "Il Mercosur riunisce Brasile, Argentina, Paraguay e Uruguay."),
    ("de", "Ein nationales Lieferkettengesetz gilt seit 2023."),
    ("en", "The EU interim regulation on child sexual abuse was extended."),
    ("es", "La ley de igualdad se aprobó en 2007."),
    ("fr", "La loi sur l'IAE concerne l'insertion."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_NAMED)])
def test_the_same_subject_without_the_files_name_names_nothing(lang: str, text: str) -> None:
    assert find_description(text, lang, 0, len(text), frozenset()) is None
