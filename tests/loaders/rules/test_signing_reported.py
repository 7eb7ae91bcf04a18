"""Accessions a text reports ("A, B and C have joined the joint statement") and lists it
introduces as another document's ("The NGOs that signed the letter are:"): reported
documents, never this document's signatories or authors."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Harbour news\n\nEstonia, Ghana and Peru have joined the joint declaration on sea lanes, officials said.\n"),
        ("es", "Noticias\n\nLa declaración conjunta fue firmada por los gobiernos de Estonia, Ghana y Perú.\n"),
        ("de", "Nachrichten\n\nEstland, Ghana und Peru sind der gemeinsamen Erklärung beigetreten.\n"),
        ("pt", "Notícias\n\nEstónia, Gana e Peru aderiram à declaração conjunta sobre rotas marítimas.\n"),
        ("pl", "Wiadomości\n\nEstonia, Ghana i Peru przystąpiły do wspólnej deklaracji w sprawie szlaków morskich.\n"),
    ],
)
def test_a_reported_accession_is_a_reported_statement(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.signatories == [] and f.authors == []
    (doc,) = f.reported_documents
    assert doc.kind == "joint_statement" and [a.actor.key for a in doc.authors] == ["EE", "GH", "PE"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Harbour news\n\nEstonia, Ghana and Peru have not joined the joint declaration on sea lanes.\n"),
        ("es", "Noticias\n\nEstonia, Ghana y Perú no han firmado la declaración conjunta.\n"),
        ("de", "Nachrichten\n\nEstland, Ghana und Peru sind der gemeinsamen Erklärung nicht beigetreten.\n"),
        ("pl", "Wiadomości\n\nEstonia, Ghana i Peru nie przystąpiły do wspólnej deklaracji.\n"),
        ("en", "Harbour news\n\nEstonia, Ghana and Peru oppose the joint declaration on sea lanes.\n"),
    ],
)
def test_a_negated_or_opposed_accession_is_no_report(lang: str, text: str) -> None:
    assert facts(text, lang).reported_documents == []


@pytest.mark.parametrize(
    ("lang", "intro"),
    [
        ("en", "The groups that signed the letter are:"),
        ("fr", "Les organisations signataires de la lettre sont :"),
        ("de", "Die Unterzeichner des Briefes an den Rat waren:"),
        ("es", "Las organizaciones firmantes de la carta son:"),
    ],
)
def test_a_list_introduced_as_another_documents_is_reported(lang: str, intro: str) -> None:
    text = f"Our call to the Council\n\nWe wrote to ministers.\n\n{intro}\n- Access Now\n- Statewatch\n- Bits of Freedom\n"
    f = facts(text, lang)
    assert f.signatories == [] and f.authors == []
    (doc,) = f.reported_documents
    assert doc.kind == "ngo_statement"
    assert [a.actor.key for a in doc.authors] == ["access-now", "statewatch", "bits-of-freedom"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # One line a paragraph, as a hard-wrapped text file can come out: the quotation's
        # closing mark and its attribution stand two lines below the list.
        ("fi", "Uutiset satamista\n\nHELSINKI, 4. toukokuuta 2024 – Useat maat esittivät\n\nyhteisen tekstin.\n\n"
               "”Me, Viron, Ghanan ja Perun\n\nhallitukset, haluamme turvallisia\n\nmeriteitä”, julkilausumassa todetaan.\n"),
        ("fr", "Actualités portuaires\n\nPARIS, 4 mai 2024 – Plusieurs capitales ont présenté\n\nun texte commun.\n\n"
               "« Nous, les gouvernements de l'Estonie, du Ghana et du Pérou,\n\nvoulons des routes\n\nmaritimes sûres », "
               "peut-on lire dans la déclaration.\n"),
        ("en", "Harbour news\n\nLONDON, 4 May 2024 – Several capitals presented\n\na joint text.\n\n"
               "\"We, the governments of Estonia, Ghana and Peru,\n\nwant safe\n\nsea lanes,\" the statement read.\n"),
        ("de", "Hafennachrichten\n\nBERLIN, 4. Mai 2024 – Mehrere Hauptstädte stellten\n\neinen gemeinsamen Text vor.\n\n"
               "„Wir, die Regierungen von Estland, Ghana und Peru,\n\nwollen sichere\n\nSeewege“, heißt es in der Erklärung.\n"),
    ],
)
def test_a_quotation_attributed_lines_below_its_list_is_another_documents(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.signatories == []
    assert any(w.code == "reported_signatories" for w in f.warnings)
