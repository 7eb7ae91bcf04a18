"""Direct stances of named states in six languages, with the traps that must give nothing.

Every text here is written for these tests. A case is (language, text, expected stances
as {(iso2, stance, target id)}); an empty set means no state stance at all.
"""

from __future__ import annotations

import pytest

from .helpers import facts

R821 = "celex:32021R0821"
COM616 = "celex:52016PC0616"

CASES = [
    # English
    ("en", "Sweden and Finland strongly oppose Regulation (EU) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("en", "Denmark and Estonia have backed the Commission proposal COM(2016) 616.", {("DK", "support", COM616), ("EE", "support", COM616)}),
    ("en", "Campaigners oppose exports to Mexico and Egypt under Regulation (EU) 2021/821.", set()),
    ("en", "Activists in Morocco and Rwanda were targeted, and NGOs oppose Regulation (EU) 2021/821.", set()),
    ("en", "Ireland and Portugal did not oppose Regulation (EU) 2021/821.", set()),
    ("en", "Italy and Greece are said to be considering opposing Regulation (EU) 2021/821.", set()),
    ("en", "Germany's exporters oppose Regulation (EU) 2021/821.", set()),
    ("en", "Read more: Spain and Portugal support Regulation (EU) 2021/821.", set()),
    # French
    ("fr", "La France et l'Allemagne s'opposent au règlement (UE) 2021/821.", {("FR", "oppose", R821), ("DE", "oppose", R821)}),
    ("fr", "Le Danemark et l'Estonie soutiennent la proposition COM(2016) 616.", {("DK", "support", COM616), ("EE", "support", COM616)}),
    ("fr", "Les ONG s'opposent aux exportations vers le Mexique et l'Égypte prévues par le règlement (UE) 2021/821.", set()),
    ("fr", "La Suède et la Finlande ne s'opposent pas au règlement (UE) 2021/821.", set()),
    ("fr", "L'Italie et la Grèce envisageraient de s'opposer au règlement (UE) 2021/821.", set()),
    ("fr", "À lire aussi : l'Espagne et le Portugal soutiennent le règlement (UE) 2021/821.", set()),
    # German
    ("de", "Österreich und Belgien unterstützen den Vorschlag COM(2016) 616.", {("AT", "support", COM616), ("BE", "support", COM616)}),
    ("de", "Frankreich und die Niederlande lehnen die Verordnung (EU) 2021/821 entschieden ab.", {("FR", "oppose", R821), ("NL", "oppose", R821)}),
    ("de", "Berichte bestätigen, dass Schweden und Finnland die Verordnung (EU) 2021/821 ablehnen.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("de", "Irland und Portugal lehnen die Verordnung (EU) 2021/821 nicht ab.", set()),
    ("de", "Italien und Griechenland lehnen angeblich die Verordnung (EU) 2021/821 ab.", set()),
    ("de", "Menschenrechtsgruppen lehnen Lieferungen nach Mexiko und Ägypten unter der Verordnung (EU) 2021/821 ab.", set()),
    ("de", "Mehr zum Thema: Spanien und Portugal unterstützen die Verordnung (EU) 2021/821.", set()),
    # Polish
    ("pl", "Szwecja i Finlandia sprzeciwiają się rozporządzeniu (UE) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("pl", "Dania i Estonia popierają wniosek COM(2016) 616.", {("DK", "support", COM616), ("EE", "support", COM616)}),
    ("pl", "Irlandia i Portugalia nie sprzeciwiają się rozporządzeniu (UE) 2021/821.", set()),
    ("pl", "Włochy i Grecja podobno sprzeciwiają się rozporządzeniu (UE) 2021/821.", set()),
    ("pl", "Organizacje sprzeciwiają się eksportowi do Meksyku i Egiptu na podstawie rozporządzenia (UE) 2021/821.", set()),
    # Spanish
    ("es", "Suecia y Finlandia se oponen al Reglamento (UE) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("es", "Dinamarca y Estonia apoyan la propuesta COM(2016) 616.", {("DK", "support", COM616), ("EE", "support", COM616)}),
    ("es", "Irlanda y Portugal no se oponen al Reglamento (UE) 2021/821.", set()),
    ("es", "Al parecer, Italia y Grecia se oponen al Reglamento (UE) 2021/821.", set()),
    ("es", "Las ONG rechazan las exportaciones a México y Egipto previstas en el Reglamento (UE) 2021/821.", set()),
    # Italian
    ("it", "La Svezia e la Finlandia si oppongono al regolamento (UE) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("it", "La Danimarca e l'Estonia sostengono la proposta COM(2016) 616.", {("DK", "support", COM616), ("EE", "support", COM616)}),
    ("it", "L'Irlanda e il Portogallo non si oppongono al regolamento (UE) 2021/821.", set()),
    ("it", "A quanto pare, la Spagna e la Grecia si oppongono al regolamento (UE) 2021/821.", set()),
    ("it", "Giornalisti in Ungheria e in Grecia sono stati spiati; le ONG respingono il regolamento (UE) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_state_stances(lang: str, text: str, expected: set) -> None:
    f = facts(text, lang)
    got = {(s.actor.key, s.stance, s.target.ref) for s in f.stances if s.actor.kind == "state"}
    assert got == expected
    for s in f.stances:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote
        assert s.evidence.lang == lang and not s.reported


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Italy and Greece are said to be considering opposing Regulation (EU) 2021/821."),
        ("fr", "L'Italie et la Grèce envisageraient de s'opposer au règlement (UE) 2021/821."),
        ("de", "Italien und Griechenland lehnen angeblich die Verordnung (EU) 2021/821 ab."),
        ("pl", "Włochy i Grecja podobno sprzeciwiają się rozporządzeniu (UE) 2021/821."),
        ("es", "Al parecer, Italia y Grecia se oponen al Reglamento (UE) 2021/821."),
        ("it", "A quanto pare, la Spagna e la Grecia si oppongono al regolamento (UE) 2021/821."),
    ],
)
def test_hedged_stance_is_a_warning_not_a_fact(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert f.stances == []
    assert any(w.code == "low_confidence" and "hedged" in w.message for w in f.warnings)


def test_stance_sentence_in_a_later_paragraph_of_a_bilingual_text() -> None:
    from core.model import LanguageBlock
    from loaders.rules import extract_facts

    fr = "La France et l'Allemagne s'opposent au règlement (UE) 2021/821.\n\n"
    de = "Österreich und Belgien unterstützen den Vorschlag COM(2016) 616."
    text = fr + de
    blocks = [LanguageBlock(lang="fr", start=0, end=len(fr), confidence=1.0), LanguageBlock(lang="de", start=len(fr), end=len(text), confidence=1.0)]
    got = {(s.actor.key, s.stance, s.evidence.lang) for s in extract_facts(text, blocks).stances}
    assert got == {("FR", "oppose", "fr"), ("DE", "oppose", "fr"), ("AT", "support", "de"), ("BE", "support", "de")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Commission, backed by France and Germany, proposed Regulation (EU) 2021/821.", set()),
        ("en", "Unlike France and Germany, Sweden opposes Regulation (EU) 2021/821.", {("SE", "oppose", R821)}),
        ("en", "France opposes the Commission's plan but supports Regulation (EU) 2021/821.", set()),
        ("en", "The governments of France and Germany oppose Regulation (EU) 2021/821.", {("FR", "oppose", R821), ("DE", "oppose", R821)}),
        ("fr", "Les exportateurs de la France s'opposent au règlement (UE) 2021/821.", set()),
        ("fr", "Les gouvernements de la France et de l'Allemagne s'opposent au règlement (UE) 2021/821.", {("FR", "oppose", R821), ("DE", "oppose", R821)}),
        ("pl", "Eksporterzy Francji sprzeciwiają się rozporządzeniu (UE) 2021/821.", set()),
        ("pl", "Rządy Francji i Niemiec sprzeciwiają się rozporządzeniu (UE) 2021/821.", {("FR", "oppose", R821), ("DE", "oppose", R821)}),
        ("de", "Die Exporteure Deutschlands lehnen die Verordnung (EU) 2021/821 ab.", set()),
    ],
)
def test_who_is_the_subject(lang: str, text: str, expected: set) -> None:
    """Only the grammatical subject takes the stance: not a genitive, an agent after 'by',
    a comparison, or a list whose cue governs something else."""
    got = {(s.actor.key, s.stance, s.target.ref) for s in facts(text, lang).stances if s.actor.kind == "state"}
    assert got == expected
