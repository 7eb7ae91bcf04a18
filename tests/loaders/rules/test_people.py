"""People with role and organisation from quotation structures (en fr de pl es it nl pt), texts written here."""

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
        # Polish: "at" joins (w, z) only
        ("pl", "„Musimy działać” – powiedziała Anna Kowalska, ekspertka w Amnesty International. Rząd milczy.",
         {("Anna Kowalska", "ekspertka", "Amnesty International")}),
        ("pl", "Piotr Nowak, badacz z Access Now, ostrzegł, że przepisy są zbyt słabe.", {("Piotr Nowak", "badacz", "Access Now")}),
        ("pl", "Dziennikarka Ewa Wiśniewska była inwigilowana programem szpiegującym.", {("Ewa Wiśniewska", "Dziennikarka", None)}),
        # Spanish
        ("es", "«Hay que actuar», dijo María García, directora de políticas de Access Now.",
         {("María García", "directora de políticas", "Access Now")}),
        ("es", "Según José de la Fuente, investigador en Amnistía Internacional, las normas son débiles.",
         {("José de la Fuente", "investigador", "Amnesty International")}),
        ("es", "La periodista Lucía Romero fue espiada con un programa espía.", {("Lucía Romero", "periodista", None)}),
        # Italian
        ("it", "«Bisogna agire», ha dichiarato Marco Bianchi, responsabile delle politiche di Access Now.",
         {("Marco Bianchi", "responsabile delle politiche", "Access Now")}),
        ("it", "Giulia Esposito, ricercatrice presso Privacy International, ha detto che le regole sono deboli.",
         {("Giulia Esposito", "ricercatrice", "Privacy International")}),
        ("it", "Il giornalista Luca Ferri è stato spiato.", {("Luca Ferri", "giornalista", None)}),
        # Dutch: name particles
        ("nl", "'We moeten nu handelen', zei Sanne de Vries, beleidsmedewerker bij Amnesty International.",
         {("Sanne de Vries", "beleidsmedewerker", "Amnesty International")}),
        ("nl", "Pieter van der Berg, woordvoerder van Access Now, verklaarde dat de regels te zwak zijn.",
         {("Pieter van der Berg", "woordvoerder", "Access Now")}),
        ("nl", "De journaliste Fatima el Amrani werd bespioneerd.", set()),
        ("nl", "De journalist Jan Jansen werd bespioneerd.", {("Jan Jansen", "journalist", None)}),
        # Portuguese
        ("pt", "«É preciso agir», afirmou Ana Costa, diretora de políticas da Access Now.",
         {("Ana Costa", "diretora de políticas", "Access Now")}),
        ("pt", "João da Silva, investigador na Amnistia Internacional, disse que as regras são fracas.",
         {("João da Silva", "investigador", "Amnesty International")}),
        ("pt", "A jornalista Marta Sousa foi vigiada com software espião.", {("Marta Sousa", "jornalista", None)}),
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
        ("pl", "Komisja Europejska powiedziała, że rozporządzenie obowiązuje od 2021 r."),
        ("pl", "– podkreśliła Komisja Europejska, organ wykonawczy UE."),
        ("es", "La Comisión Europea dijo que el reglamento se aplica desde 2021."),
        ("it", "La Commissione europea ha dichiarato che il regolamento si applica dal 2021."),
        ("nl", "De Europese Commissie zei dat de verordening vanaf 2021 geldt."),
        ("pt", "A Comissão Europeia afirmou que o regulamento se aplica desde 2021."),
    ],
)
def test_institutions_saying_things_are_not_people(lang: str, text: str) -> None:
    assert [m for m in facts(text, lang).mentions if m.kind == "person"] == []
