"""Write a deterministic synthetic corpus with ground truth, for bench/extract.py.

    .venv/bin/python bench/generate.py --seed 7 --count 1000 --out bench/corpus

Documents of 2-8 KB in ten EU languages (en de fr es it hu pl fi lv el) and four formats
(txt, html, pdf, docx): a signatory sentence naming states drawn from a pool of 60,
commitments as a bullet list, references to EU acts, stances, and noise: news mentions
of other states, and (in HTML) navigation, sidebars and footers naming yet others.

Independence from the code under test: state names come from this file's own
hand-written genitive tables (pl, fi, lv, el) and from babel's CLDR nominatives
(everything else); nothing from ``loaders`` is imported, so precision and recall
measured against ``ground_truth.jsonl`` are not circular.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import textwrap
from pathlib import Path

POOL = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "GB US CA AU NZ JP KR NO CH IS CR CL MX BR AR CO UA MD GE AL MK ME RS TR IN ID PH KE GH SN ZA IL"
).split()

# Genitive forms, written by hand for this benchmark (the text says "the governments OF ...").
_GEN = {
    "pl": "Austrii Belgii Bułgarii Chorwacji Cypru Czech Danii Estonii Finlandii Francji Niemiec Grecji Węgier Irlandii "
    "Włoch Łotwy Litwy Luksemburga Malty Niderlandów Polski Portugalii Rumunii Słowacji Słowenii Hiszpanii Szwecji "
    "Wielkiej_Brytanii Stanów_Zjednoczonych Kanady Australii Nowej_Zelandii Japonii Republiki_Korei Norwegii "
    "Szwajcarii Islandii Kostaryki Chile Meksyku Brazylii Argentyny Kolumbii Ukrainy Mołdawii Gruzji Albanii "
    "Macedonii_Północnej Czarnogóry Serbii Turcji Indii Indonezji Filipin Kenii Ghany Senegalu "
    "Republiki_Południowej_Afryki Izraela",
    "fi": "Itävallan Belgian Bulgarian Kroatian Kyproksen Tšekin Tanskan Viron Suomen Ranskan Saksan Kreikan Unkarin "
    "Irlannin Italian Latvian Liettuan Luxemburgin Maltan Alankomaiden Puolan Portugalin Romanian Slovakian "
    "Slovenian Espanjan Ruotsin Yhdistyneen_kuningaskunnan Yhdysvaltojen Kanadan Australian Uuden-Seelannin "
    "Japanin Korean_tasavallan Norjan Sveitsin Islannin Costa_Rican Chilen Meksikon Brasilian Argentiinan "
    "Kolumbian Ukrainan Moldovan Georgian Albanian Pohjois-Makedonian Montenegron Serbian Turkin Intian "
    "Indonesian Filippiinien Kenian Ghanan Senegalin Etelä-Afrikan Israelin",
    "lv": "Austrijas Beļģijas Bulgārijas Horvātijas Kipras Čehijas Dānijas Igaunijas Somijas Francijas Vācijas "
    "Grieķijas Ungārijas Īrijas Itālijas Latvijas Lietuvas Luksemburgas Maltas Nīderlandes Polijas Portugāles "
    "Rumānijas Slovākijas Slovēnijas Spānijas Zviedrijas Apvienotās_Karalistes Amerikas_Savienoto_Valstu "
    "Kanādas Austrālijas Jaunzēlandes Japānas Korejas_Republikas Norvēģijas Šveices Islandes Kostarikas Čīles "
    "Meksikas Brazīlijas Argentīnas Kolumbijas Ukrainas Moldovas Gruzijas Albānijas Ziemeļmaķedonijas "
    "Melnkalnes Serbijas Turcijas Indijas Indonēzijas Filipīnu Kenijas Ganas Senegālas Dienvidāfrikas Izraēlas",
    "el": "της_Αυστρίας του_Βελγίου της_Βουλγαρίας της_Κροατίας της_Κύπρου της_Τσεχίας της_Δανίας της_Εσθονίας "
    "της_Φινλανδίας της_Γαλλίας της_Γερμανίας της_Ελλάδας της_Ουγγαρίας της_Ιρλανδίας της_Ιταλίας της_Λετονίας "
    "της_Λιθουανίας του_Λουξεμβούργου της_Μάλτας των_Κάτω_Χωρών της_Πολωνίας της_Πορτογαλίας της_Ρουμανίας "
    "της_Σλοβακίας της_Σλοβενίας της_Ισπανίας της_Σουηδίας του_Ηνωμένου_Βασιλείου των_Ηνωμένων_Πολιτειών "
    "του_Καναδά της_Αυστραλίας της_Νέας_Ζηλανδίας της_Ιαπωνίας της_Δημοκρατίας_της_Κορέας της_Νορβηγίας "
    "της_Ελβετίας της_Ισλανδίας της_Κόστα_Ρίκα της_Χιλής του_Μεξικού της_Βραζιλίας της_Αργεντινής "
    "της_Κολομβίας της_Ουκρανίας της_Μολδαβίας της_Γεωργίας της_Αλβανίας της_Βόρειας_Μακεδονίας "
    "του_Μαυροβουνίου της_Σερβίας της_Τουρκίας της_Ινδίας της_Ινδονησίας των_Φιλιππίνων της_Κένυας "
    "της_Γκάνας της_Σενεγάλης της_Νότιας_Αφρικής του_Ισραήλ",
}
GENITIVE = {lang: dict(zip(POOL, (w.replace("_", " ") for w in words.split()))) for lang, words in _GEN.items()}
assert all(len(table) == len(POOL) for table in GENITIVE.values())

LANGS = ("en", "de", "fr", "es", "it", "hu", "pl", "fi", "lv", "el")
FORMATS = ("txt", "html", "pdf", "docx")

# {states} is the signatory list; {names} uses the language's own list joining.
T = {
    "en": dict(title="Joint Statement on the Responsible Export of Surveillance Technology",
               sign="We, the governments of {states}, recognise the threat posed by the misuse of surveillance technology.",
               and_=" and ", commit="To advance these interests, we commit to:",
               items=["preventing the export of spyware to end-users likely to misuse it;", "sharing information on the proliferation of intrusion software;",
                      "working with industry and civil society to set appropriate standards;", "engaging additional partner governments around the world;",
                      "reviewing our national licensing practice every year;", "supporting victims of unlawful surveillance."],
               ref="We recall Regulation (EU) {num} and the obligations it sets for exporters.",
               body=["Surveillance tools have been used to target journalists, activists and dissidents.", "Export controls must keep pace with technology.",
                     "Human rights due diligence is a shared responsibility of states and companies.", "Transparency about licensing decisions builds public trust."],
               noise="Meanwhile, the government of {state} announced new rules on data retention.",
               stance="The government of {state} opposes a new EU control list for surveillance technology."),
    "de": dict(title="Gemeinsame Erklärung zur verantwortungsvollen Ausfuhr von Überwachungstechnologie",
               sign="Wir, die Regierungen von {states}, erkennen die Bedrohung durch den Missbrauch von Überwachungstechnologie an.",
               and_=" und ", commit="Wir verpflichten uns:",
               items=["die Ausfuhr von Spähsoftware an Endnutzer zu verhindern, die sie missbrauchen könnten;", "Informationen über die Verbreitung von Spähsoftware auszutauschen;",
                      "mit Industrie und Zivilgesellschaft angemessene Standards festzulegen;", "weitere Partnerregierungen einzubeziehen;",
                      "unsere nationale Genehmigungspraxis jährlich zu überprüfen;", "Opfer rechtswidriger Überwachung zu unterstützen."],
               ref="Wir verweisen auf die Verordnung (EU) {num} und die Pflichten der Ausführer.",
               body=["Überwachungswerkzeuge wurden gegen Journalisten, Aktivisten und Dissidenten eingesetzt.", "Ausfuhrkontrollen müssen mit der Technik Schritt halten.",
                     "Die menschenrechtliche Sorgfaltspflicht ist eine gemeinsame Verantwortung.", "Transparenz über Genehmigungen schafft Vertrauen."],
               noise="Unterdessen kündigte die Regierung von {state} neue Regeln zur Vorratsdatenspeicherung an.", stance=None),
    "fr": dict(title="Déclaration commune sur l'exportation responsable des technologies de surveillance",
               sign="Nous, les gouvernements de {states}, reconnaissons la menace que représente l'utilisation abusive des technologies de surveillance.",
               and_=" et ", commit="Nous nous engageons à :",
               items=["empêcher l'exportation de logiciels espions vers des utilisateurs susceptibles d'en abuser ;", "partager des informations sur la prolifération des logiciels espions ;",
                      "définir des normes appropriées avec l'industrie et la société civile ;", "associer d'autres gouvernements partenaires ;",
                      "réexaminer chaque année nos pratiques nationales d'autorisation ;", "soutenir les victimes de surveillance illégale."],
               ref="Nous rappelons le règlement (UE) {num} et les obligations des exportateurs.",
               body=["Des outils de surveillance ont été utilisés contre des journalistes et des militants.", "Les contrôles à l'exportation doivent suivre l'évolution technique.",
                     "La diligence raisonnable en matière de droits de l'homme est une responsabilité partagée.", "La transparence des décisions renforce la confiance."],
               noise="Par ailleurs, le gouvernement de {state} a annoncé de nouvelles règles sur la conservation des données.", stance=None),
    "es": dict(title="Declaración conjunta sobre la exportación responsable de tecnología de vigilancia",
               sign="Nosotros, los gobiernos de {states}, reconocemos la amenaza que supone el uso indebido de la tecnología de vigilancia.",
               and_=" y ", commit="Nos comprometemos a:",
               items=["impedir la exportación de programas espía a usuarios finales que puedan abusar de ellos;", "compartir información sobre la proliferación de programas espía;",
                      "establecer normas adecuadas con la industria y la sociedad civil;", "implicar a otros gobiernos asociados;",
                      "revisar cada año nuestra práctica nacional de licencias;", "apoyar a las víctimas de la vigilancia ilegal."],
               ref="Recordamos el Reglamento (UE) {num} y las obligaciones de los exportadores.",
               body=["Las herramientas de vigilancia se han utilizado contra periodistas y activistas.", "Los controles de exportación deben seguir el ritmo de la tecnología.",
                     "La diligencia debida en derechos humanos es una responsabilidad compartida.", "La transparencia de las decisiones genera confianza."],
               noise="Mientras tanto, el gobierno de {state} anunció nuevas normas sobre conservación de datos.", stance=None),
    "it": dict(title="Dichiarazione congiunta sull'esportazione responsabile delle tecnologie di sorveglianza",
               sign="Noi, i governi di {states}, riconosciamo la minaccia rappresentata dall'uso improprio delle tecnologie di sorveglianza.",
               and_=" e ", commit="Ci impegniamo a:",
               items=["impedire l'esportazione di spyware verso utenti finali che potrebbero abusarne;", "condividere informazioni sulla proliferazione degli spyware;",
                      "stabilire norme adeguate con l'industria e la società civile;", "coinvolgere altri governi partner;",
                      "riesaminare ogni anno la nostra prassi nazionale di autorizzazione;", "sostenere le vittime della sorveglianza illegale."],
               ref="Ricordiamo il regolamento (UE) {num} e gli obblighi degli esportatori.",
               body=["Gli strumenti di sorveglianza sono stati usati contro giornalisti e attivisti.", "I controlli sulle esportazioni devono tenere il passo con la tecnologia.",
                     "La dovuta diligenza in materia di diritti umani è una responsabilità condivisa.", "La trasparenza delle decisioni crea fiducia."],
               noise="Nel frattempo, il governo di {state} ha annunciato nuove norme sulla conservazione dei dati.", stance=None),
    "hu": dict(title="Közös nyilatkozat a megfigyelési technológiák felelős kiviteléről",
               sign="Mi, {states} kormányai, elismerjük a megfigyelési technológiák visszaélésszerű használatából eredő fenyegetést.",
               and_=" és ", commit="Kötelezettséget vállalunk arra, hogy:",
               items=["megakadályozzuk a kémprogramok kivitelét olyan végfelhasználókhoz, akik visszaélhetnek velük;", "megosztjuk a kémprogramok terjedésére vonatkozó információkat;",
                      "az iparral és a civil társadalommal megfelelő szabványokat alakítunk ki;", "további partnerkormányokat vonunk be;",
                      "évente felülvizsgáljuk nemzeti engedélyezési gyakorlatunkat;", "támogatjuk a jogellenes megfigyelés áldozatait."],
               ref="Emlékeztetünk az (EU) {num} rendeletre és az exportőrök kötelezettségeire.",
               body=["A megfigyelési eszközöket újságírók és aktivisták ellen használták.", "Az exportellenőrzésnek lépést kell tartania a technológiával.",
                     "Az emberi jogi átvilágítás közös felelősség.", "Az engedélyezési döntések átláthatósága bizalmat teremt."],
               noise="Eközben {state} kormánya új adatmegőrzési szabályokat jelentett be.", stance=None),
    "pl": dict(title="Wspólne oświadczenie w sprawie odpowiedzialnego eksportu technologii nadzoru",
               sign="My, rządy {states}, uznajemy zagrożenie wynikające z niewłaściwego wykorzystania technologii nadzoru.",
               and_=" i ", commit="Zobowiązujemy się do:",
               items=["zapobiegania eksportowi oprogramowania szpiegującego do użytkowników, którzy mogą go nadużywać;", "wymiany informacji na temat rozprzestrzeniania oprogramowania szpiegującego;",
                      "ustalania właściwych standardów wspólnie z przemysłem i społeczeństwem obywatelskim;", "angażowania kolejnych państw partnerskich;",
                      "corocznego przeglądu krajowej praktyki licencyjnej;", "wspierania ofiar bezprawnej inwigilacji."],
               ref="Przypominamy rozporządzenie (UE) {num} i obowiązki eksporterów.",
               body=["Narzędzia nadzoru wykorzystywano przeciwko dziennikarzom i działaczom.", "Kontrola eksportu musi nadążać za rozwojem technologii.",
                     "Należyta staranność w zakresie praw człowieka jest wspólną odpowiedzialnością.", "Przejrzystość decyzji licencyjnych buduje zaufanie."],
               noise="Tymczasem rząd {gen} ogłosił nowe przepisy dotyczące przechowywania danych.", stance=None),
    "fi": dict(title="Yhteinen julkilausuma valvontateknologian vastuullisesta viennistä",
               sign="Me, {states} hallitukset, tunnustamme valvontateknologian väärinkäytön aiheuttaman uhan.",
               and_=" ja ", commit="Sitoudumme:",
               items=["estämään vakoiluohjelmien viennin loppukäyttäjille, jotka voivat käyttää niitä väärin;", "jakamaan tietoa vakoiluohjelmien leviämisestä;",
                      "laatimaan asianmukaiset standardit yhdessä teollisuuden ja kansalaisyhteiskunnan kanssa;", "ottamaan mukaan uusia kumppanihallituksia;",
                      "tarkistamaan kansallisen lupakäytäntömme vuosittain;", "tukemaan laittoman valvonnan uhreja."],
               ref="Muistutamme asetuksesta (EU) {num} ja viejien velvoitteista.",
               body=["Valvontavälineitä on käytetty toimittajia ja aktivisteja vastaan.", "Vientivalvonnan on pysyttävä teknologian tahdissa.",
                     "Ihmisoikeuksia koskeva huolellisuusvelvoite on yhteinen vastuu.", "Lupapäätösten avoimuus lisää luottamusta."],
               noise="Samaan aikaan {gen} hallitus ilmoitti uusista tietojen säilyttämistä koskevista säännöistä.", stance=None),
    "lv": dict(title="Kopīgs paziņojums par atbildīgu novērošanas tehnoloģiju eksportu",
               sign="Mēs, {states} valdības, atzīstam draudus, ko rada novērošanas tehnoloģiju ļaunprātīga izmantošana.",
               and_=" un ", commit="Mēs apņemamies:",
               items=["novērst spiegprogrammatūras eksportu galalietotājiem, kas to varētu izmantot ļaunprātīgi;", "dalīties ar informāciju par spiegprogrammatūras izplatīšanu;",
                      "kopā ar nozari un pilsonisko sabiedrību noteikt atbilstošus standartus;", "iesaistīt citas partnervalstis;",
                      "katru gadu pārskatīt mūsu valsts licencēšanas praksi;", "atbalstīt nelikumīgas novērošanas upurus."],
               ref="Mēs atgādinām Regulu (ES) {num} un eksportētāju pienākumus.",
               body=["Novērošanas rīki ir izmantoti pret žurnālistiem un aktīvistiem.", "Eksporta kontrolei jāiet kopsolī ar tehnoloģijām.",
                     "Cilvēktiesību pienācīga pārbaude ir kopīga atbildība.", "Licencēšanas lēmumu pārredzamība vairo uzticēšanos."],
               noise="Tikmēr {gen} valdība paziņoja par jauniem datu glabāšanas noteikumiem.", stance=None),
    "el": dict(title="Κοινή δήλωση για την υπεύθυνη εξαγωγή τεχνολογίας παρακολούθησης",
               sign="Εμείς, οι κυβερνήσεις {states}, αναγνωρίζουμε την απειλή από την κατάχρηση της τεχνολογίας παρακολούθησης.",
               and_=" και ", commit="Δεσμευόμαστε:",
               items=["να αποτρέπουμε την εξαγωγή κατασκοπευτικού λογισμικού σε τελικούς χρήστες που ενδέχεται να το καταχραστούν·", "να ανταλλάσσουμε πληροφορίες για τη διάδοση κατασκοπευτικού λογισμικού·",
                      "να θέτουμε κατάλληλα πρότυπα μαζί με τη βιομηχανία και την κοινωνία των πολιτών·", "να εμπλέκουμε επιπλέον κυβερνήσεις εταίρους·",
                      "να επανεξετάζουμε ετησίως την εθνική πρακτική αδειοδότησης·", "να στηρίζουμε τα θύματα παράνομης παρακολούθησης."],
               ref="Υπενθυμίζουμε τον Κανονισμό (ΕΕ) {num} και τις υποχρεώσεις των εξαγωγέων.",
               body=["Εργαλεία παρακολούθησης χρησιμοποιήθηκαν κατά δημοσιογράφων και ακτιβιστών.", "Οι έλεγχοι των εξαγωγών πρέπει να συμβαδίζουν με την τεχνολογία.",
                     "Η δέουσα επιμέλεια για τα ανθρώπινα δικαιώματα είναι κοινή ευθύνη.", "Η διαφάνεια των αποφάσεων χτίζει εμπιστοσύνη."],
               noise="Στο μεταξύ, η κυβέρνηση {gen} ανακοίνωσε νέους κανόνες για τη διατήρηση δεδομένων.", stance=None),
}
ACTS = {"2021/821": "32021R0821", "2019/452": "32019R0452", "2016/679": "32016R0679", "2022/2065": "32022R2065"}


def state_form(lang: str, iso2: str) -> str:
    """How the signatory sentence writes a state: a hand-written genitive, or the CLDR nominative."""
    if lang in GENITIVE:
        return GENITIVE[lang][iso2]
    from babel import Locale

    return Locale(lang).territories[iso2]


def join_names(lang: str, names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + T[lang]["and_"] + names[-1]


def make_document(rng: random.Random, index: int, target_bytes: int) -> tuple[dict, list[str], list[str]]:
    """Return (ground truth, paragraphs, chrome lines for HTML) for one document."""
    lang = LANGS[index % len(LANGS)]
    t = T[lang]
    signatories = rng.sample(POOL, rng.randint(3, 25))
    others = [c for c in POOL if c not in signatories]
    noise_states = rng.sample(others, 2)
    acts = rng.sample(sorted(ACTS), rng.randint(0, 2))
    items = rng.sample(t["items"], rng.randint(3, 6))
    paragraphs = [t["title"], t["sign"].format(states=join_names(lang, [state_form(lang, c) for c in signatories]))]
    paragraphs += [" ".join(rng.sample(t["body"], 3))]
    paragraphs += [t["commit"], *(f"• {item}" for item in items)]
    paragraphs += [t["ref"].format(num=num) for num in acts]
    stances = []
    if t["stance"] and rng.random() < 0.3:
        opposer = rng.choice(others)
        paragraphs.append(t["stance"].format(state=state_form(lang, opposer)))
        stances.append({"actor": opposer, "stance": "oppose"})
    noise = t["noise"].format(state=_nominative(lang, noise_states[0]), gen=state_form(lang, noise_states[0]))
    paragraphs.insert(3, noise)
    while sum(len(p.encode()) for p in paragraphs) < target_bytes:
        paragraphs.insert(-1, " ".join(rng.sample(t["body"], 4)))
    chrome = [f"Related: {_nominative('en', noise_states[1])} news", "Home", "Contact", "Privacy"]
    truth = {
        "language": lang,
        "signatories": sorted(signatories),
        "commitments": len(items),
        "references": [f"celex:{ACTS[a]}" for a in acts],
        "stances": stances,
        "noise_states": noise_states,
    }
    return truth, paragraphs, chrome


def _nominative(lang: str, iso2: str) -> str:
    from babel import Locale

    return Locale(lang).territories[iso2]


def write_txt(paragraphs: list[str], rng: random.Random) -> bytes:
    style = rng.choice(("paragraphs", "wrapped", "pdf-like"))
    if style == "paragraphs":
        return "\n\n".join(paragraphs).encode()
    lines: list[str] = []
    for p in paragraphs:
        wrapped = textwrap.wrap(p, 78) or [""]
        lines.extend([*wrapped, ""] if style == "wrapped" else [w for line in wrapped for w in (line + " ", "")] + [" ", ""])
    return "\n".join(lines).encode()


def write_html(paragraphs: list[str], chrome: list[str], lang: str) -> bytes:
    from html import escape

    body = []
    for p in paragraphs[1:]:
        body.append(f"<li>{escape(p[2:])}</li>" if p.startswith("• ") else f"<p>{escape(p)}</p>")
    html = "\n".join(body).replace("</p>\n<li>", "</p>\n<ul><li>").replace("</li>\n<p>", "</li></ul>\n<p>")
    if html.rstrip().endswith("</li>"):
        html += "</ul>"
    nav = "".join(f"<li><a href='#'>{escape(c)}</a></li>" for c in chrome[1:])
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{escape(paragraphs[0])}</title>"
        f"<script>var t='{escape(chrome[0])}';</script></head><body><nav><ul>{nav}</ul></nav>"
        f"<aside class='sidebar'><h3>News</h3><p>{escape(chrome[0])}</p></aside>"
        f"<article><h1>{escape(paragraphs[0])}</h1>\n{html}</article><footer><p>{escape(chrome[3])} policy</p></footer></body></html>"
    ).encode()


def write_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        if p.startswith("• "):
            document.add_paragraph(p[2:], style="List Bullet")
        else:
            document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_pdf(paragraphs: list[str], font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for p in paragraphs:
        for line in textwrap.wrap(p, 90):
            if y < 60:
                pdf.showPage()
                y = 800
            pdf.setFont(font, 10)
            pdf.drawString(40, y, line)
            y -= 13
        y -= 13
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    return "DejaVu"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("bench/corpus"))
    parser.add_argument("--kb", type=float, default=5.0, help="mean text size in KB (documents span 2-8 KB)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    font = _font()
    with open(args.out / "ground_truth.jsonl", "w", encoding="utf-8") as truth_file:
        for i in range(args.count):
            target = int(max(2.0, min(8.0, rng.gauss(args.kb, 1.2))) * 1024 * 0.85)
            truth, paragraphs, chrome = make_document(rng, i, target)
            fmt = FORMATS[(i // len(LANGS)) % len(FORMATS)]
            data = {
                "txt": lambda: write_txt(paragraphs, rng),
                "html": lambda: write_html(paragraphs, chrome, truth["language"]),
                "docx": lambda: write_docx(paragraphs),
                "pdf": lambda: write_pdf(paragraphs, font),
            }[fmt]()
            name = f"doc{i:05d}_{truth['language']}.{fmt}"
            (args.out / name).write_bytes(data)
            truth_file.write(json.dumps({"file": name, "format": fmt, **truth}, ensure_ascii=False) + "\n")
    print(f"wrote {args.count} documents and ground_truth.jsonl to {args.out}")


if __name__ == "__main__":
    main()
