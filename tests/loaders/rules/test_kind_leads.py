"""Kind from a report's lead when a page keeps no furniture, dateline or byline: a lead that
dates its event in the third person is news; a page that speaks as "I" or describes without
dating is not. Every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


# a headline, then a lead that says when: no dateline, no byline, no verb of saying
DATED_LEADS = [
    ("de", "Einigung über die Wartung der Leuchttürme\n\nDer Rat und das Parlament haben sich am 14. März 2029 vorläufig "
           "auf neue Regeln für die Wartung von Leuchttürmen geeinigt. Die Küstenstaaten sollen danach ihre Anlagen alle "
           "zwei Jahre prüfen lassen und die Ergebnisse an eine gemeinsame Stelle melden. Die förmliche Annahme steht noch aus."),
    ("it", "Fari costieri, il voto slitta a luglio\n\nLa commissione trasporti del Parlamento europeo ha rinviato il 3 giugno "
           "il voto sulla direttiva sui fari costieri. Il testo prevede controlli biennali degli impianti e un registro comune "
           "delle ispezioni. Alcuni gruppi politici chiedono più tempo per valutare i costi per i piccoli porti."),
    ("en", "Lighthouse rules face a new delay\n\nThe Council postponed on 12 November its vote on the lighthouse maintenance "
           "directive. The text would require coastal states to inspect their towers every two years and to report the "
           "results to a common register. Several capitals want more time to assess the cost for small harbours."),
    ("pl", "Nowe zasady dla latarni morskich\n\nRada i Parlament Europejski porozumiały się 5 października 2029 r. w sprawie "
           "przepisów o konserwacji latarni morskich. Państwa nadbrzeżne będą musiały co dwa lata kontrolować swoje "
           "urządzenia i zgłaszać wyniki do wspólnego rejestru. Formalne przyjęcie tekstu jest jeszcze przed nami."),
    ("nl", "Akkoord over onderhoud van vuurtorens\n\nDe Raad en het Parlement bereikten op 14.03.2029 een voorlopig akkoord "
           "over nieuwe regels voor het onderhoud van vuurtorens. Kuststaten moeten hun installaties voortaan elke twee jaar "
           "laten keuren en de uitkomsten melden aan een gezamenlijk register. De formele goedkeuring volgt later."),
]


@pytest.mark.parametrize(("lang", "text"), DATED_LEADS)
def test_a_lead_dating_its_event_in_the_third_person_is_news(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.dated_lead and not s.speaks_as_i
    assert k(text, lang) == "news"


# the same kind of page without a date in its lead: a reference page describing a thing
UNDATED_PAGES = [
    ("en", "The Lighthouse Network\n\nThe Lighthouse Network is a framework that brings together coastal authorities, "
           "harbour operators and research bodies. It promotes shared standards for the upkeep of towers and lamps, the "
           "exchange of inspection results and common training for keepers across the participating countries."),
    ("de", "Das Leuchtturm-Netzwerk\n\nDas Leuchtturm-Netzwerk ist ein Rahmen, der Küstenbehörden, Hafenbetreiber und "
           "Forschungseinrichtungen zusammenbringt. Es fördert gemeinsame Standards für die Pflege von Türmen und Lampen, "
           "den Austausch von Prüfergebnissen und eine gemeinsame Ausbildung der Wärter in den beteiligten Ländern."),
    ("fr", "Le réseau des phares\n\nLe réseau des phares est un cadre qui rassemble les autorités côtières, les exploitants "
           "portuaires et les organismes de recherche. Il promeut des normes communes pour l'entretien des tours et des "
           "lampes, l'échange des résultats d'inspection et une formation commune des gardiens dans les pays participants."),
    ("es", "La red de faros\n\nLa red de faros es un marco que reúne a las autoridades costeras, los operadores portuarios "
           "y los organismos de investigación. Promueve normas comunes para el mantenimiento de torres y lámparas, el "
           "intercambio de resultados de inspección y una formación común de los fareros en los países participantes."),
]


@pytest.mark.parametrize(("lang", "text"), UNDATED_PAGES)
def test_a_page_describing_without_dating_its_lead_is_not_news(lang: str, text: str) -> None:
    assert not signals(text, [lang]).dated_lead
    assert k(text, lang) == "other"


# a speaker's own words, dated at the top: a speech or a question in parliament, not news
SPEAKERS = [
    ("en", "Minister's remarks at the lighthouse conference\n\nOn 12 November 2029 I opened the lighthouse conference. "
           "I thank our hosts for gathering so many experts, and I am pleased that keepers of small harbours "
           "joined us, since I think their experience counts for most."),
    ("de", "Frage an die Ministerin zur Leuchtturm-Richtlinie\n\nAm 14. März 2029 habe ich die Ministerin gefragt, wie die "
           "Regierung die Küstenländer unterstützen will. Ich halte die Prüfung alle zwei Jahre für richtig, aber ich "
           "sehe die Kosten für die kleinen Häfen mit Sorge und bitte um eine klare Antwort."),
    ("nl", "Inbreng over de vuurtorenrichtlijn\n\nOp 14 maart 2029 heb ik de minister gevraagd hoe de regering de "
           "kustgemeenten wil steunen. Ik vind een keuring om de twee jaar verstandig, maar ik maak mij zorgen over de "
           "kosten voor kleine havens en ik verwacht een helder antwoord."),
    ("fr", "Intervention sur la directive relative aux phares\n\nLe 14 mars 2029, j'ai interrogé la ministre sur le soutien "
           "aux communes côtières. Je juge utile un contrôle tous les deux ans, mais je m'inquiète du coût pour les petits "
           "ports et j'attends une réponse claire du gouvernement."),
]


@pytest.mark.parametrize(("lang", "text"), SPEAKERS)
def test_a_page_speaking_as_i_is_not_news_from_its_dated_lead(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.dated_lead and s.speaks_as_i >= 2
    assert k(text, lang) != "news"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Vlada i sindikati razgovarali su o lukama i svjetionicima."),  # "i" is "and"
        ("pl", "Polska i Czechy poparły wniosek, a Słowacja i Węgry wstrzymały się od głosu."),  # "and" again
        ("en", "Article I and Annex I to the Convention set out the rules the States apply."),  # numerals
        ("lv", "ES dalībvalstis un Padome vienojās par noteikumiem."),  # Latvian "ES" is the EU, not "es" (I)
    ],
)
def test_short_words_of_other_languages_are_not_the_pronoun_i(lang: str, text: str) -> None:
    assert signals(text, [lang]).speaks_as_i == 0


def test_latvian_i_in_lower_case_is_read() -> None:
    assert signals("Vakar es jautāju ministram par bākām, un es gaidu atbildi.", ["lv"]).speaks_as_i == 2


def test_a_quoted_i_is_the_speaker_of_a_quotation_not_the_page() -> None:
    text = ("Keepers welcome the lighthouse rules\n\nThe Council adopted the rules on 3 June. \"I am relieved that the "
            "small harbours were heard, and I hope the money follows soon,\" a keeper from the coast told reporters.")
    assert signals(text, ["en"]).speaks_as_i == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Question for the Commission\n\nE-004512/2029\n\nThe Commission is asked how it will fund the small lighthouses."),
        ("de", "Anfrage an die Kommission\n\nP-0812/2029\n\nDie Kommission wird gefragt, wie sie kleine Leuchttürme fördert."),
        ("fr", "Rapport sur les phares\n\nA9-0123/2029\n\nLa commission des transports propose un registre commun."),
        ("pl", "Projekt rezolucji w sprawie latarni\n\nB9-0456/2029\n\nParlament wzywa Komisję do wsparcia małych portów."),
    ],
)
def test_a_european_parliament_number_marks_a_parliamentary_paper(lang: str, text: str) -> None:
    assert signals(text, [lang]).parliamentary


def test_a_procedure_number_or_a_date_is_no_parliament_number() -> None:
    assert not signals("Lighthouses\n\nProcedure 2029/0123(COD), adopted 12/03/2029, rule E-7.", ["en"]).parliamentary


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Debate on lighthouse safety\n\nThe small harbours need our support now. (Applause) The towers are old."),
        ("de", "Debatte über Leuchttürme\n\nDie kleinen Häfen brauchen jetzt Unterstützung. (Beifall bei der Fraktion) Die Türme sind alt."),
        ("pl", "Debata o latarniach\n\nMałe porty potrzebują teraz wsparcia. (Oklaski) Wieże są stare."),
        ("it", "Dibattito sui fari\n\nI piccoli porti hanno bisogno di sostegno. (Applausi) Le torri sono vecchie."),
    ],
)
def test_a_transcripts_applause_marks_a_speech(lang: str, text: str) -> None:
    assert signals(text, [lang]).speech


def test_applause_in_a_sentence_is_no_transcript_note() -> None:
    assert not signals("Lighthouse vote\n\nThe vote was met with applause from the keepers on Tuesday.", ["en"]).speech


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Harbours wait for lighthouse money\n\nBy Jane Holloway\n\nSmall harbours want the towers repaired before "
               "winter. The fund is not settled and the keepers grow impatient as storms come earlier every year."),
        ("fr", "Les ports attendent l'argent des phares\n\nPar Marie Dufresne\n\nLes petits ports veulent des tours réparées "
               "avant l'hiver. Le fonds n'est pas réglé et les gardiens s'impatientent à l'approche des tempêtes."),
        ("de", "Häfen warten auf Geld für Leuchttürme\n\nVon Anna Brückner\n\nDie kleinen Häfen wollen die Türme vor dem "
               "Winter repariert sehen. Der Fonds steht nicht und die Wärter werden ungeduldig, weil die Stürme früher kommen."),
        ("nl", "Havens wachten op geld voor vuurtorens\n\nDoor Jan Vermeulen\n\nDe kleine havens willen de torens voor de "
               "winter hersteld zien. Het fonds is niet rond en de wachters worden ongeduldig nu de stormen eerder komen."),
    ],
)
def test_a_byline_over_a_text_that_says_nothing_else_is_news(lang: str, text: str) -> None:
    s = signals(text, [lang])
    assert s.byline and not s.dated_lead and s.furniture == 0
    assert k(text, lang) == "news"


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("it", "Il voto in plenaria sulla direttiva dei fari è previsto a luglio, dopo il rinvio in commissione."),
        ("sv", "I slutet av juni ska medlemsländerna enas om reglerna för fyrarnas underhåll, men flera länder är kritiska."),
        ("de", "Im Oktober sollen die Mitgliedstaaten über die neuen Regeln für die Wartung der Leuchttürme abstimmen."),
        ("fr", "Les États membres devraient s'accorder en décembre sur les règles d'entretien des phares."),
    ],
)
def test_a_month_named_alone_dates_a_lead(lang: str, lead: str) -> None:
    assert signals("Rules for the lighthouses of the coast\n\n" + lead, [lang]).dated_lead


def test_english_may_and_march_alone_are_no_month() -> None:
    text = "Lighthouse rules\n\nThe keepers may march to the capital if the towers are not repaired soon."
    assert not signals(text, ["en"]).dated_lead


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Question de M. DURAND Paul (Finistère) publiée le 03/05/2029\n\nM. Paul Durand attire l'attention de Mme la "
               "ministre de la mer sur l'entretien des phares. Les petits ports ne peuvent financer seuls les travaux."),
        ("fr", "ASSEMBLÉE NATIONALE\nPROPOSITION DE RÉSOLUTION EUROPÉENNE\nsur la directive relative aux phares\n\nLes "
               "gardiens de phare attendent depuis longtemps des règles communes."),
        ("de", "Kleine Anfrage der Abgeordneten Anna Berg\n\nDie Bundesregierung wird gefragt, wie sie die Wartung der "
               "Leuchttürme an der Nordsee am 3. Mai 2029 bewertet hat."),
        ("it", "Interrogazione a risposta scritta\n\nSi chiede al Ministro come intenda finanziare la manutenzione dei fari "
               "costieri dopo il voto del 3 maggio 2029."),
        ("es", "Pregunta con solicitud de respuesta escrita\n\nSe pregunta al Gobierno cómo financiará el mantenimiento de "
               "los faros tras la votación del 3 de mayo de 2029."),
    ],
)
def test_a_parliamentary_question_or_motion_is_other_not_news(lang: str, text: str) -> None:
    assert signals(text, [lang]).parliamentary
    assert k(text, lang) == "other"
