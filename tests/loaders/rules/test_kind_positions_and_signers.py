"""Kind from who signs (organisations alone make a civil-society letter) and from a title
that names its author's position; every text written for these tests."""

from __future__ import annotations

import pytest

from core.model import ActorRef, Author, Evidence, Signatory
from loaders.rules.kind import kind, signals


def ev(extractor: str) -> Evidence:
    return Evidence(quote="x", start=0, end=1, confidence=0.9, extractor=extractor)


def org(key: str, org_kind: str, extractor: str = "signatories.closing_block") -> Signatory:
    return Signatory(kind="organization", key=key, name=key, surface=key, org_kind=org_kind, block=0,  # type: ignore[arg-type]
                     evidence=ev(extractor))


def state(iso2: str, extractor: str = "signatories.closing_block") -> Signatory:
    return Signatory(iso2=iso2, name=iso2, surface=iso2, block=0, evidence=ev(extractor))


def k(text: str, lang: str, signatories=()) -> str:
    return kind(text, list(signatories), [], [lang])[0]


LETTER = "Joint letter on encryption\n\nDear Ministers,\n\nWe urge you to protect encryption.\n\nSigned:\nOrg A\nOrg B"


@pytest.mark.parametrize("org_kind", ["ngo", "company", "academic"])
def test_a_list_of_organisations_alone_signs_an_ngo_statement(org_kind: str) -> None:
    signers = [org("org-a", org_kind), org("org-b", "ngo")]
    assert k(LETTER, "en", signers) == "ngo_statement"


def test_states_or_public_bodies_among_the_signers_make_a_joint_statement() -> None:
    assert k(LETTER, "en", [org("org-a", "ngo"), state("FR")]) == "joint_statement"
    assert k(LETTER, "en", [org("org-a", "ngo"), org("african-union", "intergovernmental")]) == "joint_statement"
    assert k(LETTER, "en", [org("european-union", "eu_institution")]) == "joint_statement"


def test_reported_organisations_make_no_ngo_statement() -> None:
    text = "Groups sign letter\n\nTwelve groups signed a letter on Monday, they said."
    assert k(text, "en", [org("org-a", "ngo", "signatories.reported")]) != "ngo_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Position of the Government of the Republic of Utopia on the proposed regulation on media freedom\n\n"
               "The Government supports the aim of the proposal. It considers that Article 4 should respect the "
               "responsibility of each Member State for national security."),
        ("fr", "Position de la France sur la proposition de règlement relatif à l'intelligence artificielle\n\n"
               "La France soutient l'objectif de la proposition. Elle souhaite toutefois que les modèles de fondation "
               "relèvent de codes de conduite."),
        ("fr", "Note des autorités françaises\n\nObjet : proposition de règlement sur la liberté des médias\n\n"
               "Les autorités françaises soutiennent l'objectif du texte et proposent la rédaction suivante."),
        ("de", "Position der Bundesregierung zum Vorschlag für eine Verordnung über künstliche Intelligenz\n\n"
               "Die Bundesregierung begrüßt den Vorschlag grundsätzlich. Sie hält jedoch Änderungen bei den "
               "Pflichten der Anbieter für erforderlich."),
        ("pl", "Stanowisko Rządu RP w sprawie projektu rozporządzenia o sztucznej inteligencji\n\n"
               "Rząd popiera cel projektu, ale zgłasza zastrzeżenia do definicji systemu."),
        ("it", "Posizione dell'Italia sulla proposta di regolamento sulla libertà dei media\n\n"
               "L'Italia sostiene l'obiettivo della proposta ma chiede di chiarire l'articolo 4."),
        ("cs", "Rámcová pozice k návrhu nařízení o umělé inteligenci\n\n"
               "Česká republika podporuje cíl návrhu, avšak požaduje upřesnění definice."),
    ],
)
def test_a_title_naming_its_authors_position_makes_a_position_paper(lang: str, text: str) -> None:
    assert signals(text, [lang]).position_heading
    assert k(text, lang) == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline that reports a position names it after a verb
        ("en", "Utopia sets out the position of the government on media freedom\n\nThe minister said on Tuesday that "
               "the country would oppose the exemption. \"We will vote against it,\" she said."),
        ("fr", "Le gouvernement précise la position de la France sur l'IA\n\nLe ministre a déclaré mardi que la France "
               "soutiendrait un compromis, a indiqué son cabinet."),
        # a section heading of a government's note to its parliament is not the paper's title
        ("sv", "Kommenterad dagordning inför rådsmötet\n\nDagordningspunkt 3\n\nSvensk ståndpunkt\n\n"
               "Regeringen välkomnar diskussionen."),
    ],
)
def test_a_position_named_in_a_sentence_or_a_section_is_no_title(lang: str, text: str) -> None:
    assert not signals(text, [lang]).position_heading


def test_a_parliaments_first_reading_position_with_citations_is_no_position_paper() -> None:
    text = ("Position of the Government of Utopia adopted at first reading\n\n"
            "Having regard to the Treaty on the Functioning of the European Union,\n\n"
            "Having regard to the proposal from the European Commission,")
    assert k(text, "en") != "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Supervisor Opinion 4/2030 on the proposal for a regulation on data spaces\n\nExecutive summary\n\n"
               "The Supervisor welcomes the aim of the proposal but recommends narrower access rules."),
        ("fr", "Avis n° 4/2030 sur la proposition de règlement relatif aux espaces de données\n\n"
               "Le contrôleur salue l'objectif de la proposition mais recommande des règles d'accès plus étroites."),
        ("de", "Stellungnahme 4/2030 zum Vorschlag für eine Verordnung über Datenräume\n\n"
               "Der Beauftragte begrüßt das Ziel des Vorschlags, empfiehlt aber engere Zugangsregeln."),
        ("it", "Parere 4/2030 sulla proposta di regolamento sugli spazi di dati\n\n"
               "Il Garante accoglie con favore l'obiettivo della proposta ma raccomanda regole di accesso più strette."),
        ("es", "Dictamen 4/2030 sobre la propuesta de reglamento relativo a los espacios de datos\n\n"
               "El Supervisor acoge con satisfacción el objetivo de la propuesta."),
    ],
)
def test_a_numbered_opinion_of_a_body_is_a_position_paper(lang: str, text: str) -> None:
    assert signals(text, [lang]).opinion
    assert k(text, lang) == "position_paper"


def test_an_act_number_without_an_opinion_word_is_no_opinion() -> None:
    text = "Regulation (EU) 2030/4 on data spaces\n\nThe regulation applies from next year."
    assert not signals(text, ["en"]).opinion


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Reasoned opinion of the Chamber of Utopia on the proposal for a regulation on data spaces\n\n"
               "The Chamber considers that the proposal does not comply with the principle of subsidiarity."),
        ("fr", "Avis motivé de l'Assemblée sur la proposition de règlement relatif aux espaces de données\n\n"
               "L'Assemblée estime que la proposition ne respecte pas le principe de subsidiarité."),
        ("pl", "Uzasadniona opinia Izby w sprawie projektu rozporządzenia o przestrzeniach danych\n\n"
               "Izba uznaje, że projekt narusza zasadę pomocniczości."),
        ("de", "Begründete Stellungnahme der Kammer zum Vorschlag für eine Verordnung über Datenräume\n\n"
               "Die Kammer ist der Auffassung, dass der Vorschlag gegen das Subsidiaritätsprinzip verstößt."),
    ],
)
def test_a_parliaments_reasoned_opinion_is_a_position_paper(lang: str, text: str) -> None:
    assert k(text, lang) == "position_paper"


@pytest.mark.parametrize(
    "text",
    [
        "Utopian Industry Federation position on the proposed data act\n\nThe Federation supports the aim of the proposal.",
        "The Freedom League's position on the media freedom act\n\nThe League asks for stronger protection of sources.",
    ],
)
def test_an_organisations_position_in_its_title_is_a_position_paper(text: str) -> None:
    assert signals(text, ["en"]).position_heading
    assert k(text, "en") == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Utopia Accord Code of Practice for States\n\nThe participating States commit to the following practices."),
        ("de", "Utopia Datenrat Leitfaden für kleine Vereine\n\nDieser Leitfaden erklärt die wichtigsten Pflichten."),
    ],
)
def test_guidance_titled_after_its_authors_capitalised_name(lang: str, text: str) -> None:
    assert signals(text, [lang]).guideline_title
    assert k(text, lang) == "guideline"


def test_guidance_word_after_a_lower_case_word_is_no_guidance_title() -> None:
    text = "Ministers discuss new guidelines on exports\n\nThe ministers met on Tuesday, officials said."
    assert not signals(text, ["en"]).guideline_title


def voice(org_kind: str, extractor: str = "authors.we_voice") -> Author:
    return Author(actor=ActorRef(kind="organization", key="some-org", name="Some Org", org_kind=org_kind),  # type: ignore[arg-type]
                  evidence=ev(extractor))


PAGE = "Encryption must stay\n\nThe Network opposes the scanning of private messages. We will keep campaigning."


@pytest.mark.parametrize("extractor", ["authors.we_voice", "authors.own_voice", "authors.release_head", "authors.about_footer"])
def test_a_civil_society_organisation_speaking_as_the_page_makes_an_ngo_statement(extractor: str) -> None:
    assert kind(PAGE, [], [voice("ngo", extractor)], ["en"])[0] == "ngo_statement"


def test_a_coalition_of_governments_or_a_byline_speaking_is_no_ngo_voice() -> None:
    assert kind(PAGE, [], [voice("initiative")], ["en"])[0] != "ngo_statement"
    assert kind(PAGE, [], [voice("ngo", "authors.byline")], ["en"])[0] != "ngo_statement"
    titled = "Joint statement on encryption\n\nWe, the members of the coalition, oppose the scanning of messages."
    assert kind(titled, [], [voice("ngo")], ["en"])[0] != "ngo_statement"


def test_an_initiative_alone_signing_keeps_a_joint_statement() -> None:
    assert k(LETTER, "en", [org("some-call", "initiative")]) == "joint_statement"
