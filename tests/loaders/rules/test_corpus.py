"""Expectations on the shared corpus, read at run time (its text is never copied here)."""

from __future__ import annotations

from loaders.rules import extract_facts

from .corpus import corpus_doc

ED2 = {"AU", "CA", "CR", "DK", "FR", "FI", "DE", "JP", "NZ", "NO", "PL", "IE", "KR", "SE", "CH", "GB", "US"}
ED3 = ED2 | {"AT", "EE", "LT", "NL"}
PAPER = {"CZ", "CY", "EE", "FI", "IE", "IT", "PL", "SE", "GB"}


def _facts(prefix: str):
    text, blocks = corpus_doc(prefix)
    return text, extract_facts(text, blocks)


def test_000_two_blocks_seventeen_each() -> None:
    text, f = _facts("000")
    langs = {b: lang for b, lang in enumerate(["pl", "en"])}
    for b in (0, 1):
        assert {s.iso2 for s in f.signatories if s.block == b} == ED2
        assert len([s for s in f.signatories if s.block == b]) == 17
        assert [c.ordinal for c in f.commitments if c.lang == langs[b]] == [1, 2, 3, 4, 5]
    assert f.kind == "joint_statement"
    for s in f.signatories:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote


def test_001_twenty_one_in_latvian() -> None:
    _, f = _facts("001")
    assert {s.iso2 for s in f.signatories} == ED3 and len(f.signatories) == 21
    assert [(c.ordinal, c.lang) for c in f.commitments] == [(n, "lv") for n in range(1, 6)]


def test_002_reported_paper_ngos_people() -> None:
    _, f = _facts("002")
    assert f.signatories == []
    assert [a.actor.key for a in f.authors] == ["access-now", "amnesty-international", "privacy-international", "reporters-without-borders"]
    assert f.kind == "ngo_statement"
    (doc,) = f.reported_documents
    assert doc.kind == "position_paper" and {a.actor.key for a in doc.authors} == PAPER
    opp = {s.actor.key for s in f.stances if s.actor.kind == "state" and s.stance == "oppose" and s.via == doc.key and s.reported}
    assert opp == PAPER
    assert {s.target.ref for s in f.stances if s.actor.kind == "state"} == {"celex:52016PC0616"}
    assert not any(s.actor.kind == "state" and s.stance == "support" for s in f.stances)
    ngo_vs_paper = {s.actor.key for s in f.stances if s.target.kind == "reported_document" and s.stance == "oppose"}
    assert ngo_vs_paper == {a.actor.key for a in f.authors}
    people = {m.key: (m.role, m.affiliation) for m in f.mentions if m.kind == "person"}
    assert people["joshua-franco"] == ("Technology and Human Rights Researcher", "Amnesty International")
    assert people["lucie-krahulcova"] == ("Policy Analyst", "Access Now")
    assert people["elodie-vialle"][0] == "Head of Journalism & Technology"
    states = {m.iso2 for m in f.mentions if m.kind == "state"}
    assert {"TR", "ID", "UA", "VE", "AE", "MX"} <= states
    assert "finspy" in {m.key for m in f.mentions if m.kind == "product"}


def test_003_regulation_and_guidelines() -> None:
    _, f = _facts("003")
    ids = {r.id for r in f.references}
    assert "celex:32021R0821" in ids
    guidelines = [i for i in ids if i.startswith("guidelines:european-commission:")]
    assert len(guidelines) == 1 and "cyber-surveillance" in guidelines[0]
    assert "strategy:european-economic-security-strategy" in ids
    assert f.signatories == [] and f.stances == []
    assert f.kind == "news"
