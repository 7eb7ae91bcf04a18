"""A plural pronoun opening a sentence stands for the one subject of the sentence before;
a singular one ("It", "Sie lehnt", "Il", "Zij steunt") for the one state or state organ there.

Texts written for these tests (en fr de nl es it pt pl cs sv fi hu ro), with traps: two
candidate subjects, a list in object position, a list after a preposition, another state
named beside the list, a question, a negation, a hedge, a new paragraph, "sie" as "she".
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, each, got

REG = "Regulation (EU) 2021/821"

FOUND = [
    ("en", f"Germany and Austria discussed the file on Monday. They oppose {REG}.", each("DE AT", "oppose")),
    ("en", f"On Tuesday, Spain and Portugal held talks. But they strongly support {REG}.", each("ES PT", "support")),
    ("en", f"Swedish officials spoke to reporters. They have backed {REG}.", each("SE", "support")),
    ("fr", f"La France et la Belgique ont débattu du texte. Elles soutiennent le règlement (UE) 2021/821.", each("FR BE", "support")),
    ("fr", f"L'Italie et la Grèce se sont réunies hier. Mais ils rejettent le règlement (UE) 2021/821.", each("IT GR", "oppose")),
    ("de", "Deutschland und Polen haben am Montag beraten. Sie lehnen die Verordnung (EU) 2021/821 ab.", each("DE PL", "oppose")),
    ("de", "Dänemark und Schweden trafen sich gestern. Sie unterstützen die Verordnung (EU) 2021/821.", each("DK SE", "support")),
    ("nl", "Nederland en België overlegden dinsdag. Zij steunen Verordening (EU) 2021/821.", each("NL BE", "support")),
    ("nl", "Frankrijk en Italië kwamen bijeen. Ze verwerpen Verordening (EU) 2021/821.", each("FR IT", "oppose")),
    ("es", "España e Italia se reunieron el lunes. Ellos rechazan el Reglamento (UE) 2021/821.", each("ES IT", "oppose")),
    ("es", "Portugal y Grecia debatieron el texto. Pero ellos apoyan el Reglamento (UE) 2021/821.", each("PT GR", "support")),
    ("it", "La Francia e la Spagna si sono incontrate. Essi sostengono il regolamento (UE) 2021/821.", each("FR ES", "support")),
    ("pt", "Espanha e Itália reuniram-se ontem. Eles rejeitam o Regulamento (UE) 2021/821.", each("ES IT", "oppose")),
    ("pl", "Polska i Węgry spotkały się w poniedziałek. One sprzeciwiają się rozporządzeniu (UE) 2021/821.", each("PL HU", "oppose")),
    ("cs", "Česko a Slovensko jednaly v pondělí. Ony podporují nařízení (EU) 2021/821.", each("CZ SK", "support")),
    ("sv", "Sverige och Finland träffades i går. De stöder förordning (EU) 2021/821.", each("SE FI", "support")),
    ("fi", "Suomi ja Ruotsi keskustelivat asiasta. He vastustavat asetusta (EU) 2021/821.", each("FI SE", "oppose")),
    ("ro", "România și Bulgaria s-au întâlnit luni. Ele sprijină Regulamentul (UE) 2021/821.", each("RO BG", "support")),
]

TRAPS = [
    # two candidates: "they" could be either list
    ("en", f"Germany and Austria met Spain and Portugal. They oppose {REG}."),
    # the only list is the object, late in the sentence
    ("en", f"The European Commission sharply criticised Hungary and Poland last week. They oppose {REG}."),
    # a list after a preposition is a destination, not a subject
    ("en", f"Spyware was sold to Egypt and Bahrain. They oppose {REG}."),
    # another state named beside the list
    ("en", f"Germany and Austria, unlike Italy, discussed the file. They oppose {REG}."),
    # a question, a negation, a hedge
    ("en", f"Germany and Austria discussed the file. Do they oppose {REG}?"),
    ("en", f"Germany and Austria discussed the file. They do not oppose {REG}."),
    ("en", f"Germany and Austria discussed the file. They reportedly oppose {REG}."),
    # a new paragraph: the antecedent is too far
    ("en", f"Germany and Austria discussed the file.\n\nThey oppose {REG}."),
    # no state in the sentence before
    ("en", f"The ministers discussed the file. They oppose {REG}."),
    # German "sie" with a singular verb is "she"
    ("de", "Deutschland und Polen haben am Montag beraten. Sie lehnt die Verordnung (EU) 2021/821 ab."),
    ("fr", f"La France et la Belgique ont rencontré l'Espagne. Elles soutiennent le règlement (UE) 2021/821."),
    ("es", "España e Italia se reunieron el lunes. Ellos no rechazan el Reglamento (UE) 2021/821."),
    ("hu", "Magyarország és Ausztria tárgyalt. Ők nem támogatják az (EU) 2021/821 rendeletet."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_a_plural_pronoun_stands_for_the_states_of_the_sentence_before(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_when_the_pronoun_is_ambiguous_or_the_clause_says_nothing(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def test_the_quote_spans_both_sentences() -> None:
    from tests.loaders.rules.test_stances_collectives import read

    text = f"Germany and Austria discussed the file. They oppose {REG}."
    found, _ = read(text, "en")
    assert found and all(s.evidence.quote.startswith("Germany and Austria") for s in found)
    assert all(s.evidence.extractor.startswith("stances.state_list_cue+pronoun") for s in found)


SINGULAR = [
    ("en", f"The German government met on Monday. It opposes {REG}.", each("DE", "oppose")),
    ("en", f"Germany held talks on Monday. But it strongly supports {REG}.", each("DE", "support")),
    ("en", f"Sweden's foreign ministry spoke to reporters. It has backed {REG}.", each("SE", "support")),
    ("de", "Die deutsche Regierung hat am Montag beraten. Sie lehnt die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("fr", "Le gouvernement français s'est réuni lundi. Il s'oppose au règlement (UE) 2021/821.", each("FR", "oppose")),
    ("fr", "La France a débattu lundi. Elle soutient le règlement (UE) 2021/821.", each("FR", "support")),
    ("nl", "De Nederlandse regering overlegde dinsdag. Zij steunt Verordening (EU) 2021/821.", each("NL", "support")),
]

SINGULAR_TRAPS = [
    # "it" may be the report
    ("en", f"The German government published a report. It criticises {REG}."),
    ("de", "Die deutsche Regierung hat einen Bericht vorgelegt. Er lehnt die Verordnung (EU) 2021/821 ab."),
    # an act or act noun before: the pronoun may stand for it ("er" is "der Entwurf")
    ("en", f"Germany's plan was tabled on Monday. It backs {REG}."),
    ("de", "Die deutsche Regierung legte den Entwurf vor. Er unterstützt die Verordnung (EU) 2021/821."),
    # the article of another gender than the pronoun's ("la France" is "elle")
    ("fr", "La France a débattu lundi. Il soutient le règlement (UE) 2021/821."),
    ("de", "Die deutsche Regierung hat am Montag beraten. Er lehnt die Verordnung (EU) 2021/821 ab."),
    # a list of states, a plural phrase, a person: no antecedent of "it"
    ("en", f"Germany and Austria met on Monday. It opposes {REG}."),
    ("en", f"French officials met on Monday. It opposes {REG}."),
    ("en", f"Olaf Scholz spoke on Monday. It opposes {REG}."),
    # an EU institution is no state
    ("en", f"The European Commission met on Monday. It supports {REG}."),
    # the state is an object late in the sentence, or one of two
    ("en", f"The Commission criticised Germany on Monday. It opposes {REG}."),
    ("en", f"The German government met Spain on Monday. It opposes {REG}."),
    # a passive: the pronoun is no agent
    ("en", f"The German government met on Monday. It was criticised for {REG}."),
    ("de", "Die deutsche Regierung hat am Montag beraten. Sie wurde für die Verordnung (EU) 2021/821 kritisiert."),
    # a paragraph break, a question
    ("en", f"The German government met on Monday.\n\nIt opposes {REG}."),
    ("en", f"The German government met on Monday. Does it oppose {REG}?"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SINGULAR, ids=[f"{c[0]}-{i}" for i, c in enumerate(SINGULAR)])
def test_a_singular_pronoun_stands_for_the_one_state_or_state_organ_before(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), SINGULAR_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SINGULAR_TRAPS)])
def test_no_stance_when_a_singular_pronoun_may_stand_for_something_else(lang: str, text: str) -> None:
    assert got(text, lang) == set()


QUOTED = [
    ("en", f'"We oppose {REG}," the German government said.', each("DE", "oppose")),
    ("en", f'"We cannot accept {REG}. It goes too far," the German government said on Monday.', each("DE", "oppose")),
    ("en", f'"We support {REG}," said Amnesty International.', {("amnesty-international", "support", R821)}),
    ("de", "„Wir lehnen die Verordnung (EU) 2021/821 ab“, sagte die deutsche Regierung.", each("DE", "oppose")),
    ("fr", "« Nous soutenons le règlement (UE) 2021/821 », a déclaré le gouvernement français.", each("FR", "support")),
    ("es", "«Nosotros rechazamos el Reglamento (UE) 2021/821», dijo el Gobierno español.", each("ES", "oppose")),
    ("it", "«Noi sosteniamo il regolamento (UE) 2021/821», ha dichiarato il governo italiano.", each("IT", "support")),
    # a pronoun attribution: the one subject of the sentence before the quote
    ("en", f'The German government spoke on Monday. "We oppose {REG}," it said.', each("DE", "oppose")),
    ("en", f'Germany and Spain spoke on Monday. "We oppose {REG}," they said.', each("DE ES", "oppose")),
    ("de", "Die deutsche Regierung äußerte sich am Montag. „Wir lehnen die Verordnung (EU) 2021/821 ab“, sagte sie.",
     each("DE", "oppose")),
    ("fr", "Le gouvernement français s'est exprimé lundi. « Nous soutenons le règlement (UE) 2021/821 », a-t-il déclaré.",
     each("FR", "support")),
]

QUOTED_TRAPS = [
    # a quote's generic noun is the speaker's word: the act must be named
    ("en", '"We oppose the proposal," the German government said.'),
    # the quote ends its sentence: no attribution right after it
    ("en", f'"We oppose {REG}." The German government said so on Monday.'),
    # no verb of saying, or a negation inside the quote
    ("en", f'"We oppose {REG}," the German government told Spain.'),
    ("en", f'"We do not oppose {REG}," the German government said.'),
    # two candidate speakers in the attribution
    ("en", f'"We oppose {REG}," the German government said, citing the Commission.'),
    # a pronoun attribution whose antecedent is a list for "it", one of two, or a paragraph away
    ("en", f'Germany and Spain spoke on Monday. "We oppose {REG}," it said.'),
    ("en", f'The German government met Spain on Monday. "We oppose {REG}," it said.'),
    ("en", f'The German government spoke on Monday.\n\n"We oppose {REG}," it said.'),
    # "we" outside any quote in a news report is not the speaker's
    ("en", f'We oppose {REG}, the German government said.'),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUOTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUOTED)])
def test_we_in_a_quote_stands_for_the_speaker_named_after_it(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), QUOTED_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUOTED_TRAPS)])
def test_no_stance_from_a_quote_without_one_attributed_speaker(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def test_a_quoted_stance_is_reported_speech() -> None:
    from tests.loaders.rules.test_stances_collectives import read

    found, _ = read(f'"We oppose {REG}," the German government said.', "en")
    assert [s.evidence.extractor for s in found] == ["stances.reported_speech_cue+cited_act"]
