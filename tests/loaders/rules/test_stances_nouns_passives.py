"""Stances stated by a noun ("France's opposition to X"), by a passive with its agent ("X
was blocked by Germany"), and by a camp's member ("Estonia is among the countries that
back X"), in several languages, with the traps that must give nothing: a holder that is
not an actor, an object that is not an act, "no support", a negated passive, a question,
a conditional, a hedge (warned). Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"
CSA = "celex:52022PC0209"
EMFA = "celex:32024R1083"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


NOMINAL = [
    ("en", "France's opposition to the AI Act hardened in May.", {("FR", "oppose", AI)}),
    ("en", "German support for the AI Act is firm.", {("DE", "support", AI)}),
    ("en", "Opposition from Austria and Malta to the AI Act grew.", {("AT", "oppose", AI), ("MT", "oppose", AI)}),
    ("en", "The Dutch rejection of the AI Act surprised no one.", {("NL", "oppose", AI)}),
    ("fr", "L'opposition de la France à l'AI Act s'est durcie.", {("FR", "oppose", AI)}),
    ("fr", "Le soutien espagnol à l'AI Act ne faiblit pas.", {("ES", "support", AI)}),
    ("de", "Deutschlands Ablehnung der KI-Verordnung ist bekannt.", {("DE", "oppose", AI)}),
    ("de", "Der Widerstand Polens gegen die KI-Verordnung wächst.", {("PL", "oppose", AI)}),
    ("de", "Die österreichische Unterstützung für die KI-Verordnung bleibt.", {("AT", "support", AI)}),
    ("es", "La oposición de Francia y Alemania a la Ley de Inteligencia Artificial es firme.", {("FR", "oppose", AI), ("DE", "oppose", AI)}),
    ("es", "El respaldo general de Malta al EMFA es conocido.", {("MT", "support", EMFA)}),
    ("it", "Il sostegno dell'Italia alla legge europea sull'intelligenza artificiale è noto.", {("IT", "support", AI)}),
    ("nl", "Het Duitse verzet tegen de AI-verordening groeit.", {("DE", "oppose", AI)}),
    ("pl", "Sprzeciw Polski wobec aktu o sztucznej inteligencji jest znany.", {("PL", "oppose", AI)}),
    ("sv", "Sveriges motstånd mot AI-förordningen är känt.", {("SE", "oppose", AI)}),
    # traps
    ("en", "There is no German support for the AI Act.", set()),
    ("en", "German farmers' support for the AI Act is lukewarm.", set()),
    ("en", "German support for Ukraine grew after the AI Act was signed.", set()),
    ("en", "If France's opposition to the AI Act holds, the talks fail.", set()),
    ("en", "Is France's opposition to the AI Act real?", set()),
    ("de", "Es gibt keinen deutschen Widerstand gegen die KI-Verordnung.", set()),
    ("fr", "Le soutien de l'Allemagne à l'Ukraine est connu.", set()),
    ("es", "Sin el apoyo de España a la Ley de Inteligencia Artificial no habrá acuerdo.", set()),
]

PASSIVE = [
    ("en", "The AI Act was blocked by Germany and Poland.", {("DE", "oppose", AI), ("PL", "oppose", AI)}),
    ("en", "The proposal on the AI Act was backed by Spain.", {("ES", "support", AI)}),
    ("de", "Die KI-Verordnung wurde von Deutschland und Polen abgelehnt.", {("DE", "oppose", AI), ("PL", "oppose", AI)}),
    ("fr", "L'AI Act a été rejeté par la France.", {("FR", "oppose", AI)}),
    ("es", "La Ley de Inteligencia Artificial fue respaldada por España y Portugal.", {("ES", "support", AI), ("PT", "support", AI)}),
    ("nl", "De AI-verordening werd door Nederland gesteund.", {("NL", "support", AI)}),
    ("nl", "De AI-verordening werd geblokkeerd door Duitsland.", {("DE", "oppose", AI)}),
    ("pl", "Akt o sztucznej inteligencji został zablokowany przez Polskę.", {("PL", "oppose", AI)}),
    # traps: negated, an agent that is another noun, an act after the participle
    ("en", "The AI Act was not supported by France, Germany and Italy.", {("FR", "oppose", AI), ("DE", "oppose", AI), ("IT", "oppose", AI)}),
    ("en", "The AI Act was not blocked by Germany.", set()),
    ("en", "The AI Act was welcomed by Germany's industry.", set()),
    ("en", "Exports were blocked by Germany under the AI Act.", set()),
    ("de", "Die KI-Verordnung wurde von Frankreich nicht unterstützt.", {("FR", "oppose", AI)}),
    ("de", "Die KI-Verordnung wurde von Frankreich nicht abgelehnt.", set()),
    ("de", "Exporte von Deutschland nach Ägypten wurden unter der KI-Verordnung kritisiert.", set()),
]

AMONG = [
    ("en", "Estonia is among the countries that back the AI Act.", {("EE", "support", AI)}),
    ("en", "Austria and Malta are some of the five countries pushing to water down the AI Act.", {("AT", "oppose", AI), ("MT", "oppose", AI)}),
    ("fr", "La Belgique fait partie des pays qui soutiennent l'AI Act.", {("BE", "support", AI)}),
    ("es", "Portugal está entre los países que apoyan la Ley de Inteligencia Artificial.", {("PT", "support", AI)}),
    ("nl", "België is een van de landen die de AI-verordening steunen.", {("BE", "support", AI)}),
    # trap: the camp's verb has another subject
    ("en", "Estonia is among the countries that the AI Act will hit hardest.", set()),
]

OTHER_PREDICATES = [
    ("de", "Österreichs Regierung hat erhebliche Bedenken gegen einen Vorschlag der EU-Kommission zur Bekämpfung des sexuellen "
           "Missbrauchs von Kindern.", {("AT", "oppose", CSA)}),
    ("de", "Österreich hat keine Bedenken gegen die Chatkontrolle.", set()),
    ("nl", "België zal morgen tegen het voorstel voor chatcontrole stemmen.", {("BE", "oppose", CSA)}),
    ("nl", "België zal morgen niet tegen chatcontrole stemmen.", set()),
    ("en", "The Media Freedom Act is debated. Two governments - Spain and Malta - were the forces behind a weakening of proposals.",
     {("ES", "oppose", EMFA), ("MT", "oppose", EMFA)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOMINAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOMINAL)])
def test_a_noun_of_stance_with_its_holder_and_object(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PASSIVE)])
def test_a_passive_with_its_agent(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), AMONG, ids=[f"{c[0]}-{i}" for i, c in enumerate(AMONG)])
def test_a_state_among_the_countries_of_a_camp(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_PREDICATES, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_PREDICATES)])
def test_more_predicates(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Reportedly, France's opposition to the AI Act hardened."),
    ("en", "The AI Act could be blocked by Germany."),
    ("de", "Die KI-Verordnung wurde angeblich von Polen abgelehnt."),
])
def test_hedged_nouns_and_passives_warn_instead(lang: str, text: str) -> None:
    found, warnings = read(text, lang)
    assert found == []
    assert any(w.code == "low_confidence" for w in warnings)


def test_nominal_and_passive_stances_name_their_structure() -> None:
    found, _ = read("Malta's opposition to the AI Act is known. The AI Act was backed by Spain.", "en")
    assert {s.evidence.extractor.split("+")[0] for s in found} == {"stances.nominal_genitive", "stances.passive_agent"}


CAMP_LISTS = [
    ("en", "Council vote on the AI Act\n\nIn favour: Spain, Portugal, France.\nAgainst: Germany, Poland.\nAbstained: Austria.",
     {("ES", "support", AI), ("PT", "support", AI), ("FR", "support", AI), ("DE", "oppose", AI), ("PL", "oppose", AI)}),
    ("de", "Abstimmung über die KI-Verordnung\n\nDafür: Spanien, Portugal.\nDagegen: Deutschland, Polen.",
     {("ES", "support", AI), ("PT", "support", AI), ("DE", "oppose", AI), ("PL", "oppose", AI)}),
    ("es", "Votación sobre la Ley de Inteligencia Artificial.\nA favor: España, Portugal.\nEn contra: Alemania.",
     {("ES", "support", AI), ("PT", "support", AI), ("DE", "oppose", AI)}),
    ("fr", "Vote sur l’AI Act.\nPour : Espagne, Portugal.\nContre : Allemagne, Pologne.",
     {("ES", "support", AI), ("PT", "support", AI), ("DE", "oppose", AI), ("PL", "oppose", AI)}),
    # traps: a count or a name that is no state in the list, a line that goes on, no act in the lead
    ("en", "Vote on the AI Act.\nFor: 12 states.\nAgainst: Germany and Apple.", set()),
    ("en", "Vote on the AI Act.\nAgainst: Germany and Poland, as the minutes show.", set()),
    ("en", "Council vote\n\nIn favour: Spain, Portugal.", set()),
]

CLAUSE_FINAL = [
    ("en", "Council vote on the AI Act. Poland voted against. Spain and Portugal are in favour.",
     {("PL", "oppose", AI), ("ES", "support", AI), ("PT", "support", AI)}),
    ("de", "Abstimmung über die KI-Verordnung. Polen und Ungarn sind dagegen. Frankreich dagegen bleibt vorsichtig.",
     {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    # traps: the object is another thing; no act named in the document
    ("en", "Council vote on the AI Act. Spain is in favour of a new tax.", set()),
    ("en", "Council vote on the budget. Poland voted against.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CAMP_LISTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAMP_LISTS)])
def test_position_lists_under_a_label_take_the_documents_act(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance, s.target.ref) for s in found} == expected
    assert all(s.evidence.extractor == "stances.camp_label_list+lead_document_act" for s in found)


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSE_FINAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAUSE_FINAL)])
def test_a_predicate_ending_its_sentence_takes_the_documents_act(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


ENGLISH_NAMES = [
    ("es", "Malta apoya el Artificial Intelligence Act.", {("MT", "support", AI)}),
    ("fr", "Le soutien de Malte au European Media Freedom Act est acquis.", {("MT", "support", EMFA)}),
    ("de", "Malta lehnt den Artificial Intelligence Act ab.", {("MT", "oppose", AI)}),
    ("pl", "Malta popiera European Media Freedom Act.", {("MT", "support", EMFA)}),
    # an English generic description ("Commission proposal") stays English-only
    ("fr", "Malte soutient la Commission proposal sur les données.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ENGLISH_NAMES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ENGLISH_NAMES)])
def test_an_acts_english_name_is_read_in_every_language(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


PRONOUNS = [
    ("en", "The Commission tabled the AI Act in 2021. Malta opposed it.", {("MT", "oppose", AI)}),
    ("de", "Die Kommission legte die KI-Verordnung vor. Malta unterstützt es.", {("MT", "support", AI)}),
    ("es", "La Comisión presentó la Ley de Inteligencia Artificial. Malta apoya eso.", {("MT", "support", AI)}),
    ("fr", "La Commission a présenté l'AI Act. Malte soutient cela.", {("MT", "support", AI)}),
    # traps: the sentence before holds a weakening ("it" is the exemption), two acts, none
    ("en", "The rapporteur proposed an exemption to the AI Act. Malta opposed it.", set()),
    ("en", "The AI Act and Regulation (EU) 2021/821 were debated. Malta opposed it.", set()),
    ("en", "Malta opposed it.", set()),
    # a separable verb holding its own object is not a predicate without one
    ("de", "Die Kommission legte die KI-Verordnung vor. Malta lehnt das Vorhaben der Ukraine ab.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUNS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRONOUNS)])
def test_an_object_pronoun_stands_for_the_one_act_of_the_sentence_before(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance, s.target.ref) for s in found} == expected
    assert all("antecedent_" in s.evidence.extractor for s in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks on the AI Act. They seek a compromise while the approach of the presidency is not supported by Malta and Cyprus."),
    ("en", "Talks on the AI Act. They seek a compromise while the plan drafted by Malta is backed by Cyprus."),
    ("de", "Gespräche über die KI-Verordnung. Man sucht einen Kompromiss, der Ansatz wird von Malta nicht unterstützt."),
])
def test_a_passive_whose_subject_is_not_the_act_gives_nothing(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def test_a_passive_whose_subject_is_an_act_noun_takes_the_documents_act() -> None:
    assert got("Talks on the AI Act. The proposal was backed by Cyprus.", "en") == {("CY", "support", AI)}


VOICED = [
    ("sv", "Bland partierna har Malta uttryckt stöd för AI-förordningen, medan Polen och Ungern sagt nej.",
     {("MT", "support", AI), ("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("es", "Malta expresó su apoyo a la Ley de Inteligencia Artificial.", {("MT", "support", AI)}),
    ("it", "Malta ha espresso il proprio sostegno alla legge europea sull'intelligenza artificiale.", {("MT", "support", AI)}),
    ("pl", "Malta wyraziła poparcie dla aktu o sztucznej inteligencji.", {("MT", "support", AI)}),
    ("de", "Malta äußerte Unterstützung für die KI-Verordnung.", {("MT", "support", AI)}),
    ("en", "Talks on the AI Act ended. Malta welcomed the agreement.", {("MT", "support", AI)}),
    # traps: negated; "say no" with an object that is not the act
    ("es", "Malta no expresó su apoyo a la Ley de Inteligencia Artificial.", set()),
    ("sv", "Omröstning om AI-förordningen. Polen har sagt nej till en ny skatt.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VOICED, ids=[f"{c[0]}-{i}" for i, c in enumerate(VOICED)])
def test_voiced_support_and_saying_no(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


CLAUSES = [
    # a negation in a coordinated clause after the predicate is that clause's
    ("nl", "België zal morgen tegen het voorstel voor chatcontrole stemmen en zich niet onthouden.", {("BE", "oppose", CSA)}),
    ("de", "Schweden lehnt die KI-Verordnung ab und Polen nicht.", {("SE", "oppose", AI)}),
    ("en", "Malta opposes the AI Act, and Cyprus does not.", {("MT", "oppose", AI)}),
    ("fr", "Malte rejette l'AI Act, et Chypre ne le rejette pas.", {("MT", "oppose", AI)}),
    # verb-second negation right after the object still voids it
    ("de", "Schweden lehnt die KI-Verordnung nicht ab.", set()),
    ("sv", "Sverige motsätter sig inte AI-förordningen.", set()),
    # modifiers between a predicate and the weakening it governs
    ("en", "Talks on the Media Freedom Act. Two governments - Spain and Malta - were the forces behind a significant weakening "
           "of proposals.", {("ES", "oppose", EMFA), ("MT", "oppose", EMFA)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAUSES)])
def test_negations_belong_to_their_own_clause(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


PROPOSED_EXCEPTIONS = [
    ("en", "EU Media Freedom Act talks. Last week, Malta introduced a new exception to the general ban on using spyware against "
           "journalists.", {("MT", "oppose", EMFA)}),
    ("es", "La Ley Europea de Libertad de los Medios de Comunicación. Malta introdujo una nueva excepción.", {("MT", "oppose", EMFA)}),
    ("de", "Das Medienfreiheitsgesetz. Malta brachte eine Ausnahme für die nationale Sicherheit ein.", {("MT", "oppose", EMFA)}),
    ("fr", "L'AI Act en débat. Malte a proposé une dérogation.", {("MT", "oppose", AI)}),
    # an institution writing an exception into an act is drafting it; a state introducing a minister says nothing
    ("en", "EU Media Freedom Act talks. The European Council introduced a new exception to the general ban.", set()),
    ("es", "La Ley Europea de Libertad de los Medios de Comunicación. El Consejo Europeo introdujo una nueva excepción.", set()),
    ("en", "EU Media Freedom Act talks. Malta introduced a new minister.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROPOSED_EXCEPTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PROPOSED_EXCEPTIONS)])
def test_a_state_proposing_an_exception_opposes_the_act(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


WANTED_OUTCOMES = [
    ("en", "Malta and Cyprus want the AI Act to go ahead.", {("MT", "support", AI), ("CY", "support", AI)}),
    ("en", "Talks on the AI Act. Malta wants the proposal scrapped.", {("MT", "oppose", AI)}),
    ("es", "Debate sobre el Chat Control. Sin embargo, algunos países, entre ellos Malta y Chipre, siguen decididos a que la "
           "propuesta de ley que obligaría a las plataformas a revisar mensajes siga adelante.", {("MT", "support", CSA), ("CY", "support", CSA)}),
    ("es", "Malta quiere que el Chat Control se retire.", {("MT", "oppose", CSA)}),
    ("fr", "Malte veut que l'AI Act soit adopté.", {("MT", "support", AI)}),
    ("de", "Malta will, dass die KI-Verordnung verabschiedet wird.", {("MT", "support", AI)}),
    ("de", "Malta drängt darauf, dass die KI-Verordnung zurückgezogen wird.", {("MT", "oppose", AI)}),
    # traps: another outcome, a negated wish
    ("en", "Malta wants the AI Act to be simpler.", set()),
    ("en", "Talks on the AI Act. Malta does not want the proposal to pass.", set()),
    ("de", "Malta will nicht, dass die KI-Verordnung verabschiedet wird.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WANTED_OUTCOMES, ids=[f"{c[0]}-{i}" for i, c in enumerate(WANTED_OUTCOMES)])
def test_wanting_an_act_to_go_ahead_or_to_be_withdrawn(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


ENCLITICS_AND_OTHERS_ACTS = [
    ("es", "La Comisión presentó la Ley de Inteligencia Artificial. Malta ya trató de frenarla sin éxito.", {("MT", "oppose", AI)}),
    ("it", "La Commissione ha presentato la legge europea sull'intelligenza artificiale. Malta ha cercato di bloccarla.",
     {("MT", "oppose", AI)}),
    ("pt", "A Comissão apresentou o Regulamento da Inteligência Artificial. Malta tentou bloqueá-lo.", {("MT", "oppose", AI)}),
    # traps: no act in the sentence before; an act noun with another holder is not the document's act
    ("es", "Malta trató de frenarla.", set()),
    ("es", "La Comisión presentó la Ley de Inteligencia Artificial. Malta frena la ley de Chipre.", set()),
    ("en", "Talks on the AI Act. Malta rejects the law of Cyprus.", set()),
    ("en", "Talks on the AI Act. Malta rejects the proposal.", {("MT", "oppose", AI)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ENCLITICS_AND_OTHERS_ACTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ENCLITICS_AND_OTHERS_ACTS)])
def test_enclitic_objects_and_act_nouns_of_another_holder(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


CURATED_ACTS = [
    ("de", "Malta lehnt den Vorschlag für ein europäisches Verfahren für geringfügige Forderungen ab.", {("MT", "oppose", "celex:52005PC0087")}),
    ("da", "Malta støtter forslaget til forordning om bæredygtig anvendelse af plantebeskyttelsesmidler.", {("MT", "support", "celex:52022PC0305")}),
    ("es", "Malta apoya la Ley de Servicios Digitales.", {("MT", "support", "celex:32022R2065")}),
    ("en", "Malta backs the directive on combating the sexual abuse and sexual exploitation of children.",
     {("MT", "support", "celex:52024PC0060")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CURATED_ACTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CURATED_ACTS)])
def test_acts_curated_for_the_dev_sets_topics(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
