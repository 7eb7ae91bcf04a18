"""Families of stance predicates beyond the plain verb (loaders/data/stances.yaml,
stance_lemmas.yaml): adjectives after a copula, viewing critically or favourably, nouns naming their holder after a copula,
restated positions, votes in any tense, fighting for or against, nouns a call governs,
refusing, condemning, vetoing, delaying; each family in at least four languages, with the traps that must
give nothing (negation, reported speech, another's stance, a noun of amending, a
negated verb form).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"


_stances = state_stances


ADJECTIVES = [
    ("en", "Austria is highly critical of Regulation (EU) 2031/77, its minister said on Monday.", "AT", "oppose"),
    ("en", "Ireland remains sceptical about Regulation (EU) 2031/77 after the vote.", "IE", "oppose"),
    ("en", "Malta is broadly supportive of Regulation (EU) 2031/77 in its current form.", "MT", "support"),
    ("de", "Österreich steht der Verordnung (EU) 2031/77 äußerst kritisch gegenüber.", "AT", "oppose"),
    ("de", "Irland zeigt sich skeptisch gegenüber der Verordnung (EU) 2031/77.", "IE", "oppose"),
    ("fr", "L'Autriche se montre très sceptique à l'égard du règlement (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria se muestra muy crítica con el Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria è fortemente scettica sul regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria é muito crítica do Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("nl", "Oostenrijk is zeer kritisch over Verordening (EU) 2031/77.", "AT", "oppose"),
    ("nl", "Ierland is positief over Verordening (EU) 2031/77.", "IE", "support"),
    ("pl", "Austria jest bardzo krytyczna wobec rozporządzenia (UE) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike är mycket kritiskt till förordning (EU) 2031/77.", "AT", "oppose"),
    ("da", "Østrig er meget skeptisk over for forordning (EU) 2031/77.", "AT", "oppose"),
    ("ro", "Austria este sceptică față de Regulamentul (UE) 2031/77.", "AT", "oppose"),
    ("cs", "Rakousko je velmi kritické vůči nařízení (EU) 2031/77.", "AT", "oppose"),
]

# viewing an act critically or favourably
VIEWS = [
    ("en", "Austria takes a dim view of Regulation (EU) 2031/77.", "AT", "oppose"),
    ("de", "Österreich sieht die Verordnung (EU) 2031/77 weiterhin kritisch.", "AT", "oppose"),
    ("fr", "L'Autriche voit le règlement (UE) 2031/77 d'un mauvais œil.", "AT", "oppose"),
    ("es", "Austria ve con malos ojos el Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria vede di buon occhio il regolamento (UE) 2031/77.", "AT", "support"),
    ("nl", "Oostenrijk kijkt kritisch naar Verordening (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike ser kritiskt på förordning (EU) 2031/77.", "AT", "oppose"),
]

HOLDER_NOUNS = [
    ("en", "Austria has been a vocal critic of Regulation (EU) 2031/77 since the talks began.", "AT", "oppose"),
    ("en", "Ireland is one of the strongest proponents of Regulation (EU) 2031/77.", "IE", "support"),
    ("de", "Österreich gilt als entschiedener Gegner der Verordnung (EU) 2031/77.", "AT", "oppose"),
    ("de", "Irland ist ein überzeugter Befürworter der Verordnung (EU) 2031/77.", "IE", "support"),
    ("fr", "L'Autriche est l'un des plus farouches adversaires du règlement (UE) 2031/77.", "AT", "oppose"),
    ("fr", "L'Irlande est un fervent défenseur du règlement (UE) 2031/77.", "IE", "support"),
    ("es", "Austria es una firme defensora del Reglamento (UE) 2031/77.", "AT", "support"),
    ("it", "L'Austria è tra i principali oppositori del regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria é um dos principais opositores do Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("nl", "Oostenrijk is een felle tegenstander van Verordening (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike är en uttalad motståndare till förordning (EU) 2031/77.", "AT", "oppose"),
    ("da", "Østrig er modstander af forordning (EU) 2031/77.", "AT", "oppose"),
    ("pl", "Austria jest zagorzałym przeciwnikiem rozporządzenia (UE) 2031/77.", "AT", "oppose"),
]

# the same nouns in apposition to the subject, whatever the clause then says
APPOSED = [
    ("en", "Austria, a long-time critic of Regulation (EU) 2031/77, abstained on Monday.", "AT", "oppose"),
    ("de", "Österreich, seit langem ein entschiedener Gegner der Verordnung (EU) 2031/77, enthielt sich.", "AT", "oppose"),
    ("fr", "L'Autriche, farouche adversaire du règlement (UE) 2031/77, s'est abstenue.", "AT", "oppose"),
    ("es", "Austria, firme defensora del Reglamento (UE) 2031/77, se abstuvo.", "AT", "support"),
    ("it", "L'Austria, tra i principali sostenitori del regolamento (UE) 2031/77, si è astenuta.", "AT", "support"),
    ("nl", "Oostenrijk, een felle tegenstander van Verordening (EU) 2031/77, onthield zich.", "AT", "oppose"),
]

RESTATED = [
    ("en", "Austria reiterated its firm opposition to Regulation (EU) 2031/77 on Tuesday.", "AT", "oppose"),
    ("en", "Ireland confirmed its full support for Regulation (EU) 2031/77.", "IE", "support"),
    ("de", "Österreich bekräftigte seine Ablehnung der Verordnung (EU) 2031/77.", "AT", "oppose"),
    ("fr", "L'Autriche a réaffirmé son opposition au règlement (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria reiteró su rechazo al Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria ha ribadito la sua contrarietà al regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria reafirmou a sua oposição ao Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("nl", "Oostenrijk herhaalde zijn verzet tegen Verordening (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike upprepade sitt motstånd mot förordning (EU) 2031/77.", "AT", "oppose"),
    ("pl", "Austria podtrzymała swój sprzeciw wobec rozporządzenia (UE) 2031/77.", "AT", "oppose"),
]

VOTES = [
    ("cs", "Rakousko bude hlasovat proti nařízení (EU) 2031/77.", "AT", "oppose"),
    ("cs", "Irsko hlasuje pro nařízení (EU) 2031/77.", "IE", "support"),
    ("sk", "Rakúsko hlasuje proti nariadeniu (EÚ) 2031/77.", "AT", "oppose"),
    ("pl", "Austria zagłosuje przeciwko rozporządzeniu (UE) 2031/77.", "AT", "oppose"),
    ("el", "Η Αυστρία καταψήφισε τον Κανονισμό (ΕΕ) 2031/77.", "AT", "oppose"),
    ("de", "Österreich wird gegen die Verordnung (EU) 2031/77 stimmen.", "AT", "oppose"),
    ("sv", "Österrike kommer att rösta emot förordning (EU) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria vai votar contra o Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("ro", "Austria a votat împotriva Regulamentului (UE) 2031/77.", "AT", "oppose"),
    ("hr", "Austrija je glasovala protiv Uredbe (EU) 2031/77.", "AT", "oppose"),
]

FIGHT = [
    ("en", "Austria fought Regulation (EU) 2031/77 for two years.", "AT", "oppose"),
    ("en", "Ireland fought hard for Regulation (EU) 2031/77.", "IE", "support"),
    ("fr", "L'Autriche se bat contre le règlement (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria lucha contra el Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria si batte contro il regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria luta contra o Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("nl", "Oostenrijk strijdt tegen Verordening (EU) 2031/77.", "AT", "oppose"),
]

CALLED_NOUNS = [
    ("en", "Austria called for the rejection of Regulation (EU) 2031/77.", "AT", "oppose"),
    ("en", "Austria called for the withdrawal of Regulation (EU) 2031/77.", "AT", "oppose"),
    ("fr", "L'Autriche réclame le rejet du règlement (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria reclama el rechazo del Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("de", "Österreich fordert die Ablehnung der Verordnung (EU) 2031/77.", "AT", "oppose"),
]

REFUSE_CONDEMN_VETO = [
    ("en", "Austria refused Regulation (EU) 2031/77 outright.", "AT", "oppose"),
    ("fr", "L'Autriche refuse le règlement (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria rifiuta il regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria recusa o Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria condena el Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria condanna il regolamento (UE) 2031/77.", "AT", "oppose"),
    ("cs", "Rakousko odsoudilo nařízení (EU) 2031/77.", "AT", "oppose"),
    ("de", "Österreich legte sein Veto gegen die Verordnung (EU) 2031/77 ein.", "AT", "oppose"),
    ("fr", "L'Autriche a mis son veto au règlement (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria ha posto il veto al regolamento (UE) 2031/77.", "AT", "oppose"),
]

DELAY = [
    ("en", "Austria wants to delay Regulation (EU) 2031/77 by two years.", "AT", "oppose"),
    ("en", "Austria called for a postponement of Regulation (EU) 2031/77.", "AT", "oppose"),
    # resisting a delay supports the act
    ("en", "Austria resisted any delay of Regulation (EU) 2031/77.", "AT", "support"),
    ("de", "Österreich will die Verordnung (EU) 2031/77 verzögern.", "AT", "oppose"),
    ("fr", "L'Autriche veut retarder le règlement (UE) 2031/77.", "AT", "oppose"),
    ("es", "Austria quiere aplazar el Reglamento (UE) 2031/77.", "AT", "oppose"),
    ("it", "L'Austria vuole rinviare il regolamento (UE) 2031/77.", "AT", "oppose"),
    ("pt", "A Áustria quer adiar o Regulamento (UE) 2031/77.", "AT", "oppose"),
    ("pl", "Austria chce opóźnić rozporządzenie (UE) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike vill försena förordning (EU) 2031/77.", "AT", "oppose"),
]

FAMILIES = ADJECTIVES + VIEWS + HOLDER_NOUNS + APPOSED + RESTATED + VOTES + FIGHT + CALLED_NOUNS + REFUSE_CONDEMN_VETO + DELAY


@pytest.mark.parametrize(("lang", "text", "state", "kind"), FAMILIES, ids=[f"{t[0]}-{i}" for i, t in enumerate(FAMILIES)])
def test_a_family_of_stance_words_is_a_predicate(lang: str, text: str, state: str, kind: str) -> None:
    assert _stances(text, lang) == {(state, kind, R)}


def test_each_family_is_read_in_four_languages_or_more() -> None:
    for family in (ADJECTIVES, VIEWS, HOLDER_NOUNS, APPOSED, RESTATED, VOTES, FIGHT, CALLED_NOUNS, REFUSE_CONDEMN_VETO, DELAY):
        assert len({t[0] for t in family}) >= 4


TRAPS = [
    # negation voids the stance, whatever the family
    ("en", "Austria is not critical of Regulation (EU) 2031/77."),
    ("de", "Österreich steht der Verordnung (EU) 2031/77 nicht kritisch gegenüber."),
    ("fr", "L'Autriche n'est pas sceptique à l'égard du règlement (UE) 2031/77."),
    ("nl", "Oostenrijk is geen tegenstander van Verordening (EU) 2031/77."),
    ("cs", "Rakousko nebude hlasovat proti nařízení (EU) 2031/77."),
    # a negated verb form of a Slavic language is not its lemma's stance
    ("cs", "Rakousko neodsoudilo nařízení (EU) 2031/77."),
    ("cs", "Rakousko neprosazuje nařízení (EU) 2031/77."),
    # reported speech: the subject says something, it takes no position on the act
    ("en", "Austria said that the Commission is critical of Regulation (EU) 2031/77."),
    ("de", "Österreich sagte, die Kommission sei ein Gegner der Verordnung (EU) 2031/77."),
    # another's stance: the state criticises a third party's support
    ("en", "Austria criticised Germany's support for Regulation (EU) 2031/77."),
    # "critical to" means "essential to", no stance
    ("en", "Austria is critical to the success of Regulation (EU) 2031/77."),
    # a call for changes or a refusal to comment says nothing about the act
    ("en", "Austria pushed for changes to Regulation (EU) 2031/77."),
    ("en", "Austria called for amendments to Regulation (EU) 2031/77."),
    ("en", "Austria refused to comment on Regulation (EU) 2031/77."),
    ("fr", "L'Autriche refuse de commenter le règlement (UE) 2031/77."),
    ("it", "L'Austria rifiuta di commentare il regolamento (UE) 2031/77."),
    # late transposition of an act into national law is no stance on it
    ("en", "Austria delayed the transposition of Directive (EU) 2031/77 into national law."),
    ("fr", "L'Autriche a retardé la transposition de la directive (UE) 2031/77."),
    ("de", "Österreich sieht die Verordnung (EU) 2031/77 nicht kritisch."),
    ("de", "Österreich sieht keinen Grund, die Verordnung (EU) 2031/77 kritisch zu sehen."),
    ("en", "Austria sees no reason to criticise Regulation (EU) 2031/77."),
    # a noun of stance after a comparison is someone else's
    ("en", "Austria, unlike the critics of Regulation (EU) 2031/77, kept silent."),
    # dropping an opposition is not restating it
    ("en", "Austria has dropped its opposition to Regulation (EU) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_traps_give_no_stance_to_the_subject(lang: str, text: str) -> None:
    assert not {s for s in _stances(text, lang) if s[0] == "AT"}
