"""Sentences are cut at full stops that end them, not at abbreviations (texts written here)."""

from __future__ import annotations

import pytest

from loaders.rules.sentences import split_sentences

from .helpers import facts


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s:e].strip() for s, e in split_sentences(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Regulation (EC) No. 428/2009 was replaced. Sweden agreed.", ["Regulation (EC) No. 428/2009 was replaced.", "Sweden agreed."]),
        ("en", "See Art. 5 of the act, e.g. Annex I. They said no. It passed.", ["See Art. 5 of the act, e.g. Annex I. They said no.", "It passed."]),
        ("en", "Mr. Smith and J. K. Rowling spoke. The ELI is data.europa.eu/eli/reg/2021/821/oj. Done!", ["Mr. Smith and J. K. Rowling spoke.", "The ELI is data.europa.eu/eli/reg/2021/821/oj.", "Done!"]),
        ("de", "Einige Staaten, z. B. Schweden, lehnen das ab. Nr. 5 gilt.", ["Einige Staaten, z. B. Schweden, lehnen das ab.", "Nr. 5 gilt."]),
        ("de", "Die Verordnung (EG) Nr. 428/2009 gilt u. a. für Software. Das ist neu.", ["Die Verordnung (EG) Nr. 428/2009 gilt u. a. für Software.", "Das ist neu."]),
        ("pl", "Niektóre państwa, np. Szwecja, są przeciw. Art. 5 obowiązuje.", ["Niektóre państwa, np. Szwecja, są przeciw.", "Art. 5 obowiązuje."]),
        ("cs", "Podle čl. 5 nařízení, tj. Přílohy I, platí zákaz. Švédsko souhlasí.", ["Podle čl. 5 nařízení, tj. Přílohy I, platí zákaz.", "Švédsko souhlasí."]),
        ("sk", "Podľa čl. 5 platí zákaz, t. j. Švédsko súhlasí. Fínsko nie.", ["Podľa čl. 5 platí zákaz, t. j. Švédsko súhlasí.", "Fínsko nie."]),
        ("pt", "O Regulamento (CE) n.º 428/2009 foi revogado. A Suécia concordou.", ["O Regulamento (CE) n.º 428/2009 foi revogado.", "A Suécia concordou."]),
        ("hu", "A rendelet 2021. szeptember 9-én lépett hatályba. Svédország egyetért.", ["A rendelet 2021. szeptember 9-én lépett hatályba.", "Svédország egyetért."]),
        ("el", "Ο κ. Παπαδόπουλος μίλησε. Η Σουηδία συμφωνεί.", ["Ο κ. Παπαδόπουλος μίλησε.", "Η Σουηδία συμφωνεί."]),
        ("fr", "« Non. » Il est parti.\nLigne suivante", ["« Non. »", "Il est parti.", "Ligne suivante"]),
    ],
)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert _sentences(text, lang) == expected


def test_spans_cover_the_text_in_order() -> None:
    text = "Sweden agreed. Finland, e.g. Helsinki, did not.\n\nArt. 5 applies."
    spans = split_sentences(text, 0, len(text), "en")
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert "".join(text[s:e] for s, e in spans).replace("\n", "") == text.replace("\n", "")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sweden and Finland oppose Regulation (EC) No. 428/2009.", {("SE", "celex:32009R0428"), ("FI", "celex:32009R0428")}),
        ("de", "Schweden und Finnland lehnen die Verordnung (EG) Nr. 428/2009 ab.", {("SE", "celex:32009R0428"), ("FI", "celex:32009R0428")}),
        ("cs", "Švédsko a Finsko odmítají nařízení (ES) č. 428/2009.", {("SE", "celex:32009R0428"), ("FI", "celex:32009R0428")}),
    ],
)
def test_an_abbreviated_number_keeps_the_stance_in_one_sentence(lang: str, text: str, expected: set) -> None:
    assert {(s.actor.key, s.target.ref) for s in facts(text, lang).stances} == expected


@pytest.mark.parametrize("name", ["stances.yaml", "people.yaml", "abbreviations.yaml", "cues.yaml", "morphology.yaml"])
def test_cue_data_has_no_word_read_as_a_boolean(name: str) -> None:
    """YAML reads a bare no/on/yes/off as a boolean: Latvian "no", Estonian "on" must be quoted."""
    from loaders.names.resources import load_yaml

    flags = {"role_upper", "nouns_capitalised", "strip_accents", "noun_cases"}  # booleans by design

    def walk(x, path):
        if path and path[-1] in flags:
            return
        assert not isinstance(x, bool), f"{name}: {'/'.join(map(str, path))} is a boolean"
        if isinstance(x, dict):
            for k, v in x.items():
                walk(k, path)
                walk(v, [*path, k])
        elif isinstance(x, list):
            for i, v in enumerate(x):
                walk(v, [*path, i])

    walk(load_yaml(name), [])


def test_sentence_end_candidates_keep_their_definition():
    """Full stops, '!' and '?' runs with closing quotes or brackets before a space or the
    end, and line breaks: the same spans as the pattern's plain definition, anywhere."""
    import random
    import re

    from loaders.rules.sentences import _CANDIDATE

    definition = re.compile(r"[.!?]+(?:[\"”’)\]]|[ \u00a0\u202f]?»)*(?=\s|$)|\n")
    rnd = random.Random(11)
    parts = [".", "!", "?", "\n", " ", "\u00a0", "\u202f", "»", "\"", "”", "’", ")", "]", "a", "B", "1", "...", "?!", "\t"]
    texts = ["Il a dit : « Non. » Puis ?! Rien…\nFin. (Voir art. 5.) Oui!\"", *(
        "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 25))) for _ in range(5000))]
    for text in texts:
        for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
            assert [m.span() for m in _CANDIDATE.finditer(text, start, end)] == \
                [m.span() for m in definition.finditer(text, start, end)], (text, start, end)
