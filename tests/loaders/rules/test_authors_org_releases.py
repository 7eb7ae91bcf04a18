"""An organisation's own release, read from the release's structure: an officer introduced
with a colon whose quotation runs on over paragraphs without being reopened (and the
organisation named with a possessive, "ORG’s President"), a closing press contact naming
the one organisation whose release speaks as "we", and a lead in which a registered
organisation only accompanies the subject ("X together with Y ... we call"). Such pages
are civil society's statements. Traps: news quoting the officer between its own
sentences, "we" only inside quotation marks, a site's general "Contact" link, a companion
taken for the issuer."""

from __future__ import annotations

import re

import pytest

from .helpers import facts


def _orgs(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "organization"]


# -- an officer's quotation that runs on over paragraphs ------------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Today the Commission tabled its proposal on fishing ports.\n"
               "EFPW’s President Mara Exampleton said:\n"
               "“Dock workers support common rules, but this proposal adds “red tape” to every harbour.\n"
               "The reporting duties are unrealistic for small ports and their crews.\n"
               "We ask the co-legislators to simplify the text before the summer.\n", "EFPW"),
        ("fr", "La Commission a présenté aujourd'hui sa proposition sur les ports de pêche.\n"
               "Marie Exemple, présidente de la FNPP, a déclaré :\n"
               "« Nos adhérents soutiennent des règles communes, mais ce texte ajoute des « formalités » à chaque port.\n"
               "Les obligations de déclaration sont irréalistes pour les petits ports.\n"
               "Nous demandons aux colégislateurs de simplifier le texte avant l'été.\n", "FNPP"),
        ("de", "Die Kommission hat heute ihren Vorschlag zu den Fischereihäfen vorgelegt.\n"
               "Dazu erklärt FHV-Präsident Hans Beispielmann:\n"
               "„Die Häfen unterstützen gemeinsame Regeln, aber dieser Vorschlag bringt neue „Berichtspflichten“ für jeden Hafen.\n"
               "Für kleine Häfen sind diese Pflichten nicht zu leisten.\n"
               "Wir fordern, den Text vor dem Sommer zu vereinfachen.\n", "FHV"),
        ("es", "La Comisión ha presentado hoy su propuesta sobre los puertos pesqueros.\n"
               "La presidenta de la FEPP, Lucía Ejemplo, ha declarado:\n"
               "“El sector apoya unas normas comunes, pero esta propuesta añade “trámites” a cada puerto.\n"
               "Las obligaciones de información son irrealizables para los puertos pequeños.\n"
               "Pedimos a los colegisladores que simplifiquen el texto antes del verano.\n", "FEPP"),
    ],
)
def test_an_officers_quotation_running_over_paragraphs_makes_the_organisations_page(lang: str, text: str, org: str) -> None:
    f = facts(text, lang)
    assert [a.actor.name for a in f.authors if a.actor.kind == "organization"] == [org]
    assert f.kind == "ngo_statement"


def test_news_that_closes_the_officers_quotation_and_goes_on_reporting_names_no_issuer() -> None:
    text = ("Ports proposal criticised\n\nThe Commission tabled its proposal on fishing ports on Tuesday, officials said.\n"
            "EFPW’s President Mara Exampleton said: “This adds red tape.”\n"
            "Several governments are expected to ask for changes, according to diplomats who asked not to be named. "
            "The proposal will be discussed by ministers in May, when the presidency hopes to reach a first agreement. "
            "Environmental groups said the text was too weak and would not protect fish stocks in the Baltic.\n")
    assert _orgs(text, "en") == []


# -- a press contact closing a release that speaks as "we" ----------------------------------

_WE_RELEASES = {
    "de": ("Hafenreform: Verbände fordern Aufschub\nBonn, 12.05.2031. Die Unsicherheit über den Zeitplan der Hafenreform ist groß. "
           "Zwölf Verbände schlagen Alarm. Wir brauchen jetzt Planungssicherheit für die Betriebe.\n"
           "Die Verantwortung der Institutionen ist groß.\n", "Pressekontakt:\nVerband der Fischereihäfen e. V.\nTel.: 0228 123 456\n",
           "Verband der Fischereihäfen e. V"),
    "en": ("Ports reform: associations ask for delay\nBrussels, 12 May 2031. The uncertainty about the timetable of the ports reform is great. "
           "Twelve associations are sounding the alarm. We need legal certainty for the businesses now.\n"
           "The responsibility of the institutions is great.\n", "Press contact:\nFishing Ports Association\nTel.: +32 2 123 45 67\n",
           "Fishing Ports Association"),
    "fr": ("Réforme des ports : les fédérations demandent un report\nParis, le 12 mai 2031. L'incertitude sur le calendrier de la réforme est grande. "
           "Douze fédérations tirent la sonnette d'alarme. Nous avons besoin de sécurité juridique pour les entreprises.\n"
           "La responsabilité des institutions est grande.\n", "Contact presse :\nFédération des Ports de Pêche\nTél. : 01 23 45 67 89\n",
           "Fédération des Ports de Pêche"),
    "it": ("Riforma dei porti: le federazioni chiedono un rinvio\nRoma, 12 maggio 2031. L'incertezza sul calendario della riforma è grande. "
           "Dodici federazioni lanciano l'allarme. Noi chiediamo certezza del diritto per le imprese.\n"
           "La responsabilità delle istituzioni è grande.\n", "Ufficio stampa\nFederazione Porti Pescherecci\nTel. 06 123 456\n",
           "Federazione Porti Pescherecci"),
}


@pytest.mark.parametrize("lang", sorted(_WE_RELEASES))
def test_the_press_contact_of_a_release_speaking_as_we_issues_it(lang: str) -> None:
    body, contact, org = _WE_RELEASES[lang]
    f = facts(body + contact, lang)
    assert [a.actor.name for a in f.authors if a.actor.kind == "organization"] == [org]
    assert f.kind == "ngo_statement"


def test_a_general_contact_link_under_a_we_text_names_no_issuer() -> None:
    body, _, _ = _WE_RELEASES["en"]
    assert _orgs(body + "Contact:\nFishing Ports Association\nTel.: +32 2 123 45 67\n", "en") == []


def test_we_only_inside_quotation_marks_gives_no_press_contact_issuer() -> None:
    text = ("Ports reform: associations ask for delay\nBrussels, 12 May 2031. The uncertainty about the timetable is great. "
            "“We need legal certainty now,” the associations wrote.\nThe responsibility of the institutions is great.\n"
            "Press contact:\nFishing Ports Association\nTel.: +32 2 123 45 67\n")
    assert _orgs(text, "en") == []


# -- a companion is not the issuer ----------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Open letter to the ministers\n\nFPA together with Access Now calls on the Council "
               "to protect the rights of dock workers.\n"),
        ("fr", "Lettre ouverte aux ministres\n\nLa FPP aux côtés d'Access Now appelle le Conseil "
               "à protéger les droits des dockers.\n"),
        ("de", "Offener Brief an die Minister\n\nDer FHV gemeinsam mit Access Now und 12 weiteren Organisationen fordert den Rat auf, "
               "die Rechte der Hafenarbeiter zu schützen.\n"),
        ("es", "Carta abierta a los ministros\n\nLa FEPP junto con Access Now pide al Consejo "
               "que proteja los derechos de los estibadores.\n"),
    ],
)
def test_an_organisation_after_together_with_is_no_issuer(lang: str, text: str) -> None:
    assert "Access Now" not in _orgs(text, lang)


def test_the_organisation_opening_the_call_with_its_companions_counted_is_the_issuer() -> None:
    text = ("Open letter to the ministers\n\nAccess Now, together with 40 other organisations, calls on the Council "
            "to protect the rights of dock workers.\n")
    assert _orgs(text, "en") == ["Access Now"]


# -- a site's home link over the release label ------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "head", "body"),
    [
        ("fi", "Siirry sisältöön\nMedia\nValtioneuvoston kanslia etusivu\n\nMinisterit linjasivat kalastuskiintiöt\n\nviestintäosasto\n"
               "Julkaisuajankohta 12.5.2031 10.15\nTiedote\n", "Ministerivaliokunta linjasi perjantaina kalastuskiintiöitä koskevat kannat.\n"),
        ("de", "Zum Inhalt springen\nPresse\nBundesministerium für Ernährung und Landwirtschaft Startseite\n\nFangquoten beschlossen\n\n"
               "Pressestelle\n12.05.2031\nPressemitteilung\n", "Die Ministerinnen und Minister haben am Freitag die Fangquoten beschlossen.\n"),
        ("fr", "Aller au contenu\nPresse\nMinistère de l'Agriculture et de la Pêche accueil\n\nQuotas de pêche adoptés\n\n"
               "Service de presse\n12/05/2031\nCommuniqué de presse\n", "Les ministres ont adopté vendredi les quotas de pêche.\n"),
        ("en", "Skip to content\nNews\nFishing Ports Association home page\n\nQuotas adopted\n\nPress office\n12 May 2031\nPress release\n",
         "The ministers adopted the fishing quotas on Friday.\n"),
    ],
)
def test_a_sites_home_link_over_its_release_label_names_the_issuer(lang: str, head: str, body: str) -> None:
    home_word = re.compile(r"(?i)etusivu|startseite|accueil|home")
    f = facts(head + body, lang)
    assert len(f.authors) == 1 and f.authors[0].actor.kind == "organization"
    assert f.authors[0].evidence.extractor in ("authors.release_head", "authors.government_letterhead")
    assert not home_word.search(f.authors[0].actor.name)  # the home link is no part of the name


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        # the home link without any release label: a page of the site, not its release
        ("fi", "Siirry sisältöön\nMedia\nValtioneuvoston kanslia etusivu\n\nMinisterit linjasivat kalastuskiintiöt\n\n"),
        ("en", "Skip to content\nNews\nFishing Ports Association home page\n\nQuotas adopted\n\n"),
        # a news outlet's home link: no organisation's name
        ("en", "Skip to content\nNews\nThe Daily Harbour home page\n\nQuotas adopted\n\nBy Jane Exampleton\n12 May 2031\nPress release\n"),
        ("de", "Zum Inhalt springen\nNachrichten\nHafenblatt Startseite\n\nFangquoten beschlossen\n\n12.05.2031\nPressemitteilung\n"),
    ],
)
def test_no_release_issuer_from_a_home_link_alone_or_an_outlets(lang: str, head: str) -> None:
    text = head + "The ministers adopted the fishing quotas on Friday. Talks went on all night.\n"
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.release_head"] == []


# -- a stand in the lead of a page labelled as a release ------------------------------------

@pytest.mark.parametrize(
    ("lang", "label", "lead", "org"),
    [
        ("en", "Press release", "The ETUC welcomes the Council's agreement on platform work and urges a swift adoption.",
         "European Trade Union Confederation (ETUC)"),
        ("de", "Pressemitteilung", "Der DGB begrüßt die Einigung des Rates zur Plattformarbeit.", "Deutscher Gewerkschaftsbund (DGB)"),
        ("fr", "Communiqué de presse", "La CGT dénonce l'accord du Conseil sur le travail de plateforme.",
         "Confédération générale du travail (CGT)"),
        ("it", "Comunicato stampa", "La CGIL respinge l'accordo del Consiglio sul lavoro tramite piattaforma.",
         "Confederazione Generale Italiana del Lavoro (CGIL)"),
    ],
)
def test_a_stand_opening_the_lead_of_a_labelled_release_names_its_issuer(lang: str, label: str, lead: str, org: str) -> None:
    text = f"Platform work\n{label}\n12.05.2031\n\n{lead} The text now goes to the Parliament.\n"
    assert [(a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors] == [(org, "authors.own_voice")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no label: news opens with an organisation's stand as often
        ("en", "Platform work\n12.05.2031\n\nThe ETUC welcomes the Council's agreement on platform work. The text now goes to the Parliament.\n"),
        # the label inside a sentence: a story about a release
        ("de", "Plattformarbeit\n\nIn einer Pressemitteilung vom Montag hieß es, der Rat habe sich geeinigt.\n\n"
               "Der DGB begrüßt die Einigung des Rates zur Plattformarbeit.\n"),
        # a state's stand under a release label is no organisation's
        ("fr", "Travail de plateforme\nCommuniqué de presse\n\nLa France salue l'accord du Conseil sur le travail de plateforme.\n"),
        ("it", "Lavoro tramite piattaforma\n\nLa CGIL respinge l'accordo del Consiglio, ha detto ieri il segretario.\n"),
    ],
)
def test_no_issuer_from_a_stand_without_the_release_label(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.own_voice"] == []


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Open letter to the ministers\n\nEDF together with Access Now and 12 other groups calls on the Council "
               "to protect the rights of persons with disabilities.\n", "European Disability Forum (EDF)"),
        ("it", "Lettera aperta ai ministri\n\nLa CGIL insieme ad Access Now chiedono al Consiglio di tutelare i diritti dei portuali.\n",
         "Confederazione Generale Italiana del Lavoro (CGIL)"),
        ("de", "Offener Brief an die Minister\n\nDer DGB gemeinsam mit Access Now fordert den Rat auf, die Rechte der Hafenarbeiter "
               "zu schützen.\n", "Deutscher Gewerkschaftsbund (DGB)"),
        ("es", "Carta abierta a los ministros\n\nCCOO junto con Access Now pide al Consejo que proteja los derechos de los estibadores.\n",
         "Comisiones Obreras (CCOO)"),
    ],
)
def test_the_subject_before_together_with_is_the_issuer(lang: str, text: str, org: str) -> None:
    assert _orgs(text, lang) == [org]
