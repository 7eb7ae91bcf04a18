"""How GET /organizations and GET /search read a typed name (no server): folded words, aliases, Lucene prefixes."""

from __future__ import annotations

from api.organization_terms import alias_keys, folded_words, lucene_prefixes


def test_folded_words_drop_case_accents_and_punctuation():
    assert folded_words("Amnistía  Internacional!") == ["amnistia", "internacional"]
    assert folded_words("RÉPORTERS (sans)") == ["reporters", "sans"]
    assert folded_words("((") == []


def test_an_alias_in_another_language_names_the_organisation():
    assert "amnesty-international" in alias_keys("amnistía intern")
    assert "reporters-without-borders" in alias_keys("Reporter ohne Grenzen")
    assert "european-commission" in alias_keys("komisja europejska")


def test_every_typed_word_must_start_a_word_of_one_name():
    assert "amnesty-international" not in alias_keys("amnesty grenzen")
    assert alias_keys("xqzv") == []


def test_lucene_prefixes_carry_only_folded_words():
    assert lucene_prefixes("Council of the EU") == "+council* of* the* eu*"
    assert lucene_prefixes('Amnistía" OR (x') == "+amnistia* or* x*"
