"""Authors from structures every outlet shares: a wire agency's dateline after a place
written as a name ("Berlin (dpa) -", "Bruselas, 12 mar (EFE).-"), bylines with the labels
of each language ("Geschrieben von", "Napsal:", "Scritto da"), and an organisation's own
press release or position paper (its name alone in the letterhead and the document's
label standing alone). Traps: an agency after a place inside a sentence, a label in a
sentence, a headline naming an organisation under a press-release label."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "en": "The ministers met in Lima on Friday to discuss fishing quotas. Talks will resume in May.\n",
    "de": "Die Minister trafen sich am Freitag in Lima, um über Fangquoten zu beraten. Die Gespräche gehen im Mai weiter.\n",
    "fr": "Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche. Les discussions reprendront en mai.\n",
    "es": "Los ministros se reunieron el viernes en Lima para hablar de las cuotas de pesca. Las conversaciones seguirán en mayo.\n",
    "it": "I ministri si sono riuniti venerdì a Lima per discutere delle quote di pesca. I colloqui riprenderanno a maggio.\n",
    "nl": "De ministers kwamen vrijdag in Lima bijeen om over vangstquota te praten. De gesprekken gaan in mei verder.\n",
    "pl": "Ministrowie spotkali się w piątek w Limie, aby omówić kwoty połowowe. Rozmowy będą kontynuowane w maju.\n",
    "cs": "Ministři se v pátek sešli v Limě, aby projednali rybolovné kvóty. Jednání budou pokračovat v květnu.\n",
    "hu": "A miniszterek pénteken Limában találkoztak, hogy a halászati kvótákról tárgyaljanak. A tárgyalások májusban folytatódnak.\n",
    "ro": "Miniștrii s-au întâlnit vineri la Lima pentru a discuta despre cotele de pescuit. Discuțiile vor continua în mai.\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(a.actor.kind, a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "dateline", "agency"),
    [
        ("de", "Berlin (dpa) - ", "Deutsche Presse-Agentur (dpa)"),
        ("de", "Brüssel/Berlin (epd). ", "Evangelischer Pressedienst (epd)"),
        ("es", "Bruselas, 12 mar (EFE).- ", "Agencia EFE"),
        ("fr", "Paris, 3 mars 2031 (AFP) - ", "Agence France-Presse (AFP)"),
        ("pl", "Warszawa (PAP) - ", "Polska Agencja Prasowa (PAP)"),
        ("nl", "Den Haag (ANP) - ", "Algemeen Nederlands Persbureau (ANP)"),
        ("hu", "Budapest, 2031. március 12. (MTI) – ", "Magyar Távirati Iroda (MTI)"),
        ("ro", "București, 12 martie (Agerpres) - ", "Agerpres"),
    ],
)
def test_a_dateline_after_a_place_written_as_a_name_credits_the_agency(lang: str, dateline: str, agency: str) -> None:
    text = "Quotas\n\n" + dateline + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [("organization", agency, "authors.agency_credit")]


def test_a_dateline_after_a_page_date_credits_the_agency() -> None:
    text = " date 2031-05-03 Berlin (dpa) - " + _BODY["de"] + _BODY["de"]
    assert _authors(text, "de") == [("organization", "Deutsche Presse-Agentur (dpa)", "authors.agency_credit")]


def test_a_closing_agency_bracket_with_a_full_stop_credits_the_agency() -> None:
    text = "Quote\n\n" + _BODY["it"] + _BODY["it"].rstrip() + " (ANSA).\n"
    assert _authors(text, "it") == [("organization", "ANSA", "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Quoten\n\nDie Gespräche in Berlin (dpa) - so hieß es - gehen weiter. " + _BODY["de"]),
        ("en", "Quotas\n\nTalks resumed in Berlin (Reuters) - and went on. " + _BODY["en"]),
        ("fr", "Quotas\n\nLes ministres ont parlé à Paris (AFP) - selon eux - de pêche. " + _BODY["fr"]),
        ("es", "Cuotas\n\nLos ministros hablaron en Madrid (EFE) - dijeron - de pesca. " + _BODY["es"]),
    ],
)
def test_an_agency_after_a_place_inside_a_sentence_is_no_dateline(lang: str, text: str) -> None:
    assert _authors(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "line", "people"),
    [
        ("en", "Posted by Maren Holtvik on 3 May 2031", ["Maren Holtvik"]),
        ("en", "Published by Maren Holtvik and Tomas Eriksen", ["Maren Holtvik", "Tomas Eriksen"]),
        ("de", "Geschrieben von Maren Holtvik", ["Maren Holtvik"]),
        ("fr", "Publié par Maren Holtvik le 3 mai 2031", ["Maren Holtvik"]),
        ("es", "Escrito por Maren Holtvik", ["Maren Holtvik"]),
        ("it", "Scritto da Maren Holtvik", ["Maren Holtvik"]),
        ("nl", "Geschreven door Maren Holtvik", ["Maren Holtvik"]),
        ("cs", "Napsal: Tomáš Eriksen", ["Tomáš Eriksen"]),
        ("pl", "Napisała Maren Holtvik", ["Maren Holtvik"]),
        ("hu", "Írta: Holtvik Maren", ["Holtvik Maren"]),
        ("ro", "Scris de Maren Holtvik", ["Maren Holtvik"]),
    ],
)
def test_a_byline_label_of_the_language_names_the_authors(lang: str, line: str, people: list[str]) -> None:
    text = "Quotas\n" + line + "\n" + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [("person", p, "authors.byline") for p in people]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quotas\nPosted by the ministry of fisheries on Monday, the figures were revised.\n" + _BODY["en"]),
        ("de", "Quoten\nGeschrieben von Hand wurden die Zahlen nachgereicht, sagte ein Sprecher.\n" + _BODY["de"]),
        ("it", "Quote\nScritto da anni, il piano non è mai stato applicato.\n" + _BODY["it"]),
    ],
)
def test_a_byline_label_in_a_sentence_names_no_author(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.byline"] == []


@pytest.mark.parametrize(
    ("lang", "head", "org"),
    [
        ("en", "Access Now\nPress release\nFishing talks stall in Lima\n", "Access Now"),
        ("en", "European Federation of Journalists\nPRESS RELEASE | 3 May 2031\nFishing talks stall\n", "European Federation of Journalists"),
        ("de", "Amnesty International\nPressemitteilung\nFischereigespräche stocken\n", "Amnesty International"),
        ("fr", "Reporters sans frontières\nCommuniqué de presse\nLes négociations piétinent\n", "Reporters Without Borders (RSF)"),
        ("en", "News\nAmnesty International\nPosition paper\n", "Amnesty International"),
    ],
)
def test_an_organisations_letterhead_over_its_release_label_names_it(lang: str, head: str, org: str) -> None:
    found = _authors(head + _BODY[lang] + _BODY[lang], lang)
    assert [(k, n) for k, n, _ in found] == [("organization", org)]
    assert found[0][2] == "authors.release_head"


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "Press release\nAccess Now condemns the fishing talks\n"),
        ("en", "Access Now\nThe fishing talks, a press release and the quotas\n"),
        ("de", "Pressemitteilung\nKritik von Amnesty International an den Fangquoten\n"),
        ("en", "Estonia\nPress release\nFishing talks stall\n"),
    ],
)
def test_an_organisation_only_named_in_a_headline_or_a_state_is_no_release_author(lang: str, head: str) -> None:
    assert [a for a in facts(head + _BODY[lang], lang).authors if a.evidence.extractor == "authors.release_head"] == []


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Fishing deal welcomed\n3 May 2031\nThe European Federation of Fishworkers (EFF) is cautiously optimistic about the deal. "
               "However, we still need to see the final text.\n", "European Federation of Fishworkers"),
        ("en", "Fishing deal welcomed\nAmnesty International welcomes the fishing deal. Our members will follow its enforcement.\n",
         "Amnesty International"),
        ("fr", "Accord sur la pêche\nReporters sans frontières salue l'accord sur la pêche. Nous suivrons sa mise en œuvre de près.\n",
         "Reporters Without Borders (RSF)"),
        ("de", "Fischereiabkommen\nAmnesty International begrüßt die Einigung über die Fangquoten. Wir werden die Umsetzung genau verfolgen.\n",
         "Amnesty International"),
    ],
)
def test_an_organisation_that_names_itself_then_speaks_as_we_is_the_author(lang: str, text: str, org: str) -> None:
    found = _authors(text + _BODY[lang], lang)
    assert [(k, n) for k, n, _ in found] == [("organization", org)]
    assert found[0][2] == "authors.we_voice"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # its "we" only inside quotation marks: news quoting it
        ("en", "Fishing deal\nAmnesty International welcomed the deal. \"We will follow it,\" a spokesperson said.\n"),
        ("fr", "Pêche\nReporters sans frontières a salué l'accord. « Nous suivrons sa mise en œuvre », a dit sa porte-parole.\n"),
        # "we" before the organisation is named: the writer, not the organisation
        ("en", "Fishing deal\nWe asked the ministers about the quotas. Amnesty International welcomes the deal.\n"),
        # a state or an EU institution is no organisation speaking as "we" here
        ("de", "Fischerei\nDie Europäische Kommission begrüßt die Einigung. Wir werden sehen, was folgt.\n"),
    ],
)
def test_we_in_quotes_or_before_the_name_gives_no_we_voice_author(lang: str, text: str) -> None:
    assert [a for a in facts(text + _BODY[lang], lang).authors if a.evidence.extractor == "authors.we_voice"] == []


@pytest.mark.parametrize(
    ("lang", "head", "people"),
    [
        ("en", "Fishing talks stall\nMaren Holtvik\n3 May 2031\n", ["Maren Holtvik"]),
        ("de", "Fischereigespräche stocken\nMaren Holtvik | Seefunk\n", ["Maren Holtvik"]),
        ("it", "Pesca\nIl ministro ha preso posizione sulle quote di pesca\nMaren Holtvik\nLe quote sono troppo alte per i pescatori\n3 maggio 2031\n",
         ["Maren Holtvik"]),
        ("fr", "Les négociations piétinent\nMaren Holtvik / 3 mai 2031\n", ["Maren Holtvik"]),
    ],
)
def test_an_unlabelled_byline_under_the_title_names_the_author(lang: str, head: str, people: list[str]) -> None:
    assert _authors(head + _BODY[lang] + _BODY[lang], lang) == [("person", p, "authors.byline") for p in people]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        # a page label, not a name
        ("en", "Press Release | 3 May 2031\nFishing talks stall\n"),
        # an organisation's name over its release label
        ("de", "Bundesverband der Fischereiwirtschaft\nPressemitteilung 12/2031\nFangquoten\n"),
        # a person's heading: the lead goes on about them
        ("en", "Fishing talks stall\nMaren Holtvik\n3 May 2031\nMaren Holtvik, the fisheries minister, said the quotas were too low.\n"),
        # a name line with no date near it
        ("en", "Fishing talks stall\nMaren Holtvik\nThe minister who wants more fish\nA long profile\n"),
        # a place after the bar is no outlet line when a sentence follows
        ("en", "Fishing talks stall\nMaren Holtvik | the minister said on Friday that talks would go on\n"),
    ],
)
def test_lines_that_only_look_like_an_unlabelled_byline_name_no_author(lang: str, head: str) -> None:
    assert [a for a in facts(head + _BODY[lang], lang).authors if a.evidence.extractor == "authors.byline"] == []


@pytest.mark.parametrize(
    ("lang", "title", "states"),
    [
        ("en", "Non-paper by Austria, Denmark and Sweden on fishing quotas", ["AT", "DK", "SE"]),
        ("en", "Joint non-paper from France and Germany on fishing quotas", ["FR", "DE"]),
        ("de", "Positionspapier von Deutschland und Frankreich zu den Fangquoten", ["DE", "FR"]),
        ("fr", "Non-papier de la France et de l'Allemagne sur les quotas de pêche", ["FR", "DE"]),
        ("pl", "Non-paper Polski i Czech w sprawie kwot połowowych", ["PL", "CZ"]),
        ("es", "Documento oficioso de España y Portugal sobre las cuotas de pesca", ["ES", "PT"]),
        ("it", "Non-paper di Italia e Francia sulle quote di pesca", ["IT", "FR"]),
    ],
)
def test_a_papers_title_naming_its_states_gives_them_as_authors(lang: str, title: str, states: list[str]) -> None:
    f = facts(title + "\n" + _BODY[lang] + _BODY[lang], lang)
    assert [a.actor.iso2 for a in f.authors] == states
    assert {a.evidence.extractor for a in f.authors} == {"authors.paper_by"}
    assert f.signatories == []  # a paper's states write it; they sign nothing


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Non-paper by Austria and Sweden calls for lower fishing quotas\n"),
        ("en", "Fishing\nNews about a non-paper by Austria and Sweden on fishing quotas\n"),
        ("de", "Positionspapier von Deutschland und dem Fischereiverband zu den Fangquoten\n"),
        ("fr", "Non-papier de la France critiqué par l'Allemagne\n"),
    ],
)
def test_a_headline_about_a_paper_or_a_mixed_list_gives_no_paper_authors(lang: str, text: str) -> None:
    assert [a for a in facts(text + _BODY[lang], lang).authors if a.evidence.extractor == "authors.paper_by"] == []


@pytest.mark.parametrize(
    ("lang", "lead", "orgs"),
    [
        ("en", "Brussels, 3 May 2031 – Access Now and 40 other organisations today urge the ministers to reject the quotas.",
         ["Access Now"]),
        ("en", "BRUSSELS – Amnesty International, together with 12 other groups, calls on the ministers to reject the quotas.",
         ["Amnesty International"]),
        ("fr", "Paris, 3 mai 2031 – Reporters sans frontières et 30 autres organisations appellent les ministres à rejeter les quotas.",
         ["Reporters Without Borders (RSF)"]),
        ("de", "Berlin, 3. Mai 2031 – Amnesty International und 20 weitere Organisationen fordern die Minister zum Handeln auf.",
         ["Amnesty International"]),
    ],
)
def test_a_release_lead_after_its_dateline_and_with_a_collective_names_its_organisations(lang: str, lead: str, orgs: list[str]) -> None:
    found = _authors("Fishing\n" + lead + "\n" + _BODY[lang], lang)
    assert [(k, n) for k, n, _ in found] == [("organization", o) for o in orgs]


def test_states_counted_with_others_in_a_lead_are_no_press_release_authors() -> None:
    text = "Fishing\nEstonia and 20 other states today call on the ministers to reject the quotas.\n" + _BODY["en"]
    assert [a for a in facts(text, "en").authors if a.evidence.extractor == "authors.press_release"] == []


def test_byline_data_has_no_word_read_as_a_boolean() -> None:
    """YAML reads a bare on/no/yes as a boolean: "on" after a byline's names was lost so."""
    from loaders.names.resources import load_yaml

    data = load_yaml("bylines.yaml")
    for section in ("labels", "published", "sources"):
        for lang, words in data[section].items():
            assert all(isinstance(w, str) for w in words), (section, lang, words)


@pytest.mark.parametrize(
    ("lang", "line", "agency"),
    [
        ("en", "By Reuters", "Reuters"),
        ("fr", "Par AFP", "Agence France-Presse (AFP)"),
        ("es", "Por EFE | 3 mayo 2031", "Agencia EFE"),
        ("en", "Reuters - 3 May 2031", "Reuters"),
        ("it", "Di askanews", "askanews"),
    ],
)
def test_an_agency_in_the_byline_is_the_author(lang: str, line: str, agency: str) -> None:
    text = "Quotas\n" + line + "\n" + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [("organization", agency, "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "line", "people", "agency"),
    [
        ("en", "Maren Holtvik | Reuters", ["Maren Holtvik"], "Reuters"),
        ("de", "Von Maren Holtvik (dpa)", ["Maren Holtvik"], "Deutsche Presse-Agentur (dpa)"),
        ("es", "Por Maren Holtvik, EFE", ["Maren Holtvik"], "Agencia EFE"),
        ("fr", "Par Maren Holtvik et Tomas Eriksen / AFP", ["Maren Holtvik", "Tomas Eriksen"], "Agence France-Presse (AFP)"),
    ],
)
def test_a_byline_crediting_its_agency_names_both(lang: str, line: str, people: list[str], agency: str) -> None:
    text = "Quotas\n" + line + "\n" + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [("person", p, "authors.byline") for p in people] + [("organization", agency, "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an agency alone under a headline: as often a photo's credit
        ("en", "Fishing talks stall\nAFP\n"),
        # an agency in a sentence under the title
        ("en", "Fishing talks stall\nAP is reporting that the talks stall\n"),
        ("fr", "Les négociations piétinent\nAFP rapporte que les négociations piétinent\n"),
    ],
)
def test_an_agency_alone_or_in_a_sentence_under_the_title_is_no_credit(lang: str, text: str) -> None:
    assert _authors(text + _BODY[lang] * 6, lang) == []


@pytest.mark.parametrize(
    ("lang", "head", "org"),
    [
        ("en", "European Commission - Press release\nFishing quotas agreed\n", "European Commission"),
        ("en", "Press release: Access Now\nFishing talks\n", "Access Now"),
        ("de", "Amnesty International | Pressemitteilung\nFangquoten\n", "Amnesty International"),
        ("sv", "Pressmeddelande från Utrikesdepartementet\nFiske\n", "Utrikesdepartementet"),
        ("fr", "Communiqué de presse du ministère de l'Agriculture\nPêche\n", "ministère de l'Agriculture"),
        ("it", "Comunicato stampa del Ministero dell'Agricoltura\nPesca\n", "Ministero dell'Agricoltura"),
        ("en", "Press release from Amnesty International\nFishing\n", "Amnesty International"),
    ],
)
def test_a_release_label_joined_to_its_issuer_names_it(lang: str, head: str, org: str) -> None:
    body = _BODY.get(lang, _BODY["en"]) if lang != "sv" else "Ministrarna möttes i Lima i fredags för att diskutera fiskekvoter. Samtalen fortsätter i maj.\n"
    found = _authors(head + body + body, lang)
    assert [(k, n) for k, n, _ in found] == [("organization", org)]
    assert found[0][2] == "authors.release_head"


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "Estonia - Press release\nFishing\n"),
        ("en", "Press release from Estonia\nFishing\n"),
        ("en", "Fishing - a press release\nFishing\n"),
        ("de", "Pressemitteilung zu den Fangquoten\nFischerei\n"),
    ],
)
def test_a_release_label_joined_to_a_state_or_a_topic_names_no_issuer(lang: str, head: str) -> None:
    assert [a for a in facts(head + _BODY[lang], lang).authors if a.evidence.extractor == "authors.release_head"] == []


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Speech by Minister of State Maren Holtvik at the fisheries conference"),
        ("de", "Rede von Bundesministerin Maren Holtvik zur Fischereipolitik"),
        ("fr", "Discours de Maren Holtvik, ministre de la pêche"),
        ("es", "Discurso de la ministra Maren Holtvik en la conferencia de Lima"),
        ("en", "Remarks by Maren Holtvik"),
    ],
)
def test_a_speech_title_names_its_speaker(lang: str, title: str) -> None:
    assert _authors(title + "\n" + _BODY[lang] + _BODY[lang], lang) == [("person", "Maren Holtvik", "authors.speaker")]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Speech by the Minister for Fisheries"),
        ("en", "Speech by Estonia at the conference"),
        ("en", "Fishing\nThe minister's speech by the harbour was short"),
    ],
)
def test_a_speech_title_with_no_persons_name_names_no_speaker(lang: str, title: str) -> None:
    assert _authors(title + "\n" + _BODY[lang] + _BODY[lang], lang) == []


@pytest.mark.parametrize(
    ("lang", "head", "body", "name"),
    [
        ("sv", "Utrikesdepartementet\nPressmeddelande\nFiske\n", "Ministrarna möttes i Lima i fredags för att diskutera fiskekvoter. Samtalen fortsätter i maj.\n", "Utrikesdepartementet"),
        ("de", "Auswärtiges Amt\nPressemitteilung\nFangquoten\n", _BODY["de"], "Auswärtiges Amt"),
        ("pl", "Ministerstwo Spraw Zagranicznych\nKomunikat prasowy\nKwoty\n", _BODY["pl"], "Ministerstwo Spraw Zagranicznych"),
    ],
)
def test_a_ministrys_letterhead_over_its_release_label_names_the_ministry(lang: str, head: str, body: str, name: str) -> None:
    found = facts(head + body + body, lang).authors
    assert [(a.actor.kind, a.actor.name, a.actor.org_kind) for a in found] == [("organization", name, "government")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Kalapüük\nAmnesty International tervitab kokkulepet kalapüügi kvootide üle. Meie liikmed jälgivad selle rakendamist.\n"),
        ("ro", "Pescuit\nAmnesty International salută acordul privind cotele de pescuit. Noi vom urmări aplicarea lui.\n"),
        ("lv", "Zveja\nAmnesty International atzinīgi vērtē vienošanos par zvejas kvotām. Mēs sekosim tās īstenošanai.\n"),
    ],
)
def test_we_voice_reads_the_pronouns_of_more_languages(lang: str, text: str) -> None:
    found = facts(text + _BODY["en"], lang).authors
    assert [(a.actor.name, a.evidence.extractor) for a in found] == [("Amnesty International", "authors.we_voice")]


@pytest.mark.parametrize(
    ("lang", "title", "org"),
    [
        ("de", "Stellungnahme des BDI zum Fischereiabkommen", "Bundesverband der Deutschen Industrie (BDI)"),
        ("de", "Stellungnahme des VDFW zum Fischereiabkommen", "VDFW"),
        ("en", "Position paper of the European Federation of Fishworkers on fishing quotas", "European Federation of Fishworkers"),
        ("fr", "Prise de position de la FEP sur les quotas de pêche", "FEP"),
    ],
)
def test_a_papers_title_naming_one_organisation_gives_it_as_author(lang: str, title: str, org: str) -> None:
    found = _authors(title + "\n" + _BODY[lang] + _BODY[lang], lang)
    assert [(k, n) for k, n, _ in found] == [("organization", org)]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Position paper of the ministers on fishing quotas"),
        ("en", "Non-paper by Austria and the Fishworkers Federation"),
        ("de", "Stellungnahme des BDI kritisiert das Fischereiabkommen"),
    ],
)
def test_a_papers_title_naming_no_single_organisation_gives_none(lang: str, title: str) -> None:
    assert [a for a in facts(title + "\n" + _BODY[lang], lang).authors if a.evidence.extractor == "authors.paper_by"] == []
