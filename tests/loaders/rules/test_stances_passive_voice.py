"""A stance verb in the passive after its subject is done TO the subject: the subject is
never the stance's actor; the participle as an adjective of position ("is opposed to")
still reads."""

import pytest

from tests.loaders.rules.helpers import facts

_ACT = {
    "en": "the Artificial Intelligence Act",
    "fr": "le règlement sur l'intelligence artificielle",
    "es": "el Reglamento de Inteligencia Artificial",
    "it": "il regolamento sull'intelligenza artificiale",
    "nl": "de AI-verordening",
}


@pytest.mark.parametrize("lang, text", [
    ("en", "Austria has been criticised by campaigners over {act}."),
    ("en", "Austria was criticised for blocking {act}."),
    ("en", "Austria is backed by its neighbours on {act}."),
    ("fr", "L'Autriche a été critiquée pour son attitude envers {act}."),
    ("es", "Austria fue criticada por su postura sobre {act}."),
    ("it", "L'Austria è stata criticata per la sua posizione su {act}."),
])
def test_the_subject_of_a_passive_stance_verb_is_not_its_actor(lang: str, text: str) -> None:
    f = facts(text.format(act=_ACT[lang]), lang)
    assert [s for s in f.stances if s.actor.key == "AT"] == []


@pytest.mark.parametrize("lang, text, stance", [
    ("en", "Austria is opposed to {act}.", "oppose"),
    ("en", "Austria has opposed {act}.", "oppose"),
    ("fr", "L'Autriche est opposée à {act}.", "oppose"),
])
def test_an_active_or_adjectival_stance_still_reads(lang: str, text: str, stance: str) -> None:
    f = facts(text.format(act=_ACT[lang]), lang)
    assert [(s.actor.key, s.stance) for s in f.stances] == [("AT", stance)]
