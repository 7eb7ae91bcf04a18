"""News authors from the byline and the agency credit, and the lines that only look like
one (a year after "By", a state, a person named in the body, an agency cited in the text,
a photo credit)."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.kind, a.actor.name) for a in facts(text, lang).authors]


_BODY = {
    "en": "The ministers met in Lima on Friday to discuss fishing quotas. Talks will resume in May.\n",
    "de": "Die Minister trafen sich am Freitag in Lima, um über Fangquoten zu beraten. Die Gespräche gehen im Mai weiter.\n",
    "fr": "Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche. Les discussions reprendront en mai.\n",
    "nl": "De ministers kwamen vrijdag in Lima bijeen om over vangstquota te praten. De gesprekken gaan in mei verder.\n",
    "it": "I ministri si sono riuniti venerdì a Lima per discutere delle quote di pesca. I colloqui riprenderanno a maggio.\n",
    "es": "Los ministros se reunieron el viernes en Lima para hablar de las cuotas de pesca. Las conversaciones seguirán en mayo.\n",
    "pl": "Ministrowie spotkali się w piątek w Limie, aby omówić kwoty połowowe. Rozmowy będą kontynuowane w maju.\n",
    "sv": "Ministrarna möttes i Lima i fredags för att diskutera fiskekvoter. Samtalen fortsätter i maj.\n",
}


@pytest.mark.parametrize(
    ("lang", "head", "people"),
    [
        ("en", "Fishing talks stall in Lima\n\nBy Maren Holtvik and Tomas Eriksen\n\n", ["Maren Holtvik", "Tomas Eriksen"]),
        ("en", "Fishing talks stall in Lima\n\nWritten by Dr Maren Holtvik | 3 May 2031\n\n", ["Maren Holtvik"]),
        ("de", "Fischereigespräche stocken\n\nVon Maren Holtvik, Lima\n\n", ["Maren Holtvik"]),
        ("fr", "Les négociations sur la pêche piétinent\n\nPar Maren Holtvik et Tomas Eriksen\n\n", ["Maren Holtvik", "Tomas Eriksen"]),
        ("nl", "Visserijoverleg loopt vast\n\nDoor Maren van der Holt\n\n", ["Maren van der Holt"]),
        ("it", "Trattative sulla pesca in stallo\n\ndi Maren Holtvik pubblicato il 3 maggio 2031\n\n", ["Maren Holtvik"]),
        ("es", "Se estancan las conversaciones sobre pesca\n\nPor Maren Holtvik y Tomas Eriksen\n\n", ["Maren Holtvik", "Tomas Eriksen"]),
    ],
)
def test_a_byline_under_the_title_names_the_authors(lang: str, head: str, people: list[str]) -> None:
    f = facts(head + _BODY[lang], lang)
    assert [(a.actor.kind, a.actor.name) for a in f.authors] == [("person", p) for p in people]
    assert {a.evidence.extractor for a in f.authors} == {"authors.byline"}


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("pl", "\nautor: Maren Holtvik\n"),
        ("de", "\nAutorin: Maren Holtvik\n"),
        ("fr", "\nAuteur : Maren Holtvik\n"),
        ("en", "\nAuthor: Maren Holtvik\n"),
    ],
)
def test_a_field_label_names_the_author_anywhere(lang: str, tail: str) -> None:
    text = "Title line\n\n" + _BODY[lang] * 3 + tail
    assert _authors(text, lang) == [("person", "Maren Holtvik")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Fishing talks\n\nBy 2031, the ministers want new quotas in force.\n"),
        ("en", "Fishing talks\n\nBy Estonia and Ghana, the quotas were rejected.\n"),
        ("fr", "Pêche\n\nPar Emmanuel Dupont, ministre de la pêche, la proposition a été rejetée vendredi à Lima après de longs débats.\n"),
        ("de", "Fischerei\n\nVon Estland und Ghana kam Kritik an den Quoten.\n"),
        ("es", "Pesca\n\nPor primera vez, los ministros acordaron cuotas.\n"),
        ("nl", "Visserij\n\nDoor Amnesty International werd kritiek geuit op de quota.\n"),
        ("it", "Pesca\n\nI ministri di Estonia e Ghana si sono riuniti. Maren Holtvik, portavoce, ha detto di no.\n"),
    ],
)
def test_lines_that_only_look_like_a_byline_name_no_author(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.byline"] == []


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("de", "Fangquoten\n\nLIMA (dpa) - " + _BODY["de"], "Deutsche Presse-Agentur (dpa)"),
        ("en", "Quotas\n\nLIMA, May 3 (Reuters) - " + _BODY["en"], "Reuters"),
        ("fr", "Quotas\n\n(Belga) " + _BODY["fr"], "Belga"),
        ("fr", "Quotas\n\n" + _BODY["fr"].rstrip() + " (AFP)\n", "Agence France-Presse (AFP)"),
        ("it", "Quote\n\n" + _BODY["it"] + "\nFonte: ANSA\n", "ANSA"),
        ("pl", "Kwoty\n\n" + _BODY["pl"] + "\nŹródło: PAP\n", "Polska Agencja Prasowa (PAP)"),
        ("nl", "Quota\n\n" + _BODY["nl"] + "\nBron: ANP\n", "Algemeen Nederlands Persbureau (ANP)"),
        ("sv", "Kvoter\n\n" + _BODY["sv"] + "\nTT\n", "TT Nyhetsbyrån"),
    ],
)
def test_an_agency_credit_names_the_agency(lang: str, text: str, agency: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.kind, a.actor.name) for a in f.authors] == [("organization", agency)]
    assert f.authors[0].evidence.extractor == "authors.agency_credit"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quotas\n\nThe ministers agreed new quotas, according to a draft seen by Reuters. Talks resume in May.\n"),
        ("de", "Quoten\n\nDie Minister einigten sich, wie die dpa erfuhr. Die Gespräche gehen weiter.\n"
               "Die Minister in Lima. (AP/dpa/Maren Holtvik)\nWeitere Gespräche folgen im Mai.\n"),
        ("fr", "Quotas\n\nSelon l'AFP, les ministres ont conclu un accord. Les discussions reprendront en mai.\n"),
        ("it", "Quote\n\nL'ANSA ha riferito che i ministri hanno trovato un accordo. I colloqui riprenderanno.\n"),
    ],
)
def test_an_agency_named_in_the_text_is_not_its_author(lang: str, text: str) -> None:
    assert facts(text, lang).authors == []


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "Fishing talks stall\n\nExtract from article by Maren Holtvik, published on Sea News on 03/05/2031 – read it here.\n\n"),
        ("de", "Fischereigespräche stocken\n\nAuszug aus einem Artikel von Maren Holtvik, veröffentlicht am 3. Mai 2031\n\n"),
        ("fr", "Les négociations piétinent\n\nExtrait d'un article de Maren Holtvik, publié le 3 mai 2031\n\n"),
        ("it", "Trattative in stallo\n\nEstratto da un articolo di Maren Holtvik, pubblicato il 3 maggio 2031\n\n"),
        ("es", "Se estancan las conversaciones\n\nExtracto de un artículo de Maren Holtvik, publicado el 3 de mayo de 2031\n\n"),
    ],
)
def test_an_extract_credits_the_articles_author(lang: str, head: str) -> None:
    assert _authors(head + _BODY[lang], lang) == [("person", "Maren Holtvik")]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "Minister's welcome remarks on harbours\nMaren Holtvik, Minister for Ports and Coasts, gave these welcome remarks by video to the conference in Lima.\n\n"),
        ("de", "Rede zur Hafensicherheit\nMaren Holtvik, Ministerin für Häfen, hielt diese Rede auf der Konferenz in Lima.\n\n"),
        ("fr", "Discours sur les ports\nMaren Holtvik, ministre des ports, a prononcé ce discours lors de la conférence de Lima.\n\n"),
        ("es", "Discurso sobre los puertos\nMaren Holtvik, ministra de Puertos, pronunció este discurso en la conferencia de Lima.\n\n"),
    ],
)
def test_a_speech_pages_standfirst_names_the_speaker(lang: str, head: str) -> None:
    f = facts(head + _BODY[lang], lang)
    assert [(a.actor.name, a.evidence.extractor) for a in f.authors] == [("Maren Holtvik", "authors.speaker")]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        # the speech is reported: a news sentence, the speaker is not the page's author
        ("en", "Ports row\nIn Lima on Tuesday, Maren Holtvik, Minister for Ports, gave a speech that angered shipowners.\n\n"),
        # a state, not a person, opens the line
        ("en", "Ports\nEstonia, host of the conference, gave the following statement to the press.\n\n"),
        ("de", "Häfen\nDie Ministerin Maren Holtvik, zuständig für Häfen, hielt eine Rede in Lima.\n\n"),
        ("fr", "Ports\nSelon Maren Holtvik, ministre des ports, la conférence a prononcé un avis.\n\n"),
    ],
)
def test_a_speech_only_reported_names_no_speaker(lang: str, head: str) -> None:
    f = facts(head + _BODY[lang], lang)
    assert [a for a in f.authors if a.evidence.extractor == "authors.speaker"] == []


@pytest.mark.parametrize(
    ("lang", "tail", "expected"),
    [
        ("pl", "\nAutor:\nMaren Holtvik\n", ["Maren Holtvik"]),
        ("de", "\nAutorin:\nMaren Holtvik\n", ["Maren Holtvik"]),
        ("en", "\nAuthor:\nMaren Holtvik\n", ["Maren Holtvik"]),
        ("fr", "\nAuteur :\nMaren Holtvik et Tomas Eriksen\n", ["Maren Holtvik", "Tomas Eriksen"]),
        # a blank line between: the label heads something else
        ("en", "\nAuthor:\n\nThe ministers met in Lima.\n", []),
    ],
)
def test_a_field_label_alone_names_the_author_on_the_next_line(lang: str, tail: str, expected: list[str]) -> None:
    text = "Title line\n\n" + _BODY[lang] * 3 + tail
    assert [n for k, n in _authors(text, lang) if k == "person"] == expected
