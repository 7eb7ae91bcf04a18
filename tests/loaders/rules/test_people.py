"""People with role and organisation from quotation structures, in English, French and German."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "« Il faut agir », a déclaré Claire Martin, chargée de plaidoyer chez Amnesty International.",
         {("Claire Martin", "chargée de plaidoyer", "Amnesty International")}),
        ("fr", "Paul Girard, directeur de la recherche d'Access Now, a déclaré que les règles étaient trop faibles.",
         {("Paul Girard", "directeur de la recherche", "Access Now")}),
        ("fr", "« C'est inquiétant », explique Inès Roux, responsable du numérique à Reporters sans frontières.",
         {("Inès Roux", "responsable du numérique", "Reporters Without Borders (RSF)")}),
        ("fr", "Le journaliste Karim Haddad a été visé par un logiciel espion.", {("Karim Haddad", "journaliste", None)}),
        ("de", "„Das ist alarmierend“, sagte Anna Weber, Referentin für Menschenrechte bei Amnesty International.",
         {("Anna Weber", "Referentin für Menschenrechte", "Amnesty International")}),
        ("de", "Jonas Keller, Sprecher von Privacy International, erklärte, die Regeln seien zu schwach.",
         {("Jonas Keller", "Sprecher", "Privacy International")}),
        ("de", "Die Journalistin Lena Brandt wurde mit Spähsoftware überwacht.", {("Lena Brandt", "Journalistin", None)}),
        ("en", "“Act now,” said Maria Rossi, Head of Policy at Access Now.", {("Maria Rossi", "Head of Policy", "Access Now")}),
    ],
)
def test_people(lang: str, text: str, expected: set) -> None:
    ms = [m for m in facts(text, lang).mentions if m.kind == "person"]
    assert {(m.name, m.role, m.affiliation) for m in ms} == expected
    for m in ms:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.quote


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Commission européenne a déclaré que le règlement s'appliquait."),
        ("de", "Die Europäische Kommission erklärte, die Verordnung gelte ab 2021."),
        ("en", "The European Commission said the regulation applies from 2021."),
    ],
)
def test_institutions_saying_things_are_not_people(lang: str, text: str) -> None:
    assert [m for m in facts(text, lang).mentions if m.kind == "person"] == []
