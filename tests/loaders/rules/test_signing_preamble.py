"""A declaration's recitals ("Recognising ...,") and their subject: the leaders named in the
line above them, or the states that open the first clause after them; and texts that
only share a piece of that shape."""

from __future__ import annotations

import pytest

from .helpers import facts


def _codes(text: str, lang: str) -> list[str]:
    return sorted(s.iso2 or "" for s in facts(text, lang).signatories)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Prime Ministers of Estonia, H.E. Mr. Aarne Kask, of Ghana, H.E. Mr. Kofi Mensah, and of Peru, H.E. Ms. Rosa Quispe,\n"
               "Recognising the long friendship between our peoples,\n"
               "Recalling the agreements on fisheries signed in 2011,\n"
               "Have agreed to hold a summit every year.\n"),
        ("ro", "Prim-miniştrii Estoniei, E.S. Aarne Kask, Republicii Ghana, E.S. Kofi Mensah, împreună cu Preşedintele Republicii Peru, E.S. Rosa Quispe,\n"
               "Recunoscând prietenia îndelungată dintre popoarele noastre,\n"
               "Reamintind acordurile privind pescuitul semnate în 2011,\n"
               "Au convenit să organizeze anual un summit.\n"),
        ("fr", "Les Premiers ministres de l'Estonie, du Ghana et du Pérou,\n"
               "Reconnaissant la longue amitié entre nos peuples,\n"
               "Rappelant les accords sur la pêche signés en 2011,\n"
               "Sont convenus de tenir un sommet chaque année.\n"),
        ("es", "Los Presidentes de Estonia, Ghana y Perú,\n"
               "Reconociendo la larga amistad entre nuestros pueblos,\n"
               "Recordando los acuerdos pesqueros firmados en 2011,\n"
               "Han acordado celebrar una cumbre cada año.\n"),
    ],
)
def test_the_subject_above_the_recitals_signs(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert sorted(s.iso2 for s in f.signatories) == ["EE", "GH", "PE"]
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.preamble"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint declaration on a strategic partnership\n\n"
               "Recognising the long friendship that unites Estonia and Ghana,\n"
               "Recalling the treaty of\n"
               "friendship signed in 1992,\n"
               "Stressing the value of regional cooperation,\n"
               "Estonia and Ghana have decided to open a new chapter in their relations.\n"),
        ("ro", "Declarație privind un parteneriat strategic\n\n"
               "Recunoscând prietenia care unește Estonia și Ghana,\n"
               "Reamintind tratatul de prietenie semnat în 1992,\n"
               "Subliniind importanța cooperării regionale,\n"
               "Estonia și Ghana au decis să deschidă un nou capitol în relațiile lor.\n"),
        ("de", "Erklärung über eine strategische Partnerschaft\n\n"
               "In Anerkennung der langen Freundschaft zwischen Estland und Ghana,\n"
               "Unter Hinweis auf den 1992 unterzeichneten Vertrag,\n"
               "Die Regierungen Estlands und Ghanas haben beschlossen, ein neues Kapitel aufzuschlagen.\n"),
        ("it", "Dichiarazione su un partenariato strategico\n\n"
               "Riconoscendo la lunga amicizia tra Estonia e Ghana,\n"
               "Ricordando il trattato firmato nel 1992,\n"
               "Sottolineando il valore della cooperazione regionale,\n"
               "Estonia e Ghana hanno deciso di aprire un nuovo capitolo.\n"),
        ("pl", "Deklaracja o partnerstwie strategicznym\n\n"
               "Uznając długą przyjaźń łączącą Estonię i Ghanę,\n"
               "Przypominając traktat podpisany w 1992 roku,\n"
               "Estonia i Ghana postanowiły otworzyć nowy rozdział.\n"),
    ],
)
def test_the_states_opening_the_clause_after_the_recitals_sign(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert sorted(s.iso2 for s in f.signatories) == ["EE", "GH"]
    assert "signatories.preamble" in {s.evidence.extractor for s in f.signatories}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one participle opening a news sentence is no preamble
        ("en", "Fishing talks\n\nRecognising the risk, Estonia and Ghana have closed their ports.\nTalks resume in May.\n"),
        # recitals that name victims, followed by a clause that opens with no state
        ("en", "Statement on attacks\n\nRecalling the attacks on Estonia, Ghana and Peru,\n"
               "Noting the damage done to their ports,\n"
               "We call for an inquiry.\n"),
        # a news item quoting a declaration's recitals and its subject
        ("fr", "Pêche : un accord\n\n« Reconnaissant la longue amitié entre nos peuples,\n"
               "Rappelant les accords signés en 2011,\n"
               "l'Estonie et le Ghana ont décidé de tenir un sommet », peut-on lire dans le texte.\n"),
        # a subject line that is a sentence, not the opening of the declaration
        ("es", "Pesca\n\nLos presidentes de Estonia y Ghana se reunieron en Lima.\n"
               "Reconociendo la amistad entre sus pueblos,\n"
               "Recordando los acuerdos de 2011,\n"
               "los ministros firmaron un acuerdo.\n"),
    ],
)
def test_shapes_short_of_a_preamble_name_no_signatories(lang: str, text: str) -> None:
    assert [s for s in facts(text, lang).signatories if s.evidence.extractor == "signatories.preamble"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Declaration on harbours\n\nRecognising the value of open ports,\nRecalling the treaty of 1992,\n"
               "Have agreed to meet every year.\n"),
        ("fr", "Sur les ports\n\nReconnaissant la valeur des ports ouverts,\nRappelant le traité de 1992,\n"
               "Sont convenus de se réunir chaque année.\n"),
        ("ro", "Despre porturi\n\nRecunoscând valoarea porturilor deschise,\nReamintind tratatul din 1992,\n"
               "Au convenit să se întâlnească anual.\n"),
        ("es", "Sobre los puertos\n\nReconociendo el valor de los puertos abiertos,\nRecordando el tratado de 1992,\n"
               "Han acordado reunirse cada año.\n"),
    ],
)
def test_a_preamble_without_a_subject_warns(lang: str, text: str) -> None:
    """The recitals promise signatories; none is named, so the warning says which shape was
    seen and why no list was taken."""
    f = facts(text, lang)
    assert f.signatories == []
    (w,) = [w for w in f.warnings if w.code == "no_signatories"]
    assert "preamble" in w.message and "recitals" in w.message
