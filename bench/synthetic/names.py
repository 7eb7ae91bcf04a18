"""Who and what the synthetic documents name: states (with hand-written genitives), organisations, NGOs, acts.

The genitive tables were written by hand for this benchmark and the nominatives come from
babel's CLDR names; nothing from ``loaders`` is imported, so scores against the truth are
not circular.
"""

from __future__ import annotations

from functools import lru_cache

POOL = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "GB US CA AU NZ JP KR NO CH IS CR CL MX BR AR CO UA MD GE AL MK ME RS TR IN ID PH KE GH SN ZA IL"
).split()
EU27 = POOL[:27]

# Genitive forms, written by hand for this benchmark (the opening says "the governments OF ...").
_GEN = {
    "pl": "Austrii Belgii Bułgarii Chorwacji Cypru Czech Danii Estonii Finlandii Francji Niemiec Grecji Węgier Irlandii "
    "Włoch Łotwy Litwy Luksemburga Malty Niderlandów Polski Portugalii Rumunii Słowacji Słowenii Hiszpanii Szwecji "
    "Wielkiej_Brytanii Stanów_Zjednoczonych Kanady Australii Nowej_Zelandii Japonii Republiki_Korei Norwegii "
    "Szwajcarii Islandii Kostaryki Chile Meksyku Brazylii Argentyny Kolumbii Ukrainy Mołdawii Gruzji Albanii "
    "Macedonii_Północnej Czarnogóry Serbii Turcji Indii Indonezji Filipin Kenii Ghany Senegalu "
    "Republiki_Południowej_Afryki Izraela",
    "cs": "Rakouska Belgie Bulharska Chorvatska Kypru Česka Dánska Estonska Finska Francie Německa Řecka Maďarska Irska "
    "Itálie Lotyšska Litvy Lucemburska Malty Nizozemska Polska Portugalska Rumunska Slovenska Slovinska Španělska "
    "Švédska Spojeného_království Spojených_států Kanady Austrálie Nového_Zélandu Japonska Korejské_republiky Norska "
    "Švýcarska Islandu Kostariky Chile Mexika Brazílie Argentiny Kolumbie Ukrajiny Moldavska Gruzie Albánie "
    "Severní_Makedonie Černé_Hory Srbska Turecka Indie Indonésie Filipín Keni Ghany Senegalu Jihoafrické_republiky "
    "Izraele",
    "fi": "Itävallan Belgian Bulgarian Kroatian Kyproksen Tšekin Tanskan Viron Suomen Ranskan Saksan Kreikan Unkarin "
    "Irlannin Italian Latvian Liettuan Luxemburgin Maltan Alankomaiden Puolan Portugalin Romanian Slovakian "
    "Slovenian Espanjan Ruotsin Yhdistyneen_kuningaskunnan Yhdysvaltojen Kanadan Australian Uuden-Seelannin "
    "Japanin Korean_tasavallan Norjan Sveitsin Islannin Costa_Rican Chilen Meksikon Brasilian Argentiinan "
    "Kolumbian Ukrainan Moldovan Georgian Albanian Pohjois-Makedonian Montenegron Serbian Turkin Intian "
    "Indonesian Filippiinien Kenian Ghanan Senegalin Etelä-Afrikan Israelin",
    "lv": "Austrijas Beļģijas Bulgārijas Horvātijas Kipras Čehijas Dānijas Igaunijas Somijas Francijas Vācijas "
    "Grieķijas Ungārijas Īrijas Itālijas Latvijas Lietuvas Luksemburgas Maltas Nīderlandes Polijas Portugāles "
    "Rumānijas Slovākijas Slovēnijas Spānijas Zviedrijas Apvienotās_Karalistes Amerikas_Savienoto_Valstu "
    "Kanādas Austrālijas Jaunzēlandes Japānas Korejas_Republikas Norvēģijas Šveices Islandes Kostarikas Čīles "
    "Meksikas Brazīlijas Argentīnas Kolumbijas Ukrainas Moldovas Gruzijas Albānijas Ziemeļmaķedonijas "
    "Melnkalnes Serbijas Turcijas Indijas Indonēzijas Filipīnu Kenijas Ganas Senegālas Dienvidāfrikas Izraēlas",
    "lt": "Austrijos Belgijos Bulgarijos Kroatijos Kipro Čekijos Danijos Estijos Suomijos Prancūzijos Vokietijos "
    "Graikijos Vengrijos Airijos Italijos Latvijos Lietuvos Liuksemburgo Maltos Nyderlandų Lenkijos Portugalijos "
    "Rumunijos Slovakijos Slovėnijos Ispanijos Švedijos Jungtinės_Karalystės Jungtinių_Amerikos_Valstijų Kanados "
    "Australijos Naujosios_Zelandijos Japonijos Korėjos_Respublikos Norvegijos Šveicarijos Islandijos Kosta_Rikos "
    "Čilės Meksikos Brazilijos Argentinos Kolumbijos Ukrainos Moldovos Gruzijos Albanijos Šiaurės_Makedonijos "
    "Juodkalnijos Serbijos Turkijos Indijos Indonezijos Filipinų Kenijos Ganos Senegalo Pietų_Afrikos_Respublikos "
    "Izraelio",
    "el": "της_Αυστρίας του_Βελγίου της_Βουλγαρίας της_Κροατίας της_Κύπρου της_Τσεχίας της_Δανίας της_Εσθονίας "
    "της_Φινλανδίας της_Γαλλίας της_Γερμανίας της_Ελλάδας της_Ουγγαρίας της_Ιρλανδίας της_Ιταλίας της_Λετονίας "
    "της_Λιθουανίας του_Λουξεμβούργου της_Μάλτας των_Κάτω_Χωρών της_Πολωνίας της_Πορτογαλίας της_Ρουμανίας "
    "της_Σλοβακίας της_Σλοβενίας της_Ισπανίας της_Σουηδίας του_Ηνωμένου_Βασιλείου των_Ηνωμένων_Πολιτειών "
    "του_Καναδά της_Αυστραλίας της_Νέας_Ζηλανδίας της_Ιαπωνίας της_Δημοκρατίας_της_Κορέας της_Νορβηγίας "
    "της_Ελβετίας της_Ισλανδίας της_Κόστα_Ρίκα της_Χιλής του_Μεξικού της_Βραζιλίας της_Αργεντινής "
    "της_Κολομβίας της_Ουκρανίας της_Μολδαβίας της_Γεωργίας της_Αλβανίας της_Βόρειας_Μακεδονίας "
    "του_Μαυροβουνίου της_Σερβίας της_Τουρκίας της_Ινδίας της_Ινδονησίας των_Φιλιππίνων της_Κένυας "
    "της_Γκάνας της_Σενεγάλης της_Νότιας_Αφρικής του_Ισραήλ",
}
GENITIVE = {lang: dict(zip(POOL, (w.replace("_", " ") for w in words.split()))) for lang, words in _GEN.items()}
assert all(len(table) == len(POOL) for table in GENITIVE.values())

ACTS = {"2021/821": "32021R0821", "2019/452": "32019R0452", "2016/679": "32016R0679", "2022/2065": "32022R2065"}

# Organisations that sign beside states: names any reader takes for organisations (a
# registry name, or a marker word such as Foundation, GmbH, Ltd), with their kind.
ORGANISATIONS = (
    ("Access Now", "ngo"), ("Human Rights Watch", "ngo"), ("Freedom House", "ngo"), ("Internet Society", "ngo"),
    ("Front Line Defenders", "ngo"), ("Global Network Initiative", "initiative"),
    ("Lumen Data Systems Ltd", "company"), ("Halvard Networks AB", "company"), ("Nordlicht Software GmbH", "company"),
    ("Vireo Technologies SA", "company"), ("Civic Code Foundation", "ngo"), ("Open Wires Association", "ngo"),
    ("University of Tartu", "academic"),
)
EU_NAME = {"en": "European Union", "fr": "Union européenne", "de": "Europäische Union", "es": "Unión Europea",
           "it": "Unione europea", "pl": "Unia Europejska", "nl": "Europese Unie", "sv": "Europeiska unionen",
           "cs": "Evropská unie", "el": "Ευρωπαϊκή Ένωση", "lt": "Europos Sąjunga", "lv": "Eiropas Savienība",
           "fi": "Euroopan unioni", "hu": "Európai Unió"}
PRESS_NGOS = ("Access Now", "Human Rights Watch", "ARTICLE 19", "Front Line Defenders", "Index on Censorship",
              "Freedom House", "CIVICUS", "Statewatch", "Internet Society", "Global Partners Digital")
COUNCIL_CODE = {"GR": "EL", "GB": "UK"}


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def nominative(lang: str, iso2: str) -> str:
    return _territories(lang)[iso2]


def genitive(lang: str, iso2: str) -> str:
    """How "the governments of X" writes a state: a hand-written genitive, or the CLDR nominative."""
    return GENITIVE[lang][iso2] if lang in GENITIVE else nominative(lang, iso2)
