"""A release's lead opening with its organisations' present-tense stand ("X welcomes",
« X salue », "X begrüßt", "X celebra"), after its dateline or not: they are its authors.
Traps: the past tense and reported speech of news, a state, an EU institution."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.evidence.extractor == "authors.press_release"]


@pytest.mark.parametrize(
    ("lang", "lead", "org"),
    [
        ("en", "BRUSSELS, 12 May 2031 – The Fisheries Foundation welcomes the Council's agreement on quotas. The rules will apply from May.",
         "Fisheries Foundation"),
        ("fr", "PARIS, 12 mai 2031 – La Fondation Océan Vivant salue l'accord du Conseil sur les quotas. Les règles s'appliqueront en mai.",
         "Fondation Océan Vivant"),
        ("de", "Berlin, 12. Mai 2031 – Die Stiftung Meeresschutz begrüßt die Einigung des Rates über die Fangquoten. Die Regeln gelten ab Mai.",
         "Stiftung Meeresschutz"),
        ("es", "La Fundación Mar Abierto celebra el acuerdo del Consejo sobre las cuotas. Las normas se aplicarán en mayo.", "Fundación Mar Abierto"),
    ],
)
def test_organisations_opening_the_lead_with_a_present_stand_are_authors(lang: str, lead: str, org: str) -> None:
    assert _authors("Quotas\n\n" + lead + "\n\nMore details follow.\n", lang) == [org]


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "The Fisheries Foundation welcomed the Council's agreement on quotas, its director said on Tuesday."),
        ("de", "Die Stiftung Meeresschutz hat die Einigung begrüßt, sagte ein Sprecher am Dienstag."),
        ("fr", "La France salue l'accord du Conseil sur les quotas de pêche."),
        ("en", "The European Commission welcomes the Council's agreement on quotas."),
    ],
)
def test_past_tense_states_and_institutions_give_no_release_author(lang: str, lead: str) -> None:
    assert _authors("Quotas\n\n" + lead + "\n\nMore details follow.\n", lang) == []
