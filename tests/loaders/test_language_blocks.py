"""Language blocks over our own bilingual texts."""

from __future__ import annotations

from loaders.lang import block_languages, detect_language, language_blocks
from loaders.normalise import normalise

EN = [
    "We, the governments of Austria, Belgium and Chile, acknowledge the danger that commercial spyware brings.",
    "Such programs have been turned against reporters, lawyers and opposition figures on several continents.",
    "We undertake to refuse export licences for intrusion software to buyers who would abuse it.",
]
PL = [
    "My, rządy Austrii, Belgii i Chile, dostrzegamy niebezpieczeństwo, jakie niosą komercyjne programy szpiegujące.",
    "Takie programy obrócono przeciwko dziennikarzom, prawnikom i opozycjonistom na kilku kontynentach.",
    "Zobowiązujemy się odmawiać zezwoleń na wywóz narzędzi inwigilacji nabywcom, którzy mogliby je nadużyć.",
]
FI = [
    "Me, Suomen, Ruotsin ja Viron hallitukset, tunnustamme kaupallisten vakoiluohjelmien väärinkäytön uhan.",
    "Sitoudumme estämään ohjelmistojen viennin loppukäyttäjille, jotka todennäköisesti käyttävät niitä väärin.",
]


def _text(*paragraphs: str) -> str:
    return normalise("\n".join(paragraphs), lines_are_paragraphs=True).text


def test_polish_then_english_gives_two_blocks_in_order():
    text = _text("Wspólne oświadczenie", *PL, "Joint statement", *EN)
    blocks = language_blocks(text)
    assert [b.lang for b in blocks] == ["pl", "en"]
    assert text[blocks[1].start :].startswith("Joint statement")  # a heading belongs to what follows


def test_blocks_cover_the_text_without_gaps():
    text = _text(*PL, *EN, *FI)
    blocks = language_blocks(text)
    assert blocks[0].start == 0 and blocks[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(blocks, blocks[1:]))
    assert block_languages(blocks) == ["pl", "en", "fi"]


def test_monolingual_text_is_one_block():
    blocks = language_blocks(_text(*FI, *FI))
    assert [(b.lang, b.start) for b in blocks] == [("fi", 0)]
    assert blocks[0].confidence > 0.5


def test_short_foreign_quote_is_absorbed_into_the_surrounding_language():
    text = _text(*EN, "Nous nous engageons.", *EN)
    assert [b.lang for b in language_blocks(text)] == ["en"]


def test_greek_and_hungarian_are_recognised():
    assert detect_language("Οι κυβερνήσεις της Ελλάδας και της Κύπρου δεσμεύονται να προλαμβάνουν την εξαγωγή λογισμικού.")[0] == "el"
    assert detect_language("Magyarország és Ausztria kormányai elkötelezik magukat a kémprogramok exportjának megakadályozására.")[0] == "hu"


def test_maltese_is_recognised_by_its_letters():
    assert detect_language("Il-gvernijiet ta' Malta u ta' l-Italja jimpenjaw ruħhom biex jipprevjenu l-esportazzjoni ta' għodod.")[0] == "mt"


def test_empty_text_has_no_blocks():
    assert language_blocks("") == []


def test_letters_count_ascii_and_other_text_alike():
    from loaders.lang import _letters

    assert _letters("Joint statement_2024: a-b c!") == 17
    assert _letters("Déclaration n° 2 ½ des États") == 21  # "°" and "2" are no letters; "½" is a word character, not a digit
    assert _letters("") == 0


def test_a_sample_seen_before_is_not_detected_again():
    from loaders.lang import _verdict

    text = "Die Regierungen der unterzeichnenden Staaten vereinbaren eine engere Zusammenarbeit bei der Ausfuhrkontrolle."
    first = detect_language(text)
    hits = _verdict.cache_info().hits
    assert detect_language(text) == first and first[0] == "de"
    assert _verdict.cache_info().hits == hits + 1
