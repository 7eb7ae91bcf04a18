"""An EU institution as the author of its own document (letterhead, enacting formula, an
act's title), and the shapes that name an institution without its authorship."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "key", "how"),
    [
        ("en", "EUROPEAN\nCOMMISSION\nBrussels, 3.4.2031\nCOM(2031) 77 final\n\nREPORT ON THE NORTHWIND PROGRAMME\n\n"
               "1. INTRODUCTION\nThis report looks at the first year of the programme.\n",
         "european-commission", "authors.institution_letterhead"),
        ("en", "1 Council of the European Union Brussels, 4 May 2031 (OR. en) 9999/31 NOTE From: General Secretariat of the Council "
               "To: Delegations Subject: Summary of the workshop on harbour security\n",
         "council-of-the-eu", "authors.institution_letterhead"),
        ("cs", "Rada Evropské unie\nV Bruselu dne 4. května 2031\n9999/31\nPOZNÁMKA\nPředmět: Přístavní majáky\n",
         "council-of-the-eu", "authors.institution_letterhead"),
        ("sl", "Svet Evropske unije\nBruselj, 4. maja 2031\n9999/31\nOPOMBA\n",
         "council-of-the-eu", "authors.institution_letterhead"),
        ("de", "Europäische Kommission\nBrüssel, den 12.5.2031\nC(2031) 4410 final\n\nBegründung\nDie Ostsee-Häfen brauchen gemeinsame Regeln.\n",
         "european-commission", "authors.institution_letterhead"),
        ("de", "Amtsblatt der Europäischen Union L 12/3\n\nDURCHFÜHRUNGSVERORDNUNG (EU) Nr. 2031/5 DER KOMMISSION vom 3. März 2031 "
               "über die Kennzeichnung von Ostsee-Heringen\n\ngestützt auf den Vertrag über die Arbeitsweise der Europäischen Union,\n",
         "european-commission", "authors.institution_title"),
        ("fr", "Recommandation (UE) 2031/12 de la Commission du 2 mars 2031 relative aux balises de port\nC/2031/400\n\n"
               "Les balises doivent être contrôlées chaque année.\n",
         "european-commission", "authors.institution_title"),
        ("cs", "    SDĚLENÍ KOMISE EVROPSKÉMU PARLAMENTU o přístavních majácích\n\n/* COM/2031/0012 final */\n\nKomise navrhuje pravidla.\n",
         "european-commission", "authors.institution_title"),
        ("it", "Gazzetta ufficiale\n\nIL CONSIGLIO DELL'UNIONE EUROPEA,\n\nvisto il trattato sul funzionamento dell'Unione europea,\n\n"
               "considerando quanto segue:\n(1) I fari portuali sono utili.\n",
         "council-of-the-eu", "authors.institution_enacting"),
        ("es", "LA COMISIÓN EUROPEA,\n\nVisto el Tratado de Funcionamiento de la Unión Europea,\n\nConsiderando lo siguiente:\n(1) Los faros son útiles.\n",
         "european-commission", "authors.institution_enacting"),
    ],
)
def test_the_institution_of_its_own_document_is_its_author(lang: str, text: str, key: str, how: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.kind, a.actor.key, a.actor.org_kind) for a in f.authors] == [("organization", key, "eu_institution")]
    assert f.authors[0].evidence.extractor == how
    assert f.signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a Council letterhead on a paper another party sends (the presidency, on one joined line)
        ("en", "Council of the European Union Brussels, 4 May 2031 (OR. en) 9999/31 NOTE From: Presidency To: Delegations "
               "Subject: Harbour beacons - compromise text\n"),
        # a news headline about a recommendation, with no document number or official furniture
        ("en", "Commission Recommendation on harbour beacons: what changes for ports\nBy Jane Doe\n\n"
               "Ports will have to check their beacons every year, the Commission said.\n"),
        # a proposal: its title names the legislators, not its author
        ("de", "Straßburg, den 6.2.2031\n\nCOM(2031) 60 final\n\nVorschlag für eine\n\nRICHTLINIE DES EUROPÄISCHEN PARLAMENTS UND DES RATES\n\n"
               "über Hafenbaken\n"),
        # a national body's opinion that cites a Commission communication inside a sentence
        ("de", "Stellungnahme des Landesrates\n\nDer Landesrat begrüßt die Mitteilung der Kommission vom 3. März 2031 (COM(2031) 5 final).\n"),
        # two institutions adopt the act together: no single issuer is read
        ("it", "IL PARLAMENTO EUROPEO E IL CONSIGLIO DELL'UNIONE EUROPEA,\n\nvisto il trattato sul funzionamento dell'Unione europea,\n"),
        ("pl", "PARLAMENT EUROPEJSKI I RADA UNII EUROPEJSKIEJ,\n\nuwzględniając Traktat o funkcjonowaniu Unii Europejskiej,\n"),
        # an institution named in running text in capitals, with no place and date under it
        ("fr", "COMMUNIQUÉ DES ASSOCIATIONS\n\nLA COMMISSION EUROPÉENNE DOIT AGIR\n\nLes associations demandent des règles.\n"),
    ],
)
def test_an_institution_named_without_its_authorship_is_not_an_author(lang: str, text: str) -> None:
    assert [a.actor.key for a in facts(text, lang).authors if a.actor.org_kind == "eu_institution"] == []


def test_a_delegation_paper_under_a_council_letterhead_keeps_the_delegation_as_author() -> None:
    text = ("Council of the European Union\nBrussels, 2 June 2031\nWK 1234/2031\n"
            "From: German delegation\nTo: Working Party on Harbours\nSubject: Beacons\n")
    f = facts(text, "en")
    assert "council-of-the-eu" not in [a.actor.key for a in f.authors]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Document 52031XX0312(01)\nOpinion of the European Data Protection Supervisor on the proposal for a Regulation on harbour beacons\n"
               "OJ C 12, 3.3.2031, p. 1\n\nThe EDPS welcomes the proposal.\n"),
        ("it", "Documento 52031XX0312(01)\nParere del Garante europeo della protezione dei dati sulla proposta di regolamento sui fari portuali\n"
               "Gazzetta ufficiale dell'Unione europea C 12 del 3.3.2031\n\nIl GEPD accoglie con favore la proposta.\n"),
        ("fr", "Document 52031XX0312(01)\nAvis du Contrôleur européen de la protection des données sur la proposition de règlement relatif aux balises\n"
               "JO C 12 du 3.3.2031\n\nLe CEPD salue la proposition.\n"),
        ("de", "Dokument 52031XX0312(01)\nStellungnahme des Europäischen Datenschutzbeauftragten zum Vorschlag für eine Verordnung über Hafenbaken\n"
               "Amtsblatt der Europäischen Union C 12 vom 3.3.2031\n\nDer EDSB begrüßt den Vorschlag.\n"),
    ],
)
def test_the_data_protection_supervisors_opinion_is_its_own(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.key, a.actor.org_kind) for a in f.authors] == [("edps", "eu_institution")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Opinion of the European Data Protection Supervisor on harbour beacons criticised\n\nShipowners said on Tuesday the opinion went too far.\n"),
        ("de", "Stellungnahme des Europäischen Datenschutzbeauftragten zu Hafenbaken stößt auf Kritik\n\nReeder kritisierten am Dienstag die Stellungnahme.\n"),
    ],
)
def test_a_headline_about_the_supervisors_opinion_names_no_author(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.actor.key == "edps"] == []
