"""How /search turns what a reader types into a Lucene query (no server)."""

from __future__ import annotations

import pytest

from api.routes.search import light_stem, lucene_terms


@pytest.mark.parametrize("form, base", [
    ("zviedrijas", "zviedrija"),   # lv genitive / nominative
    ("szwecji", "szwecja"),        # pl genitive / nominative
    ("ruotsin", "ruotsi"),         # fi genitive / nominative
    ("schwedens", "schweden"),     # de genitive / nominative
    ("exports", "export"),
])
def test_an_inflected_form_and_its_base_share_the_stem_prefix(form, base):
    assert base.startswith(light_stem(form)) and form.startswith(light_stem(form))


def test_numbers_and_short_words_are_kept_whole():
    assert light_stem("2021") == "2021" and light_stem("eu") == "eu" and light_stem("acte") == "acte"


def test_lucene_syntax_never_passes_only_words_do():
    query, stems = lucene_terms('title:* (spyware "unbalanced [1 TO /regex && ||')
    for char in ':"[]/&|':
        assert char not in query
    assert stems == ["titl", "spywa", "unbalanc", "1", "to", "rege"]


def test_upper_case_and_requires_every_word_and_not_excludes_the_next():
    assert lucene_terms("spyware AND export")[0] == "+(spyware^2 OR spywa*) +(export^2 OR expor*)"
    assert lucene_terms("spyware NOT export")[0] == "(spyware^2 OR spywa*) -(export^2 OR expor*)"
    assert lucene_terms("spyware and export")[0] == "(spyware^2 OR spywa*) (and^2 OR and*) (export^2 OR expor*)"


def test_operators_alone_leave_nothing_to_search_for():
    assert lucene_terms("OR") == ("", []) and lucene_terms("AND NOT") == ("", [])
