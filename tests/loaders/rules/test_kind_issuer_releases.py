"""Kind: an organisation's release written in the third person, opened by its name and the
acronym it gives itself ("The Digital Freedom Coalition (DFC) welcomes ..."), in several
languages, and the same opening in news or from a public body; every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


RELEASES = {
    "en": "Digital Freedom Coalition welcomes Parliament vote on drones\n\n12 May 2031\n\nThe Digital Freedom Coalition "
          "(DFC) welcomes the Parliament's vote to limit police drones. “This is a step forward for privacy,” said DFC "
          "director Jane Smith. The coalition will follow the negotiations closely.",
    "de": "Verband begrüßt Votum des Parlaments\n\n12.05.2031\n\nDer Verband für digitale Freiheit (VdF) begrüßt die "
          "Entscheidung des Parlaments. „Das ist ein wichtiger Schritt“, sagte VdF-Geschäftsführerin Eva Roth. Der "
          "Verband wird die Verhandlungen weiter begleiten.",
    "fr": "La Ligue salue le vote du Parlement\n\n12 mai 2031\n\nLa Ligue des droits numériques (LDN) salue le vote du "
          "Parlement. « C'est une avancée », a déclaré sa présidente Claire Petit. La Ligue suivra les négociations "
          "avec attention.",
    "es": "La Fundación celebra la votación del Parlamento\n\n12 de mayo de 2031\n\nLa Fundación Libertad Digital (FLD) "
          "celebra la votación del Parlamento. «Es un paso adelante», afirmó su directora Ana Ruiz. La Fundación "
          "seguirá de cerca las negociaciones.",
    "it": "L'Associazione accoglie con favore il voto del Parlamento\n\n12 maggio 2031\n\nL'Associazione per i diritti "
          "digitali (ADD) accoglie con favore il voto del Parlamento. «È un passo avanti», ha dichiarato la presidente "
          "Giulia Bianchi. L'Associazione seguirà i negoziati.",
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_an_organisation_opening_with_its_name_and_acronym_issues_the_page(lang: str) -> None:
    assert signals(RELEASES[lang], [lang]).issuer_release
    assert k(RELEASES[lang], lang) == "ngo_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # news gives the time of what it tells
        ("en", "Coalition welcomes drone vote\n\nThe Digital Freedom Coalition (DFC) on Tuesday welcomed the "
               "Parliament's vote on police drones. DFC director Jane Smith called it a step forward."),
        # news tells what the organisation said
        ("de", "Verband lobt Votum\n\nDer Verband für digitale Freiheit (VdF) sagte, die Entscheidung des Parlaments "
               "sei ein wichtiger Schritt. Die VdF will die Verhandlungen begleiten."),
        # a ministry announcing is no organisation of civil society
        ("en", "Ministry welcomes drone vote\n\n12 May 2031\n\nThe Ministry of Transport (MoT) welcomes the Parliament's "
               "vote on police drones. The MoT will follow the negotiations closely."),
        # nor is an EU institution
        ("en", "Commission welcomes drone vote\n\n12 May 2031\n\nThe European Commission (EC) welcomes the Parliament's "
               "vote on police drones. The EC will present its guidance next year."),
    ],
)
def test_the_opening_in_news_or_from_a_public_body_is_no_issuers_release(lang: str, text: str) -> None:
    assert not signals(text, [lang]).issuer_release


def test_an_acronym_never_used_again_and_a_title_not_naming_the_issuer_are_not_enough() -> None:
    text = ("Vote on police drones\n\n12 May 2031\n\nThe Digital Freedom Coalition (DFC) welcomes the Parliament's vote "
            "on police drones. Ministers will meet in June to agree their position.")
    assert not signals(text, ["en"]).issuer_release
