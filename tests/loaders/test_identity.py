"""Placement of documents in instruments and editions: metadata first, then scored inference."""

from __future__ import annotations

import datetime as dt

from loaders.identity import place
from loaders.known_instruments import KnownEdition, KnownInstrument, remember
from core.model import Commitment, Evidence, ExtractedDocument, InstrumentInfo, Signatory

EV = Evidence(quote="x", start=0, end=1, lang="en", confidence=0.9, extractor="test")


def doc(states, *, title="Joint Statement on Clean Rivers", commitments=3, lang="en", sha="a" * 64, kind="joint_statement", instrument=None):
    return ExtractedDocument(
        source="x.txt", sha256=sha, title=title, kind=kind, languages=[lang], text="x",
        signatories=[Signatory(iso2=s, name=s, surface=s, block=0, evidence=EV) for s in states],
        commitments=[Commitment(ordinal=i + 1, text="t", lang=lang, evidence=EV) for i in range(commitments)],
        instrument=instrument,
    )


def known_rivers(states=("FR", "DE", "IT")):
    return {"rivers": KnownInstrument(
        id="rivers", title="Joint Statement on Clean Rivers", kind="joint_statement",
        titles={"en": "Joint Statement on Clean Rivers"}, commitment_count=3,
        editions=[KnownEdition(id="rivers#1", number=1, date=dt.date(2023, 1, 1), signatories=frozenset(states))],
    )}


def test_metadata_names_the_instrument_and_edition():
    p = place(doc(["FR"], instrument=InstrumentInfo(id="rivers", edition=4, edition_date=dt.date(2025, 1, 1))), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method, p.confidence) == ("rivers", 4, "metadata", 1.0)


def test_a_translation_with_the_same_signatories_is_the_same_edition():
    p = place(doc(["FR", "DE", "IT"], title="Déclaration commune sur les rivières propres", lang="fr"), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method) == ("rivers", 1, "inferred")
    assert "same edition" in p.detail


def test_a_restatement_with_more_signatories_is_the_next_edition():
    p = place(doc(["FR", "DE", "IT", "AT", "NL"]), known_rivers())
    assert (p.instrument_id, p.edition_number, p.method) == ("rivers", 2, "inferred")
    assert 0.75 <= p.confidence <= 1.0


def test_same_governments_but_another_text_is_a_new_instrument():
    p = place(doc(["FR", "DE", "IT"], title="Joint Statement on Safe Bridges", commitments=7), known_rivers())
    assert p.method == "new" and p.instrument_id != "rivers"
    assert "best was rivers#1" in p.detail


def test_a_document_without_signatories_is_placed_nowhere():
    assert place(doc([], kind="news"), known_rivers()) is None


def test_remember_makes_the_next_translation_join_the_new_edition():
    known = known_rivers()
    first = doc(["FR", "DE", "IT", "AT"])
    p = place(first, known)
    remember(known, first, p)
    again = place(doc(["FR", "DE", "IT", "AT"], title="Gemeinsame Erklärung über saubere Flüsse", lang="de", sha="b" * 64), known)
    assert (again.instrument_id, again.edition_number) == ("rivers", p.edition_number)


# --- translations and later editions from the text alone (no metadata) -----------------------

import pytest  # noqa: E402

from loaders.pipeline import extract_bytes  # noqa: E402

RIVERS_5 = ("AT", "NZ", "US", "KR", "GB")
TRANSLATIONS = {
    # written for these tests: the same five governments, multi-word names declined
    "el": "Κοινή δήλωση για τα καθαρά ποτάμια\n\nΕμείς, οι κυβερνήσεις της Αυστρίας, της Νέας Ζηλανδίας, των Ηνωμένων "
          "Πολιτειών, της Δημοκρατίας της Κορέας και του Ηνωμένου Βασιλείου, δεσμευόμαστε να προστατεύσουμε τα ποτάμια."
          "\n\nΔεσμευόμαστε:\n• να μειώσουμε τη ρύπανση·\n• να μοιραζόμαστε δεδομένα·\n• να χρηματοδοτούμε έρευνα.",
    "lt": "Bendras pareiškimas dėl švarių upių\n\nMes, Austrijos, Naujosios Zelandijos, Jungtinių Amerikos Valstijų, "
          "Korėjos Respublikos ir Jungtinės Karalystės vyriausybės, įsipareigojame saugoti upes.\n\nĮsipareigojame:\n"
          "• mažinti taršą;\n• dalytis duomenimis;\n• finansuoti mokslinius tyrimus.",
    "cs": "Společné prohlášení o čistých řekách\n\nMy, vlády Rakouska, Nového Zélandu, Spojených států, Korejské republiky "
          "a Spojeného království, se zavazujeme chránit řeky.\n\nZavazujeme se:\n• snižovat znečištění;\n• sdílet údaje;\n"
          "• financovat výzkum.",
    "pl": "Wspólne oświadczenie w sprawie czystych rzek\n\nMy, rządy Austrii, Nowej Zelandii, Stanów Zjednoczonych, "
          "Republiki Korei i Zjednoczonego Królestwa, zobowiązujemy się chronić rzeki.\n\nZobowiązujemy się:\n"
          "• ograniczać zanieczyszczenia;\n• dzielić się danymi;\n• finansować badania.",
}


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_a_translation_read_from_text_alone_lands_on_the_edition_it_translates(lang):
    extracted = extract_bytes(TRANSLATIONS[lang].encode(), source=f"rivers.{lang}.txt")
    assert extracted.instrument is None  # no metadata
    p = place(extracted, known_rivers(RIVERS_5))
    assert (p.instrument_id, p.edition_number, p.method) == ("rivers", 1, "inferred")
    assert p.detail.startswith("same edition as rivers#1")


def known_two_editions():
    first = ("FR", "DE", "IT", "ES", "PT", "NL", "BE", "AT", "SE", "FI")
    second = (*first, "DK", "IE")
    known = known_rivers(first)
    known["rivers"].editions.append(KnownEdition(id="rivers#2", number=2, date=dt.date(2024, 1, 1), signatories=frozenset(second)))
    return known, first, second


@pytest.mark.parametrize("lang", ["fr", "de", "pl", "lv"])
def test_a_translation_with_one_name_unread_is_no_phantom_edition(lang):
    known, first, _ = known_two_editions()
    p = place(doc(first[:-1], title=f"title in {lang}", lang=lang), known)  # one of ten names went unread
    assert (p.instrument_id, p.edition_number) == ("rivers", 1)
    assert "1 signatories not read; same edition as rivers#1" in p.detail


def test_a_translation_of_the_later_edition_with_a_name_unread_lands_on_that_edition():
    known, _, second = known_two_editions()
    p = place(doc([s for s in second if s != "IE"], title="titre", lang="fr"), known)
    # a superset of edition 1, but a subset of edition 2: edition 2 with one name unread
    assert (p.instrument_id, p.edition_number) == ("rivers", 2)


@pytest.mark.parametrize("lang", ["en", "fr", "el", "cs"])
def test_a_strict_superset_is_the_next_edition_dated_by_its_text(lang):
    known, _, second = known_two_editions()
    later = doc([*second, "LT", "EE"], title=f"title in {lang}", lang=lang)
    later.date = dt.date(2025, 9, 22)
    p = place(later, known)
    assert (p.instrument_id, p.edition_number, p.edition_date) == ("rivers", 3, dt.date(2025, 9, 22))
    assert p.detail.startswith("new edition after")


def test_traps_too_few_names_or_a_mixed_list_make_no_false_same_edition():
    known, first, _ = known_two_editions()
    few = place(doc(first[:5], commitments=3), known)  # half the list: not this edition
    assert few.edition_number != 1 or few.instrument_id != "rivers"
    mixed = place(doc([*first[:-1], "LT"], commitments=3), known)  # one missing, one new: not a restatement
    assert (mixed.instrument_id, mixed.edition_number) != ("rivers", 1)
