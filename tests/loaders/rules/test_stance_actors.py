"""Actors of stances beyond states (loaders/rules/stance_actors.py, stance_people.py): people, parties, EU
institutions named short, organisations by acronym or head noun, and the document's own
state's organs. Every text is written for these tests. A case is (language, text,
expected {(actor key, stance, target id)}); empty means no stance."""

from __future__ import annotations

import pytest

from core.model import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.references import references, slug
from loaders.rules.stances import stances

R821 = "celex:32021R0821"


def read(text: str, lang: str):
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    warnings: list = []
    found, _, _ = stances(ctx, references(ctx), [], warnings)
    return found, warnings


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a role right before the name
        ("en", "Trade Commissioner Maria Exempla rejected Regulation (EU) 2021/821.", {("maria-exempla", "oppose", R821)}),
        ("de", "EU-Kommissarin Maria Exempla lehnt die Verordnung (EU) 2021/821 ab.", {("maria-exempla", "oppose", R821)}),
        ("fr", "Le porte-parole Jean Modèle soutient le règlement (UE) 2021/821.", {("jean-modele", "support", R821)}),
        ("es", "La portavoz Lucía Ejemplo apoya el Reglamento (UE) 2021/821.", {("lucia-ejemplo", "support", R821)}),
        ("it", "Il portavoce Marco Esempio sostiene il regolamento (UE) 2021/821.", {("marco-esempio", "support", R821)}),
        ("pl", "Wicepremier i minister finansów Jan Przykładowy popiera rozporządzenie (UE) 2021/821.", {(slug("Jan Przykładowy"), "support", R821)}),
        ("nl", "Woordvoerder Sanne van Voorbeeld steunt verordening (EU) 2021/821.", {("sanne-van-voorbeeld", "support", R821)}),
        ("sv", "Gruppledaren Anna Exempelsson stöder förordning (EU) 2021/821.", {("anna-exempelsson", "support", R821)}),
        ("da", "Ordføreren Mette Eksempelsen støtter forordning (EU) 2021/821.", {("mette-eksempelsen", "support", R821)}),
        ("cs", "Europoslankyně Jana Vzorová podporuje nařízení (EU) 2021/821.", {("jana-vzorova", "support", R821)}),
        # a party or group in brackets after the name
        ("en", "Jane Sample (S&D) opposes Regulation (EU) 2021/821.", {("jane-sample", "oppose", R821)}),
        ("de", "Max Muster (SPD) lehnt die Verordnung (EU) 2021/821 ab.", {("max-muster", "oppose", R821)}),
        ("fr", "Anne Modèle (Renew) soutient le règlement (UE) 2021/821.", {("anne-modele", "support", R821)}),
        ("nl", "Pieter Voorbeeld (VVD) steunt verordening (EU) 2021/821.", {("pieter-voorbeeld", "support", R821)}),
        # an apposed role between commas
        ("en", "Jane Sample, the rapporteur, rejected Regulation (EU) 2021/821.", {("jane-sample", "oppose", R821)}),
        ("fr", "Jean Modèle, ancien ministre des finances, soutient le règlement (UE) 2021/821.", {("jean-modele", "support", R821)}),
        ("es", "Lucía Ejemplo, exdiputada del Parlamento Europeo, rechaza el Reglamento (UE) 2021/821.", {("lucia-ejemplo", "oppose", R821)}),
        ("de", "Max Muster, der Berichterstatter, begrüßt die Verordnung (EU) 2021/821.", {("max-muster", "support", R821)}),
        # a bracket that is no party: the capitalised words are no person
        ("en", "Jane Sample (55) opposes Regulation (EU) 2021/821.", set()),
    ],
)
def test_people_by_role_or_party(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance, s.target.ref) for s in found} == expected
    assert all(s.actor.kind == "person" for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # introduced with a role, then by surname alone or after an honorific
        ("en", "MEP Jane Sample spoke on Monday. Later, Sample criticised Regulation (EU) 2021/821.", {("jane-sample", "oppose", R821)}),
        ("en", "MEP Jane Sample spoke on Monday. Ms Sample criticised Regulation (EU) 2021/821.", {("jane-sample", "oppose", R821)}),
        ("fr", "Le député Jean Modèle a parlé lundi. M. Modèle soutient le règlement (UE) 2021/821.", {("jean-modele", "support", R821)}),
        ("de", "Ministerin Erika Muster sprach am Montag. Frau Muster lehnt die Verordnung (EU) 2021/821 ab.", {("erika-muster", "oppose", R821)}),
        # the role alone, when one person held it
        ("pl", "Prezydent Jan Przykładowy przemawiał w Pradze. Prezydent odrzuca rozporządzenie (UE) 2021/821.", {(slug("Jan Przykładowy"), "oppose", R821)}),
        ("es", "La ministra Lucía Ejemplo habló el lunes. La ministra rechaza el Reglamento (UE) 2021/821.", {("lucia-ejemplo", "oppose", R821)}),
        ("fr", "La commissaire Anne Modèle était à Paris. La commissaire rejette le règlement (UE) 2021/821.", {("anne-modele", "oppose", R821)}),
        ("it", "Il portavoce Marco Esempio ha parlato. Il portavoce sostiene il regolamento (UE) 2021/821.", {("marco-esempio", "support", R821)}),
        # a speaker of a verb of saying, named again by surname
        ("en", "\"It is a mistake,\" said Jane Sample. Later, Sample also criticised Regulation (EU) 2021/821.", {("jane-sample", "oppose", R821)}),
        ("fr", "« C'est une erreur », a déclaré Jean Modèle. Plus tard, Modèle a critiqué le règlement (UE) 2021/821.", {("jean-modele", "oppose", R821)}),
        ("es", "«Es un error», dijo Lucía Ejemplo. Después, Ejemplo rechazó el Reglamento (UE) 2021/821.", {("lucia-ejemplo", "oppose", R821)}),
        ("nl", "\"Dit is een fout\", zei Pieter Voorbeeld. Ook Voorbeeld steunt verordening (EU) 2021/821.", {("pieter-voorbeeld", "support", R821)}),
        # two people with the same role: the role alone names neither
        ("en", "Minister Jane Sample and Minister John Example met. The Minister rejected Regulation (EU) 2021/821.", set()),
        # a surname that is a common word of the text, first in its sentence, is that word
        ("de", "Ministerin Erika Lange sprach. Lange lehnt die Regierung die Verordnung (EU) 2021/821 nicht ab, sagen lange Kenner.", set()),
    ],
)
def test_people_named_again(lang: str, text: str, expected: set) -> None:
    assert {k for k in got(text, lang) if not k[0].isupper()} == expected


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Jane Sample, the German interior minister, spoke.", "Jane Sample"),
        ("pt", "Ana Exemplo, a ministra da Defesa, falou.", "Ana Exemplo"),
        ("fr", "Pour Jean Modèle, ministre des finances, tout va bien.", "Jean Modèle"),
        # a conjunction or a participle after the comma: the role is another person's
        ("pt", "Ana Exemplo, e a ministra da Defesa, falaram.", None),
        ("it", "La Conferenza Nazionale, presieduta dal ministro degli Esteri, si è chiusa.", None),
    ],
)
def test_a_role_in_apposition_introduces_the_name_before_it(lang: str, text: str, name: str | None) -> None:
    from loaders.rules.stance_people import introduced

    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    assert [p.name for p in introduced(ctx)] == ([name] if name else [])


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare name as the sentence's subject
        ("fr", "Robert Exemplaire a soutenu le règlement (UE) 2021/821.", {("robert-exemplaire", "support", R821)}),
        ("es", "Lucía Ejemplo rechaza el Reglamento (UE) 2021/821.", {("lucia-ejemplo", "oppose", R821)}),
        # German writes nouns capitalised: two capitalised words are no name without a role
        ("de", "Hanna Beispielfrau unterstützt die Verordnung (EU) 2021/821.", set()),
        # a heading's first noun seen alone elsewhere, a determiner, a particle inside: no name
        ("en", "Council Regulation backed Regulation (EU) 2021/821. The Council met.", set()),
        ("en", "Dear Madam backed Regulation (EU) 2021/821.", set()),
        ("fr", "Groupe de la Concorde soutient le règlement (UE) 2021/821.", set()),
        # capitals are no name
        ("nl", "DE MINISTER VAN BUITENLANDSE ZAKEN steunt verordening (EU) 2021/821.", set()),
        ("en", "Jane Sample backed Regulation (EU) 2021/821.", {("jane-sample", "support", R821)}),
        ("it", "Marco Esempio sostiene il regolamento (UE) 2021/821.", {("marco-esempio", "support", R821)}),
        # capitalised words that are common words of the text are no name
        ("en", "Media Freedom backed Regulation (EU) 2021/821, for media freedom matters.", set()),
        # a name that is a speaker, not the subject of the predicate
        ("en", "Journalist Jane Sample reported that Germany opposes Regulation (EU) 2021/821.", {("DE", "oppose", R821)}),
        ('en', 'MEP Jane Sample said: "Germany opposes Regulation (EU) 2021/821."', {("DE", "oppose", R821)}),
        # the speaker of a quote takes no stance from what the quote says
        ("en", "\"Germany opposes Regulation (EU) 2021/821,\" said Jane Sample.", {("DE", "oppose", R821)}),
        # a list of people spied on: none of them takes the report's stance
        ("en", "Among those spied on were MEP Jane Sample and Senator John Example, according to a report that criticised Regulation (EU) 2021/821.", set()),
        ("fr", "Parmi les victimes figurent la députée Anne Modèle et le sénateur Jean Exemple, selon un rapport qui critique le règlement (UE) 2021/821.", set()),
    ],
)
def test_bare_names_and_traps(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "Socialdemokraterna stöder förordning (EU) 2021/821.", {("party-se-socialdemokraterna", "support", R821)}),
        ("sv", "Centerpartiet, Miljöpartiet och Vänsterpartiet motsätter sig förordning (EU) 2021/821.",
         {("party-se-centerpartiet", "oppose", R821), ("party-se-miljopartiet", "oppose", R821), ("party-se-vansterpartiet", "oppose", R821)}),
        ("nl", "GroenLinks-PvdA verzet zich tegen verordening (EU) 2021/821.", {("party-nl-glpvda", "oppose", R821)}),
        ("de", "Die SPD unterstützt die Verordnung (EU) 2021/821.", {("party-de-spd", "support", R821)}),
        ("es", "El partido Podemos rechaza el Reglamento (UE) 2021/821.", {("party-es-podemos", "oppose", R821)}),
        ("fr", "Le Rassemblement national rejette le règlement (UE) 2021/821.", {("party-fr-rn", "oppose", R821)}),
        ("pl", "Prawo i Sprawiedliwość odrzuca rozporządzenie (UE) 2021/821.", {("party-pl-pis", "oppose", R821)}),
        # a party name that is a common word, first in its sentence, is the word ("we can")
        ("es", "Podemos apoyar el Reglamento (UE) 2021/821 si se aclara.", set()),
        # a one-letter short name is read only in a bracket after a person
        ("sv", "M stöder förordning (EU) 2021/821.", set()),
        # a person's party genitive before the name makes the name a person, not the party
        ("sv", "Miljöpartiets Anna Exempelsson motsätter sig förordning (EU) 2021/821.", {("anna-exempelsson", "oppose", R821)}),
    ],
)
def test_parties(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die EU-Kommission unterstützt die Verordnung (EU) 2021/821.", {("european-commission", "support", R821)}),
        ("en", "In Brussels, the Commission backed Regulation (EU) 2021/821.", {("european-commission", "support", R821)}),
        ("fr", "À Bruxelles, la Commission soutient le règlement (UE) 2021/821.", {("european-commission", "support", R821)}),
        ("es", "En la UE, la Comisión apoya el Reglamento (UE) 2021/821.", {("european-commission", "support", R821)}),
        ("sv", "Kommissionen stöder förordning (EU) 2021/821 i EU.", {("european-commission", "support", R821)}),
        ("de", "Das EU-Parlament lehnt die Verordnung (EU) 2021/821 ab.", {("european-parliament", "oppose", R821)}),
        # a complement makes it another body
        ("en", "In the EU debate, the Commission on Human Rights criticised Regulation (EU) 2021/821.", set()),
        ("fr", "Dans l'UE, le Conseil constitutionnel critique le règlement (UE) 2021/821.", set()),
        # the acronym a document gives a curated organisation stands for it
        ("en", "The European Federation of Journalists (EFJ) met. The EFJ strongly opposes Regulation (EU) 2021/821.",
         {("european-federation-of-journalists", "oppose", R821)}),
        ("fr", "Le Syndicat national des journalistes (SNJ) s'est réuni. Le SNJ rejette le règlement (UE) 2021/821.", {("snj", "oppose", R821)}),
        ("de", "Der Deutsche Journalisten-Verband (DJV) tagte. Der DJV lehnt die Verordnung (EU) 2021/821 ab.", {("djv", "oppose", R821)}),
        ("es", "La Federación Europea de Periodistas (FEP) se reunió. La FEP rechaza el Reglamento (UE) 2021/821.",
         {("european-federation-of-journalists", "oppose", R821)}),
        # an acronym whose capitals are not the registry name's initials is not that name's
        ("en", "The Court of Justice of the European Union (CJEU) ruled. The CJEU rejected Regulation (EU) 2021/821.", set()),
        # a party in the genitive is no subject ("the chair of the SPD")
        ("de", "Der Vorsitzende der SPD lehnt die Verordnung (EU) 2021/821 ab.", set()),
        # an organisation no registry holds, by its head noun
        ("es", "La Asociación de Periodistas de Ejemplo rechaza el Reglamento (UE) 2021/821.", {("org-asociacion-de-periodistas-de-ejemplo", "oppose", R821)}),
        ("en", "The Danish Association of Sample Makers opposes Regulation (EU) 2021/821.", {("org-danish-association-of-sample-makers", "oppose", R821)}),
        ("de", "Der Bundesverband Beispielhafter Hersteller lehnt die Verordnung (EU) 2021/821 ab.", {("org-bundesverband-beispielhafter-hersteller", "oppose", R821)}),
        ("it", "La Federazione Nazionale degli Esempi sostiene il regolamento (UE) 2021/821.", {("org-federazione-nazionale-degli-esempi", "support", R821)}),
    ],
)
def test_institutions_and_organisations(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "In Deutschland wird gestritten. Die Bundesregierung lehnt die Verordnung (EU) 2021/821 ab.", {("DE", "oppose", R821)}),
        ("da", "Regeringen støtter forordning (EU) 2021/821.", {("DK", "support", R821)}),
        ("nl", "In Nederland is het debat fel. Het kabinet steunt verordening (EU) 2021/821.", {("NL", "support", R821)}),
        ("fr", "En France, le débat est vif. Le gouvernement soutient le règlement (UE) 2021/821.", {("FR", "support", R821)}),
        ("pl", "Rząd popiera rozporządzenie (UE) 2021/821.", {("PL", "support", R821)}),
        # one adjective between article and organ; a demonym there names another state
        ("nl", "In Nederland is het debat fel. Het demissionaire kabinet steunt verordening (EU) 2021/821.", {("NL", "support", R821)}),
        ("de", "In Deutschland wird gestritten. Die »schwarz-rote« Bundesregierung lehnt die Verordnung (EU) 2021/821 ab.", {("DE", "oppose", R821)}),
        ("es", "El nuevo Gobierno apoya el Reglamento (UE) 2021/821.", {("ES", "support", R821)}),
        ("nl", "In Nederland is het debat fel. Het Deense kabinet steunt verordening (EU) 2021/821.", {("DK", "support", R821)}),
        # a second chamber is a body of its own, of the document's state
        ("de", "In Deutschland berät die Länderkammer. Der Bundesrat lehnt die Verordnung (EU) 2021/821 ab.", {("bundesrat-de", "oppose", R821)}),
    ],
)
def test_the_documents_own_government(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # German is written in Germany and Austria: with neither named, nothing is guessed
        ("de", "Die Bundesregierung lehnt die Verordnung (EU) 2021/821 ab."),
        # both named
        ("de", "Deutschland und Österreich streiten. Die Bundesregierung lehnt die Verordnung (EU) 2021/821 ab."),
        # another state's organ in the text: "the government" may be that one
        ("es", "Los ministerios de Francia escribieron una nota. El Gobierno rechaza el Reglamento (UE) 2021/821."),
        ("fr", "En France, le gouvernement allemand hésite. Le gouvernement rejette le règlement (UE) 2021/821."),
    ],
)
def test_an_unsettled_government_gives_a_warning(lang: str, text: str) -> None:
    found, warnings = read(text, lang)
    assert not [s for s in found if s.actor.kind == "state" and s.evidence.extractor.startswith("stances.home_organ")]
    assert any(w.code == "unresolved_actor" for w in warnings)
