"""A press release's issuer named in its closing contact block ("Press contact: / A. Name /
XYZ Association", "Pressekontakt: A. Name, Verband der X", « Contact presse : A. Nom,
Fédération X »), when the lead names it too. Traps: a block with no organisation, one whose
organisation the lead never names, one naming two."""

from __future__ import annotations

import pytest

from .helpers import facts


def _orgs(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "organization"]


_LEADS = {
    "en": "Ports reform must not wait\n\nThe Fishing Ports Association asked ministers on Monday to adopt the reform of fishing ports "
          "before the summer. The reform has waited for three years.\n\nThe ports employ 40,000 people across the Union.\n\n",
    "de": "Hafenreform jetzt\n\nDer Verband der Fischereihäfen hat die Minister aufgefordert, die Reform vor dem Sommer zu beschließen. "
          "Die Häfen warten seit drei Jahren.\n\nDie Häfen beschäftigen 40.000 Menschen.\n\n",
    "it": "Riforma dei porti subito\n\nLa Federazione Porti Pescherecci ha chiesto ai ministri di approvare la riforma prima dell'estate. "
          "I porti aspettano da tre anni.\n\nI porti danno lavoro a 40.000 persone.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "contact", "org"),
    [
        ("en", "Press contact:\nMary Exampleton\nFishing Ports Association\nmary@example.org\n", "Fishing Ports Association"),
        ("de", "Pressekontakt: Hanna Beispielmann, Verband der Fischereihäfen, presse@example.org\n", "Verband der Fischereihäfen"),
        ("it", "Ufficio stampa\nMarco Esempio – Federazione Porti Pescherecci\nstampa@example.org\n", "Federazione Porti Pescherecci"),
    ],
)
def test_the_contact_blocks_organisation_issues_the_release(lang: str, contact: str, org: str) -> None:
    assert _orgs(_LEADS[lang] + contact, lang) == [org]


@pytest.mark.parametrize(
    ("lang", "contact"),
    [
        ("en", "Contact:\nnewsroom@example.org\n"),
        ("en", "Press contact:\nMary Exampleton\nHarbour Workers Union\nmary@example.org\n"),
        ("en", "Press contacts:\nMary Exampleton, Fishing Ports Association\nJohn Sample, Harbour Workers Union\n"),
    ],
)
def test_no_issuer_from_a_contact_block_that_is_not_sure(lang: str, contact: str) -> None:
    assert _orgs(_LEADS[lang] + contact, lang) == []
