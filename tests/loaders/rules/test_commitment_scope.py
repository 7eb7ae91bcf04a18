"""Whom a commitment binds (the subject of its pledge line) and what it concerns (acts it
cites, curated topics its words name), in six languages of my own sentences."""

from __future__ import annotations

import pytest

from loaders.pipeline import extract_bytes

CASES = [
    ("en", "Call on Safer Feeds\n\n1 May 2031\n\nGovernments commit to:\n- counter terrorist content online;\n"
           "- apply Regulation (EU) 2021/784 in full.\n\nOnline service providers commit to:\n- publish what they remove.\n",
     [({"governments"}, {"terrorist-content-online"}), ({"governments"}, {"celex:32021R0784"}),
      ({"online_service_providers"}, set())]),
    ("fr", "Appel pour des fils sûrs\n\n1 mai 2031\n\nLes gouvernements et les fournisseurs de services en ligne "
           "s'engagent à :\n- lutter contre les contenus terroristes ;\n- respecter les droits de l'homme.\n",
     [({"governments", "online_service_providers"}, {"terrorist-content-online"}),
      ({"governments", "online_service_providers"}, {"human-rights"})]),
    ("de", "Aufruf für sichere Netze\n\n1. Mai 2031\n\nDie Unternehmen verpflichten sich:\n"
           "- die Exportkontrollen zu achten;\n- Menschenrechte zu wahren.\n",
     [({"companies"}, {"export-controls"}), ({"companies"}, {"human-rights"})]),
    ("pl", "Apel o bezpieczną sieć\n\n1 maja 2031\n\nOrganizacje społeczeństwa obywatelskiego zobowiązują się:\n"
           "- zgłaszać treści terrorystyczne;\n- bronić praw człowieka.\n",
     [({"civil_society"}, {"terrorist-content-online"}), ({"civil_society"}, {"human-rights"})]),
    ("es", "Llamamiento por redes seguras\n\n1 de mayo de 2031\n\nLas empresas se comprometen a:\n"
           "- respetar el control de las exportaciones;\n- no vender software espía a regímenes represivos.\n",
     [({"companies"}, {"export-controls"}), ({"companies"}, {"commercial-spyware"})]),
    ("it", "Appello per reti sicure\n\n1 maggio 2031\n\nI governi si impegnano a:\n"
           "- rimuovere i contenuti terroristici;\n- tutelare i diritti umani.\n",
     [({"governments"}, {"terrorist-content-online"}), ({"governments"}, {"human-rights"})]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_commitment_is_addressed_by_its_pledge_line_and_concerns_what_it_names(lang, text, expected):
    doc = extract_bytes(text.encode(), source=f"call-{lang}.txt")
    got = [({a.kind for a in c.addressed_to}, {x.ref for x in c.concerns}) for c in doc.commitments]
    assert got == expected
    for c in doc.commitments:
        for ev in [*(a.evidence for a in c.addressed_to), *(x.evidence for x in c.concerns)]:
            assert doc.text[ev.start:ev.end] == ev.quote


def test_each_pledge_list_keeps_its_own_addressee_and_numbering_goes_on():
    doc = extract_bytes(CASES[0][1].encode(), source="call.txt")
    assert [c.ordinal for c in doc.commitments] == [1, 2, 3]


@pytest.mark.parametrize("lang, text", [
    ("en", "Statement\n\nTogether with industry, we commit to:\n- share what we find.\n"),
    ("de", "Erklärung\n\nGemeinsam mit der Industrie verpflichten wir uns:\n- Befunde zu teilen.\n"),
    ("en", "Statement\n\nWe commit to work with companies and governments to:\n- share what we find.\n"),
    ("fr", "Déclaration\n\nAvec les entreprises, nous nous engageons à :\n- partager nos constats.\n"),
])
def test_a_partner_or_a_noun_after_the_verb_binds_no_one(lang, text):
    doc = extract_bytes(text.encode(), source="s.txt")
    assert doc.commitments and all(c.addressed_to == [] for c in doc.commitments)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Call\n\nCommitments by Governments\n\nWe commit to:\n- counter terrorist content online.\n\n"
           "Commitments by Online Service Providers\n\nWe commit to:\n- publish what we remove.\n",
     [{"governments"}, {"online_service_providers"}]),
    ("fr", "Appel\n\nEngagements des gouvernements\n\nNous nous engageons à :\n- lutter contre les contenus terroristes.\n",
     [{"governments"}]),
    ("en", "Call\n\nCooperation with industry\n\nWe commit to:\n- share what we find.\n", [set()]),  # a partner
    ("en", "Call\n\nWe, the governments, are worried about companies.\n\nWe commit to:\n- share what we find.\n",
     [set()]),  # a sentence above is no heading
])
def test_a_heading_above_a_pledge_line_that_names_no_one_addresses_its_list(lang, text, expected):
    doc = extract_bytes(text.encode(), source="h.txt")
    assert [{a.kind for a in c.addressed_to} for c in doc.commitments] == expected
