"""Document kind from structure, in many languages; every text written for these tests."""

from __future__ import annotations

import pytest

from core.model import ActorRef, Author, Evidence, Signatory
from loaders.rules.kind import kind, kind_words, signals


def ev(extractor: str) -> Evidence:
    return Evidence(quote="x", start=0, end=1, confidence=0.9, extractor=extractor)


def state(extractor: str, iso2: str = "FR") -> Signatory:
    return Signatory(iso2=iso2, name=iso2, surface=iso2, block=0, evidence=ev(extractor))


def org_author(extractor: str) -> Author:
    return Author(actor=ActorRef(kind="organization", key="some-ngo", name="Some NGO"), evidence=ev(extractor))


def k(text: str, lang: str | None, signatories=(), authors=()) -> str:
    return kind(text, list(signatories), list(authors), [lang] if lang else None)[0]


# --- news: datelines, bylines, page furniture ------------------------------------------

NEWS = {
    "en": "Ministers back export curbs\n\nBRUSSELS, 12 March (Reuters) - European ministers on Tuesday backed tighter "
          "controls on surveillance tools, officials said.\n\n\"We need rules that work,\" one diplomat said.",
    "fr": "Les ministres soutiennent un contrôle accru\n\nParis, le 3 mars 2024 – Les ministres ont soutenu mardi un "
          "contrôle plus strict des outils de surveillance, a déclaré un porte-parole.",
    "de": "Minister für strengere Kontrollen\n\nBERLIN (dpa) – Die Bundesregierung will die Ausfuhr von "
          "Überwachungstechnik strenger prüfen, sagte ein Sprecher am Montag.",
    "pl": "Ministrowie za ostrzejszą kontrolą\n\nWARSZAWA, 5 marca 2024 (PAP) – Ministrowie poparli we wtorek "
          "ostrzejszą kontrolę narzędzi inwigilacji, powiedział rzecznik.",
    "it": "Più controlli sugli strumenti di sorveglianza\n\nROMA - Il governo ha chiesto più controlli sulle "
          "esportazioni, ha dichiarato il ministro.",
    "el": "Αυστηρότεροι έλεγχοι στις εξαγωγές\n\nΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) – Η κυβέρνηση ζήτησε αυστηρότερους ελέγχους, "
          "δήλωσε ο υπουργός.",
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_a_dateline_makes_news(lang: str) -> None:
    assert signals(NEWS[lang], [lang]).dateline
    assert k(NEWS[lang], lang) == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Inicio » Noticias » Exportaciones\n\nLos controles a la exportación\n\nPor María García López\n\n"
               "Publicado el 4 de abril de 2024\n\nEl Gobierno anunció nuevas reglas, dijo la ministra. "
               "\"Es un paso adelante\", afirmó."),
        ("nl", "Strengere regels voor spionagesoftware\n\nDoor Pieter de Vries\n\nGepubliceerd op 4 april 2024\n\n"
               "De regering wil strengere regels, zei de minister. Dat verklaarde zij dinsdag."),
        ("en", "Spyware rules tightened\n\nBy Jane Smith\n\nPublished on 4 April 2024\n\nShare this\n\n"
               "The government announced new rules, the minister said. Critics said more was needed."),
        ("sv", "Hårdare regler för spionprogram\n\nAv Anna Svensson\n\nPublicerad 4 april 2024\n\nDela\n\n"
               "Regeringen vill ha hårdare regler, sade ministern. Det uppgav hon på tisdagen."),
    ],
)
def test_byline_and_furniture_make_news(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.byline and s.furniture >= 1
    assert k(text, lang) == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement on Export Controls\n\nBrussels, 12 March 2024\n\nThe signatories affirm their commitment."),
        ("fr", "Déclaration commune sur le contrôle des exportations\n\nBruxelles, le 12 mars 2024\n\nLes signataires affirment."),
        ("de", "Gemeinsame Erklärung zur Exportkontrolle\n\nBerlin, 12. März 2024\n\nDie Unterzeichner bekräftigen."),
        ("pl", "Wspólne oświadczenie w sprawie kontroli eksportu\n\nBruksela, 12 marca 2024 r.\n\nSygnatariusze potwierdzają."),
    ],
)
def test_a_place_and_date_line_without_a_dash_is_no_dateline(lang: str, text: str) -> None:
    # governments date their statements so; that is not a news dateline
    assert not signals(text, [lang]).dateline
    assert k(text, lang) != "news"


def test_news_quoting_a_statement_stays_news_when_only_reported_signatories_exist() -> None:
    text = ("LONDON, 4 May (Reuters) - Eleven governments signed a pledge on Tuesday. \"We, the governments of "
            "France and Spain, commit to act,\" the release read.")
    reported = [state("signatories.reported", "FR"), state("signatories.reported", "ES")]
    assert k(text, "en", signatories=reported) == "news"


# --- NGO statements ----------------------------------------------------------------------

UNDERSIGNED = {
    "en": "Open letter on spyware\n\nWe, the undersigned organisations, call on the Council to ban spyware sales.",
    "fr": "Lettre ouverte sur les logiciels espions\n\nNous, organisations soussignées, appelons le Conseil à agir.",
    "de": "Offener Brief zu Spähsoftware\n\nWir, die unterzeichnenden Organisationen, fordern den Rat auf, zu handeln.",
    "es": "Carta abierta sobre programas espía\n\nLas organizaciones abajo firmantes pedimos al Consejo que actúe.",
    "pl": "List otwarty w sprawie oprogramowania szpiegującego\n\nMy, niżej podpisane organizacje, wzywamy Radę do działania.",
    "cs": "Otevřený dopis o špionážním softwaru\n\nMy, níže podepsané organizace, vyzýváme Radu, aby jednala.",
}


@pytest.mark.parametrize("lang", sorted(UNDERSIGNED))
def test_undersigned_organisations_make_an_ngo_statement(lang: str) -> None:
    assert signals(UNDERSIGNED[lang], [lang]).undersigned
    assert k(UNDERSIGNED[lang], lang) == "ngo_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Comunicato stampa\n\nSorveglianza: servono regole chiare\n\nChiediamo al Consiglio di respingere la proposta."),
        ("nl", "Persbericht\n\nSpionagesoftware moet aan banden\n\nWij roepen de Raad op het voorstel te verwerpen."),
        ("hu", "Sajtóközlemény\n\nKémprogramok: szigorúbb szabályok kellenek\n\nFelszólítjuk a Tanácsot, hogy utasítsa el a javaslatot."),
        ("en", "Press release\n\nSpyware must be curbed\n\nWe call on the Council to reject the proposal."),
    ],
)
def test_press_release_calling_on_institutions_is_an_ngo_statement(lang: str, text: str) -> None:
    assert k(text, lang) == "ngo_statement"


def test_press_release_or_issuing_organisations_from_the_author_rules() -> None:
    text = "Spyware must be curbed\n\nThe groups warned about exports on Monday."
    assert k(text, "en", authors=[org_author("authors.press_release")]) == "ngo_statement"
    assert k(text, "en", authors=[org_author("authors.said_today")]) == "ngo_statement"


# --- position papers -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Council of the European Union\nBrussels, 5 March 2019\nWK 1234/2019 INIT\n\nNOTE\nSubject: Export controls"),
        ("fr", "Conseil de l'Union européenne\nBruxelles, le 5 mars 2019\nST 5678/19\n\nNOTE\nObjet: Contrôles"),
        ("de", "Rat der Europäischen Union\nBrüssel, den 5. März 2019\nInterinstitutionelles Dossier: 2016/0295 (COD)\n\nVERMERK"),
        ("pl", "Rada Unii Europejskiej\nBruksela, 5 marca 2019 r.\nWK 987/2019 REV 1\n\nNOTA\nDotyczy: kontrola wywozu"),
    ],
)
def test_council_document_numbers_make_a_position_paper(lang: str, text: str) -> None:
    assert signals(text, [lang]).council_number
    assert k(text, lang) == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Non-paper on export controls for cyber-surveillance items\n\nThe authors propose a risk-based approach."),
        ("fr", "Non-papier sur le contrôle des exportations\n\nLes auteurs proposent une approche fondée sur les risques."),
        ("de", "Positionspapier zur Exportkontrolle\n\nDie Verfasser schlagen einen risikobasierten Ansatz vor."),
        ("es", "Documento oficioso sobre el control de las exportaciones\n\nLos autores proponen un enfoque basado en riesgos."),
        ("cs", "Poziční dokument ke kontrole vývozu\n\nAutoři navrhují přístup založený na riziku."),
        ("el", "Έγγραφο θέσεων για τον έλεγχο των εξαγωγών\n\nΟι συντάκτες προτείνουν προσέγγιση βάσει κινδύνου."),
    ],
)
def test_position_paper_titles(lang: str, text: str) -> None:
    assert k(text, lang) == "position_paper"


def test_a_delegations_header_makes_a_position_paper_under_old_and_new_names() -> None:
    text = "From: Delegations\nTo: Working Party\nSubject: Export controls"
    header_author = Author(actor=ActorRef(kind="state", key="SE", name="Sweden", iso2="SE"),
                           evidence=ev("authors.delegations_header"))
    assert k(text, "en", authors=[header_author]) == "position_paper"
    assert k(text, "en", signatories=[state("signatories.from_header")]) == "position_paper"


def test_news_about_a_leaked_non_paper_is_news() -> None:
    text = ("Leaked non-paper shows states want weaker rules\n\nBRUSSELS (AFP) - A non-paper seen by reporters "
            "shows nine states want weaker rules, diplomats said.")
    assert k(text, "en") == "news"


# --- legal acts ----------------------------------------------------------------------------

LEGAL = {
    "en": "REGULATION (EU) 2030/17 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n\nof 2 May 2030\n\non export rules\n\n"
          "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty,\n\n"
          "Having regard to the proposal from the Commission,\n\nWhereas:\n\n(1) Rules are needed.\n\n"
          "HAVE ADOPTED THIS REGULATION:\n\nArticle 1\n\nSubject matter",
    "fr": "RÈGLEMENT (UE) 2030/17 DU PARLEMENT EUROPÉEN ET DU CONSEIL\n\ndu 2 mai 2030\n\n"
          "vu le traité sur le fonctionnement de l'Union européenne,\n\nvu la proposition de la Commission,\n\n"
          "considérant ce qui suit:\n\n(1) Des règles sont nécessaires.\n\nONT ADOPTÉ LE PRÉSENT RÈGLEMENT:\n\nArticle premier",
    "de": "VERORDNUNG (EU) 2030/17 DES EUROPÄISCHEN PARLAMENTS UND DES RATES\n\nvom 2. Mai 2030\n\n"
          "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union,\n\ngestützt auf den Vorschlag der Kommission,\n\n"
          "in Erwägung nachstehender Gründe:\n\n(1) Regeln sind nötig.\n\nHABEN FOLGENDE VERORDNUNG ERLASSEN:\n\nArtikel 1",
    "pl": "ROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY (UE) 2030/17\n\nz dnia 2 maja 2030 r.\n\n"
          "uwzględniając Traktat o funkcjonowaniu Unii Europejskiej,\n\nuwzględniając wniosek Komisji,\n\n"
          "a także mając na uwadze, co następuje:\n\n(1) Potrzebne są przepisy.\n\nPRZYJMUJĄ NINIEJSZE ROZPORZĄDZENIE:\n\nArtykuł 1",
    "it": "REGOLAMENTO (UE) 2030/17 DEL PARLAMENTO EUROPEO E DEL CONSIGLIO\n\ndel 2 maggio 2030\n\n"
          "visto il trattato sul funzionamento dell'Unione europea,\n\nvista la proposta della Commissione,\n\n"
          "considerando quanto segue:\n\n(1) Servono regole.\n\nArticolo 1",
    "lv": "EIROPAS PARLAMENTA UN PADOMES REGULA (ES) 2030/17\n\n(2030. gada 2. maijs)\n\n"
          "ņemot vērā Līgumu par Eiropas Savienības darbību,\n\nņemot vērā Komisijas priekšlikumu,\n\n"
          "tā kā:\n\n(1) Vajadzīgi noteikumi.\n\n1. pants",
}


@pytest.mark.parametrize("lang", sorted(LEGAL))
def test_eur_lex_structure_makes_a_legal_act(lang: str) -> None:
    assert kind(LEGAL[lang], [], [], [lang]) == ("legal_act", 0.9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Council adopts export rules\n\nBRUSSELS (AFP) - The Council has adopted this regulation on Tuesday, "
               "having regard to the views of the Parliament, officials said."),
        ("fr", "Le Conseil adopte de nouvelles règles\n\nBRUXELLES (AFP) - Le Conseil a adopté le présent règlement mardi, "
               "a déclaré un porte-parole."),
        ("de", "Rat beschließt Exportregeln\n\nBRÜSSEL (dpa) - Der Rat hat folgende Verordnung erlassen, sagte ein Sprecher."),
        ("pl", "Rada przyjmuje przepisy\n\nBRUKSELA (PAP) - Rada przyjmuje niniejsze rozporządzenie, powiedział rzecznik."),
    ],
)
def test_news_reporting_an_adopted_act_is_not_a_legal_act(lang: str, text: str) -> None:
    assert k(text, lang) == "news"


# --- guidelines and the rest ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Guidelines for exporters of monitoring software\n\n1. Scope\n\nThese guidelines help exporters."),
        ("fr", "Lignes directrices relatives à l'exportation d'outils de surveillance\n\n1. Champ d'application"),
        ("de", "Leitlinien für die Ausfuhr von Überwachungstechnik\n\n1. Anwendungsbereich"),
        ("pl", "Wytyczne dotyczące wywozu narzędzi inwigilacji\n\n1. Zakres"),
        ("fi", "Suuntaviivat valvontateknologian viennistä\n\n1. Soveltamisala"),
    ],
)
def test_guideline_titles(lang: str, text: str) -> None:
    assert k(text, lang) == "guideline"


def test_guideline_word_in_the_body_only_is_no_guideline() -> None:
    text = "Annual report of the export office\n\nThe office applied the guidelines published last year."
    assert k(text, "en") == "other"


# --- joint statements from the signatory rules ------------------------------------------------

@pytest.mark.parametrize("extractor", ["signatories.we_the_governments", "signatories.closing_block", "signatories.endorsed_by"])
def test_a_documents_own_signing_list_makes_a_joint_statement(extractor: str) -> None:
    assert k("Joint statement\n\nText.", "en", signatories=[state(extractor)]) == "joint_statement"


def test_reported_or_header_states_never_make_a_joint_statement() -> None:
    text = "Some text\n\nMore text."
    assert k(text, "en", signatories=[state("signatories.reported")]) == "other"
    assert k(text, "en", signatories=[state("signatories.from_header")]) == "position_paper"


# --- the data file ------------------------------------------------------------------------------

def test_every_category_covers_the_24_languages() -> None:
    eu = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
          "pl", "pt", "ro", "sk", "sl", "sv"}
    for category, table in kind_words().items():
        if category not in ("news_agencies", "legal_acts_after_number"):  # the latter: only Hungarian names an act after its number
            assert set(table) == eu, category


def test_words_are_read_only_in_the_documents_languages() -> None:
    # Swedish "sa" (said) is no reporting verb in an Italian text
    text = "Titolo\n\n" + " ".join(["sa"] * 20)
    assert signals(text, ["it"]).reporting_density == 0.0
    assert signals(text, ["sv"]).reporting_density > 0.0


@pytest.mark.parametrize(
    ("lang", "label"),
    [("de", "Presseinformation"), ("de", "Medienmitteilung"), ("it", "Nota stampa"), ("nl", "Persmededeling"),
     ("el", "Ανακοίνωση Τύπου"), ("lt", "Pranešimas žiniasklaidai"), ("sl", "Sporočilo za medije")],
)
def test_the_press_release_header_in_its_other_standard_names(lang: str, label: str) -> None:
    text = f"{label}\n\nLighthouse keepers' union\n\n" + "The union asks the ministers to fund the small towers. " * 3
    s = signals(text, [lang])
    assert s.press_release_heading and s.press_release


@pytest.mark.parametrize(
    ("lang", "header", "prose"),
    [
        ("en", "Council of the European Union\nBrussels, 3 May 2029", "Ministers said the Council of the European Union will vote."),
        ("de", "RAT DER EUROPÄISCHEN UNION\nBrüssel, den 3. Mai 2029", "Österreich bringt das Thema im Rat der Europäischen Union zur Sprache."),
        ("fr", "Conseil de l'Union européenne\nBruxelles, le 3 mai 2029", "La France votera contre au Conseil de l'Union européenne."),
        ("it", "• Consiglio dell'Unione europea\nBruxelles, 3 maggio 2029", "L'Italia voterà contro nel Consiglio dell'Unione europea."),
    ],
)
def test_the_council_header_heads_a_line_and_a_sentence_naming_the_council_is_none(lang, header, prose) -> None:
    assert signals(header + "\n\nNOTE\n\nLighthouse maintenance.", [lang]).council_header
    assert not signals("Lighthouse vote\n\n" + prose, [lang]).council_header


@pytest.mark.parametrize(
    ("lang", "label", "prose"),
    [
        ("en", "OUTCOME OF PROCEEDINGS", "Officials doubt the outcome of proceedings will please the keepers."),
        ("de", "Ergebnis der Beratungen", "Die Minister lehnen das Ergebnis der Beratungen mit dem Parlament ab."),
        ("fr", "Objet : Compte rendu sommaire", "Le ministre a lu le compte rendu sommaire de la réunion."),
        ("nl", "1. Beknopt verslag", "De minister las het beknopt verslag van de vergadering voor."),
    ],
)
def test_a_council_record_label_heads_its_line_and_prose_naming_it_is_none(lang, label, prose) -> None:
    assert signals("Council of the European Union\n" + label + "\nLighthouse maintenance.", [lang]).council_own
    assert not signals("Lighthouse vote\n\n" + prose, [lang]).council_own


@pytest.mark.parametrize(
    ("lang", "inside", "position"),
    [
        ("fr", "Proposition de résolution européenne sur les phares", "Position de la France sur les phares"),
        ("es", "Proposición de ley sobre los faros costeros", "Posición de España sobre los faros costeros"),
        ("pt", "Proposição de lei sobre os faróis costeiros", "Posição de Portugal sobre os faróis costeiros"),
        ("en", "Opposition of the keepers to the lighthouse plan", "Position of the Government of Malta on lighthouses"),
    ],
)
def test_a_position_word_inside_another_word_heads_no_position(lang: str, inside: str, position: str) -> None:
    body = "\n\nThe text follows with its reasons and its proposals for the towers."
    assert not signals(inside + body, [lang]).position_heading
    assert signals(position + body, [lang]).position_heading
