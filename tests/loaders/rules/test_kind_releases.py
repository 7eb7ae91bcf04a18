"""Kind of an organisation's own release and paper: the issuer's closing note says who
issued it; a masthead over a titled position paper does not make it a statement. Every
text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


# header, headline, dateline, a quote of the issuer's own spokesperson, the "About" note
RELEASES = [
    ("de", "Pressemitteilung\n\nLeuchtturm-Bündnis kritisiert Einigung\n\nBerlin, 12. März 2029 – Das Leuchtturm-Bündnis "
           "kritisiert die Einigung des Rates. „Das ist ein schlechter Tag für die Küsten“, sagt Anna Weber.\n\n"
           "Die geplanten Prüffristen seien für kleine Häfen nicht zu bezahlen, und die Wärter würden "
           "zu spät gehört. Das Bündnis fordert eine Übergangsfrist von fünf Jahren und einen gemeinsamen Fonds für die "
           "Instandsetzung der ältesten Türme an der Nord- und Ostseeküste.\n\n"
           "Über das Leuchtturm-Bündnis\nDas Bündnis ist ein Zusammenschluss von {who}.\n\nPressekontakt: presse@example.org",
     "40 zivilgesellschaftlichen Organisationen", "Behörden des Bundes und der Länder"),
    ("en", "Press release\n\nLighthouse Alliance criticises Council deal\n\n"
    "BRUSSELS, 12 March 2029 – The Lighthouse Alliance "
           "criticises the Council's deal. \"This is a bad day for the coasts,\" said Anna Weaver.\n\n"
           "The planned inspection intervals cannot be paid for by small harbours, and "
           "the keepers were heard too late. The Alliance asks for a transition period of five years and a common fund "
           "to repair the oldest towers along the northern and western coasts.\n\n"
           "About the Lighthouse Alliance\nThe Alliance brings together {who}.\n\nPress contact: press@example.org",
     "40 civil society organisations", "the port authorities of the coastal regions"),
    ("fr", "Communiqué de presse\n\nL'Alliance des phares critique l'accord\n\n"
    "Paris, le 12 mars 2029 – L'Alliance des phares "
           "critique l'accord du Conseil. « C'est un mauvais jour pour les côtes », déclare Anne Vidal.\n\n"
           "Les délais d'inspection prévus sont hors de portée des petits ports, "
           "et les gardiens ont été entendus trop tard. L'Alliance demande une période de transition de cinq ans et "
           "un fonds commun pour réparer les tours les plus anciennes des côtes atlantiques.\n\n"
           "À propos de l'Alliance des phares\nL'Alliance rassemble {who}.\n\nContact presse : presse@example.org",
     "40 organisations de la société civile", "les autorités portuaires des régions côtières"),
    ("es", "Nota de prensa\n\nLa Alianza de los Faros critica el acuerdo\n\nMadrid, 12 de marzo de 2029 – La Alianza de los "
           "Faros critica el acuerdo del Consejo. «Es un mal día para las costas», afirma Ana Vidal.\n\n"
           "Los plazos de inspección previstos son inasumibles para los puertos "
           "pequeños, y los fareros fueron escuchados demasiado tarde. La Alianza pide un periodo transitorio de cinco "
           "años y un fondo común para reparar las torres más antiguas de las costas atlánticas.\n\n"
           "Sobre la Alianza de los Faros\nLa Alianza reúne a {who}.\n\nContacto de prensa: prensa@example.org",
     "40 organizaciones de la sociedad civil", "las autoridades portuarias de las regiones costeras"),
]


@pytest.mark.parametrize(("lang", "text", "civil", "public"), RELEASES)
def test_a_release_whose_closing_note_names_civil_society_is_an_ngo_statement(lang, text, civil, public) -> None:
    assert text.index("{who}") > 400  # the note lies below the opening, where civil society is looked for first
    assert k(text.format(who=civil), lang) == "ngo_statement"


@pytest.mark.parametrize(("lang", "text", "civil", "public"), RELEASES)
def test_the_same_release_of_public_bodies_stays_news(lang, text, civil, public) -> None:
    s = signals(text.format(who=public), [lang])
    assert not s.civil_society
    assert k(text.format(who=public), lang) == "news"


MASTHEAD_PAPERS = [
    ("en", "European Lighthouse Keepers Federation\n\nPosition paper on the proposal for a directive on lighthouse maintenance\n\n"
    ""
           "The European Lighthouse Keepers Federation (ELKF) welcomes the proposal but asks for changes to Article 5."),
    ("de", "Europäischer Leuchtturmwärter-Verband\n\nPositionspapier zum Vorschlag für eine Richtlinie über Leuchttürme\n\n"
           "Der Europäische Leuchtturmwärter-Verband (ELV) begrüßt den Vorschlag, fordert aber Änderungen an Artikel 5."),
    ("fr", "Fédération européenne des gardiens de phare\n\nDocument de position sur la proposition de directive relative aux phares\n\n"
    ""
           "La Fédération européenne des gardiens de phare (FEGP) salue la proposition mais demande des changements."),
    ("nl", "Europese Federatie van Vuurtorenwachters\n\nPositiepapier over het voorstel voor een richtlijn over vuurtorens\n\n"
    ""
           "De Europese Federatie van Vuurtorenwachters (EFV) verwelkomt het voorstel maar vraagt wijzigingen."),
]


@pytest.mark.parametrize(("lang", "text"), MASTHEAD_PAPERS)
def test_an_organisations_masthead_over_a_titled_position_paper_is_a_position_paper(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.position_title
    assert k(text, lang) == "position_paper"


def test_a_parliament_briefing_is_no_news() -> None:
    text = ("BRIEFING\nEU Legislation in Progress\n\nLighthouse maintenance directive\n\nThe Commission proposed a "
            "directive on lighthouse maintenance in March 2028. The proposal would require the coastal states to "
            "inspect their towers every two years, and the committee adopted its report in January 2029.")
    assert signals(text, ["en"]).genre_title
    assert k(text, "en") == "other"
