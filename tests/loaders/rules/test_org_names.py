"""Organisation names recognised by their structure (head noun, compound, legal form,
acronym), and the phrases and bodies that are refused."""

from __future__ import annotations

import pytest

from loaders.rules.org_names import leading_org_name, org_name


@pytest.mark.parametrize(
    ("text", "name", "acronym", "kind"),
    [
        ("The Lantern Keepers Network (LKN)", "Lantern Keepers Network", "LKN", "ngo"),  # en
        ("Danish Institute for Lantern Studies", "Danish Institute for Lantern Studies", None, "other"),  # en, head then "for"
        ("Die Laternen-Stiftung", "Laternen-Stiftung", None, "ngo"),  # de hyphenated compound
        ("Leuchtfeuer Bundesverband", "Leuchtfeuer Bundesverband", None, "ngo"),  # de one-word compound
        ("Laternenfreunde Nordhafen e.V.", "Laternenfreunde Nordhafen e.V.", None, "ngo"),  # de legal form
        ("La Fédération des Gardiens de Lanterne", "Fédération des Gardiens de Lanterne", None, "ngo"),  # fr
        ("Lanterne Claire asbl", "Lanterne Claire asbl", None, "ngo"),  # fr/be legal form
        ("Fundación Faro Abierto", "Fundación Faro Abierto", None, "ngo"),  # es
        ("Associazione Lanterne Libere", "Associazione Lanterne Libere", None, "ngo"),  # it
        ("Stichting Open Lantaarn", "Stichting Open Lantaarn", None, "ngo"),  # nl
        ("Fundacja Wolna Latarnia", "Fundacja Wolna Latarnia", None, "ngo"),  # pl
        ("Lyktvänner Förbundet", "Lyktvänner Förbundet", None, "ngo"),  # sv
        ("Majakavahtide Liit", "Majakavahtide Liit", None, "ngo"),  # et
        ("Lantern Works Ltd.", "Lantern Works Ltd.", None, "other"),  # legal form of a company
    ],
)
def test_a_name_with_a_head_noun_or_a_legal_form_is_an_organisation(text: str, name: str, acronym: str | None, kind: str) -> None:
    found = org_name(text)
    assert found is not None
    assert (found.name, found.acronym, found.kind) == (name, acronym, kind)
    assert found.key == found.key.lower() and " " not in found.key


@pytest.mark.parametrize(
    "text",
    [
        "the Institute", "Stiftung", "Umweltstiftung", "an association",  # generic phrases
        "Members of the Association",  # a phrase about a body
        "European Council", "Council of the European Union", "European Union",  # EU institutions
        "Ministry of Lanterns", "Bundesamt für Laternen", "Federal Institute for Lantern Safety",  # state organs
        "Christian Democratic Union", "Lantern Party", "Partido Faro Libre",  # parties
        "Lantern Daily News", "Nordhafener Zeitung",  # news outlets
        "Tweede Kamer",  # a parliament's chamber
        "Harbour Call for Trust and Lanterns",  # a head noun inside a title, not heading a name
        "Rat und das Parlament",  # two bodies
        "Ampel-Regierungsbündnis",  # a hyphenated description
        "Anna Lindqvist",  # a person
        "Harbour Banking Union", "Lantern Seas Initiative", "Raad voor Lantaarns", "Lantern Forum",  # often state, EU or policy names
        "Lantern Freedom Movement", "Koalicja Latarników",  # words parties take
        "Council Regulation on Lanterns", "Lantern Network Directive",  # acts
        "Propaganda-Netzwerk",  # a hyphenated description
        "Harbourwatch's Observatory",  # a possessive phrase
        "Unia Europejska", "Uniunea Europeană", "COUNCIL OF THE EUROPEAN UNION",  # the EU in other languages and cases
    ],
)
def test_phrases_states_parties_outlets_and_people_are_not_organisation_names(text: str) -> None:
    assert org_name(text) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Lantern Keepers Network (LKN) welcomes the vote of the harbour board.", "Lantern Keepers Network"),
        ("Die Laternen-Stiftung fordert eine neue Hafenordnung für alle Städte.", "Laternen-Stiftung"),
        ("La Fédération des Gardiens de Lanterne salue le vote du conseil portuaire.", "Fédération des Gardiens de Lanterne"),
    ],
)
def test_the_name_opening_a_sentence_stops_at_its_verb(sentence: str, name: str) -> None:
    found = leading_org_name(sentence, 0, len(sentence))
    assert found is not None and found.name == name


def test_a_capitalised_sentence_start_is_no_name() -> None:
    sentence = "During the Harbour Week members of many groups met in the port."
    assert leading_org_name(sentence, 0, len(sentence)) is None


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Fundacji Wolna Latarnia", "pl", "Fundacja Wolna Latarnia"),
        ("Stowarzyszeniu Jasny Port", "pl", "Stowarzyszenie Jasny Port"),
        ("Nadaci Otevřený Maják", "cs", "Nadace Otevřený Maják"),
    ],
)
def test_an_inflected_head_gives_the_name_in_its_base_form(text: str, lang: str, name: str) -> None:
    found = org_name(text, lang=lang)
    assert found is not None and found.name == name
    assert org_name(text) is None  # without the language, no head is read into the word


@pytest.mark.parametrize(("text", "lang"), [("Russische Föderation", "de"), ("Federacja Rosyjska", "pl")])
def test_a_state_named_as_a_federation_is_no_organisation(text: str, lang: str) -> None:
    assert org_name(text, lang=lang) is None
