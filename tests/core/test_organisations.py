"""core.organisations: the registry's names of each organisation, read without loader code."""

from __future__ import annotations

from core.organisations import organisation_names


def test_each_registered_organisation_has_its_canonical_name_first() -> None:
    names = organisation_names()
    assert names and all(forms and forms[0] for forms in names.values())


def test_an_organisation_keeps_its_names_in_other_languages() -> None:
    assert "Reporter ohne Grenzen" in organisation_names()["reporters-without-borders"]
