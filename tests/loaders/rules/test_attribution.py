"""A lead closed by an attribution ("…, Reuters reported", "…, berichtet die Zeitung",
"…, selon l'AFP") is a third party's account: the organisation it names is no author of
the page, even under a press-release label; the same lead without it still is."""

import pytest

from loaders.rules.attribution import attributed
from tests.loaders.rules.helpers import facts

_RELEASES = [
    ("en", "Press release\n\nLondon, 3 May 2029\n\nThe European Trade Union Confederation welcomes Directive (EU) 2024/2831{tail}.\n"),
    ("de", "Pressemitteilung\n\nBerlin, 3. Mai 2029\n\nDer Deutsche Gewerkschaftsbund begrüßt die Richtlinie (EU) 2024/2831{tail}.\n"),
    ("fr", "Communiqué de presse\n\nParis, le 3 mai 2029\n\nLa Confédération européenne des syndicats salue la directive (UE) 2024/2831{tail}.\n"),
]
_TAILS = {"en": ", Reuters reported", "de": ", berichtet die Zeitung", "fr": ", selon l'AFP"}


def _lead_authors(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors
            if a.evidence.extractor in ("authors.own_voice", "authors.unregistered_voice")]


@pytest.mark.parametrize("lang, text", _RELEASES)
def test_an_attributed_lead_names_no_author(lang: str, text: str) -> None:
    assert _lead_authors(text.format(tail=_TAILS[lang]), lang) == []


@pytest.mark.parametrize("lang, text", _RELEASES[:2])
def test_the_same_lead_in_the_organisations_own_voice_still_names_it(lang: str, text: str) -> None:
    assert len(_lead_authors(text.format(tail=""), lang)) == 1


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "X welcomes the directive, Reuters reported.", True),
    ("en", "X welcomes the directive, which protects riders.", False),
    ("de", "X begrüßt die Richtlinie, heißt es in der Mitteilung.", True),
    ("it", "X accoglie la direttiva, secondo l'ANSA.", True),
    ("pl", "X popiera dyrektywę, podaje agencja.", True),
    ("pl", "X popiera dyrektywę, która chroni pracowników.", False),
])
def test_an_attribution_closes_the_sentence_after_its_last_comma(lang: str, sentence: str, expected: bool) -> None:
    assert attributed(sentence, lang, 0, len(sentence)) is expected
