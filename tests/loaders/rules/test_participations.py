"""A text saying a state joined, signed, endorsed or withdrew from a named instrument: a
report by a third party (never a signature), or the state's own act on its own publication."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.rows import document_rows
from loaders.lang import language_blocks
from core.model import ActorRef, Author, Evidence
from loaders.pipeline import extract_bytes
from loaders.rules.context import make_context
from loaders.rules.participations import named_instruments, participations

CODE, DECLARATION = "pall-mall-code-of-practice", "pall-mall-process-declaration"

NEWS = [
    ("en", "Harbour Courier\n\n2 June 2025\n\nOfficials confirmed on Monday that Chile and Ghana have joined the "
           "Pall Mall Code of Practice, a spokesperson said.\n", {"CL", "GH"}, "joined", CODE),
    ("fr", "La Gazette du Port\n\n3 juin 2025\n\nSelon des sources diplomatiques, la Belgique a signé le code de bonnes "
           "pratiques pour les États la semaine dernière.\n", {"BE"}, "signed", CODE),
    ("de", "Abendblatt am Hafen\n\n4. Juni 2025\n\nWie die Zeitung berichtet, ist Österreich dem Pall-Mall-Prozess "
           "beigetreten.\n", {"AT"}, "joined", DECLARATION),
    ("pl", "Kurier Portowy\n\n5 czerwca 2025\n\nJak podała agencja, Litwa przystąpiła do kodeksu postępowania dla "
           "państw.\n", {"LT"}, "joined", CODE),
    ("es", "Diario del Puerto\n\n6 de junio de 2025\n\nSegún fuentes diplomáticas, Chile se retiró del Proceso de Pall "
           "Mall el pasado mes.\n", {"CL"}, "withdrew", DECLARATION),
    ("it", "Corriere del Porto\n\n7 giugno 2025\n\nSecondo fonti diplomatiche, la Grecia ha sottoscritto il codice di "
           "buone pratiche per gli Stati.\n", {"GR"}, "signed", CODE),
]


@pytest.mark.parametrize("lang, text, states, act, instrument", NEWS, ids=[n[0] for n in NEWS])
def test_a_news_item_saying_a_state_joined_is_a_reported_participation(lang, text, states, act, instrument):
    doc = extract_bytes(text.encode(), source=f"news-{lang}.txt")
    assert {(p.party.iso2, p.act, p.own, p.instrument) for p in doc.participations} == {(s, act, False, instrument) for s in states}
    for p in doc.participations:
        assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.quote
        assert p.date is None and p.counts_from == doc.date  # a report has no act date of its own
    rows = document_rows(doc, f"/x/news-{lang}.txt", None)
    types = {f["type"] for f in rows.facts}
    assert "REPORTED_AS_PARTY" in types and not types & {"SIGNED", "JOINED", "ENDORSED", "WITHDREW"}
    reported = [f for f in rows.facts if f["type"] == "REPORTED_AS_PARTY"]
    assert {f["props"]["says"] for f in reported} == {act}
    assert all(e["props"]["as_of"] == doc.date for e in rows.evidence if e["props"]["fact_type"] == "REPORTED_AS_PARTY")


OWN = [
    ("fr", "Ministère des Affaires étrangères\nCommuniqué de presse\n3 mars 2025\n\nLa France a rejoint aujourd'hui le "
           "code de bonnes pratiques pour les États.\n", "FR", "joined", dt.date(2025, 3, 3), "JOINED"),
    ("de", "Bundesministerium für europäische und internationale Angelegenheiten\nPresseaussendung\n4. Mai 2025\n\n"
           "Österreich hat sich heute aus dem Pall-Mall-Prozess zurückgezogen.\n", "AT", "withdrew", dt.date(2025, 5, 4),
     "WITHDREW"),
    ("pl", "Ministerstwo Spraw Zagranicznych\nKomunikat prasowy\n4 kwietnia 2025\n\nPolska przystąpiła dziś do kodeksu "
           "postępowania dla państw.\n", "PL", "joined", dt.date(2025, 4, 4), "JOINED"),
    ("es", "Ministerio de Asuntos Exteriores\nNota de prensa\n8 de abril de 2025\n\nEspaña se ha adherido hoy al código "
           "de buenas prácticas para los Estados.\n", "ES", "joined", dt.date(2025, 4, 8), "JOINED"),
    ("it", "Ministero degli Affari Esteri\nComunicato stampa\n9 aprile 2025\n\nL'Italia ha sostenuto oggi il codice di "
           "buone pratiche per gli Stati.\n", "IT", "endorsed", dt.date(2025, 4, 9), "ENDORSED"),
]


@pytest.mark.parametrize("lang, text, iso2, act, date, fact_type", OWN, ids=[o[0] for o in OWN])
def test_a_governments_own_announcement_is_its_own_act_dated_by_the_document(lang, text, iso2, act, date, fact_type):
    doc = extract_bytes(text.encode(), source=f"gov-{lang}.txt")
    assert [(p.party.iso2, p.act, p.own, p.date) for p in doc.participations] == [(iso2, act, True, date)]
    rows = document_rows(doc, f"/x/gov-{lang}.txt", None)
    own = [f for f in rows.facts if f["type"] == fact_type]
    assert len(own) == 1 and own[0]["from"] == f"state:{iso2}" and own[0]["props"]["date"] == date
    assert own[0]["props"]["counts_from"] == date
    assert not any(f["type"] in ("SIGNED", "REPORTED_AS_PARTY") for f in rows.facts)


def _ctx(text):
    return make_context(text, language_blocks(text))


def _state_author(text, iso2, name):
    start = text.index(name)
    ev = Evidence(quote=name, start=start, end=start + len(name), lang="en", confidence=0.9, extractor="test")
    return Author(actor=ActorRef(kind="state", key=iso2, name=name, iso2=iso2), evidence=ev)


def test_a_state_among_the_authors_speaks_for_itself_and_reports_others():
    text = ("Portugal\n\nToday Portugal joined the Pall Mall Code of Practice. We note that Kenya joined "
            "the Pall Mall Code of Practice in April.\n")
    found = participations(_ctx(text), [_state_author(text, "PT", "Portugal")])
    assert {(p.party.iso2, p.own) for p in found} == {("PT", True), ("KE", False)}


@pytest.mark.parametrize("text", [
    "Harbour Courier\n\nChile has joined the code on drones near airports.\n",  # no listed instrument
    "Harbour Courier\n\nChile has not joined the Pall Mall Code of Practice.\n",  # negated
    "Harbour Courier\n\nChile joined the Pall Mall Process and the joint statement on commercial spyware.\n",
    # two instruments: which one is the act's object is unclear
    "Harbour Courier\n\nUnder the Pall Mall Process, Chile signed a trade deal.\n",  # the name precedes the subject
    "Harbour Courier\n\nThe Pall Mall Code of Practice was joined by Chile.\n",  # the state is no subject
])
def test_a_sentence_that_does_not_name_one_instrument_as_the_object_says_nothing(text):
    assert participations(_ctx(text), []) == []


def test_the_longer_name_wins_where_two_overlap():
    text = "Ghana joined the Pall Mall Process Code of Practice for States."
    assert [i for i, _, _ in named_instruments(text, 0, len(text))] == [CODE]
