"""Mentions (people with role and affiliation, organisations, products), authors, kind, title."""

from __future__ import annotations

from .helpers import facts

RELEASE = (
    "Page tag here\n\n"
    "NGOs warn about spyware exports to repressive regimes\n\n"
    "Brussels — Access Now and Privacy International said today that FinSpy and Pegasus were found in Egypt.\n\n"
    "\u201cThis must stop,\u201d said Maria Rossi, Senior Researcher at Privacy International.\n\n"
    "Jan Novak, Policy Lead at Access Now, said: \u201cWe agree.\u201d"
)


def test_people_with_role_and_affiliation() -> None:
    people = {(m.name, m.role, m.affiliation) for m in facts(RELEASE, "en").mentions if m.kind == "person"}
    assert people == {
        ("Maria Rossi", "Senior Researcher", "Privacy International"),
        ("Jan Novak", "Policy Lead", "Access Now"),
    }


def test_authors_products_and_kind() -> None:
    f = facts(RELEASE, "en")
    assert [a.actor.key for a in f.authors] == ["access-now", "privacy-international"]
    assert {m.key for m in f.mentions if m.kind == "product"} == {"finspy", "pegasus"}
    assert {m.key for m in f.mentions if m.kind == "state"} == {"EG"}
    assert f.kind == "ngo_statement"
    assert f.title == "NGOs warn about spyware exports to repressive regimes"
    assert f.signatories == []


def test_legal_act_kind() -> None:
    text = "REGULATION (EU) 2021/821 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\nof 20 May 2021\nsetting up a Union regime."
    assert facts(text, "en").kind == "legal_act"
