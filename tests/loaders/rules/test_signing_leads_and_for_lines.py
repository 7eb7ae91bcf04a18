""""We, A, B and C, declare ...": the states alone after the pronoun; "For the Republic of
A:" lines alone closing a declaration (the signatures did not come through as text); a
statement title after a label, a place or a date ("Press release: Joint statement of ...")
or under a page's menu of one-word lines."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint declaration\n\nWe, Austria, Belgium and Croatia, declare our support for open archives.\n"),
        ("fr", "Déclaration commune\n\nNous, l'Autriche, la Belgique et la Croatie, déclarons notre soutien aux archives ouvertes.\n"),
        ("de", "Gemeinsame Erklärung\n\nWir, Österreich, Belgien und Kroatien, erklären unsere Unterstützung für offene Archive.\n"),
        ("es", "Declaración conjunta\n\nNosotros, Austria, Bélgica y Croacia, declaramos nuestro apoyo a los archivos abiertos.\n"),
    ],
)
def test_the_states_alone_after_we(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE", "HR"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint declaration\n\nWe, in Austria and Belgium, support open archives.\n"),
        ("en", "Joint declaration\n\nWe, Austria, welcome Belgium and Croatia to the group.\n"),
    ],
)
def test_other_words_after_we_give_nothing(lang, text):
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("en", "Joint Declaration on Archives\n\nThe Participants will cooperate.\n\nDone at Vienna on 3 May 2023 in two originals.\n\n"
               "For the Republic of Austria:\n\nFor the Kingdom of Belgium:\n", ["AT", "BE"]),
        ("fr", "Déclaration conjointe sur les archives\n\nLes participants coopéreront.\n\nFait à Vienne le 3 mai 2023.\n\n"
               "Pour la République d'Autriche\n\nPour le Royaume de Belgique\n", ["AT", "BE"]),
        ("de", "Gemeinsame Erklärung über Archive\n\nDie Teilnehmer arbeiten zusammen.\n\nGeschehen zu Wien am 3. Mai 2023.\n\n"
               "Für die Republik Österreich\n\nFür das Königreich Belgien\n", ["AT", "BE"]),
        ("es", "Declaración conjunta sobre archivos\n\nLos participantes cooperarán.\n\nHecho en Viena el 3 de mayo de 2023.\n\n"
               "Por la República de Austria\n\nPor el Reino de Bélgica\n", ["AT", "BE"]),
    ],
)
def test_for_lines_alone_close_a_declaration(lang, text, states):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == states
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.signature_block"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Declaration on Archives\n\nThe two governments will cooperate.\n\nDone at Vienna on 3 May 2023.\n\n"
               "The Government of the Republic of Austria\n\nThe Government of the Kingdom of Belgium\n"),
        ("fr", "Déclaration conjointe sur les archives\n\nLes deux gouvernements coopéreront.\n\nFait à Vienne le 3 mai 2023.\n\n"
               "Le Gouvernement de la République d'Autriche\n\nLe Gouvernement du Royaume de Belgique\n"),
        ("de", "Gemeinsame Erklärung über Archive\n\nBeide Regierungen arbeiten zusammen.\n\nGeschehen zu Wien am 3. Mai 2023.\n\n"
               "Die Regierung der Republik Österreich\n\nDie Regierung des Königreichs Belgien\n"),
    ],
)
def test_government_lines_alone_close_a_declaration(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE"]


def test_government_lines_closing_a_news_page_are_no_signatures():
    text = ("News on archives\n\nThe two governments will cooperate, officials said.\n\n"
            "The Government of the Republic of Austria\n\nThe Government of the Kingdom of Belgium\n")
    assert facts(text, "en").signatories == []


def test_one_for_line_is_no_signature_block():
    text = "Joint Declaration on Archives\n\nThe Participants will cooperate.\n\nFor the Republic of Austria:\n"
    assert facts(text, "en").signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Press release: Joint Statement of the Foreign Ministers of Austria and Belgium\n\nThe ministers discussed archives.\n"),
        ("fr", "Communiqué – Déclaration conjointe des ministres des Affaires étrangères de l'Autriche et de la Belgique\n\nLes ministres ont discuté des archives.\n"),
        ("de", "Wien, 3. Mai 2023 | Gemeinsame Erklärung der Außenminister Österreichs und Belgiens\n\nDie Minister berieten über Archive.\n"),
        ("pl", "Komunikat prasowy: Wspólna deklaracja ministrów spraw zagranicznych Austrii i Belgii\n\nMinistrowie rozmawiali o archiwach.\n"),
        ("en", "Home\nNews\nPress\nTopics\nCountries\nAbout us\nContact\nJoint Statement by Austria and Belgium on archives\n\nWe support open archives.\n"),
    ],
)
def test_a_title_after_a_label_or_under_a_menu(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE"]
