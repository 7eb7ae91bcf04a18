"""No silent failure: a document shaped to carry signatories that yields none says which
shape was seen and why no list was taken."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "seen"),
    [
        ("en", "Joint Statement on Safe Cables\n\nCables matter to all of us.\n", "statement title"),
        ("fr", "Déclaration commune sur les câbles\n\nLes câbles comptent.\n", "statement title"),
        ("de", "Gemeinsame Erklärung zu Seekabeln\n\nKabel sind wichtig.\n", "statement title"),
        ("pl", "Wspólne oświadczenie w sprawie kabli\n\nKable są ważne.\n", "statement title"),
        ("es", "Texto sobre cables\n\nNosotros, los abajo firmantes, pedimos más protección.\n", "abajo firmantes"),
        ("it", "Testo sui cavi\n\nI sottoscritti chiedono più tutela.\n", "sottoscritti"),
    ],
)
def test_a_promising_shape_without_a_list_is_a_warning(lang: str, text: str, seen: str) -> None:
    f = facts(text, lang)
    assert f.signatories == []
    (w,) = [w for w in f.warnings if w.code == "no_signatories"]
    assert seen in w.message and "no signatory list taken" in w.message


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Signed by:\nAtlantis\nLemuria\nMu Land\n"),
        ("fr", "Signataires :\nAtlantide\nLémurie\nMu\n"),
        ("de", "Unterzeichner:\nAtlantis\nLemurien\nMu\n"),
        ("nl", "Ondertekenaars:\nAtlantis\nLemurië\nMu\n"),
    ],
)
def test_a_label_whose_list_resolves_to_nobody_says_so(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.signatories == []
    codes = [w.code for w in f.warnings]
    assert "no_signatories" in codes and "unresolved_name" in codes


def test_a_quoted_list_explains_why_it_was_not_taken() -> None:
    text = "Joint statement\n\n\u201cWe, the governments of Austria, Chile and Norway, commit to act,\u201d the release read.\n"
    (w,) = [w for w in facts(text, "en").warnings if w.code == "no_signatories"]
    assert "the release read" in w.message and "reported" in w.message


def test_plain_news_carries_no_such_warning() -> None:
    f = facts("Ministers met in Brussels\n\nThey discussed cables with France and Germany.\n", "en")
    assert "no_signatories" not in {w.code for w in f.warnings}
