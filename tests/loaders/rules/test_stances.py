"""Stances: reported position papers, calls to reject, direct stances; and what must not be one."""

from __future__ import annotations

from .helpers import facts

REPORT = (
    "Rights groups Access Now and Amnesty International said today that governments are stalling the dual-use reform.\n\n"
    "A position paper seen by reporters shows that Austria, Belgium and Portugal seek to weaken the limits "
    "on surveillance exports set out in the Commission proposal.\n\n"
    "Access Now and Amnesty International called on EU ministers to reject the position paper.\n\n"
    "Exports to Mexico and Egypt continued meanwhile."
)


def test_reported_position_paper() -> None:
    f = facts(REPORT, "en")
    assert len(f.reported_documents) == 1
    doc = f.reported_documents[0]
    assert doc.kind == "position_paper"
    assert [a.actor.key for a in doc.authors] == ["AT", "BE", "PT"]
    state_stances = {(s.actor.key, s.stance, s.target.ref, s.via, s.reported) for s in f.stances if s.actor.kind == "state"}
    assert state_stances == {(c, "oppose", "celex:52016PC0616", doc.key, True) for c in ("AT", "BE", "PT")}
    assert all("described_act" in s.evidence.extractor for s in f.stances if s.actor.kind == "state")


def test_call_to_reject_is_opposition_to_the_paper() -> None:
    f = facts(REPORT, "en")
    org = {(s.actor.key, s.stance, s.target.kind) for s in f.stances if s.actor.kind == "organization"}
    assert org == {("access-now", "oppose", "reported_document"), ("amnesty-international", "oppose", "reported_document")}


def test_places_are_not_actors() -> None:
    f = facts(REPORT, "en")
    assert not any(s.actor.key in {"MX", "EG"} for s in f.stances)


def test_direct_stance_needs_a_target() -> None:
    assert facts("France and Germany oppose Regulation (EU) 2021/821.", "en").stances != []
    assert facts("France and Germany oppose the idea.", "en").stances == []
    direct = facts("France and Germany oppose Regulation (EU) 2021/821.", "en").stances
    assert {(s.actor.key, s.stance, s.target.ref) for s in direct} == {("FR", "oppose", "celex:32021R0821"), ("DE", "oppose", "celex:32021R0821")}
