"""Stance predicates as lemmas: every inflected form a dictionary gives is a cue
(loaders/data/stance_lemmas.yaml -> loaders/data/stance_forms/<lang>.json)."""

import json
from importlib import resources

import pytest

from loaders.names.resources import load_yaml
from loaders.pipeline import extract_bytes
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_forms import FOLDER, KINDS, extra_forms, lemmas, lemmas_sha, stance_forms

LANGS = sorted(load_yaml("stance_lemmas.yaml"))


@pytest.mark.parametrize("lang", LANGS)
def test_each_table_is_in_step_with_the_lemma_file(lang: str) -> None:
    path = resources.files("loaders.data").joinpath(FOLDER, f"{lang}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["lemmas_sha"] == lemmas_sha(lang), "stance_lemmas.yaml changed: run python -m loaders.rules.stance_forms"
    spec = lemmas(lang)
    wanted = {w.lower() for k in KINDS for w in spec[k] + spec.get(f"forms_{k}", [])}
    assert {lemma for _, lemma in data["forms"].values()} <= wanted
    assert not set(data["forms"]) & {w.lower() for w in lemmas(lang).get("exclude", [])}


@pytest.mark.parametrize("lang", LANGS)
def test_most_lemmas_have_inflected_forms_in_the_dictionary(lang: str) -> None:
    """A lemma the dictionary does not know is matched only as written: a misspelling
    would go unnoticed, so at most a few per language may be unknown."""
    data = json.loads(resources.files("loaders.data").joinpath(FOLDER, f"{lang}.json").read_text(encoding="utf-8"))
    assert len(data["lemmas_without_forms"]) <= 4, data["lemmas_without_forms"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("it", "La Slovenia ha sostenuto il regolamento (UE) 2031/77 durante il Consiglio.", "support"),
        ("it", "Il Portogallo ha bocciato il regolamento (UE) 2031/77 nella riunione di martedì.", "oppose"),
        ("it", "La Grecia è contraria al regolamento (UE) 2031/77, ha spiegato il ministro.", "oppose"),
        ("fr", "La Belgique a torpillé le règlement (UE) 2031/77 lors du Conseil de mardi.", "oppose"),
        ("es", "Irlanda respaldó el Reglamento (UE) 2031/77 en la reunión del Consejo.", "support"),
        ("pt", "A Letónia rejeitou o Regulamento (UE) 2031/77 na reunião do Conselho.", "oppose"),
        ("pl", "Litwa skrytykowała rozporządzenie (UE) 2031/77 podczas posiedzenia Rady.", "oppose"),
        ("nl", "Finland verwierp Verordening (EU) 2031/77 tijdens de stemming in de Raad.", "oppose"),
        ("sv", "Danmark förkastade förordning (EU) 2031/77 vid rådsmötet i Luxemburg.", "oppose"),
        ("en", "Malta slammed Regulation (EU) 2031/77 at the Council meeting on Tuesday.", "oppose"),
    ],
)
def test_an_inflected_form_of_a_lemma_is_a_predicate(lang: str, text: str, kind: str) -> None:
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    assert doc.languages == [lang]
    got = {(s.stance, s.target.ref) for s in doc.stances}
    assert got == {(kind, "celex:32031R0077")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "La Germania sostiene che il regolamento (UE) 2031/77 sia troppo debole per i consumatori."),
        ("fr", "La France soutient que le règlement (UE) 2031/77 reste trop faible pour les consommateurs."),
        ("es", "España defiende que el Reglamento (UE) 2031/77 es demasiado débil para los consumidores."),
    ],
)
def test_a_predicate_reporting_speech_takes_no_stance(lang: str, text: str) -> None:
    """"sostiene che", "soutient que": what follows is what the actor says, not its object."""
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    assert doc.stances == []


def test_forms_are_found_whatever_their_case() -> None:
    cues = lang_cues("it")
    text = "Bocciato il testo."
    assert cues.predicate_at(text, 0, len(text))[0] == "o"


@pytest.mark.parametrize(
    ("lang", "form", "kind"),
    [("fr", "conteste", "o"), ("es", "condena", "o"), ("cs", "nesouhlasí", "o"), ("el", "υπερασπίζεται", "s")],
)
def test_a_form_written_out_in_the_lemma_file_is_in_the_table(lang: str, form: str, kind: str) -> None:
    """A verb form the dictionary gives to a noun of the same spelling is written out."""
    assert extra_forms(lang)[form] == kind
    assert stance_forms(lang).forms[form][0] == kind


@pytest.mark.parametrize(("lang", "form", "lemma"), [("fr", "rejetée", "rejeter"), ("it", "criticata", "criticare"), ("es", "bloqueados", "bloquear"), ("pt", "criticadas", "criticar")])
def test_a_romance_participle_brings_its_inflections(lang: str, form: str, lemma: str) -> None:
    assert stance_forms(lang).forms[form][1] == lemma


def test_another_words_forms_are_excluded() -> None:
    """sv "berömd" (famous) and "hyllan" (the shelf) are not forms of berömma, hylla."""
    forms = stance_forms("sv").forms
    assert "berömd" not in forms and "hyllan" not in forms and "berömmer" in forms
