"""A byline kept in the page's markup: the first element holds only a person's name
("<h6><strong>A. Name</strong></h6> <h4>Standfirst ..."). Traps: the name is the story's
subject (its surname recurs in the lead), an organisation, a page label."""

from __future__ import annotations

import pytest

from .helpers import facts

_LEAD = {
    "es": "<h4><strong>Los ministros se reunieron el viernes en Lima para hablar de las cuotas de pesca.</strong></h4> "
          "Las conversaciones seguirán en mayo, según fuentes diplomáticas. El acuerdo aún no está cerrado.\n",
    "en": "<h4>The ministers met in Lima on Friday to discuss fishing quotas.</h4> <p>Talks will resume in May, officials said. "
          "No deal has been reached yet.</p>\n",
    "fr": "<h2>Les ministres se sont réunis vendredi à Lima pour discuter des quotas de pêche.</h2> <p>Les discussions "
          "reprendront en mai. Aucun accord n'a encore été trouvé.</p>\n",
    "it": "<h3>I ministri si sono riuniti venerdì a Lima per discutere delle quote di pesca.</h3> <p>I colloqui riprenderanno "
          "a maggio. Nessun accordo è stato ancora raggiunto.</p>\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "head", "person"),
    [
        ("es", "<h6><strong>Juana García</strong></h6> ", "Juana García"),
        ("en", "<p class=\"author\"><span>Jane Doe</span></p> ", "Jane Doe"),
        ("fr", "<div><strong>Jean Martin</strong></div> ", "Jean Martin"),
        ("it", "<h5>Marco Rossi</h5> ", "Marco Rossi"),
    ],
)
def test_a_name_alone_in_the_first_element_is_the_byline(lang: str, head: str, person: str) -> None:
    assert _authors(head + _LEAD[lang] + _LEAD[lang], lang) == [(person, "authors.byline")]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "<h1>Jane Lima</h1> "),  # the surname recurs in the lead: the story's subject
        ("en", "<h6><strong>Fisheries Foundation</strong></h6> "),
        ("fr", "<h6><strong>Communiqué de presse</strong></h6> "),
        ("es", "<h6><strong>Los ministros</strong></h6> "),
    ],
)
def test_an_element_that_is_no_byline_gives_no_person(lang: str, head: str) -> None:
    assert [a for a in _authors(head + _LEAD[lang] + _LEAD[lang], lang) if a[1] == "authors.byline"] == []
