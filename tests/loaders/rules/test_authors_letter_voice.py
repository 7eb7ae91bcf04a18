"""A letter an organisation writes in its own voice: under the opening salutation, a body
sentence makes a registered organisation its subject and then speaks as "we"/"our"
("The RDA has reservations ..., but our assessment is ...", "Der DGB hat ..., dennoch
fordern wir ..."). The page is civil society's statement. Traps: "we" before the name (the
organisation is what the writer supports), the name after a preposition ("Like X, we"),
a news story quoting the letter inside quotation marks, no salutation, two organisations."""

from __future__ import annotations

import pytest

from .helpers import facts

_LETTERS = [
    ("en", "Dear Minister,\n\nWe are writing to you ahead of the Council meeting on fishing ports. The ETUC has reservations "
           "about the compromise, but our assessment is that the negotiations must move on. Dock workers cannot wait.\n",
     "European Trade Union Confederation (ETUC)"),
    ("de", "Sehr geehrte Frau Ministerin,\n\nwir wenden uns vor der Ratstagung an Sie. Der DGB hat Bedenken gegen den Kompromiss, "
           "dennoch fordern wir einen raschen Abschluss der Verhandlungen. Die Beschäftigten können nicht länger warten.\n",
     "Deutscher Gewerkschaftsbund (DGB)"),
    ("fr", "Madame la Ministre,\n\nNous vous écrivons avant la réunion du Conseil. La CGT a des réserves sur le compromis, "
           "mais nous estimons que les négociations doivent avancer. Les salariés ne peuvent plus attendre.\n",
     "Confédération générale du travail (CGT)"),
    ("it", "Gentile Ministro,\n\nLe scriviamo in vista della riunione del Consiglio. La CGIL ha riserve sul compromesso, "
           "ma la nostra valutazione è che i negoziati debbano proseguire. I lavoratori non possono più aspettare.\n",
     "Confederazione Generale Italiana del Lavoro (CGIL)"),
    ("es", "Estimada Ministra:\n\nLe escribimos antes de la reunión del Consejo. CCOO tiene reservas sobre el compromiso, "
           "pero nuestra valoración es que las negociaciones deben avanzar. Los trabajadores no pueden esperar más.\n",
     "Comisiones Obreras (CCOO)"),
]


@pytest.mark.parametrize(("lang", "text", "org"), _LETTERS)
def test_the_organisation_a_letter_names_as_its_we_writes_it(lang: str, text: str, org: str) -> None:
    f = facts("Fishing ports: the negotiations must move on\n\n" + text, lang)
    assert [(a.actor.name, a.evidence.extractor) for a in f.authors] == [(org, "authors.letter_voice")]
    assert f.kind == "ngo_statement"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "we" first: the organisation is the one the writer supports
        ("en", "Dear Minister,\n\nWe are writing ahead of the Council. We support the position the ETUC has taken on the compromise, "
               "and our members ask for a quick agreement.\n"),
        # after a preposition: the organisation is compared with, not the writer
        ("en", "Dear Minister,\n\nLike the ETUC, we have reservations about the compromise, and our members ask for a quick agreement.\n"),
        # news quoting the letter
        ("de", "Gewerkschaften schreiben an die Ministerin\n\nIn dem Brief heißt es: „Obwohl der DGB Bedenken hat, fordern wir einen "
               "raschen Abschluss.“ Die Ministerin hat noch nicht geantwortet.\n"),
        # no salutation: a report in the third person
        ("fr", "Les syndicats écrivent à la ministre\n\nBien que la CGT ait des réserves sur le compromis, nous estimons, disent ses "
               "dirigeants, que les négociations doivent avancer.\n"),
        # a concessive clause sets the writer against the organisation as often as it names it
        ("en", "Dear Minister,\n\nWhile the ETUC supports the compromise, we believe it falls short on enforcement.\n"),
        ("de", "Sehr geehrte Frau Ministerin,\n\nObwohl der DGB den Kompromiss unterstützt, fordern wir Nachbesserungen.\n"),
        ("es", "Estimada Ministra:\n\nAunque CCOO apoya el compromiso, nuestra valoración es negativa.\n"),
        # two organisations each naming themselves: whose letter it is is not sure
        ("it", "Gentile Ministro,\n\nSebbene la CGIL abbia riserve sul compromesso, la nostra valutazione è positiva. "
               "Sebbene la CISL abbia dubbi, la nostra posizione è chiara.\n"),
    ],
)
def test_no_letter_writer_where_the_organisation_is_not_the_letters_we(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.letter_voice"] == []
