"""Wire datelines beyond "Place (Agency) -": a date after the place without a comma
("Praha 12. března (ČTK) -"), the credit between slashes ("/Agerpres/", "/БТА/"), after a
comma ("Rīga, 12.marts, LETA."), with no dash before the text ("STOCKHOLM (TT) Text"), and
slashes closing the text ("/ritzau/"). Traps: the same agency named inside a sentence."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "cs": "Vláda dnes schválila nové nařízení o rybolovu s podporou partnerů. Ministryně řekla, že text půjde do Sněmovny.\n",
    "sk": "Vláda v utorok schválila nové nariadenie o rybolove s podporou partnerov. Ministerka povedala, že text pôjde do parlamentu.\n",
    "ro": "Guvernul a aprobat marţi noul decret privind pescuitul, cu sprijinul partenerilor. Ministrul a spus că textul merge în Parlament.\n",
    "bg": "Правителството одобри във вторник новия указ за риболова с подкрепата на партньорите. Министърът каза, че текстът отива в парламента.\n",
    "lv": "Valdība otrdien pieņēma jaunos noteikumus par zveju ar partneru atbalstu. Ministre sacīja, ka teksts nonāks Saeimā.\n",
    "et": "Valitsus kiitis teisipäeval heaks uue kalapüügi määruse partnerite toel. Minister ütles, et tekst läheb Riigikokku.\n",
    "sv": "Regeringen antog på tisdagen den nya förordningen om fiske med stöd av partierna. Ministern sade att texten går till riksdagen.\n",
    "fi": "Hallitus hyväksyi tiistaina uuden kalastusasetuksen puolueiden tuella. Ministeri sanoi, että teksti menee eduskuntaan.\n",
    "da": "Regeringen vedtog tirsdag den nye bekendtgørelse om fiskeri med støtte fra partierne. Ministeren sagde, at teksten går til Folketinget.\n",
    "es": "El Gobierno aprobó este martes el nuevo decreto sobre la pesca con el apoyo de sus socios. La ministra dijo que el texto irá al Congreso.\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "dateline", "agency"),
    [
        ("cs", "Praha 12. března (ČTK) - ", "Česká tisková kancelář (ČTK)"),
        ("sk", "Bratislava 12. marca (TASR) - ", "Tlačová agentúra Slovenskej republiky (TASR)"),
        ("ro", "Bucureşti, 12 mar /Agerpres/ - ", "Agerpres"),
        ("bg", "София, 12 март /БТА/ ", "Bulgarian News Agency (BTA)"),
        ("lv", "Rīga, 12.marts, LETA. ", "LETA"),
        ("et", "TALLINN, 12. märts, BNS - ", "Baltic News Service (BNS)"),
        ("sv", "STOCKHOLM (TT) ", "TT Nyhetsbyrån"),
        ("fi", "HELSINKI (STT) ", "STT-Info"),
        ("es", "MADRID, 12 Mar. (EUROPA PRESS) -\n\n", "Europa Press"),
    ],
)
def test_a_wire_dateline_of_each_agency_s_own_shape_credits_the_agency(lang: str, dateline: str, agency: str) -> None:
    text = "Rybolov\n\n" + dateline + _BODY[lang] + _BODY[lang]
    assert _authors(text, lang) == [(agency, "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "closing", "agency"),
    [("da", "/ritzau/", "Ritzau"), ("ro", "/Agerpres/", "Agerpres"), ("bg", "/БТА/", "Bulgarian News Agency (BTA)"),
     ("cs", "(ČTK)", "Česká tisková kancelář (ČTK)")],
)
def test_an_agency_closing_the_text_alone_credits_it(lang: str, closing: str, agency: str) -> None:
    text = "Rybolov\n\n" + _BODY[lang] + _BODY[lang] + "\n" + _BODY[lang].rstrip() + " " + closing + "\n"
    assert _authors(text, lang) == [(agency, "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("cs", "Podle agentury ČTK se ministři v Praze 12. března (ČTK) sešli znovu. "),
        ("ro", "Ministrul a declarat pentru Agerpres că decretul va fi aprobat, a transmis /Agerpres/ ieri. "),
        ("lv", "Kā ziņoja LETA, ministre sacīja, ka teksts nonāks Saeimā. "),
        ("sv", "Enligt TT sade ministern att regeringen går vidare. "),
    ],
)
def test_an_agency_named_inside_a_sentence_is_no_author(lang: str, sentence: str) -> None:
    text = "Rybolov\n\n" + _BODY[lang] + sentence + _BODY[lang]
    assert _authors(text, lang) == []


_CLOSE_BODY = {
    "de": "Die Minister trafen sich am Freitag in Lima, um über Fangquoten zu beraten. Die Gespräche gehen im Mai weiter.\n\n",
    "fr": "Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche. Les discussions reprendront en mai.\n\n",
    "it": "I ministri si sono riuniti venerdì a Lima per discutere delle quote di pesca. I colloqui riprenderanno a maggio.\n\n",
    "es": "Los ministros se reunieron el viernes en Lima para hablar de las cuotas de pesca. Las conversaciones seguirán en mayo.\n\n",
    "pt": "Os ministros reuniram-se na sexta-feira em Lima para discutir as quotas de pesca. As conversas continuam em maio.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "closing", "agency"),
    [
        ("de", "(mf/dpa)", "Deutsche Presse-Agentur (dpa)"),
        ("de", "(ab/dpa)", "Deutsche Presse-Agentur (dpa)"),
    ],
)
def test_an_editor_s_initials_before_a_closing_agency_credit_it(lang: str, closing: str, agency: str) -> None:
    body = _CLOSE_BODY.get(lang, _BODY.get(lang, ""))
    text = "Quoten\n\n" + body * 3 + "\n" + closing + "\n"
    assert _authors(text, lang) == [(agency, "authors.agency_credit")]


@pytest.mark.parametrize(
    ("lang", "closing"),
    [("de", "(AP/dpa/A. Name)"), ("fr", "Le ministre a parlé avec AFP"), ("de", "Foto: dpa"), ("it", "Il ministro ha parlato con l'ANSA"),
     # material from an agency, written up by the outlet's own staff: the agency is no author
     ("fr", "(avec AFP)"), ("de", "Mit Material von dpa und AFP"), ("es", "Con información de EFE"), ("it", "(con ANSA)"),
     ("pt", "(Com AFP)")],
)
def test_a_photo_credit_or_a_sentence_naming_the_agency_at_the_end_is_no_credit(lang: str, closing: str) -> None:
    text = "Quoten\n\n" + _CLOSE_BODY[lang] * 3 + "\n" + closing + "\n"
    assert _authors(text, lang) == []
