"""State stances in sixteen more EU languages, with the traps that must give nothing.

Every text is written for these tests (news-report style). Per language:
- a short report: two states oppose an act, exporters or states after a preposition or
  as possessors "support" it (trap), two states support COM(2016) 616;
- a negated stance and a hedged stance (a warning, no stance);
- "these three member states" after a list of three.
ga and mt are not supported (docs/rules.md) and must yield no stance at all.
"""

from __future__ import annotations

import pytest

from .helpers import facts

R821 = "celex:32021R0821"
COM616 = "celex:52016PC0616"
STORY = {("SE", "oppose", R821), ("FI", "oppose", R821), ("DK", "support", COM616), ("EE", "support", COM616)}

# (lang, report, negated, hedged, anaphora)
TEXTS = {
    "nl": (
        "Zweden en Finland verzetten zich tegen Verordening (EU) 2021/821. Exporteurs uit Frankrijk en Duitsland "
        "steunen Verordening (EU) 2021/821 wel. Denemarken en Estland steunen het voorstel COM(2016) 616.",
        "Ierland en Portugal verzetten zich niet tegen Verordening (EU) 2021/821.",
        "Italië en Griekenland zouden zich verzetten tegen Verordening (EU) 2021/821.",
        "Polen, Hongarije en Slowakije stuurden een gezamenlijke nota.\n\nDeze drie lidstaten wijzen Verordening (EU) 2021/821 af.",
    ),
    "pt": (
        "A Suécia e a Finlândia opõem-se ao Regulamento (UE) 2021/821. Os exportadores da França e da Alemanha "
        "apoiam o Regulamento (UE) 2021/821. A Dinamarca e a Estónia apoiam a proposta COM(2016) 616.",
        "A Irlanda e Portugal não se opõem ao Regulamento (UE) 2021/821.",
        "Alegadamente, a Itália e a Grécia opõem-se ao Regulamento (UE) 2021/821.",
        "A Polónia, a Hungria e a Eslováquia apresentaram uma nota conjunta.\n\nEstes três Estados-Membros rejeitam o Regulamento (UE) 2021/821.",
    ),
    "sv": (
        "Sverige och Finland motsätter sig förordning (EU) 2021/821. Exportörer i Frankrike och Tyskland stöder "
        "däremot förordning (EU) 2021/821. Danmark och Estland stöder förslaget COM(2016) 616.",
        "Irland och Portugal motsätter sig inte förordning (EU) 2021/821.",
        "Italien och Grekland motsätter sig enligt uppgifter förordning (EU) 2021/821.",
        "Polen, Ungern och Slovakien lade fram en gemensam promemoria.\n\nDessa tre medlemsstater avvisar förordning (EU) 2021/821.",
    ),
    "da": (
        "Sverige og Finland modsætter sig forordning (EU) 2021/821. Eksportører i Frankrig og Tyskland støtter "
        "derimod forordning (EU) 2021/821. Danmark og Estland støtter forslaget COM(2016) 616.",
        "Irland og Portugal modsætter sig ikke forordning (EU) 2021/821.",
        "Italien og Grækenland modsætter sig angiveligt forordning (EU) 2021/821.",
        "Polen, Ungarn og Slovakiet fremlagde et fælles notat.\n\nDisse tre medlemsstater afviser forordning (EU) 2021/821.",
    ),
    "fi": (
        "Ruotsi ja Suomi vastustavat asetusta (EU) 2021/821. Ranskan ja Saksan viejät tukevat asetusta (EU) 2021/821. "
        "Tanska ja Viro tukevat ehdotusta COM(2016) 616.",
        "Irlanti ja Portugali eivät vastusta asetusta (EU) 2021/821.",
        "Italia ja Kreikka ilmeisesti vastustavat asetusta (EU) 2021/821.",
        "Puola, Unkari ja Slovakia esittivät yhteisen muistion.\n\nNämä kolme jäsenvaltiota vastustavat asetusta (EU) 2021/821.",
    ),
    "et": (
        "Rootsi ja Soome vastustavad määrust (EL) 2021/821. Läti ja Leedu eksportijad toetavad määrust (EL) 2021/821. "
        "Taani ja Eesti toetavad ettepanekut COM(2016) 616.",
        "Iirimaa ja Portugal ei vastusta määrust (EL) 2021/821.",
        "Itaalia ja Kreeka väidetavalt vastustavad määrust (EL) 2021/821.",
        "Poola, Ungari ja Slovakkia esitasid ühise märgukirja.\n\nNeed kolm liikmesriiki vastustavad määrust (EL) 2021/821.",
    ),
    "lv": (
        "Zviedrija un Somija iebilst pret regulu (ES) 2021/821. Francijas un Vācijas eksportētāji atbalsta regulu (ES) 2021/821. "
        "Dānija un Igaunija atbalsta priekšlikumu COM(2016) 616.",
        "Īrija un Portugāle neiebilst pret regulu (ES) 2021/821.",
        "Itālija un Grieķija, iespējams, iebilst pret regulu (ES) 2021/821.",
        "Polija, Ungārija un Slovākija iesniedza kopīgu vēstuli.\n\nŠīs trīs dalībvalstis noraida regulu (ES) 2021/821.",
    ),
    "lt": (
        "Švedija ir Suomija prieštarauja Reglamentui (ES) 2021/821. Prancūzijos ir Vokietijos eksportuotojai remia "
        "Reglamentą (ES) 2021/821. Danija ir Estija pritaria pasiūlymui COM(2016) 616.",
        "Airija ir Portugalija neprieštarauja Reglamentui (ES) 2021/821.",
        "Italija ir Graikija tariamai prieštarauja Reglamentui (ES) 2021/821.",
        "Lenkija, Vengrija ir Slovakija pateikė bendrą pastabą.\n\nŠios trys valstybės narės prieštarauja Reglamentui (ES) 2021/821.",
    ),
    "cs": (
        "Švédsko a Finsko odmítají nařízení (EU) 2021/821. Vývozci z Francie a Německa podporují nařízení (EU) 2021/821. "
        "Dánsko a Estonsko podporují návrh COM(2016) 616.",
        "Irsko a Portugalsko neodmítají nařízení (EU) 2021/821.",
        "Itálie a Řecko údajně odmítají nařízení (EU) 2021/821.",
        "Polsko, Maďarsko a Slovensko předložily společnou nótu.\n\nTyto tři členské státy odmítají nařízení (EU) 2021/821.",
    ),
    "sk": (
        "Švédsko a Fínsko odmietajú nariadenie (EÚ) 2021/821. Vývozcovia z Francúzska a Nemecka podporujú nariadenie (EÚ) 2021/821. "
        "Dánsko a Estónsko podporujú návrh COM(2016) 616.",
        "Írsko a Portugalsko nepodporujú návrh COM(2016) 616.",
        "Taliansko a Grécko vraj odmietajú nariadenie (EÚ) 2021/821.",
        "Poľsko, Maďarsko a Slovensko predložili spoločnú nótu.\n\nTieto tri členské štáty odmietajú nariadenie (EÚ) 2021/821.",
    ),
    "sl": (
        "Švedska in Finska nasprotujeta Uredbi (EU) 2021/821. Izvozniki iz Francije in Nemčije podpirajo Uredbo (EU) 2021/821. "
        "Danska in Estonija podpirata predlog COM(2016) 616.",
        "Irska in Portugalska ne nasprotujeta Uredbi (EU) 2021/821.",
        "Italija in Grčija naj bi nasprotovali Uredbi (EU) 2021/821.",
        "Poljska, Madžarska in Slovaška so predložile skupno noto.\n\nTe tri države članice nasprotujejo Uredbi (EU) 2021/821.",
    ),
    "hr": (
        "Švedska i Finska se protive Uredbi (EU) 2021/821. Izvoznici iz Francuske i Njemačke podržavaju Uredbu (EU) 2021/821. "
        "Danska i Estonija podržavaju prijedlog COM(2016) 616.",
        "Irska i Portugal se ne protive Uredbi (EU) 2021/821.",
        "Italija i Grčka se navodno protive Uredbi (EU) 2021/821.",
        "Poljska, Mađarska i Slovačka podnijele su zajedničku notu.\n\nTe tri države članice protive se Uredbi (EU) 2021/821.",
    ),
    "hu": (
        "Svédország és Finnország ellenzi az (EU) 2021/821 rendeletet. Franciaország és Németország exportőrei támogatják "
        "az (EU) 2021/821 rendeletet. Dánia és Észtország támogatja a COM(2016) 616 javaslatot.",
        "Írország és Portugália nem ellenzi az (EU) 2021/821 rendeletet.",
        "Olaszország és Görögország állítólag ellenzi az (EU) 2021/821 rendeletet.",
        "Lengyelország, Magyarország és Szlovákia közös feljegyzést nyújtott be.\n\nEz a három tagállam elutasítja az (EU) 2021/821 rendeletet.",
    ),
    "ro": (
        "Suedia și Finlanda se opun Regulamentului (UE) 2021/821. Exportatorii din Franța și Germania sprijină "
        "Regulamentul (UE) 2021/821. Danemarca și Estonia sprijină propunerea COM(2016) 616.",
        "Irlanda și Portugalia nu se opun Regulamentului (UE) 2021/821.",
        "Se pare că Italia și Grecia se opun Regulamentului (UE) 2021/821.",
        "Polonia, Ungaria și Slovacia au prezentat o notă comună.\n\nAceste trei state membre se opun Regulamentului (UE) 2021/821.",
    ),
    "bg": (
        "Швеция и Финландия се противопоставят на Регламент (ЕС) 2021/821. Износители от Франция и Германия подкрепят "
        "Регламент (ЕС) 2021/821. Дания и Естония подкрепят предложението COM(2016) 616.",
        "Ирландия и Португалия не се противопоставят на Регламент (ЕС) 2021/821.",
        "Италия и Гърция вероятно се противопоставят на Регламент (ЕС) 2021/821.",
        "Полша, Унгария и Словакия представиха обща бележка.\n\nТези три държави членки отхвърлят Регламент (ЕС) 2021/821.",
    ),
    "el": (
        "Η Σουηδία και η Φινλανδία αντιτίθενται στον Κανονισμό (ΕΕ) 2021/821. Οι εξαγωγείς της Γαλλίας και της Γερμανίας "
        "υποστηρίζουν τον Κανονισμό (ΕΕ) 2021/821. Η Δανία και η Εσθονία υποστηρίζουν την πρόταση COM(2016) 616.",
        "Η Ιρλανδία και η Πορτογαλία δεν αντιτίθενται στον Κανονισμό (ΕΕ) 2021/821.",
        "Η Ιταλία και η Ελλάδα φέρονται να αντιτίθενται στον Κανονισμό (ΕΕ) 2021/821.",
        "Η Πολωνία, η Ουγγαρία και η Σλοβακία υπέβαλαν κοινό σημείωμα.\n\nΑυτά τα τρία κράτη μέλη αντιτίθενται στον Κανονισμό (ΕΕ) 2021/821.",
    ),
}
LANGS = sorted(TEXTS)


def _state_stances(text: str, lang: str) -> set:
    f = facts(text, lang)
    for s in f.stances:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote
        assert s.evidence.lang == lang
    return {(s.actor.key, s.stance, s.target.ref) for s in f.stances if s.actor.kind == "state"}


@pytest.mark.parametrize("lang", LANGS)
def test_report_gives_the_subjects_only(lang: str) -> None:
    """Subjects take the stance; exporters from, or of, other states do not."""
    assert _state_stances(TEXTS[lang][0], lang) == STORY


@pytest.mark.parametrize("lang", LANGS)
def test_negated_stance_gives_nothing(lang: str) -> None:
    assert _state_stances(TEXTS[lang][1], lang) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_hedged_stance_is_a_warning(lang: str) -> None:
    f = facts(TEXTS[lang][2], lang)
    assert f.stances == []
    assert any(w.code == "low_confidence" and "hedged" in w.message for w in f.warnings)


@pytest.mark.parametrize("lang", LANGS)
def test_these_three_member_states(lang: str) -> None:
    f = facts(TEXTS[lang][3], lang)
    st = [s for s in f.stances if s.actor.kind == "state"]
    assert {(s.actor.key, s.stance, s.target.ref) for s in st} == {(c, "oppose", R821) for c in ("PL", "HU", "SK")}
    assert all("anaphora" in s.evidence.extractor for s in st)


@pytest.mark.parametrize("lang", LANGS)
def test_numeral_phrase_with_the_wrong_count_gives_nothing(lang: str) -> None:
    """The anaphora text with its list cut to two states: "these three" points nowhere."""
    listing, stance = TEXTS[lang][3].split("\n\n")
    first_comma = listing.index(",")
    shorter = listing[first_comma + 1 :].lstrip() + "\n\n" + stance
    assert _state_stances(shorter, lang) == set()


TRAPS = [
    # destinations, victims, comparisons, possessors, prepositions before the list
    ("nl", "Ngo's verzetten zich tegen de export naar Mexico en Egypte onder Verordening (EU) 2021/821.", set()),
    ("nl", "Anders dan Frankrijk en Duitsland verzet Zweden zich tegen Verordening (EU) 2021/821.", set()),
    ("nl", "De regeringen van Zweden en Finland verzetten zich tegen Verordening (EU) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("nl", "Lees ook: Spanje en Portugal steunen Verordening (EU) 2021/821.", set()),
    ("pt", "Ao contrário da França e da Alemanha, a Itália opõe-se ao Regulamento (UE) 2021/821.", {("IT", "oppose", R821)}),
    ("pt", "As ONG rejeitam as exportações para o México e o Egito previstas no Regulamento (UE) 2021/821.", set()),
    ("sv", "Journalister i Mexiko och Egypten övervakades; organisationerna avvisar förordning (EU) 2021/821.", set()),
    ("sv", "Läs också: Spanien och Portugal stöder förordning (EU) 2021/821.", set()),
    # a reporting frame: "de" stands for the subject of "siger" (stance_speech.py) ...
    ("da", "Sverige og Finland siger, at de støtter forordning (EU) 2021/821.", {("SE", "support", R821), ("FI", "support", R821)}),
    # ... but a named subject of the reported clause is its own
    ("da", "Sverige siger, at Danmark støtter forordning (EU) 2021/821.", {("DK", "support", R821)}),
    ("fi", "Useat maat, kuten Ruotsi ja Suomi, tukevat asetusta (EU) 2021/821.", set()),
    ("fi", "Järjestöt vastustavat vientiä Meksikoon ja Egyptiin asetuksen (EU) 2021/821 nojalla.", set()),
    ("et", "Rootsi ja Soome valitsused toetavad määrust (EL) 2021/821.", {("SE", "support", R821), ("FI", "support", R821)}),
    ("lv", "Cilvēktiesību organizācijas iebilst pret eksportu uz Meksiku un Ēģipti saskaņā ar regulu (ES) 2021/821.", set()),
    ("lv", "Zviedrijas un Somijas valdības atbalsta regulu (ES) 2021/821.", {("SE", "support", R821), ("FI", "support", R821)}),
    ("lt", "Žurnalistai Meksikoje ir Egipte buvo sekami, o organizacijos prieštarauja Reglamentui (ES) 2021/821.", set()),
    ("cs", "Na rozdíl od Francie a Německa Švédsko odmítá nařízení (EU) 2021/821.", {("SE", "oppose", R821)}),
    ("cs", "Švédsko a Finsko se staví proti nařízení (EU) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("sk", "Švédsko a Fínsko sa stavajú proti nariadeniu (EÚ) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("sk", "Organizácie odmietajú vývoz do Mexika a Egypta podľa nariadenia (EÚ) 2021/821.", set()),
    ("sl", "Izvoz v Mehiko in Egipt nasprotuje Uredbi (EU) 2021/821.", set()),
    ("hr", "Izvoz u Meksiko i Egipat podržava Uredbu (EU) 2021/821.", set()),
    ("hu", "Mint Svédország és Finnország, Dánia is elutasítja az (EU) 2021/821 rendeletet.", {("DK", "oppose", R821)}),
    ("hu", "A jogvédők ellenzik a Mexikóba és Egyiptomba irányuló exportot az (EU) 2021/821 rendelet alapján.", set()),
    ("ro", "Exporturile către Mexic și Egipt sprijină Regulamentul (UE) 2021/821.", set()),
    ("ro", "Suedia şi Finlanda se opun Regulamentului (UE) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("bg", "Износът за Мексико и Египет подкрепя Регламент (ЕС) 2021/821.", set()),
    ("bg", "Правителствата на Швеция и Финландия отхвърлят Регламент (ЕС) 2021/821.", {("SE", "oppose", R821), ("FI", "oppose", R821)}),
    ("el", "Σε αντίθεση με τη Γαλλία και τη Γερμανία, η Ιταλία αντιτίθεται στον Κανονισμό (ΕΕ) 2021/821.", {("IT", "oppose", R821)}),
    ("el", "Οι ΜΚΟ αντιτίθενται στις εξαγωγές προς το Μεξικό και την Αίγυπτο βάσει του Κανονισμού (ΕΕ) 2021/821.", set()),
    ("el", "Η Σουηδία υποστηρίζει ότι ο Κανονισμός (ΕΕ) 2021/821 είναι αυστηρός.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_who_is_the_subject(lang: str, text: str, expected: set) -> None:
    assert _state_stances(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ga", "Tá an Fhrainc agus an Ghearmáin i gcoinne Rialachán (AE) 2021/821."),
        ("mt", "Franza u l-Ġermanja jopponu r-Regolament (UE) 2021/821."),
    ],
)
def test_unsupported_languages_give_no_stance(lang: str, text: str) -> None:
    assert facts(text, lang).stances == []
