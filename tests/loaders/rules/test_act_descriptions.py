"""Curated act names (metadata/act_descriptions.yaml) in the EU languages they were missing.

Sentences written for these tests: each names an act (the AI Act, the Digital Services
Act, the European Media Freedom Act, the CSA regulation and ePrivacy proposals) by its
short title in that language, inflected as a sentence puts it, and must resolve to the
act; each trap uses the same words without the act's name (the technology, the services,
media freedom, the sister act on digital markets) and must resolve to nothing.
"""

from __future__ import annotations

import pytest

from loaders.rules.act_descriptions import find_description
from tests.loaders.rules.test_stances_collectives import read

AI_ACT = "celex:32024R1689"
DSA = "celex:32022R2065"
EMFA = "celex:32024R1083"
CSAR = "celex:52022PC0209"
EPRIVACY = "celex:52017PC0010"

NAMED = [
    ("hu", "Magyarország ellenzi a mesterséges intelligenciáról szóló rendeletet.", AI_ACT),
    ("lv", "Latvija atbalsta Mākslīgā intelekta aktu.", AI_ACT),
    ("lt", "Lietuva remia Dirbtinio intelekto aktą.", AI_ACT),
    ("fi", "Suomi vastustaa tekoälyasetuksen muutosta.", AI_ACT),
    ("et", "Eesti valitsus toetab tehisintellekti määrust.", AI_ACT),
    ("fi", "Hallitus kannattaa tekoälysäädöstä.", AI_ACT),
    ("sk", "Slovensko podporuje Akt o umelej inteligencii.", AI_ACT),
    ("hr", "Hrvatska podržava Akt o umjetnoj inteligenciji.", AI_ACT),
    ("sl", "Slovenija podpira akt o umetni inteligenci.", AI_ACT),
    ("pl", "Rząd poparł akt w sprawie sztucznej inteligencji.", AI_ACT),
    ("el", "Η Ελλάδα στηρίζει την Πράξη για τις Ψηφιακές Υπηρεσίες.", DSA),
    ("et", "Eesti toetab digiteenuste määrust.", DSA),
    ("cs", "Česko podporuje akt o digitálních službách.", DSA),
    ("sk", "Vláda kritizuje akt o digitálnych službách.", DSA),
    ("hu", "A kormány támadja a digitális szolgáltatásokról szóló EU-rendeletet.", DSA),
    ("sl", "Vlada podpira akt o digitalnih storitvah.", DSA),
    ("lt", "Lietuva pritaria Skaitmeninių paslaugų aktui.", DSA),
    ("lv", "Latvija atbalsta Digitālo pakalpojumu aktu.", DSA),
    ("da", "Regeringen bakker op om den europæiske mediefrihedslov.", EMFA),
    ("sv", "Regeringen stöder den europeiska mediefrihetsförordningen.", EMFA),
    ("sv", "Kritiken mot den europeiska mediefrihetsakten växer.", EMFA),
    ("hu", "A kormány bírálja az európai médiaszabadságról szóló rendeletet.", EMFA),
    ("cs", "Vláda podporuje Evropský akt o svobodě sdělovacích prostředků.", EMFA),
    ("nl", "Het kabinet steunt de Europese verordening mediavrijheid.", EMFA),
    ("fi", "Hallitus tukee eurooppalaista medianvapaussäädöstä.", EMFA),
    ("sl", "Vlada nasprotuje aktu o svobodi medijev.", EMFA),
    ("fr", "Le gouvernement soutient l'acte européen sur la liberté des médias.", EMFA),
    ("fi", "Hallitus vastustaa CSAM-asetusta.", CSAR),
    ("fi", "Eduskunta arvioi ehdotusta lapsiin kohdistuvan seksuaalisen hyväksikäytön ehkäisyä"
           " ja torjuntaa koskeviksi säännöiksi.", CSAR),
    ("cs", "Vláda odmítá návrh, kterým se stanoví pravidla pro předcházení pohlavnímu zneužívání dětí.", CSAR),
    ("nl", "Nederland steunt de regels ter voorkoming en bestrijding van seksueel misbruik van"
           " kinderen niet.", CSAR),
    ("pl", "Rząd sprzeciwia się projektowi rozporządzenia ePrivacy.", EPRIVACY),
    ("de", "Die Bundesregierung blockiert die E-Privacy-Verordnung.", EPRIVACY),
]


@pytest.mark.parametrize(("lang", "text", "act"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_a_short_title_in_its_language_names_the_act(lang: str, text: str, act: str) -> None:
    found = find_description(text, lang, 0, len(text), frozenset())
    assert found is not None and found.act == act and found.how == "name"


NOT_NAMED = [
    ("hu", "Magyarország támogatja a mesterséges intelligencia alkalmazását."),
    ("lv", "Mākslīgā intelekta sistēmas attīstās strauji."),
    ("lt", "Dirbtinio intelekto sistemos sparčiai plinta."),
    ("fi", "Tekoälyjärjestelmien käyttö kasvaa nopeasti."),
    ("sk", "Systémy umelej inteligencie sa rýchlo šíria."),
    ("el", "Η Ελλάδα στηρίζει την Πράξη για τις Ψηφιακές Αγορές."),
    ("el", "Οι ψηφιακές υπηρεσίες αυξάνονται."),
    ("et", "Digiteenuste arv kasvab igal aastal."),
    ("et", "Tehisintellekti süsteemid levivad kiiresti."),
    ("cs", "Česko podporuje akt o digitálních trzích."),
    ("hu", "A kormány támogatja a digitális piacokról szóló rendeletet."),
    ("sl", "Vlada podpira akt o digitalnih trgih."),
    ("lv", "Digitālo pakalpojumu sniedzēji ir jāuzrauga."),
    ("cs", "Digitální služby jsou stále oblíbenější."),
    ("da", "Mediefrihed er ikke en selvfølge i Europa."),
    ("sv", "Mediefriheten i Europa är hotad."),
    ("hu", "Az európai médiaszabadság helyzete romlik."),
    ("cs", "Svoboda sdělovacích prostředků je v Evropě ohrožena."),
    ("fi", "Median vapaus on Suomessa hyvällä tasolla."),
    ("sl", "Svoboda medijev je v Evropi ogrožena."),
    ("fi", "Poliisi poisti CSAM-materiaalia verkosta."),
    ("pl", "Rozporządzenie w sprawie ochrony danych obowiązuje od 2018 roku."),
    ("cs", "Pohlavní zneužívání dětí je závažný trestný čin."),
    ("nl", "De herziening van de richtlijn bestrijding van seksueel kindermisbruik ligt in de Raad."),
    ("fi", "Lapsiin kohdistuva seksuaaliväkivalta on vakava rikos."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_NAMED)])
def test_the_same_words_without_the_title_name_no_act(lang: str, text: str) -> None:
    assert find_description(text, lang, 0, len(text), frozenset()) is None


# The stance rules read these names as targets: a state's stance on the act comes out in
# languages whose act names were missing before, and the same verb on a near word gives none.
STANCES = [
    ("cs", "Česko odmítá akt o digitálních službách.", ("CZ", "oppose", DSA)),
    ("sv", "Sverige motsätter sig den europeiska mediefrihetsförordningen.", ("SE", "oppose", EMFA)),
    ("da", "Danmark støtter den europæiske mediefrihedslov.", ("DK", "support", EMFA)),
    ("fi", "Suomi vastustaa CSAM-asetusta.", ("FI", "oppose", CSAR)),
    ("hu", "Magyarország ellenzi a mesterséges intelligenciáról szóló rendeletet.", ("HU", "oppose", AI_ACT)),
    ("sk", "Slovensko odmieta Akt o umelej inteligencii.", ("SK", "oppose", AI_ACT)),
    ("lv", "Latvija atbalsta Mākslīgā intelekta aktu.", ("LV", "support", AI_ACT)),
    ("el", "Η Ελλάδα στηρίζει την Πράξη για τις Ψηφιακές Υπηρεσίες.", ("GR", "support", DSA)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STANCES)])
def test_a_state_stance_on_the_act_named_in_its_language(lang: str, text: str, expected: tuple) -> None:
    found, _ = read(text, lang)
    assert [(s.actor.key, s.stance, s.target.ref) for s in found] == [expected]


NO_STANCE = [
    ("sk", "Slovensko odmieta systémy umelej inteligencie."),
    ("cs", "Česko odmítá akt o digitálních trzích."),
    ("hu", "Magyarország ellenzi a mesterséges intelligencia használatát."),
    ("da", "Danmark støtter mediefrihed."),
    ("fi", "Suomi vastustaa CSAM-materiaalin levittämistä."),
    ("lv", "Latvija atbalsta mākslīgā intelekta sistēmas."),
]


@pytest.mark.parametrize(("lang", "text"), NO_STANCE, ids=[f"{c[0]}-{i}" for i, c in enumerate(NO_STANCE)])
def test_the_same_verb_on_a_near_word_is_no_stance_on_an_act(lang: str, text: str) -> None:
    found, _ = read(text, lang)
    assert found == []
