"""One-per-line lists that hard wrapping ran into one line: a table's rows side by side
("| A | 2024 | | B | 2023 |") and names side by side, organisations kept apart where the
registry knows one of them; and an organisation's national section ("Amnesty
International Netherlands"), which is never the state."""

from __future__ import annotations

import pytest

from .helpers import facts


def _parties(f) -> list[tuple[str, str]]:
    return [(s.kind, s.iso2 or s.key or "") for s in f.signatories]


@pytest.mark.parametrize(
    ("lang", "label", "names"),
    [
        ("en", "Endorsed by", ("Austria", "Chile", "Kenya")),
        ("fr", "Soutiens", ("Autriche", "Chili", "Kenya")),
        ("de", "Unterstützer", ("Österreich", "Chile", "Kenia")),
        ("es", "Adhesiones", ("Austria", "Chile", "Kenia")),
    ],
)
def test_a_table_run_into_its_labels_line_gives_one_party_per_row(lang, label, names):
    rows = " ".join(f"| {n} | 2024-0{i + 1}-10 |" for i, n in enumerate(names))
    text = f"Joint statement\n\nWe back open standards.\n\n{label} | Participant | Date | {rows} | Access Now | 2024-05-02 |\n"
    f = facts(text, lang)
    assert _parties(f) == [("state", "AT"), ("state", "CL"), ("state", "KE"), ("organization", "access-now")]
    assert not [w for w in f.warnings if w.code == "unresolved_name"]  # the header row is no item


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Open letter\n\nWe, the undersigned, ask for clear rules.\n\nSignatories:\n\nAustria Chile Human Rights Watch Access Now Kenya\n"),
        ("pl", "List otwarty\n\nMy, niżej podpisani, prosimy o jasne zasady.\n\nSygnatariusze:\n\nAustria Chile Human Rights Watch Access Now Kenia\n"),
        ("es", "Carta abierta\n\nLos abajo firmantes pedimos normas claras.\n\nFirmantes:\n\nAustria Chile Human Rights Watch Access Now Kenia\n"),
    ],
)
def test_two_organisations_side_by_side_stay_apart(lang, text):
    f = facts(text, lang)
    assert _parties(f) == [("state", "AT"), ("state", "CL"), ("organization", "human-rights-watch"),
                           ("organization", "access-now"), ("state", "KE")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Signed by:\nAmnesty International Netherlands\nAccess Now Europe\nChile\nKenya\n"),
        ("de", "Unterzeichnet von:\nAmnesty International Deutschland\nAccess Now Europe\nChile\nKenia\n"),
    ],
)
def test_an_organisations_national_section_is_never_its_state(lang, text):
    f = facts(text, lang)
    states = [s.iso2 for s in f.signatories if s.kind == "state"]
    assert states == ["CL", "KE"]
    assert f.signatories[0].kind == "organization" and f.signatories[0].surface.startswith("Amnesty International ")
