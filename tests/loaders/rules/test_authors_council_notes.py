"""Council and IGC notes: a "From:" header naming delegations by their adjectives ("From:
Belgian, Luxembourg and Netherlands delegations", « Origine : délégations belge et
néerlandaise », "Absender: belgische und niederländische Delegation"), and a cover note
whose formula forwards a paper of delegations ("Delegations will find attached a note from
the ... delegations", « Les délégations trouveront ci-joint ... », "Die Delegationen
erhalten anbei ...", "W załączeniu delegacje otrzymują ..."). The delegations are authors,
never signatories; the paper is a position paper. Traps: a cover note forwarding the
Presidency's text about states, a subject list of states, a non-member's adjective,
"To: Delegations"."""

from __future__ import annotations

import pytest

from .helpers import facts


def _head(council: str, place_date: str, label: str, sender: str, to: str, subject: str) -> str:
    return f"{council}\n\n{place_date}\n9876/31\n\nNOTE\n{label} {sender}\n{to}\n{subject}\n\n"


_HEADERS = [
    ("en", _head("COUNCIL OF THE EUROPEAN UNION", "Brussels, 3 May 2031", "From:", "Belgian, Luxembourg and Netherlands delegations",
                 "To: Delegations", "Subject: Fishing quotas") + "Delegations will find below a note on fishing quotas.\n"),
    ("en", _head("CONFERENCE OF THE REPRESENTATIVES OF THE GOVERNMENTS OF THE MEMBER STATES", "Brussels, 3 May 2031", "From:",
                 "the Belgian, Luxembourg and Netherlands delegations", "To: IGC 2031", "Subject: Memorandum on the institutions")
     + "The three governments set out their views on the institutions.\n"),
    ("fr", _head("CONSEIL DE L'UNION EUROPÉENNE", "Bruxelles, le 3 mai 2031", "Origine:", "délégations belge, luxembourgeoise et néerlandaise",
                 "Destinataire: délégations", "Objet: Quotas de pêche") + "Les délégations exposent leur position sur les quotas.\n"),
    ("de", _head("RAT DER EUROPÄISCHEN UNION", "Brüssel, den 3. Mai 2031", "Absender:", "belgische, luxemburgische und niederländische Delegation",
                 "Empfänger: Delegationen", "Betr.: Fangquoten") + "Die Delegationen legen ihre Haltung zu den Fangquoten dar.\n"),
]


@pytest.mark.parametrize(("lang", "text"), _HEADERS)
def test_delegations_named_by_their_adjectives_author_the_paper(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert sorted(a.actor.iso2 for a in f.authors) == ["BE", "LU", "NL"]
    assert f.signatories == []
    assert f.kind == "position_paper"


def test_a_non_members_adjective_in_the_header_is_no_delegation() -> None:
    text = _head("COUNCIL OF THE EUROPEAN UNION", "Brussels, 3 May 2031", "From:", "Norwegian and Swiss delegations",
                 "To: Delegations", "Subject: Fishing quotas") + "Delegations will find below a note on fishing quotas.\n"
    assert [a.actor.iso2 for a in facts(text, "en").authors if a.actor.kind == "state"] == []


_COVERS = [
    ("en", "COUNCIL OF THE EUROPEAN UNION", "From: General Secretariat of the Council\nTo: Delegations\nSubject: Fishing quotas",
     "Delegations will find attached a joint note from the Austrian, Danish and Swedish delegations on fishing quotas.\n"),
    ("fr", "CONSEIL DE L'UNION EUROPÉENNE", "Origine: Secrétariat général du Conseil\nDestinataire: délégations\nObjet: Quotas de pêche",
     "Les délégations trouveront ci-joint une note des délégations autrichienne, danoise et suédoise sur les quotas de pêche.\n"),
    ("de", "RAT DER EUROPÄISCHEN UNION", "Absender: Generalsekretariat des Rates\nEmpfänger: Delegationen\nBetr.: Fangquoten",
     "Die Delegationen erhalten anbei einen Vermerk der Regierungen von Österreich, Dänemark und Schweden zu den Fangquoten.\n"),
    ("pl", "RADA UNII EUROPEJSKIEJ", "Od: Sekretariat Generalny Rady\nDo: Delegacje\nDotyczy: Kwoty połowowe",
     "W załączeniu delegacje otrzymują notę delegacji austriackiej, duńskiej i szwedzkiej w sprawie kwot połowowych.\n"),
    ("it", "CONSIGLIO DELL'UNIONE EUROPEA", "Origine: Segretariato generale del Consiglio\nDestinatario: Delegazioni\nOggetto: Quote di pesca",
     "Si trasmette in allegato, per le delegazioni, una nota di Austria, Danimarca e Svezia sulle quote di pesca.\n"),
]


@pytest.mark.parametrize(("lang", "council", "head", "body"), _COVERS)
def test_a_cover_note_forwarding_a_delegations_paper_names_them_as_authors(lang: str, council: str, head: str, body: str) -> None:
    f = facts(f"{council}\n\n9876/31\n\nNOTE\n{head}\n\n{body}", lang)
    states = [a for a in f.authors if a.actor.kind == "state"]
    assert sorted(a.actor.iso2 for a in states) == ["AT", "DK", "SE"]
    assert {a.evidence.extractor for a in states} == {"authors.delegations_cover"}
    assert f.signatories == []
    assert f.kind == "position_paper"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Delegations will find attached a note from the Presidency concerning the requests of Austria, Denmark and Sweden.\n"),
        ("en", "Delegations will find attached a note on the fishing quotas of Austria, Denmark and Sweden.\n"),
        ("fr", "Les délégations trouveront ci-joint le texte de compromis de la présidence sur l'Autriche et le Danemark.\n"),
        ("de", "Die Delegationen erhalten anbei den Kompromisstext des Vorsitzes zu Österreich und Dänemark.\n"),
        # a news article quoting the formula is no cover note of its own: the list is no delegations'
        ("en", "Diplomats said delegations will find attached a list of victims from Austria, Denmark and a dozen other countries.\n"),
    ],
)
def test_a_cover_note_forwarding_someone_elses_text_names_no_states(lang: str, body: str) -> None:
    text = f"COUNCIL OF THE EUROPEAN UNION\n\n9876/31\n\nNOTE\nFrom: Presidency\nTo: Delegations\n\n{body}"
    assert [a for a in facts(text, lang).authors if a.actor.kind == "state"] == []
