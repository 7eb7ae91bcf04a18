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


def test_curated_names_start_a_word_as_the_lookbehind_pattern_had_it() -> None:
    import re

    from loaders.rules.gazetteers import _index, find_named

    forms = sorted(_index()[1], key=len, reverse=True)
    reference = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")
    text = ("xAmnesty International, Amnesty International and_Access Now; (Privacy International) "
            "FinSpyware FinSpy Pegasus1 NSO Group. Access NowAccess Now Access Now")
    for start, end in ((0, None), (1, None), (10, 60), (23, len(text))):
        stop = len(text) if end is None else end
        got = [(n.key, s, e) for n, s, e in find_named(text, start, end)]
        assert got == [(_index()[1][m.group()].key, m.start(), m.end()) for m in reference.finditer(text, start, stop)]
    found = [(n.key, s) for n, s, _ in find_named(text)]
    assert ("amnesty-international", 1) not in found  # glued to "x": not a word start
    assert ("amnesty-international", text.index(", Amnesty") + 2) in found
