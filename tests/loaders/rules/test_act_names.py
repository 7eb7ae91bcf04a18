"""Acts named in words, by the grammar of act names (loaders/data/act_names.yaml): a
target for a stance about an act nobody curated."""

import pytest

from loaders.pipeline import extract_bytes
from loaders.rules.act_names import named_acts


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Latvia opposes the EU-Andorra fisheries agreement.", ["EU-Andorra fisheries agreement"]),
        ("en", "Croatia backed the Lighthouse Safety Act and the Pact on Harbours and Piers.",
         ["Lighthouse Safety Act", "Pact on Harbours and Piers"]),
        ("en", "Estonia rejects the ferry regulation.", ["ferry regulation"]),
        ("en", "The proposed regulation is new; the Commission's draft law too.", []),
        ("en", "Slovakia Rejects New Law\nSlovakia Backs Deal", []),
        ("it", "Malta ha bocciato il regolamento sui fari costieri, dice il ministro.", ["regolamento sui fari costieri"]),
        ("it", "L'accordo Ue-Andorra è firmato; il regolamento è in vigore.", ["accordo Ue-Andorra"]),
        ("fr", "Chypre s'oppose à la directive sur la sécurité des phares lors du Conseil.", ["directive sur la sécurité des phares"]),
        ("fr", "Le nouveau règlement est entré en vigueur.", []),
        ("es", "Eslovenia apoya la ley de protección de los faros en el Consejo.", ["ley de protección de los faros"]),
        ("pt", "A Croácia rejeita o acordo UE-Andorra.", ["acordo UE-Andorra"]),
        ("de", "Luxemburg lehnt das Leuchtturmgesetz ab, die EU-Verordnung gilt weiter.", ["Leuchtturmgesetz"]),
        ("de", "Die KI-Verordnung und das Fähren-Abkommen.", ["KI-Verordnung", "Fähren-Abkommen"]),
        ("nl", "Nederland steunt de vuurtorenwet, maar niet de wet.", ["vuurtorenwet"]),
        ("pl", "Polska odrzuca pakt portowy i rozporządzenie w sprawie latarni morskich.",
         ["pakt portowy", "rozporządzenie w sprawie latarni morskich"]),
    ],
)
def test_names_of_acts_are_read_by_their_grammar(lang: str, text: str, names: list[str]) -> None:
    assert [a.surface for a in named_acts(text, lang)] == names


def test_a_named_act_has_a_stable_key_and_its_kind() -> None:
    (a,) = named_acts("Irland unterstützt die Leuchtturm-Verordnung.", "de")
    assert (a.key, a.kind) == ("named-act:de:leuchtturm-verordnung", "regulation")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "stance", "label"),
    [
        ("en", "Latvia opposes the EU-Andorra fisheries agreement, its minister said on Monday.", "LV", "oppose",
         "EU-Andorra fisheries agreement"),
        ("it", "Il governo maltese ha bocciato il regolamento sui fari costieri durante il Consiglio.", "MT", "oppose",
         "regolamento sui fari costieri"),
        ("de", "Luxemburg unterstützt das Leuchtturmgesetz, sagte die Ministerin am Montag.", "LU", "support",
         "Leuchtturmgesetz"),
    ],
)
def test_a_stance_on_an_act_named_in_words_takes_it_as_its_target(lang, text, actor, stance, label) -> None:
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    got = [(s.actor.key, s.stance, s.target.label, s.evidence.extractor.endswith("+named_act")) for s in doc.stances]
    assert got == [(actor, stance, label, True)]
    assert all(s.evidence.confidence < 0.5 for s in doc.stances)
    assert any(r.id == doc.stances[0].target.ref and r.label == label for r in doc.references)


def test_a_cited_number_wins_over_a_name_in_words() -> None:
    doc = extract_bytes(b"Latvia opposes the ferry regulation, Regulation (EU) 2031/77, in the Council.\n", source="w.txt")
    assert [(s.target.ref) for s in doc.stances] == ["celex:32031R0077"]


TWO_ACTS = [
    ("it", "Scontro sul regolamento sulla deforestazione e sulla legge sul clima.",
     ["regolamento sulla deforestazione", "legge sul clima"]),
    ("es", "Debate sobre la ley de restauración de la naturaleza y la directiva sobre suelos.",
     ["ley de restauración de la naturaleza", "directiva sobre suelos"]),
    ("pl", "Spór o rozporządzenie w sprawie opakowań i dyrektywa w sprawie odpadów.",
     ["rozporządzenie w sprawie opakowań", "dyrektywa w sprawie odpadów"]),
    ("pt", "Debate sobre o regulamento sobre embalagens e a diretiva sobre resíduos.",
     ["regulamento sobre embalagens", "diretiva sobre resíduos"]),
    # one act whose subject has a conjunction stays one name
    ("fr", "Débat sur le pacte sur la migration et l'asile.", ["pacte sur la migration et l'asile"]),
]


@pytest.mark.parametrize(("lang", "text", "names"), TWO_ACTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TWO_ACTS)])
def test_a_second_head_after_a_conjunction_opens_a_second_act(lang: str, text: str, names: list[str]) -> None:
    assert [n.surface for n in named_acts(text, lang)] == names


# Generic words between the article and an English name ("the European electoral law",
# "the EU's new packaging law") are no part of the name, as "europeo", "européenne" and "EU-"
# are no obstacle in the other languages' grammar; a capitalised word that is no generic
# word still ends the search ("Germany rejects packaging law": a sentence).
GENERIC_BEFORE = [
    ("en", "Spain opposes the European electoral law.", ["electoral law"]),
    ("en", "Germany opposes the EU's new packaging law.", ["packaging law"]),
    ("en", "Austria backs the proposed EU nature restoration law.", ["nature restoration law"]),
    ("it", "Roma contesta il nuovo regolamento europeo sugli imballaggi.", ["regolamento europeo sugli imballaggi"]),
    ("fr", "Paris conteste la nouvelle loi européenne sur le climat.", ["loi européenne sur le climat"]),
    ("es", "Madrid rechaza el nuevo reglamento europeo sobre envases.", ["reglamento europeo sobre envases"]),
]


@pytest.mark.parametrize(("lang", "text", "names"), GENERIC_BEFORE, ids=[f"{c[0]}-{i}" for i, c in enumerate(GENERIC_BEFORE)])
def test_generic_words_after_the_article_are_not_part_of_the_name(lang: str, text: str, names: list[str]) -> None:
    assert [n.surface for n in named_acts(text, lang)] == names


@pytest.mark.parametrize("text", [
    "Germany rejects packaging law.",  # no article: a sentence, not a name
    "Spain opposes the proposed European regulation.",  # only generic words: no name
    "The European Commission proposed the new rules.",
])
def test_no_name_without_an_article_or_a_word_of_substance(text: str) -> None:
    assert named_acts(text, "en") == []
