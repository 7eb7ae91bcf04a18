"""The first sentence under a statement's title: a date line between them, a date opening
the sentence, the parties' agreement told in the past tense, and the parties named by
their offices; the same sentences under a headline, or recalling others' acts, name none."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement\n\n3 May 2031\n\nEstonia and Finland reaffirm their commitment to deepen cooperation on energy security.\n"),
        ("en", "Joint Statement\n\nOn 3 May 2031, the Prime Ministers of Estonia and Finland met in Tallinn. They agreed to deepen cooperation.\n"),
        ("fr", "Déclaration conjointe\n\nLe 3 mai 2031, les gouvernements de l'Estonie et de la Finlande sont convenus d'approfondir leur coopération.\n"),
        ("de", "Gemeinsame Erklärung\n\nAm 3. Mai 2031 haben die Regierungen Estlands und Finnlands vereinbart, ihre Zusammenarbeit zu vertiefen.\n"),
        ("en", "Joint Statement\n\nEstonia and Finland reaffirmed their commitment to deepen cooperation on energy security.\n"),
        ("pl", "Wspólne oświadczenie\n\nEstonia i Finlandia potwierdziły swoje zaangażowanie we współpracę energetyczną.\n"),
    ],
)
def test_the_first_sentence_under_the_title(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["EE", "FI"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement\n\nThe Prime Minister of Estonia, Mari Tamm, and the President of Finland, Aino Virtanen, met in Tallinn on 3 May 2031.\n", ["EE", "FI"]),
        ("fr", "Déclaration conjointe\n\nLe Président de la République française et le Premier ministre de la République d'Estonie se sont réunis à Paris le 3 mai 2031.\n", ["FR", "EE"]),
        ("it", "Dichiarazione congiunta\n\nIl Presidente del Consiglio dei ministri della Repubblica italiana e il Primo ministro del Regno di Spagna si sono incontrati a Roma il 3 maggio 2031.\n", ["IT", "ES"]),
        ("es", "Declaración conjunta\n\nEl Presidente del Gobierno de España y el Primer Ministro de Portugal se reunieron en Madrid el 3 de mayo de 2031.\n", ["ES", "PT"]),
        ("pl", "Wspólne oświadczenie\n\nPrezydent Rzeczypospolitej Polskiej i Prezydent Republiki Litewskiej spotkali się w Wilnie 3 maja 2031 r.\n", ["PL", "LT"]),
    ],
)
def test_offices_opening_the_first_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline, not a statement's title, above the sentence
        ("en", "Joint declaration signed in Tallinn\n\nOn 3 May 2031, the governments of Estonia and Finland agreed to deepen cooperation, the agency reported.\n"),
        ("en", "Leaders meet in Tallinn\n\nThe Prime Minister of Estonia and the President of Finland met in Tallinn on Tuesday.\n"),
        # the statement recalls what others did
        ("en", "Joint Statement on Energy\n\nRussia and Belarus signed a treaty in 1999 that we condemn.\n"),
        ("fr", "Déclaration conjointe sur l'énergie\n\nLa Russie et la Biélorussie ont signé un traité en 1999 que nous condamnons.\n"),
        ("en", "Joint Statement\n\nThe President of Ukraine and the Prime Minister of Moldova were attacked in the press last week.\n"),
        ("en", "Joint Statement on Energy\n\nWe will cooperate on energy. In 2030, Russia and Belarus declared new measures.\n"),
        ("de", "Gemeinsame Erklärung zur Energie\n\nAm 3. Mai 2031 haben Russland und Belarus die Gaslieferungen eingestellt.\n"),
    ],
)
def test_sentences_that_name_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "Közös nyilatkozat\n\nÉsztország és Finnország miniszterelnökei 2031. május 3-án Tallinnban találkoztak.\n"),
        ("ro", "Declaraţie comună\n\nPrim-miniştrii Estoniei şi Finlandei s-au întâlnit la Tallinn la 3 mai 2031.\n"),
        ("el", "Κοινή Δήλωση\n\nΟι πρωθυπουργοί της Εσθονίας και της Φινλανδίας συναντήθηκαν στο Ταλίν στις 3 Μαΐου 2031.\n"),
        ("bg", "Съвместна декларация\n\nМинистър-председателите на Естония и Финландия се срещнаха в Талин на 3 май 2031 г.\n"),
        ("hr", "Zajednička izjava\n\nPredsjednici vlada Estonije i Finske sastali su se u Tallinnu 3. svibnja 2031.\n"),
        ("sl", "Skupna izjava\n\nPredsednika vlad Estonije in Finske sta se sestala v Talinu 3. maja 2031.\n"),
        ("lt", "Bendras pareiškimas\n\nEstijos ir Suomijos ministrai pirmininkai susitiko Taline 2031 m. gegužės 3 d.\n"),
        ("lv", "Kopīgs paziņojums\n\nIgaunijas un Somijas premjerministri tikās Tallinā 2031. gada 3. maijā.\n"),
        ("et", "Ühisavaldus\n\nEesti ja Soome peaministrid kohtusid Tallinnas 3. mail 2031.\n"),
    ],
)
def test_leaders_meeting_under_the_title(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["EE", "FI"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "Észtország és Finnország miniszterelnökei Tallinnban találkoztak\n\nA két vezető 2031. május 3-án tárgyalt.\n"),
        ("ro", "Prim-miniştrii Estoniei şi Finlandei s-au întâlnit la Tallinn\n\nCei doi lideri au discutat la 3 mai 2031.\n"),
        ("el", "Συνάντηση στο Ταλίν\n\nΟι πρωθυπουργοί της Εσθονίας και της Φινλανδίας συναντήθηκαν στο Ταλίν στις 3 Μαΐου 2031.\n"),
        ("lt", "Susitikimas Taline\n\nEstijos ir Suomijos ministrai pirmininkai susitiko Taline 2031 m. gegužės 3 d.\n"),
    ],
)
def test_a_meeting_reported_under_a_headline_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
