"""Row building is pure: stable ids, one fact per claim, evidence per attestation."""

from __future__ import annotations

from graph.row_builder import passage
from graph.rows import document_id, document_rows
from core.model import Evidence, ExtractedDocument, Placement, Signatory

TEXT = "Nous, les gouvernements de la France et de l'Allemagne, déclarons.\n\nWe, the governments of France and Germany, declare."


def _doc():
    fr_fr = TEXT.index("France")
    en_fr = TEXT.index("France", fr_fr + 1)
    def sig(iso2, start, surface, lang, block):
        return Signatory(iso2=iso2, name=iso2, surface=surface, block=block,
                         evidence=Evidence(quote=surface, start=start, end=start + len(surface), lang=lang, confidence=0.9, extractor="t"))
    return ExtractedDocument(source="s.txt", sha256="0" * 64, text=TEXT, languages=["fr", "en"], kind="joint_statement",
                             signatories=[sig("FR", fr_fr, "France", "fr", 0), sig("FR", en_fr, "France", "en", 1)])


PLACEMENT = Placement(instrument_id="decl", instrument_title="Decl", instrument_kind="joint_statement",
                      edition_number=1, method="metadata", confidence=1.0)


def test_the_same_signature_in_two_languages_is_one_fact_with_two_evidence():
    rows = document_rows(_doc(), "/x/s.txt", PLACEMENT)
    signed = [f for f in rows.facts if f["type"] == "SIGNED"]
    assert len(signed) == 1
    evidence = [e for e in rows.evidence if e["props"]["fact_id"] == signed[0]["fact_id"]]
    assert sorted(e["props"]["lang"] for e in evidence) == ["en", "fr"]


def test_ids_are_stable_across_runs_and_depend_on_the_path_not_the_bytes():
    a = document_rows(_doc(), "/x/s.txt", PLACEMENT)
    b = document_rows(_doc().model_copy(update={"sha256": "1" * 64}), "/x/s.txt", PLACEMENT)
    assert [f["fact_id"] for f in a.facts] == [f["fact_id"] for f in b.facts]
    assert a.document["id"] == b.document["id"] == document_id("/x/s.txt")
    assert document_id("/y/s.txt") != a.document["id"]


def test_state_names_seen_are_kept_with_their_language():
    rows = document_rows(_doc(), "/x/s.txt", PLACEMENT)
    france = next(n for n in rows.nodes if n["uid"] == "state:FR")
    assert france["props"]["name"] == "France" and france["props"]["eu_member"] is True
    assert france["names"] == ["fr:France", "en:France"]


def test_passage_gives_the_sentence_around_a_span():
    start = TEXT.index("Germany")
    assert passage(TEXT, start, start + 7) == "We, the governments of France and Germany, declare."
    assert passage(TEXT, None, None) is None
