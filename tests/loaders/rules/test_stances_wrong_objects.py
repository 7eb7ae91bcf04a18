"""What a predicate is about when the act is not its object: an exemption from the act, a
vote on it, a delay proposed for it, something it owns, or the event a relative pronoun
stands for. Each gave a party a stance on the act itself; each now gives nothing, while
the act as the direct object still reads."""

import pytest

from tests.loaders.rules.helpers import facts, state_stances

EUDR = "celex:32023R1115"


@pytest.mark.parametrize("lang, text", [
    ("en", "At the request of Italy, the Council adopted an exemption from Regulation (EU) 2023/1115 for smallholders."),
    ("de", "Auf Antrag Polens beschloss der Rat eine Ausnahme von der Verordnung (EU) 2023/1115."),
    ("fr", "À la demande de la Pologne, le Conseil a adopté un règlement modifiant le règlement (UE) 2023/1115."),
    ("es", "A petición de Francia, los ministros aprobaron una cláusula de revisión del Reglamento (UE) 2023/1115."),
    ("en", "At the request of Poland, the Council postponed the vote on Regulation (EU) 2023/1115."),
])
def test_a_frames_agent_takes_no_stance_on_an_act_that_is_not_the_clauses_object(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()


@pytest.mark.parametrize("lang, text, state", [
    ("en", "At the request of Italy, the Council adopted Regulation (EU) 2023/1115.", "IT"),
    ("de", "Auf Antrag Polens verabschiedete der Rat die Verordnung (EU) 2023/1115.", "PL"),
])
def test_the_act_as_the_direct_object_still_gives_the_agent_support(lang: str, text: str, state: str) -> None:
    assert (state, "support", EUDR) in state_stances(text, lang)


def test_a_participle_about_a_delay_of_the_act_gives_no_stance_on_the_act() -> None:
    text = "La proposta di rinvio del regolamento (UE) 2023/1115, accolta con favore dal governo italiano, sarà votata domani."
    assert ("IT", "support", EUDR) not in state_stances(text, "it")


@pytest.mark.parametrize("lang, text", [
    ("en", "The application of Regulation (EU) 2023/1115 was put back by a year, which Austria welcomed."),
    ("fr", "L'application du règlement (UE) 2023/1115 a été reportée d'un an, ce que l'Autriche a salué."),
    ("es", "La aplicación del Reglamento (UE) 2023/1115 se aplazó un año, lo que Austria celebró."),
])
def test_a_relative_pronoun_standing_for_an_event_is_no_act(lang: str, text: str) -> None:
    assert ("AT", "support", EUDR) not in state_stances(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Austria rejects Regulation (EU) 2023/1115's proposed exemptions."),
    ("en", "Austria backs Regulation (EU) 2023/1115's planned delay."),
])
def test_a_stance_on_what_an_act_owns_is_none_on_the_act(lang: str, text: str) -> None:
    assert not {t for _, _, t in state_stances(text, lang)} & {EUDR}


def test_the_call_of_an_organisation_on_what_the_act_owns_gives_it_no_stance() -> None:
    text = ("Forest Watch Network\n\nPress release\n\nBrussels, 3 May 2024\n\n"
            "We call on Austria and Italy to reject Regulation (EU) 2023/1115's proposed delay.\n")
    assert [s for s in facts(text, "en").stances if s.target.ref == EUDR] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Does Austria support Regulation (EU) 2023/1115?"),
    ("de", "Unterstützt Österreich die Verordnung (EU) 2023/1115?"),
    ("fr", "L'Autriche soutient-elle le règlement (UE) 2023/1115 ?"),
    ("es", "¿Apoya Austria el Reglamento (UE) 2023/1115?"),
])
def test_a_question_states_no_position(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "Austria opposes poverty, as Regulation (EU) 2023/1115 requires."),
    ("en", "Austria fights poverty, which Regulation (EU) 2023/1115 also addresses."),
])
def test_a_predicate_with_its_own_object_before_a_comma_takes_no_later_act(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()


def test_an_act_noun_before_the_comma_is_the_act_in_apposition() -> None:
    assert state_stances("Austria backs the proposal, Regulation (EU) 2023/1115.", "en") == {("AT", "support", EUDR)}
