"""The opening "We, the ministers ... of A, B and C" where the leaders' noun carries the
ministers' field ("responsible for digital affairs", "chargés du numérique", "für Digitales
zuständigen"), "undersigned", or a second noun joined by a conjunction ("Ministerinnen und
Minister"); and titles naming the ministers in the genitive (cs, pl, sk)."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint declaration on data\n\nWe, the Ministers responsible for digital affairs of Austria, Belgium, Croatia and Denmark, support open standards.\n"),
        ("en", "Joint letter on data\n\nWe, the undersigned Ministers of Austria, Belgium, Croatia and Denmark, ask the Commission to act.\n"),
        ("en", "Joint statement on data\n\nWe, the representatives of the Governments of Austria, Belgium, Croatia and Denmark, support open standards.\n"),
        ("de", "Gemeinsame Erklärung zu Daten\n\nWir, die für Digitales zuständigen Ministerinnen und Minister Österreichs, Belgiens, Kroatiens und Dänemarks, bekennen uns zu offenen Standards.\n"),
        ("fr", "Déclaration commune sur les données\n\nNous, ministres chargés du numérique de l'Autriche, de la Belgique, de la Croatie et du Danemark, soutenons les normes ouvertes.\n"),
        ("es", "Declaración conjunta sobre datos\n\nNosotros, los ministros responsables de asuntos digitales de Austria, Bélgica, Croacia y Dinamarca, apoyamos las normas abiertas.\n"),
        ("it", "Dichiarazione congiunta sui dati\n\nNoi, ministri responsabili per il digitale di Austria, Belgio, Croazia e Danimarca, sosteniamo standard aperti.\n"),
        ("pl", "Wspólna deklaracja w sprawie danych\n\nMy, ministrowie odpowiedzialni za sprawy cyfrowe Austrii, Belgii, Chorwacji i Danii, popieramy otwarte standardy.\n"),
    ],
)
def test_the_ministers_field_between_noun_and_list_is_passed_over(lang, text):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["AT", "BE", "HR", "DK"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.we_the_governments"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the words between the noun and the list say where they met, not whose ministers they are
        ("en", "Joint declaration on data\n\nWe, the ministers meeting at the invitation of Austria and Belgium, support open standards.\n"),
        # a comma after the noun: the list is the object of another clause
        ("en", "Joint declaration on data\n\nWe, the ministers responsible for trade, welcome Austria and Belgium to the group.\n"),
        ("de", "Gemeinsame Erklärung zu Daten\n\nWir, die für Handel zuständigen Minister, begrüßen Österreich und Belgien in der Gruppe.\n"),
    ],
)
def test_other_words_between_noun_and_list_give_nothing(lang, text):
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("cs", "Společné prohlášení ministrů zahraničí Rakouska, Belgie a Chorvatska\n\nMinistři jednali o bezpečnosti.\n", ["AT", "BE", "HR"]),
        ("pl", "Wspólne oświadczenie ministrów spraw zagranicznych Austrii, Belgii i Chorwacji\n\nMinistrowie omówili bezpieczeństwo regionu.\n", ["AT", "BE", "HR"]),
        ("sk", "Spoločné vyhlásenie ministrov zahraničných vecí Rakúska, Belgicka a Chorvátska\n\nMinistri rokovali o bezpečnosti.\n", ["AT", "BE", "HR"]),
    ],
)
def test_a_title_naming_the_ministers_in_the_genitive(lang, text, states):
    assert [s.iso2 for s in facts(text, lang).signatories] == states


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Wspólne oświadczenie ministrów spraw zagranicznych Austrii i Belgii\n\n"
               "Podczas wizyty w Wiedniu szefowie dyplomacji Austrii i Belgii przyjęli wspólne oświadczenie o współpracy.\n"),
        ("en", "Joint statement of the foreign ministers of Austria and Belgium\n\n"
               "During a visit to Vienna, the foreign ministers of Austria and Belgium adopted a joint statement on cooperation.\n"),
        ("cs", "Společné prohlášení ministrů zahraničí Rakouska a Belgie\n\n"
               "Během návštěvy ve Vídni ministři zahraničí Rakouska a Belgie přijali společné prohlášení o spolupráci.\n"),
    ],
)
def test_a_title_over_a_report_of_the_statement_is_reported_not_signed(lang, text):
    f = facts(text, lang)
    assert f.signatories == []
    assert any(w.code == "reported_signatories" for w in f.warnings)


def test_a_title_over_the_line_that_introduces_the_statement_is_signed():
    text = ("Joint statement of the foreign ministers of Austria and Belgium\n\n"
            "The foreign ministers of Austria and Belgium issued the following joint statement:\n\n"
            "We will deepen our cooperation on research.\n")
    assert [s.iso2 for s in facts(text, "en").signatories] == ["AT", "BE"]
