"""A state right after another predicate is its object, not a new subject; a stance on
changes to an act is not a stance on the act. Both give nothing rather than a wrong actor
or polarity."""

import pytest

from tests.loaders.rules.helpers import facts

ACT = "Regulation (EU) 2021/821"


def got(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s.actor.key, s.stance) for s in facts(text, lang).stances}


@pytest.mark.parametrize("lang, text", [
    ("en", f"Austria criticised Portugal and Ireland opposed {ACT}."),
    ("fr", f"L'Autriche a critiqué le Portugal et l'Irlande a rejeté le règlement (UE) 2021/821."),
    ("es", f"Austria criticó a Portugal e Irlanda rechazó el Reglamento (UE) 2021/821."),
])
def test_a_state_right_after_a_predicate_is_never_an_actor(lang: str, text: str) -> None:
    assert ("PT", "oppose") not in got(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", f"Portugal rejects any changes to {ACT}."),
    ("en", f"Portugal backs amendments to {ACT}."),
    ("de", "Portugal lehnt Änderungen an der Verordnung (EU) 2021/821 ab."),
    ("fr", "Le Portugal rejette toute modification du règlement (UE) 2021/821."),
    ("es", "Portugal rechaza cualquier modificación del Reglamento (UE) 2021/821."),
    ("it", "Il Portogallo respinge le modifiche al regolamento (UE) 2021/821."),
])
def test_a_stance_on_changes_to_an_act_is_no_stance_on_the_act(lang: str, text: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize("lang, text, expected", [
    ("en", f"Portugal and Ireland opposed {ACT}.", {("PT", "oppose"), ("IE", "oppose")}),
    ("en", f"The Commission criticised Portugal, which supports {ACT}.", {("PT", "support")}),
    ("fr", "Le Portugal rejette le règlement (UE) 2021/821.", {("PT", "oppose")}),
])
def test_plain_subjects_and_objects_still_read(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_a_verb_final_clause_on_changes_is_no_stance_either() -> None:
    assert got("Berlin meldet, dass Portugal Änderungen an der Verordnung (EU) 2021/821 ablehnt.", "de") == set()


@pytest.mark.parametrize("lang, text", [
    ("en", f"Austria urged Portugal to reject {ACT}."),
    ("en", f"Austria called on Portugal to back {ACT}."),
    ("fr", "L'Autriche exhorte le Portugal à rejeter le règlement (UE) 2021/821."),
    ("it", "L'Austria esorta il Portogallo a respingere il regolamento (UE) 2021/821."),
    ("pl", "Austria wzywa Portugalię do odrzucenia rozporządzenia (UE) 2021/821."),
])
def test_the_state_a_speaker_urges_is_addressed_and_takes_no_stance(lang: str, text: str) -> None:
    assert not {k for k, _ in got(text, lang)} & {"PT"}


@pytest.mark.parametrize("lang, text", [
    ("en", f"Austria welcomed the deal and opposition to {ACT} grew."),
    ("fr", "L'Autriche a salué l'accord et l'opposition au règlement (UE) 2021/821 a grandi."),
    ("de", "Österreich begrüßte die Einigung und der Widerstand gegen die Verordnung (EU) 2021/821 wuchs."),
])
def test_a_stance_noun_after_a_conjunction_starts_another_clause(lang: str, text: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous appelons le Portugal à rejeter le règlement (UE) 2021/821."),
    ("es", "Instamos a Portugal a rechazar el Reglamento (UE) 2021/821."),
    ("it", "Esortiamo il Portogallo a respingere il regolamento (UE) 2021/821."),
    ("pt", "Instamos Portugal a rejeitar o Regulamento (UE) 2021/821."),
    ("nl", "Wij roepen Portugal op om Verordening (EU) 2021/821 te verwerpen."),
    ("pl", "Wzywamy Portugalię do odrzucenia rozporządzenia (UE) 2021/821."),
])
def test_the_state_the_authors_call_on_in_the_first_person_takes_no_stance(lang: str, text: str) -> None:
    assert not {k for k, _ in got(text, lang)} & {"PT"}
