"""A statement's own line on the states that have joined or acceded to it ("The following
countries have joined this statement:"), in the verbs of joining of each language, and the
lines introducing a list that is not of this document's parties."""

from __future__ import annotations

import pytest

from .helpers import facts

_HEAD = {
    "en": "Joint Statement on Internet Shutdowns\n\nWe condemn internet shutdowns.\n\n",
    "fr": "Déclaration commune sur les coupures d'Internet\n\nNous condamnons les coupures d'Internet.\n\n",
    "es": "Declaración conjunta sobre los cortes de Internet\n\nCondenamos los cortes de Internet.\n\n",
    "it": "Dichiarazione congiunta sulle interruzioni di Internet\n\nCondanniamo le interruzioni di Internet.\n\n",
    "pt": "Declaração conjunta sobre cortes de Internet\n\nCondenamos os cortes de Internet.\n\n",
    "sv": "Gemensamt uttalande om internetavstängningar\n\nVi fördömer internetavstängningar.\n\n",
    "cs": "Společné prohlášení k vypínání internetu\n\nOdsuzujeme vypínání internetu.\n\n",
    "ro": "Declarație comună privind întreruperile internetului\n\nCondamnăm întreruperile internetului.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("en", "The following states have joined this statement:", "Germany\nAustria\nCanada"),
        ("fr", "Les pays suivants ont rejoint cette déclaration :", "Allemagne\nAutriche\nCanada"),
        ("it", "Hanno aderito alla presente dichiarazione:", "Germania\nAustria\nCanada"),
        ("pt", "Aderiram a esta declaração os seguintes países:", "Alemanha\nÁustria\nCanadá"),
        ("sv", "Följande länder har anslutit sig till detta uttalande:", "Tyskland\nÖsterrike\nKanada"),
        ("cs", "K tomuto prohlášení se připojily tyto státy:", "Německo\nRakousko\nKanada"),
        ("ro", "La această declarație s-au alăturat următoarele state:", "Germania\nAustria\nCanada"),
    ],
)
def test_states_that_joined_this_statement(lang: str, line: str, names: str) -> None:
    f = facts(_HEAD[lang] + line + "\n" + names + "\n", lang)
    assert [s.iso2 for s in f.signatories] == ["DE", "AT", "CA"]


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "Shutdowns were recorded this year in the following countries:\nIran\nMyanmar\nEthiopia\n"),
        ("fr", "Des coupures ont été constatées cette année dans les pays suivants :\nIran\nMyanmar\nÉthiopie\n"),
        ("es", "Se registraron cortes este año en los siguientes países:\nIrán\nMyanmar\nEtiopía\n"),
        ("it", "Interruzioni sono state registrate quest'anno nei seguenti paesi:\nIran\nMyanmar\nEtiopia\n"),
    ],
)
def test_a_list_of_victim_countries_closing_a_statement_is_no_signature_block(lang: str, tail: str) -> None:
    assert facts(_HEAD[lang] + tail, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "The following countries joined the 2016 resolution:\nJapan\nPoland\nIreland\n"),
        ("fr", "Les pays suivants ont rejoint la résolution de 2016 :\nJapon\nPologne\nIrlande\n"),
        ("es", "Los siguientes países se adhirieron a la resolución de 2016:\nJapón\nPolonia\nIrlanda\n"),
        ("it", "I seguenti paesi hanno aderito alla risoluzione del 2016:\nGiappone\nPolonia\nIrlanda\n"),
    ],
)
def test_a_list_joining_another_text_is_not_this_statements(lang: str, tail: str) -> None:
    assert facts(_HEAD[lang] + tail, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Κοινή Δήλωση για τις διακοπές του διαδικτύου\n\nΚαταδικάζουμε τις διακοπές.\n\nΤη δήλωση υπογράφουν τα ακόλουθα κράτη:\nΓερμανία\nΑυστρία\nΚαναδάς\n"),
        ("bg", "Съвместно изявление относно прекъсванията на интернет\n\nОсъждаме прекъсванията.\n\nКъм това изявление се присъединиха следните държави:\nГермания\nАвстрия\nКанада\n"),
        ("lt", "Bendras pareiškimas dėl interneto išjungimų\n\nSmerkiame interneto išjungimus.\n\nPrie šio pareiškimo prisijungė šios valstybės:\nVokietija\nAustrija\nKanada\n"),
        ("hr", "Zajednička izjava o isključivanju interneta\n\nOsuđujemo isključivanje interneta.\n\nOvoj izjavi pridružile su se sljedeće države:\nNjemačka\nAustrija\nKanada\n"),
    ],
)
def test_states_that_joined_in_languages_with_cases(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["DE", "AT", "CA"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "Declarație comună privind energia\n\nCooperăm în domeniul energiei.\n\nAceastă declarație este susținută de România, Bulgaria și Grecia.\n", ["RO", "BG", "GR"]),
        ("hu", "Közös nyilatkozat az energiáról\n\nEgyüttműködünk az energia terén.\n\nEzt a nyilatkozatot Magyarország, Szlovákia és Ausztria támogatja.\n", ["HU", "SK", "AT"]),
        ("sk", "Spoločné vyhlásenie o energetike\n\nSpolupracujeme v oblasti energetiky.\n\nToto vyhlásenie podporili Slovensko, Česko a Rakúsko.\n", ["SK", "CZ", "AT"]),
        ("hr", "Zajednička izjava o energiji\n\nSurađujemo u području energije.\n\nOvu izjavu podupiru Hrvatska, Slovenija i Austrija.\n", ["HR", "SI", "AT"]),
        ("ro", "Declarație comună privind energia\n\nCooperăm în domeniul energiei.\n\nPropunerea este susținută de România, Bulgaria și Grecia.\n", []),
    ],
)
def test_a_sentence_naming_this_statements_supporters(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected
