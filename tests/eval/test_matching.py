"""Name and target matching of the dev-set scorer, on names and labels written here."""

from eval.dev.cases import Actor, Org, Target
from eval.dev.matching import fold, name_forms, org_matches, person_matches, target_matches


def test_fold_drops_case_accents_and_punctuation():
    assert fold("Ministère de l’Europe — Affaires étrangères") == "ministere de l europe affaires etrangeres"


def test_a_bracketed_acronym_gives_both_forms():
    assert name_forms("Bureau Européen des Unions de Consommateurs (BEUC)") == {
        "bureau europeen des unions de consommateurs beuc", "bureau europeen des unions de consommateurs", "beuc"}


def test_organisation_matches_by_alias_or_bracketed_acronym_but_not_by_a_longer_name():
    expected = Org(name="Digital Rights Watch Europe", aliases=["DRWE"])
    assert org_matches(expected, ["Digital Rights Watch Europe (DRWE)"])
    assert org_matches(expected, ["drwe"])
    assert org_matches(Actor(org="Open Net Alliance", aliases=["ONA"]), ["open-net-alliance"])
    assert not org_matches(expected, ["Digital Rights Watch Europe Foundation"])


def test_person_matches_full_name_or_initial_and_surname():
    assert person_matches("Marta Kowalczyk", ["marta kowalczyk"])
    assert person_matches("Marta Kowalczyk", ["M. Kowalczyk"])
    assert not person_matches("Marta Kowalczyk", ["Piotr Kowalczyk"])


def test_target_matches_by_act_id_or_by_whole_words_of_a_description():
    t = Target(describe="a regulation on drones", acts=["celex:52099PC0001"], match=["drone regulation", "uas act"])
    assert target_matches(t, "celex:52099PC0001", "", None)
    assert target_matches(t, "CELEX:52099PC0001", "", None)
    assert target_matches(t, "described:x", "the EU drone regulation", None)
    assert target_matches(t, "x", "", "limits under the UAS Act")
    assert not target_matches(t, "x", "the drone regulations office", None)  # whole words only
    assert not target_matches(t, "celex:32099R0001", "another act", None)
