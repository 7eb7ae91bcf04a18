"""A title naming the two sides a statement stands between ("Joint Declaration between A
and B", "Déclaration conjointe entre A et B", "Gemeinsame Absichtserklärung zwischen A und
B"); a sentence naming the document's own endorsers ("This statement is supported by A, B
and C."); "The Foreign Ministers of A and B, meeting in X, adopted ..."."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("fr", "Déclaration conjointe entre la République française et la République de Finlande\n\nLes deux gouvernements conviennent de coopérer.\n", ["FR", "FI"]),
        ("de", "Gemeinsame Absichtserklärung zwischen der Bundesrepublik Deutschland und der Republik Estland\n\nBeide Regierungen wollen zusammenarbeiten.\n", ["DE", "EE"]),
        ("es", "Declaración conjunta entre el Reino de España y la República de Chile\n\nAmbos gobiernos acuerdan cooperar.\n", ["ES", "CL"]),
        ("it", "Dichiarazione congiunta tra la Repubblica italiana e la Repubblica di Croazia\n\nI due governi concordano di cooperare.\n", ["IT", "HR"]),
        ("en", "Joint Declaration between the Kingdom of Sweden and the Republic of Chile\n\nThe two governments will cooperate.\n", ["SE", "CL"]),
    ],
)
def test_a_title_between_two_states_names_its_parties(lang, text, states):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == states
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Talks between Austria and Belgium on a joint declaration stall\n\nThe two governments failed to agree.\n"),
        ("fr", "Négociations entre l'Autriche et la Belgique sur une déclaration\n\nLes deux gouvernements ne sont pas d'accord.\n"),
    ],
)
def test_a_headline_about_talks_between_states_gives_nothing(lang, text):
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement on safe harbours\n\nWe call for safe harbours.\n\nThis statement is supported by Austria, Belgium, Croatia and Denmark.\n"),
        ("fr", "Déclaration commune sur les ports sûrs\n\nNous appelons à des ports sûrs.\n\nCette déclaration est soutenue par l'Autriche, la Belgique, la Croatie et le Danemark.\n"),
        ("de", "Gemeinsame Erklärung zu sicheren Häfen\n\nWir fordern sichere Häfen.\n\nDiese Erklärung wird von Österreich, Belgien, Kroatien und Dänemark unterstützt.\n"),
        ("es", "Declaración conjunta sobre puertos seguros\n\nPedimos puertos seguros.\n\nEsta declaración está respaldada por Austria, Bélgica, Croacia y Dinamarca.\n"),
        ("nl", "Gezamenlijke verklaring over veilige havens\n\nWij vragen om veilige havens.\n\nDeze verklaring wordt gesteund door Oostenrijk, België, Kroatië en Denemarken.\n"),
    ],
)
def test_a_sentence_naming_this_documents_endorsers(lang, text):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["AT", "BE", "HR", "DK"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.endorsement_list"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another text is supported, not this one
        ("en", "Joint statement on safe harbours\n\nWe call for safe harbours.\n\nThe proposal is supported by Austria, Belgium and Croatia.\n"),
        # the list does not close the sentence: they are compared, not listed as endorsers
        ("en", "Joint statement on safe harbours\n\nWe call for safe harbours.\n\nThis statement is supported by Austria and Belgium more than by other partners.\n"),
        # a news page without a statement shape
        ("de", "Hafenbericht\n\nDer Vorschlag wird von Österreich, Belgien und Kroatien unterstützt.\n"),
    ],
)
def test_sentences_about_other_things_give_nothing(lang, text):
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Declaration\n\nThe Foreign Ministers of Austria, Belgium and Croatia, meeting in Vienna on 3 May 2023, adopted the following declaration:\n\nWe support open standards.\n"),
        ("fr", "Déclaration commune\n\nLes ministres des Affaires étrangères de l'Autriche, de la Belgique et de la Croatie, réunis à Vienne le 3 mai 2023, adoptent la déclaration suivante :\n\nNous soutenons les normes ouvertes.\n"),
        ("de", "Gemeinsame Erklärung\n\nDie Außenminister Österreichs, Belgiens und Kroatiens, zusammengekommen in Wien am 3. Mai 2023, verabschieden folgende Erklärung:\n\nWir unterstützen offene Standards.\n"),
        ("es", "Declaración conjunta\n\nLos ministros de Asuntos Exteriores de Austria, Bélgica y Croacia, reunidos en Viena el 3 de mayo de 2023, adoptan la siguiente declaración:\n\nApoyamos normas abiertas.\n"),
    ],
)
def test_the_ministers_with_a_clause_between_list_and_verb(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE", "HR"]


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("pt", "Declaração Conjunta da Cimeira\n\nPortugal e Espanha reafirmam o seu compromisso com a cooperação.\n", ["PT", "ES"]),
        ("en", "Joint Declaration of the Summit\n\nAustria and Belgium, meeting in Vienna, reaffirm their commitment to cooperation.\n", ["AT", "BE"]),
        ("fr", "Déclaration conjointe\n\nLa France et la Belgique réaffirment leur engagement.\n", ["FR", "BE"]),
        ("de", "Gemeinsame Erklärung\n\nÖsterreich und Belgien bekräftigen ihre Zusammenarbeit.\n", ["AT", "BE"]),
    ],
)
def test_states_opening_the_first_sentence_under_a_statement_heading(lang, text, states):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == states
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.governments_agree"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline that mentions a declaration without opening with it
        ("en", "France and Germany sign joint declaration\n\nFrance and Germany agreed on Monday to cooperate.\n"),
        # not the first sentence under the heading
        ("en", "Joint Declaration of the Summit\n\nWe met in Vienna.\n\nAustria and Belgium reaffirm their commitment to cooperation.\n"),
        # no verb of agreeing after the states
        ("fr", "Déclaration conjointe\n\nLa France et la Belgique ont connu des tensions.\n"),
    ],
)
def test_states_in_other_sentences_give_nothing(lang, text):
    assert facts(text, lang).signatories == []
