"""Kind from the structures of declarations, communiqués, opinions, organisations' own pages,
publication furniture and parliamentary papers, in several languages; every text written
for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals
from loaders.rules.kind_lines import is_furniture
from loaders.rules.kind_words import patterns


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


# --- a declaration's preamble: paragraphs opened by participles -------------------------------

PREAMBLES = {
    "en": "Declaration on river cooperation\n\nThe Prime Ministers of the two countries,\n\n"
          "Recalling the long friendship between their peoples,\n\nReaffirming their support for shared waterways,\n\n"
          "Convinced that joint projects serve both economies,\n\nHave decided to set up a standing river commission.",
    "fr": "Déclaration sur la coopération fluviale\n\nLes Premiers ministres des deux pays,\n\n"
          "Rappelant l'amitié ancienne entre leurs peuples,\n\nRéaffirmant leur attachement aux voies navigables,\n\n"
          "Convaincus que les projets communs servent les deux économies,\n\nOnt décidé de créer une commission du fleuve.",
    "ro": "Declarație privind cooperarea pe Dunăre\n\nPrim-miniștrii celor două țări,\n\n"
          "Reamintind prietenia îndelungată dintre popoarele lor,\n\nReafirmând sprijinul pentru căile navigabile comune,\n\n"
          "Exprimând dorința de a extinde proiectele comune,\n\nAu hotărât înființarea unei comisii permanente.",
    "pl": "Deklaracja o współpracy rzecznej\n\nPremierzy obu państw,\n\n"
          "Przypominając długą przyjaźń naszych narodów,\n\nPotwierdzając poparcie dla wspólnych dróg wodnych,\n\n"
          "Przekonani, że wspólne projekty służą obu gospodarkom,\n\npostanowili powołać stałą komisję rzeczną.",
    "el": "Διακήρυξη για τη συνεργασία στους ποταμούς\n\nΟι Πρωθυπουργοί των δύο χωρών,\n\n"
          "Υπενθυμίζοντας τη μακρά φιλία των λαών τους,\n\nΕπιβεβαιώνοντας τη στήριξή τους στις κοινές πλωτές οδούς,\n\n"
          "Πεπεισμένοι ότι τα κοινά έργα ωφελούν και τις δύο οικονομίες,\n\nΑποφάσισαν τη σύσταση μόνιμης επιτροπής.",
}


@pytest.mark.parametrize("lang", sorted(PREAMBLES))
def test_a_declarations_preamble_makes_a_joint_statement(lang: str) -> None:
    assert signals(PREAMBLES[lang], [lang]).preamble >= 2
    assert k(PREAMBLES[lang], lang) == "joint_statement"


def test_one_participle_in_a_news_report_is_no_preamble() -> None:
    text = ("Ministers meet on river cooperation\n\nBUDAPEST, 4 May (Reuters) - Two prime ministers met on Tuesday, "
            "officials said.\n\nRecalling the floods of last year, one official said more work was needed.")
    assert signals(text, ["en"]).preamble < 2
    assert k(text, "en") == "news"


# --- a communiqué: numbered paragraphs in which the parties speak of themselves -------------

COMMUNIQUES = {
    "en": "Joint communiqué of the Foreign Ministers\n\n1. The Foreign Ministers met in Valletta on 3 May.\n\n"
          "2. The three Ministers discussed regional energy links.\n\n3. They agreed to meet again next spring.",
    "pt": "Comunicado conjunto\n\n1. Os Ministros reuniram-se em Évora a 3 de maio.\n\n"
          "2. Ambos os Governos reafirmam o seu compromisso com as interligações energéticas.\n\n"
          "3. As partes acordaram voltar a reunir-se na primavera.",
    "de": "Gemeinsames Kommuniqué\n\n1. Die Außenminister trafen sich am 3. Mai in Passau.\n\n"
          "2. Beide Regierungen bekräftigen ihre Zusammenarbeit bei der Energie.\n\n"
          "3. Sie vereinbarten ein weiteres Treffen im Frühjahr.",
    "el": "Κοινό ανακοινωθέν\n\n1. Οι Υπουργοί Εξωτερικών συναντήθηκαν στη Ρόδο στις 3 Μαΐου.\n\n"
          "2. Οι τρεις Υπουργοί συζήτησαν τις ενεργειακές διασυνδέσεις.\n\n3. Συμφώνησαν να συναντηθούν ξανά την άνοιξη.",
}


@pytest.mark.parametrize("lang", sorted(COMMUNIQUES))
def test_numbered_paragraphs_with_the_parties_in_the_third_person_make_a_communique(lang: str) -> None:
    s = signals(COMMUNIQUES[lang], [lang])
    assert s.communique
    assert k(COMMUNIQUES[lang], lang) == "joint_statement"


def test_numbered_paragraphs_without_the_parties_are_no_communique() -> None:
    text = ("Export controls: a checklist\n\n1. Classify the item.\n\n2. Check the end user.\n\n3. Keep the records.")
    assert not signals(text, ["en"]).communique


def test_news_naming_the_three_ministers_without_numbered_paragraphs_is_no_communique() -> None:
    text = ("Κόσμος\n\nΟι τρεις Υπουργοί καταδίκασαν τις προκλήσεις\n\nΟι τρεις Υπουργοί αναφέρουν ότι οι ενέργειες "
            "υπονομεύουν τις διαπραγματεύσεις, δήλωσε ο εκπρόσωπος.")
    assert not signals(text, ["el"]).communique


# --- an advisory or parliamentary body's opinion ----------------------------------------------

OPINIONS = {
    "en": "Opinion of the European Advisory Board on Data on the proposal for a Regulation on drones\n\n"
          "THE BOARD,\n\nHaving regard to the Treaty,\n\nhas adopted the following opinion:\n\n1. The Board welcomes the aim.",
    "it": "Parere del Comitato consultivo europeo sulla proposta di regolamento sui droni\n\n"
          "IL COMITATO,\n\nvisto il trattato,\n\nha adottato il seguente parere:\n\n1. Il Comitato accoglie l'obiettivo.",
    "de": "Beschluss der Länderkammer\n\nVorschlag für eine Verordnung über Drohnen\n\nKOM (2031) 12 endg.\n\n"
          "Die Länderkammer hat in ihrer 900. Sitzung die folgende Stellungnahme beschlossen:\n\n1. Das Ziel wird begrüßt.",
    "fr": "Avis du Comité consultatif européen sur la proposition de règlement relatif aux drones\n\n"
          "LE COMITÉ,\n\nvu le traité,\n\na adopté l'avis suivant:\n\n1. Le Comité salue l'objectif.",
}


@pytest.mark.parametrize("lang", sorted(OPINIONS))
def test_an_opinion_is_a_position_paper(lang: str) -> None:
    assert signals(OPINIONS[lang], [lang]).opinion
    assert k(OPINIONS[lang], lang) == "position_paper"


def test_news_about_an_opinion_is_news() -> None:
    text = ("Advisers criticise drone rules\n\nBRUSSELS, 4 May (AFP) - An advisory board on Tuesday published an "
            "opinion of the kind it gives on every proposal, officials said.")
    assert k(text, "en") == "news"


# --- a position word printed in capitals inside a joined text ---------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Referat Außenhandel | Tel. 030 123 | Die Reform der Ausfuhrkontrolle COM(2031)0012 STELLUNGNAHME "
               "Die Kommission hat einen Vorschlag vorgelegt, der weitreichende Änderungen vorsieht."),
        ("en", "Trade Unit | tel. 020 123 | Export control reform COM(2031)0012 POSITION PAPER The Commission has "
               "tabled a proposal that would change the rules."),
        ("fr", "Unité commerce | tél. 01 23 | Réforme du contrôle des exportations COM(2031)0012 DOCUMENT DE POSITION "
               "La Commission a présenté une proposition qui changerait les règles."),
        ("nl", "Afdeling handel | tel. 070 123 | Hervorming exportcontrole COM(2031)0012 POSITIEPAPIER De Commissie "
               "heeft een voorstel gedaan dat de regels verandert."),
    ],
)
def test_a_position_word_in_capitals_is_a_position_title(lang: str, text: str) -> None:
    assert signals(text, [lang]).position_title
    assert k(text, lang) == "position_paper"


# --- an organisation announcing its own act ----------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Open River Alliance is pleased to announce that it has joined the Charter for Clean Rivers as a "
               "founding supporter. The Charter was presented at a conference of river towns."),
        ("fr", "L'Alliance des rivières ouvertes est heureuse d'annoncer son adhésion à la Charte pour des rivières "
               "propres. La Charte a été présentée lors d'une conférence des villes fluviales."),
        ("de", "Die Allianz für offene Flüsse freut sich, bekanntzugeben, dass sie der Charta für saubere Flüsse "
               "beitritt. Die Charta wurde auf einer Konferenz der Flussstädte vorgestellt."),
        ("it", "L'Alleanza per i fiumi aperti è lieta di annunciare la sua adesione alla Carta per i fiumi puliti. "
               "La Carta è stata presentata a una conferenza delle città fluviali."),
    ],
)
def test_an_organisation_announcing_its_own_act_is_an_ngo_statement(lang: str, text: str) -> None:
    assert signals(text, [lang]).self_announcement
    assert k(text, lang) == "ngo_statement"


def test_an_announcement_quoted_in_news_is_not_the_pages_own() -> None:
    text = ("River towns sign charter\n\nLYON, 4 May (AFP) - \"The Open River Alliance is pleased to announce its "
            "support,\" its director said on Tuesday, according to a statement.")
    assert not signals(text, ["en"]).self_announcement
    assert k(text, "en") == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "European Federation of River Guides\n\nRiver rules: governments ignore safety\n\nThe European "
               "Federation of River Guides (EFRG) strongly rejects the position taken by ministers on river safety."),
        ("de", "Verband der Flussführer Europas\n\nFlussregeln: Regierungen ignorieren Sicherheit\n\nDer "
               "Verband der Flussführer Europas (VFE) kritisiert die Haltung der Minister zur Sicherheit auf Flüssen."),
        ("fr", "Fédération européenne des guides fluviaux\n\nLes gouvernements ignorent la sécurité\n\nLa Fédération "
               "européenne des guides fluviaux (FEGF) dénonce la position des ministres sur la sécurité fluviale."),
        ("nl", "Europese Federatie van Rivierengidsen\n\nRegeringen negeren veiligheid\n\nDe Europese Federatie van "
               "Rivierengidsen (EFR) verwerpt het standpunt van de ministers over veiligheid op rivieren."),
    ],
)
def test_a_page_headed_by_the_organisation_its_lead_makes_the_subject_is_its_own(lang: str, text: str) -> None:
    assert signals(text, [lang]).masthead_issuer
    assert k(text, lang) == "ngo_statement"


def test_a_newspaper_masthead_not_the_subject_of_its_lead_is_no_issuer() -> None:
    text = ("The Morning Courier\n\nRiver guides reject safety plan\n\nThe European Federation of River Guides "
            "(EFRG) rejects the plan, its president said. The Morning Courier asked ministers for comment.")
    assert not signals(text, ["en"]).masthead_issuer


# --- publication furniture: counters, timestamps, photo credits -------------------------------

@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "1,303 views"), ("es", "407 meneos"), ("ro", "337"), ("pl", "7 września, 2021 8:17"),
     ("en", "4 May 2031 10:45"), ("pl", "Fot. Anna Nowak"), ("de", "Foto: Max Muster"), ("lt", "Nuotr. Jonas Jonaitis"),
     ("fi", "Kuva: Matti Meikäläinen")],
)
def test_counters_timestamps_and_photo_credits_are_furniture(lang: str, line: str) -> None:
    assert is_furniture(line, patterns((lang, "en") if lang != "en" else ("en",)))


@pytest.mark.parametrize("line", ["1. Introduction", "2031", "Article 3", "The Ministers met at 10:45 in Rome"])
def test_a_numbered_heading_a_year_or_a_sentence_is_not_a_counter(line: str) -> None:
    assert not is_furniture(line, patterns(("en",)))


STATEMENT_HEADLINED = {
    "pl": "• Litwa\n• 7 września, 2031 8:17\n\nWspólne oświadczenie ministrów spraw zagranicznych Polski i Litwy\n\n"
          "Fot. Anna Nowak\n\nSzefowie dyplomacji przyjęli wspólne oświadczenie podczas wizyty w Wilnie.",
    "ro": "Declarația comună a guvernelor României și Bulgariei\n\n0\n\n412\n\nDeclarația reflectă relațiile bune "
          "dintre cele două țări și a fost adoptată la reuniunea de la Ruse.",
    "en": "Joint statement of the river states\n\n12 comments\n\n4 May 2031 10:45\n\nThe joint statement was adopted "
          "by the ministers at their meeting in Vienna and published later.",
    "de": "Gemeinsame Erklärung der Flussstaaten\n\n4. Mai 2031 10:45\n\nFoto: Max Muster\n\nDie Erklärung wurde von "
          "den Ministern bei ihrem Treffen in Wien angenommen.",
}


@pytest.mark.parametrize("lang", sorted(STATEMENT_HEADLINED))
def test_a_publication_page_headlining_a_statement_is_news(lang: str) -> None:
    assert signals(STATEMENT_HEADLINED[lang], [lang]).statement_title
    assert k(STATEMENT_HEADLINED[lang], lang) == "news"


def test_a_statement_page_with_one_date_line_stays_a_joint_statement() -> None:
    text = ("Joint statement of the river states\n\n4 May 2031\n\nWe, the ministers of the river states, commit to "
            "keeping our waterways open.")
    assert k(text, "en") == "joint_statement"


# --- parliamentary papers and news that cites them ----------------------------------------------

def test_a_government_letter_to_parliament_is_other() -> None:
    text = ("Brief regering: Appreciatie werkprogramma\n\nNr. 12 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 mei 2031\n\n"
            "Hierbij ontvangt u de appreciatie van het werkprogramma. \"Een sterke Unie\" en \"minder regels\" "
            "zijn de kernwoorden, volgens het kabinet.")
    assert signals(text, ["nl"]).parliamentary
    assert k(text, "nl") == "other"


def test_news_citing_a_parliamentary_answer_is_news() -> None:
    text = ("Staatssecretaris wil exportregels aanscherpen\n\nDe staatssecretaris schrijft in een antwoord op "
            "Kamervragen dat Nederland de export wil beperken. Volgens de staatssecretaris is dat nodig, zei hij. "
            "\"Wij moeten sneller kunnen ingrijpen bij export,\" verklaarde hij dinsdag.")
    assert k(text, "nl") == "news"


def test_a_national_act_titled_in_a_joined_first_line_is_a_legal_act() -> None:
    text = ("Verordnung der Bundesregierung Neunte Verordnung zur Änderung der Flussverordnung A. Ziel B. Lösung "
            "C. Alternativen D. Kosten für die Haushalte und die Verwaltung, die Länder und die Gemeinden\n\n"
            "Berlin, den 3. Mai 2031 An den Präsidenten des Bundesrates")
    assert k(text, "de") == "legal_act"


def test_kinds_yaml_names_each_category_once() -> None:
    """A category written twice is read as its last copy alone (a stale copy once hid the
    Council's General Secretariat from ``council_own``)."""
    import re
    from pathlib import Path

    import loaders

    text = (Path(loaders.__file__).parent / "data" / "kinds.yaml").read_text(encoding="utf-8")
    keys = re.findall(r"^([a-z_]+):", text, re.MULTILINE)
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_a_note_from_the_councils_general_secretariat_is_no_position_paper() -> None:
    text = ("Council of the European Union Brussels, 4 May 2031 (OR. en) 9876/31 NOTE From: To: Subject: "
            "General Secretariat of the Council Permanent Representatives Committee Proposal for a Regulation "
            "on river safety - Preparation for the trilogue")
    assert k(text, "en") == "other"


# --- a press release's own header; an act named after its number; "pursuant to" -------------

PRESS_RELEASES = {
    "de": "PRESSEMITTEILUNG\n\nBerlin, 4.5.2031\n\nVier Organisationen erklärten am Dienstag, Genehmigungen für "
          "Flussfähren sollten nach zwei Jahren auslaufen. Sie sagten, die Regeln seien zu lax.",
    "en": "Press release\n\nLondon, 4 May 2031\n\nFour organisations said on Tuesday that ferry licences should expire "
          "after two years. They said the rules were too lax.",
    "fr": "Communiqué de presse\n\nParis, le 4 mai 2031\n\nQuatre organisations ont déclaré mardi que les licences "
          "des bacs devraient expirer après deux ans. Elles estiment que les règles sont trop laxistes.",
    "nl": "Persbericht\n\nDen Haag, 4 mei 2031\n\nVier organisaties verklaarden dinsdag dat vergunningen voor veerponten "
          "na twee jaar moeten verlopen. Zij zeiden dat de regels te los zijn.",
}


@pytest.mark.parametrize("lang", sorted(PRESS_RELEASES))
def test_a_page_headed_press_release_is_its_issuers_statement(lang: str) -> None:
    assert signals(PRESS_RELEASES[lang], [lang]).press_release_heading
    assert k(PRESS_RELEASES[lang], lang) == "ngo_statement"


def test_a_headline_mentioning_a_press_release_is_no_header() -> None:
    text = ("Ferry operators reject press release of river towns\n\nLondon, 4 May 2031\n\nOperators said on Tuesday "
            "that the towns' claims were wrong, according to a spokesman.")
    assert not signals(text, ["en"]).press_release_heading


def test_an_act_named_after_its_number_is_a_legal_act() -> None:
    text = ("AZ EURÓPAI PARLAMENT ÉS A TANÁCS (EU) 2031/389 RENDELETE (2031. május 16.) a folyami kompok "
            "engedélyezésének közös szabályairól\n\nAZ EURÓPAI PARLAMENT ÉS AZ EURÓPAI UNIÓ TANÁCSA, tekintettel a "
            "szerződésre, mivel:\n\n(1) Az egyértelmű szabályok segítik a vállalatokat.")
    assert signals(text, ["hu"]).act_title
    assert k(text, "hu") == "legal_act"


def test_pursuant_to_is_no_attribution_in_swedish() -> None:
    text = ("Ståndpunktspapper\n\nÖversyn av tillstånd för färjor\n\nArbetet bygger på förordning (EU) 2031/12 och de "
            "riktlinjer som antagits enligt den. Tullmyndigheterna bör samarbeta och undvika dubbla kontroller.")
    assert not signals(text, ["sv"]).attribution
    assert k(text, "sv") == "position_paper"
