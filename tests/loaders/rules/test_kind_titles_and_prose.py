"""Kind from headings (statements, letters, proposals, Council records) and from the prose
of reports when a page keeps no furniture; every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministry of Foreign Affairs\n\nJoint Declaration on Digital Cooperation\n\nThe ministers met in Vienna and agreed on the following."),
        ("de", "Gipfeltreffen in Prag - Abschlusserklärung der Regierungen\n\nDie Regierungen bekräftigen ihre Zusammenarbeit."),
        ("sv", "Utrikesministrarnas gemensamma uttalande\n\nMinistrarna enades om att stärka samarbetet."),
        ("cs", "Aktuálně\n\nSpolečné prohlášení vlád o digitální spolupráci\n\nVlády se dohodly na následujícím."),
        ("pt", "DECLARAÇÃO CONJUNTA SOBRE COOPERAÇÃO DIGITAL\n\nOs ministros acordaram o seguinte."),
    ],
)
def test_a_heading_naming_itself_a_joint_statement(lang: str, text: str) -> None:
    assert k(text, lang) == "joint_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Eleven states sign joint statement on spyware\n\nOn Tuesday, eleven governments signed a pledge. "
               "The statement was published yesterday, officials said. \"It is a first step,\" one official said."),
        ("de", "Elf Staaten unterzeichnen gemeinsame Erklärung zu Spähsoftware\n\nAm Dienstag unterzeichneten elf "
               "Regierungen die Erklärung, sagte ein Sprecher gestern."),
        ("fr", "Onze pays signent une déclaration commune\n\nMardi, onze gouvernements ont signé la déclaration, "
               "a déclaré hier un porte-parole."),
        ("es", "Once países firman una declaración conjunta\n\nEl martes, once gobiernos firmaron la declaración, "
               "dijo ayer un portavoz."),
    ],
)
def test_a_headline_reporting_a_statement_is_news(lang: str, text: str) -> None:
    # the phrase sits mid-headline and the body reports: a weekday, "yesterday", verbs of saying
    assert k(text, lang) == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ban spyware now: an open letter to the Commission\n\nCivil society organisations call on the Commission to act."),
        ("de", "Offener Brief an die Kommission\n\nZivilgesellschaftliche Organisationen fordern die Kommission zum Handeln auf."),
        ("et", "Avalik pöördumine parlamendi liikmete poole\n\nVabaühendused kutsuvad saadikuid üles nuhkvara keelama."),
        ("it", "Petizione per il divieto degli spyware\n\nLe organizzazioni della società civile chiedono al Consiglio di agire."),
    ],
)
def test_letters_petitions_and_appeals_of_organisations(lang: str, text: str) -> None:
    assert k(text, lang) == "ngo_statement"


def test_a_joint_statement_of_civil_society_is_an_ngo_statement() -> None:
    text = ("Joint Statement on Spyware in Europe\n\nWe stand with thirty civil society organisations in asking for "
            "a ban on spyware sales.")
    assert k(text, "en") == "ngo_statement"


def test_news_about_an_open_letter_is_news() -> None:
    text = ("Rome - Twelve organisations sent an open letter to the Commission on Monday. The letter asks for a ban, "
            "the groups said. \"Europe must act now,\" one of them said. \"This cannot wait any longer,\" another added.")
    assert k(text, "en") == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "EUROPEAN COMMISSION\nBrussels, 3.4.2030\nCOM(2030) 123 final\nProposal for a\nREGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"),
        ("fr", "COMMISSION EUROPÉENNE\nBruxelles, le 3.4.2030\nCOM(2030) 123 final\nProposition de\nRÈGLEMENT DU PARLEMENT EUROPÉEN ET DU CONSEIL"),
        ("de", "EUROPÄISCHE KOMMISSION\nBrüssel, den 3.4.2030\nCOM(2030) 123 final\nVorschlag für eine\nVERORDNUNG DES EUROPÄISCHEN PARLAMENTS UND DES RATES"),
        ("pl", "KOMISJA EUROPEJSKA\nBruksela, dnia 3.4.2030\nCOM(2030) 123 final\nWniosek\nROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY"),
    ],
)
def test_a_commission_proposal_is_a_legal_act(lang: str, text: str) -> None:
    assert k(text, lang) == "legal_act"


def test_an_eur_lex_page_of_a_recommendation_is_a_legal_act() -> None:
    text = ("This page comes from the site\n\nDocument 32030H0042\n\nCommission Recommendation (EU) 2030/42 of 1 June 2030 "
            "on monitoring exports\n\nOJ L, 2030/42, 2.6.2030, ELI: http://data.europa.eu/eli/reco/2030/42/oj")
    assert k(text, "en") == "legal_act"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Council of the European Union\nBrussels, 3 May 2030\n12345/30\n\nSUMMARY RECORD\nPERMANENT REPRESENTATIVES COMMITTEE\nWednesday 1 May 2030"),
        ("fr", "Conseil de l'Union européenne\nBruxelles, le 3 mai 2030\nST 12345/30\n\nRÉSULTATS DES TRAVAUX\nOrigine: Secrétariat général du Conseil"),
        ("de", "Rat der Europäischen Union\nBrüssel, den 3. Mai 2030\nWK 1234/2030\n\nVORLÄUFIGE TAGESORDNUNG\nAusschuss der Ständigen Vertreter"),
        ("pl", "Rada Unii Europejskiej\nBruksela, 3 maja 2030 r.\nST 12345/30\n\nWSTĘPNY PORZĄDEK OBRAD\nKomitet Stałych Przedstawicieli"),
    ],
)
def test_the_councils_record_of_its_own_work_is_no_position_paper(lang: str, text: str) -> None:
    assert k(text, lang) == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Nederland stemt tegen het voorstel\n\nHet kabinet zal morgen tegen het voorstel stemmen. De Tweede Kamer nam "
               "gisteren een motie aan die de regering daartoe oproept. " + "De lidstaten zijn verdeeld over het plan. " * 12),
        ("en", "Three states agree on a text\n\nFrance, Germany and Italy have reached an agreement, according to a paper "
               "seen by journalists. " + "The three governments back self-regulation for the models. " * 12),
        ("de", "Einigung der Regierungen\n\nAm Donnerstag einigten sich die Regierungen auf einen Text. "
               "Heute sollen die Botschafter zustimmen. " + "Die Mitgliedstaaten sind uneins über den Plan. " * 12),
        ("fi", "Suomi liittyy julistukseen\n\nSuomi liittyy julistukseen, kertoo ministeriö. Uudet maat julkistetaan "
               "torstaina. " + "Hallitus on valmistellut asiaa pitkään. " * 12),
    ],
)
def test_reports_without_page_furniture_are_news_from_their_prose(lang: str, text: str) -> None:
    assert signals(text, [lang]).reporting >= 2
    assert k(text, lang) == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Call for Trust Online\n\nThe Call, launched in 2030, aims to drive initiatives on emerging issues. "
               "It proposes a vision for regulation online and sets out principles for the responsible behaviour of States."),
        ("de", "Vielen Dank, Frau Präsidentin. Frau Ministerin, ich habe eine Frage zur Verordnung. Wir begrüßen die Einigung "
               "in der Bundesregierung. Meine Frage ist jetzt: Wie geht es weiter?"),
    ],
)
def test_descriptions_and_speeches_stay_other(lang: str, text: str) -> None:
    assert k(text, lang) == "other"


def test_weekday_names_that_are_also_ordinals_are_no_weekday() -> None:
    # Greek "Τρίτη" is Tuesday and "third"; "την Κυριακή" is only Sunday
    assert not signals("Η τρίτη παράγραφος του κειμένου.", ["el"]).weekday
    assert signals("Την Κυριακή οι υπουργοί συναντήθηκαν.", ["el"]).weekday


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Amtsblatt der Europäischen Union L 100/1\n\n1 Amtsblatt der Europäischen Union L 100/1 DURCHFÜHRUNGSVERORDNUNG "
               "(EU) Nr. 123/2030 DER KOMMISSION vom 1. Juni 2030 mit Bestimmungen"),
        ("en", "Official Journal of the European Union L 100/1\n\nCOMMISSION IMPLEMENTING REGULATION (EU) 2030/123 of 1 June 2030"),
        ("fr", "Journal officiel de l'Union européenne L 100/1\n\nRÈGLEMENT D'EXÉCUTION (UE) 2030/123 DE LA COMMISSION du 1er juin 2030"),
        ("en", "COUNCIL OF THE EUROPEAN UNION Brussels, 1 June 2030 12345/30\n\nLEGISLATIVE ACTS AND OTHER INSTRUMENTS\nSubject: "
               "COUNCIL REGULATION opening tariff quotas"),
    ],
)
def test_an_act_printed_in_capitals_under_the_official_journal_or_the_council(lang: str, text: str) -> None:
    assert k(text, lang) == "legal_act"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Verordnung der Bundesregierung\nZweite Verordnung zur Änderung der Ausfuhrverordnung\n\nA. Ziel\n\nB. Lösung"),
        ("fr", "Décision du gouvernement\nrelative au contrôle des exportations\n\nArticle unique"),
        ("pl", "Rozporządzenie Ministra Rozwoju\nw sprawie kontroli wywozu\n\n§ 1. Zakres"),
        ("en", "Regulation of the Minister for Trade\non export controls\n\n1. Scope"),
    ],
)
def test_a_first_line_naming_an_act_is_a_legal_act(lang: str, text: str) -> None:
    assert k(text, lang) == "legal_act"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Deutscher Bundestag Drucksache 20/1234\n\nAntwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten "
               "zur Ausfuhrkontrolle. Heute antwortet die Regierung, sagte ein Sprecher."),
        ("nl", "Kamerstuk 22 112, nr. 9999\n\nAntwoord van minister op vragen van het lid over exportcontrole. Gisteren zei de minister."),
        ("en", "Parliamentary question E-001234/2030\n\nAnswer given by the Commissioner on behalf of the Commission. "
               "Yesterday the Commissioner said more."),
        ("fr", "Question écrite n° 1234\n\nRéponse du gouvernement sur le contrôle des exportations. Hier, le ministre a déclaré."),
    ],
)
def test_parliamentary_questions_and_answers_are_other_not_news(lang: str, text: str) -> None:
    assert k(text, lang) == "other"


def test_a_joint_press_statement_heading_is_a_joint_statement() -> None:
    text = ("Welcome to the ministry\nGemeinsame Presseerklärung der Außenminister anlässlich des Besuchs in Paris\n"
            "Heute bekräftigen wir unsere Partnerschaft.")
    assert k(text, "de") == "joint_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "EUROPEAN COMMISSION\nBrussels, 1.7.2030\nCOM(2030) 272 final\nREPORT FROM THE COMMISSION\nANNUAL REPORT ON SUBSIDIARITY"),
        ("en", "Strasbourg, 6.2.2030\nSWD(2030) 32 final\nCOMMISSION STAFF WORKING DOCUMENT\nAccompanying the document\n"
               "Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"),
        ("cs", "EVROPSKÁ KOMISE\nV Bruselu dne 1.7.2030\nCOM(2030) 503 final\nSDĚLENÍ KOMISE EVROPSKÉMU PARLAMENTU"),
        ("de", "EUROPÄISCHE KOMMISSION\nBrüssel, den 1.7.2030\nCOM(2030) 272 final\nMITTEILUNG DER KOMMISSION AN DAS EUROPÄISCHE PARLAMENT"),
        ("fr", "COMMISSION EUROPÉENNE\nBruxelles, le 1.7.2030\nCOM(2030) 272 final\nRAPPORT DE LA COMMISSION AU PARLEMENT EUROPÉEN"),
    ],
)
def test_the_commissions_reports_and_communications_are_other(lang: str, text: str) -> None:
    assert k(text, lang) == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Toelichting bij COM(2030)209 - Regels voor de uitvoer\n\n1. ACHTERGROND VAN HET VOORSTEL"),
        ("en", "Explanatory memorandum to COM(2030) 209\n\n1. CONTEXT OF THE PROPOSAL"),
        ("fr", "Exposé des motifs de la COM(2030) 209\n\n1. CONTEXTE DE LA PROPOSITION"),
        ("de", "Begründung zu COM(2030) 209\n\n1. KONTEXT DES VORSCHLAGS"),
    ],
)
def test_a_proposals_explanatory_memorandum_is_a_legal_act(lang: str, text: str) -> None:
    assert k(text, lang) == "legal_act"
