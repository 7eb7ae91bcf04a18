"""The precomputed lemma tables (loaders/data/name_forms) stay in step with the gazetteer."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from loaders.names import find_states
from loaders.names.forms import FOLDER, form_table, name_words, words_sha
from loaders.names.morphology import supported_languages

TABLES = sorted(p.name[:-5] for p in resources.files("loaders.data").joinpath(FOLDER).iterdir() if p.name.endswith(".json"))


def test_a_table_for_every_language_simplemma_knows() -> None:
    assert set(TABLES) == set(supported_languages()) - {"hr", "mt"}


@pytest.mark.parametrize("lang", TABLES)
def test_table_is_not_stale(lang: str) -> None:
    data = json.loads(resources.files("loaders.data").joinpath(FOLDER, f"{lang}.json").read_text(encoding="utf-8"))
    assert data["words_sha"] == words_sha(name_words(lang)), "state names changed: run python -m loaders.names.forms"
    assert set(data["forms"].values()) <= name_words(lang)


def test_lemma_is_only_ever_a_name_word() -> None:
    table = form_table("pl")
    assert table.lemma("Francji") == "francja" and "francja" in name_words("pl")  # a genitive: its name word
    assert table.lemma("samochodu") is None  # a common noun has no entry at all


def test_unknown_language_has_an_empty_table() -> None:
    assert form_table("xx").lemma("Anything") is None


def test_irregular_form_found_through_the_table() -> None:
    # Finnish consonant gradation: "Itävallan" is no stem + suffix of "Itävalta".
    assert [m.iso2 for m in find_states("Itävallan edustaja puhui.", "fi")] == ["AT"]
