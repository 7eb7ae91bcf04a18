"""The domain core's model: one list of fact groups, and one English name per state (no server)."""

from __future__ import annotations

from core.ids import slug
from core.model import FACT_GROUPS, ExtractedDocument, Facts
from core.states import english_name


def _fact_lists(model) -> set[str]:
    """Fields that hold a list of facts with evidence (warnings have none)."""
    out = set()
    for name, info in model.model_fields.items():
        args = getattr(info.annotation, "__args__", ())
        if args and hasattr(args[0], "model_fields") and "evidence" in args[0].model_fields:
            out.add(name)
    return out


def test_the_fact_groups_are_every_list_of_facts_of_both_models():
    assert set(FACT_GROUPS) == _fact_lists(Facts) == _fact_lists(ExtractedDocument)


def test_a_state_is_called_by_its_curated_display_name_first():
    assert english_name("KR") == "Republic of Korea"  # curated display name over CLDR's "South Korea"
    assert english_name("SE") == "Sweden"  # CLDR where nothing is curated
    assert english_name("XK") == "Kosovo"  # a CLDR territory ISO 3166 lacks


def test_one_slug_rule_folds_accents_and_hashes_what_has_no_latin_letter():
    assert slug("Amnesty International – Bureau UE") == "amnesty-international-bureau-ue"
    assert slug("Krzysztof Śmiszek") == "krzysztof-smiszek"
    greek = slug("Υπουργείο Εξωτερικών")
    assert len(greek) == 12 and greek == slug("Υπουργείο Εξωτερικών") and greek != slug("Υπουργείο Άμυνας")
