"""Language blocks where a site's English chrome or a repeated title heads a document in
another language; texts written for these tests."""

from __future__ import annotations

import pytest

from loaders.lang import block_languages, language_blocks
from loaders.normalise import normalise

CHROME = [
    "This document is an excerpt from the website of the register of river acts",
    "Opinion of the European River Safety Board on the proposal for a regulation of the European Parliament "
    "and of the Council on the safety of barges and the protection of boatmen",
]
BODIES = {
    "cs": ["Stanovisko rady k návrhu nařízení o bezpečnosti na řekách a o ochraně lodníků.",
           "Rada vítá cíl návrhu, ale upozorňuje, že pravidla pro malé přístavy nejsou dostatečně jasná.",
           "Rada doporučuje, aby členské státy měly více času na zavedení nových kontrol na svých řekách.",
           "Rada dále navrhuje, aby Komise po pěti letech vyhodnotila, jak se nová pravidla osvědčila v praxi.",
           "Lodníci by měli mít právo na školení zdarma a na přístup k záznamům o kontrolách svých plavidel.",
           "Rada žádá, aby přístavy sdílely údaje o nehodách s úřady sousedních států bez zbytečného odkladu.",
           "Rada konečně připomíná, že bezpečnost na řekách závisí i na dobrém stavu zdymadel a mostů."],
    "it": ["Parere del Comitato sulla proposta di regolamento relativo alla sicurezza sui fiumi.",
           "Il Comitato accoglie con favore l'obiettivo della proposta, ma ritiene poco chiare le regole per i porti minori.",
           "Il Comitato raccomanda di concedere agli Stati membri più tempo per introdurre i nuovi controlli sui fiumi.",
           "Il Comitato propone inoltre che la Commissione valuti dopo cinque anni il funzionamento delle nuove regole.",
           "I barcaioli dovrebbero avere diritto a una formazione gratuita e all'accesso ai verbali dei controlli.",
           "Il Comitato chiede che i porti condividano i dati sugli incidenti con le autorità degli Stati vicini.",
           "Il Comitato ricorda infine che la sicurezza sui fiumi dipende anche dal buono stato di chiuse e ponti."],
    "pl": ["Opinia Rady w sprawie wniosku dotyczącego rozporządzenia o bezpieczeństwie na rzekach.",
           "Rada z zadowoleniem przyjmuje cel wniosku, lecz uważa, że zasady dla małych portów są niejasne.",
           "Rada zaleca, aby państwa członkowskie miały więcej czasu na wprowadzenie nowych kontroli na rzekach.",
           "Rada proponuje ponadto, aby Komisja po pięciu latach oceniła, jak nowe zasady sprawdzają się w praktyce.",
           "Flisacy powinni mieć prawo do bezpłatnych szkoleń oraz dostęp do protokołów z kontroli swoich statków.",
           "Rada wzywa, aby porty bez zwłoki przekazywały dane o wypadkach władzom sąsiednich państw.",
           "Rada przypomina wreszcie, że bezpieczeństwo na rzekach zależy także od dobrego stanu śluz i mostów."],
    "de": ["Stellungnahme des Rates zum Vorschlag für eine Verordnung über die Sicherheit auf Flüssen.",
           "Der Rat begrüßt das Ziel des Vorschlags, hält aber die Regeln für kleine Häfen für unklar.",
           "Der Rat empfiehlt, den Mitgliedstaaten mehr Zeit für die Einführung der neuen Kontrollen zu geben.",
           "Der Rat schlägt zudem vor, dass die Kommission nach fünf Jahren prüft, wie sich die neuen Regeln bewährt haben.",
           "Schiffer sollten Anspruch auf kostenlose Schulungen und Einsicht in die Berichte über Kontrollen haben.",
           "Der Rat fordert, dass Häfen Daten über Unfälle unverzüglich mit den Behörden der Nachbarstaaten teilen.",
           "Der Rat erinnert schließlich daran, dass die Sicherheit auf Flüssen auch vom Zustand der Schleusen und Brücken abhängt."],
}


def _text(*paragraphs: str) -> str:
    return normalise("\n".join(paragraphs), lines_are_paragraphs=True).text


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_english_site_chrome_above_a_document_belongs_to_its_language(lang: str) -> None:
    body = BODIES[lang]
    paragraphs = [" ".join(body[k : k + 2]) for k in range(0, len(body), 2)]  # full paragraphs, as a document has
    assert block_languages(language_blocks(_text(*CHROME, *paragraphs))) == [lang]


def test_an_english_text_longer_than_chrome_before_another_language_stays_english() -> None:
    english = [
        "We, the governments of the river states, acknowledge the danger that unsafe barges bring to towns along the banks.",
        "Such vessels have caused accidents in ports, on locks and near bridges on several rivers in recent years, "
        "and their owners have rarely been held to account.",
        "We undertake to inspect every barge that enters our waters and to share the results with each other.",
        "We will report to our parliaments each year on the inspections made, on the accidents recorded and on the "
        "fines imposed on the owners of unsafe vessels.",
    ]
    assert block_languages(language_blocks(_text(*english, *BODIES["de"]))) == ["en", "de"]


def test_a_title_printed_twice_counts_once() -> None:
    title = "Joint statement of the Prime Ministers of the Czech Republic, Hungary, Poland and Slovakia on river safety"
    hungarian = [
        "A visegrádi országok miniszterelnökei közös nyilatkozatot fogadtak el a folyók biztonságáról.",
        "A csúcstalálkozót követően sajtótájékoztatót tartottak az Országház delegációs termében.",
        "A kormányfők megállapodtak abban, hogy közösen ellenőrzik a folyami hajózást a térségben.",
    ]
    blocks = language_blocks(_text(title, title, *hungarian))
    assert block_languages(blocks) == ["hu"]
