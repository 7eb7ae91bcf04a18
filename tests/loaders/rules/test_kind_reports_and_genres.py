"""Kind of pages that report on a document their title names, of analyses, opinions and
speeches, and reported speech in more languages; every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Guidelines on banned AI practices published\n\nThe Commission has published guidelines on the practices "
               "the act prohibits. The guidelines are not binding but aim at one reading across the Union."),
        ("de", "Leitlinien zur KI-Verordnung veröffentlicht\n\nDie EU-Kommission hat Leitlinien zu den verbotenen "
               "Praktiken nach der KI-Verordnung vorgelegt. Die Leitlinien sind nicht verbindlich."),
        ("fr", "Déclaration commune franco-utopienne sur les données\n\nParis et Utopia ont publié lundi une déclaration "
               "commune dans laquelle les deux pays appellent à des règles plus souples."),
        ("ro", "Miniștrii au adoptat o declarație comună privind securitatea\n\nMiniștrii de externe s-au întâlnit la "
               "Sofia. Cei trei miniștri au semnat o declarație comună privind securitatea cibernetică."),
        ("en", "Joint statement on data: nine countries commit to share more\n\nNine governments met in Vienna. The "
               "countries signed a joint statement on the sidelines of the summit."),
    ],
)
def test_a_page_reporting_that_someone_issued_the_titled_document_is_news(lang: str, text: str) -> None:
    assert signals(text, [lang]).about_a_document
    assert k(text, lang) == "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the document speaks as "we": what it reports of others is its context
        ("en", "Joint statement on data sharing\n\nWe, the ministers, recall that the Commission has published its "
               "strategy. We commit to share more data."),
        # an act of another body told deep in a letter is not its lead
        ("en", "Open letter to the Council on encryption\n\nDear Ministers,\n\nThousands of people rely on private "
               "messages every day, at work and at home, and deserve that the law keeps them safe from anyone who "
               "would read them without a judge's order, whatever the reason given for it, and whoever asks for it, "
               "in every member state of the Union alike, and in every country that "
               "takes its laws as a model for its own.\n\nThe committee has published its report."),
    ],
)
def test_a_document_that_mentions_another_ones_publication_is_not_a_report(lang: str, text: str) -> None:
    assert not signals(text, [lang]).about_a_document


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Why export rules fail – Analysis\n\nThe recast regulation introduced a new control. Officials said it "
               "would change little, and critics said the same."),
        ("de", "Kommentar: Die Chatkontrolle ist der falsche Weg\n\nDie Kommission will Nachrichten durchsuchen lassen, "
               "sagte eine Sprecherin am Dienstag."),
        ("fr", "Tribune : protégeons le chiffrement\n\nLe Conseil examine mardi un texte qui menace la vie privée, "
               "a déclaré un expert."),
        ("es", "Opinión | El cifrado no es negociable\n\nEl Consejo debate el martes la propuesta, dijo un portavoz."),
        ("pl", "Komentarz: szyfrowanie jest zagrożone\n\nRada zajmie się projektem we wtorek, powiedział rzecznik."),
    ],
)
def test_a_title_labelled_analysis_or_opinion_is_other(lang: str, text: str) -> None:
    assert signals(text, [lang]).genre_title
    assert k(text, lang) == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Remarks at the cyber conference\n\nCheck against delivery\n\nExcellencies, ladies and gentlemen, it is a "
               "pleasure to be here today."),
        ("de", "Digitalpolitik in Europa\n\nEs gilt das gesprochene Wort.\n\nMeine sehr geehrten Damen und Herren, ich "
               "freue mich, heute bei Ihnen zu sein."),
        ("fr", "Conférence sur la cybersécurité\n\nSeul le prononcé fait foi\n\nMesdames et Messieurs les ministres, je "
               "suis heureux d'être parmi vous."),
        ("it", "Conferenza sulla sicurezza informatica\n\nSignore e signori, è un onore essere qui oggi."),
        ("sv", "Konferens om cybersäkerhet\n\nDet talade ordet gäller.\n\nMina damer och herrar, det är en glädje att "
               "vara här."),
    ],
)
def test_a_speech_as_delivered_is_other(lang: str, text: str) -> None:
    assert signals(text, [lang]).speech
    assert k(text, lang) == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Offener Brief\n\nSehr geehrte Damen und Herren,\n\nwir fordern Sie auf, die Verschlüsselung zu schützen."),
        ("nl", "Open brief\n\nGeachte dames en heren,\n\nwij vragen u de versleuteling te beschermen."),
        ("en", "Letter to the Council\n\nDear Mr President,\n\nWe ask you to protect encryption."),
    ],
)
def test_a_letters_salutation_is_no_speech(lang: str, text: str) -> None:
    assert not signals(text, [lang]).speech


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        ("fr", "Le texte sera voté mardi, a-t-il indiqué. « C'est un compromis », estime-t-elle.", 2),
        ("de", "Die Regierung lehne das ab, hieß es in Berlin. Man werde nicht zustimmen, so der Innenminister.", 2),
        ("pl", "Rząd jest przeciw, poinformowała rzeczniczka. Minister zapowiedział głosowanie.", 2),
        ("cs", "Vláda je proti, uvedla mluvčí. Ministr oznámil hlasování.", 2),
        ("es", "El Gobierno está en contra, aseguró la portavoz, y subrayó que votará no.", 2),
    ],
)
def test_verbs_of_saying_in_the_third_person(lang: str, text: str, verbs: int) -> None:
    assert signals(text, [lang]).saying == verbs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Surveillance des journalistes\n\nL'association Presse Libre s'inquiète de l'exception prévue. Nous appelons "
               "les députés à rejeter toute disposition autorisant les logiciels espions."),
        ("es", "No al control de chats\n\nMás de cuarenta organizaciones exigimos al Gobierno que vote en contra del "
               "reglamento y proteja el cifrado."),
        ("it", "Appello al governo\n\nLe associazioni firmatarie si oppongono al regolamento. Chiediamo che la crittografia "
               "sia tutelata senza eccezioni."),
        ("pl", "Stop kontroli czatów\n\nApelujemy do rządu o sprzeciw wobec projektu rozporządzenia. Wzywamy ministrów do "
               "obrony szyfrowania."),
        ("de", "Chatkontrolle stoppen\n\nDer Verein lehnt die Chatkontrolle ab. Wir fordern die Bundesregierung auf, im Rat "
               "dagegen zu stimmen."),
    ],
)
def test_an_organisation_demanding_in_its_own_voice_is_an_ngo_statement(lang: str, text: str) -> None:
    assert signals(text, [lang]).we_demand
    assert k(text, lang) == "ngo_statement"


def test_a_demand_inside_quotation_marks_is_someone_elses() -> None:
    text = ("Groups oppose scanning plan\n\nSeveral groups criticised the plan on Tuesday. \"We call on the Council to "
            "reject it,\" one of them said, and the Council said it would decide next month.")
    assert not signals(text, ["en"]).we_demand


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Groups urge Parliament to close the loophole\n\nBRUSSELS, 12 May 2030 – The Network for Free Media and 30 "
               "other civil society organisations today called on the Parliament to reject the exemption.\n\nAbout the "
               "Network\nThe Network is a coalition of non-governmental organisations."),
        ("de", "Verbände gegen Ausnahme\n\nBERLIN, 12. Mai 2030 – Zivilgesellschaftliche Organisationen fordern das "
               "Parlament auf, die Ausnahme zu streichen.\n\nPressekontakt\nVerein für freie Medien"),
        ("fr", "Les associations contre l'exception\n\nPARIS, 12 mai 2030 – Des organisations de la société civile "
               "demandent au Parlement de rejeter l'exception.\n\nContact presse\nAssociation pour la presse libre"),
    ],
)
def test_a_datelined_release_of_civil_society_is_an_ngo_statement(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.dateline and s.release_furniture
    assert k(text, lang) == "ngo_statement"


def test_a_wire_story_without_release_furniture_stays_news() -> None:
    text = ("Groups urge Parliament to act\n\nBRUSSELS, 12 May 2030 (Reuters) - Civil society organisations on Tuesday "
            "called on the Parliament to reject the exemption, officials said.")
    assert k(text, "en") == "news"


def test_an_encyclopedia_page_with_reference_marks_is_other() -> None:
    text = ("Utopia Accord\n\nThe Utopia Accord is an agreement on data sharing signed in 2030.[1] Nine states joined it "
            "in its first year, officials said.[2] Critics said on Tuesday that it lacked teeth.[3]")
    assert signals(text, ["en"]).reference_page
    assert k(text, "en") == "other"


def test_bracketed_numbers_standing_alone_are_no_reference_marks() -> None:
    text = "Ministers meet\n\nThe list of items [1] and [2] was agreed on Tuesday, officials said."
    assert not signals(text, ["en"]).reference_page
