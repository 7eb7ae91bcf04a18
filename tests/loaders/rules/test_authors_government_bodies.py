"""A ministry or a government office as the author of its own release, in the languages
signing.yaml's letterhead bodies did not hold (government_bodies.yaml): its name alone on
the first line over the release label and the date, or joined to the label on one line
("Ministry of Foreign Affairs – Press release"); the one state its name holds goes with it.
Traps: a news story reporting what a ministry said, a release label with a number read as
a street address."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "en": "The Government supports the new rules on fishing quotas. The Minister said the agreement was balanced.\n",
    "hu": "A kormány támogatja a halászati kvótákról szóló új szabályokat. A miniszter szerint a megállapodás kiegyensúlyozott.\n",
    "ro": "Guvernul sprijină noile reguli privind cotele de pescuit. Ministrul a declarat că acordul este echilibrat.\n",
    "el": "Η κυβέρνηση στηρίζει τους νέους κανόνες για τις αλιευτικές ποσοστώσεις. Ο υπουργός δήλωσε ότι η συμφωνία είναι ισορροπημένη.\n",
    "lt": "Vyriausybė remia naujas žvejybos kvotų taisykles. Ministras teigė, kad susitarimas yra subalansuotas.\n",
    "lv": "Valdība atbalsta jaunos noteikumus par zvejas kvotām. Ministrs sacīja, ka vienošanās ir līdzsvarota.\n",
    "sl": "Vlada podpira nova pravila o ribolovnih kvotah. Minister je dejal, da je dogovor uravnotežen.\n",
    "hr": "Vlada podupire nova pravila o ribolovnim kvotama. Ministar je rekao da je dogovor uravnotežen.\n",
    "bg": "Правителството подкрепя новите правила за риболовните квоти. Министърът заяви, че споразумението е балансирано.\n",
    "es": "El Gobierno apoya las nuevas normas sobre cuotas de pesca. El ministro ha declarado que el acuerdo es equilibrado.\n",
    "de": "Die Bundesregierung unterstützt die neuen Regeln zu Fangquoten. Die Ministerin sagte, die Einigung sei ausgewogen.\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.actor.name, a.actor.iso2, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "head", "body"),
    [
        ("hu", "Külgazdasági és Külügyminisztérium\n\nSajtóközlemény\n2031. május 12.\n", "Külgazdasági és Külügyminisztérium"),
        ("ro", "Ministerul Afacerilor Externe\n\nComunicat de presă\n12 mai 2031\n", "Ministerul Afacerilor Externe"),
        ("el", "Υπουργείο Εξωτερικών\n\nΑνακοίνωση\n12 Μαΐου 2031\n", "Υπουργείο Εξωτερικών"),
        ("lv", "Ārlietu ministrija\n\nPaziņojums presei\n2031. gada 12. maijā\n", "Ārlietu ministrija"),
        ("sl", "Ministrstvo za zunanje in evropske zadeve\n\nSporočilo za javnost\n12. maj 2031\n", "Ministrstvo za zunanje in evropske zadeve"),
        ("hr", "Ministarstvo vanjskih i europskih poslova\n\nPriopćenje za medije\n12. svibnja 2031.\n", "Ministarstvo vanjskih i europskih poslova"),
        ("bg", "Министерство на външните работи\n\nПрессъобщение\n12 май 2031 г.\n", "Министерство на външните работи"),
        ("es", "Ministerio de Agricultura, Pesca y Alimentación\n\nNota de prensa 45\n12 de mayo de 2031\n", "Ministerio de Agricultura, Pesca y Alimentación"),
    ],
)
def test_a_ministry_heading_its_dated_release_is_its_author(lang: str, head: str, body: str) -> None:
    text = head + "\n" + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [(body, None, "authors.government_letterhead")]


@pytest.mark.parametrize(
    ("lang", "head", "body", "iso2"),
    [
        ("en", "Ministry for Foreign Affairs of Finland\n\nPress release 112/2031\n12 May 2031\n", "Ministry for Foreign Affairs of Finland", "FI"),
        ("lt", "Lietuvos Respublikos užsienio reikalų ministerija\n\nPranešimas spaudai\n2031 m. gegužės 12 d.\n",
         "Lietuvos Respublikos užsienio reikalų ministerija", "LT"),
    ],
)
def test_a_ministry_whose_name_holds_its_state_carries_the_state(lang: str, head: str, body: str, iso2: str) -> None:
    text = head + "\n" + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [(body, iso2, "authors.government_letterhead")]


@pytest.mark.parametrize(
    ("lang", "head", "body"),
    [
        ("en", "Ministry of Agriculture – Press release\n\nQuotas agreed\n\n", "Ministry of Agriculture"),
        ("de", "Pressemitteilung | Bundesministerium für Ernährung und Landwirtschaft\n\nFangquoten\n\n",
         "Bundesministerium für Ernährung und Landwirtschaft"),
        ("ro", "Ministerul Agriculturii și Dezvoltării Rurale - Comunicat de presă\n\nCote de pescuit\n\n",
         "Ministerul Agriculturii și Dezvoltării Rurale"),
        ("sl", "Ministrstvo za kmetijstvo, gozdarstvo in prehrano – Sporočilo za javnost\n\nRibolovne kvote\n\n",
         "Ministrstvo za kmetijstvo, gozdarstvo in prehrano"),
    ],
)
def test_a_ministry_joined_to_its_release_label_is_its_author(lang: str, head: str, body: str) -> None:
    text = head + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [(body, None, "authors.release_head")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fishing deal draws criticism\n\nThe Ministry of Agriculture said on Tuesday it welcomed the deal. "
               "Critics said the quotas were too high.\n"),
        ("ro", "Acordul privind pescuitul, criticat\n\nMinisterul Afacerilor Externe a declarat marți că salută acordul. "
               "Criticii spun că cotele sunt prea mari.\n"),
        ("el", "Επικρίσεις για τη συμφωνία\n\nΤο Υπουργείο Εξωτερικών δήλωσε την Τρίτη ότι χαιρετίζει τη συμφωνία. "
               "Οι επικριτές λένε ότι οι ποσοστώσεις είναι υψηλές.\n"),
        ("hr", "Kritike sporazuma o ribolovu\n\nMinistarstvo vanjskih i europskih poslova priopćilo je u utorak da pozdravlja sporazum. "
               "Kritičari kažu da su kvote previsoke.\n"),
    ],
)
def test_a_story_reporting_what_a_ministry_said_gives_no_author(lang: str, text: str) -> None:
    assert _authors(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "body", "iso2"),
    [
        ("en", "Ministry of Foreign Affairs of Latvia\n\nLatvia condemns the attack\n\nThe Ministry of Foreign Affairs of Latvia "
               "strongly condemns the attack on the embassy. The perpetrators must be held to account.\n", "Ministry of Foreign Affairs of Latvia", "LV"),
        ("fr", "Ministère de l'Agriculture\n\nQuotas de pêche\n\nLe ministère de l'Agriculture salue l'accord sur les quotas de pêche. "
               "Les règles s'appliqueront en mai.\n", "ministère de l'Agriculture", None),
        ("de", "Bundesministerium für Ernährung und Landwirtschaft\n\nFangquoten\n\nDas Bundesministerium für Ernährung und "
               "Landwirtschaft begrüßt die Einigung über die Fangquoten. Die Regeln gelten ab Mai.\n", "Bundesministerium für Ernährung und Landwirtschaft", None),
        ("es", "Ministerio de Agricultura, Pesca y Alimentación\n\nCuotas de pesca\n\nEl Ministerio de Agricultura, Pesca y Alimentación "
               "celebra el acuerdo sobre las cuotas de pesca. Las normas se aplicarán en mayo.\n", "Ministerio de Agricultura, Pesca y Alimentación", None),
    ],
)
def test_a_ministry_taking_a_stand_under_its_own_letterhead_is_the_author(lang: str, text: str, body: str, iso2: str | None) -> None:
    assert _authors(text, lang) == [(body, iso2, "authors.own_voice")]


def test_a_ministry_taking_a_stand_in_a_story_without_its_letterhead_is_no_author() -> None:
    text = "Fishing deal reached\n\nThe Ministry of Agriculture welcomes the deal, a spokesman said. Critics were less pleased.\n"
    assert _authors(text, "en") == []
