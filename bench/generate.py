"""Write a deterministic synthetic corpus with ground truth, for bench/extract.py.

    .venv/bin/python bench/generate.py --seed 7 --count 1000 --out bench/corpus

Documents of 2-8 KB in fourteen EU languages (en fr de es it pl nl sv cs el lt lv fi hu)
and four formats (txt, html, pdf, docx), each written in one of the layouts the extractor
reads (``LAYOUTS``): a statement opening "We, the governments of ...", "The governments
of ... have agreed", a closing signature block, an endorsement list or table naming
organisations beside states, "the undersigned", a Council "From: ... delegations" header
(authors, not signatories), an NGO press release, news quoting a joint statement (its
states are reported, never signatories), a position paper, an EU legal act, and news
reporting stances in varied wording with dates in many shapes. Padding sentences,
commitments, cited acts and a stray state (in HTML also navigation and sidebars) are
noise around the facts.

``ground_truth.jsonl`` holds, per document, its layout and the facts a careful reader
takes from it (signatories, organisations, authors, reported states, kind, date,
stances). Independence from the code under test: every text here was written for this
benchmark, state names come from this file's hand-written genitive tables (pl cs fi lv lt
el) and from babel's CLDR nominatives; nothing from ``loaders`` is imported, so scores
measured against the truth are not circular.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import textwrap
from functools import lru_cache
from pathlib import Path

POOL = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "GB US CA AU NZ JP KR NO CH IS CR CL MX BR AR CO UA MD GE AL MK ME RS TR IN ID PH KE GH SN ZA IL"
).split()
EU27 = POOL[:27]

# Genitive forms, written by hand for this benchmark (the opening says "the governments OF ...").
_GEN = {
    "pl": "Austrii Belgii Bułgarii Chorwacji Cypru Czech Danii Estonii Finlandii Francji Niemiec Grecji Węgier Irlandii "
    "Włoch Łotwy Litwy Luksemburga Malty Niderlandów Polski Portugalii Rumunii Słowacji Słowenii Hiszpanii Szwecji "
    "Wielkiej_Brytanii Stanów_Zjednoczonych Kanady Australii Nowej_Zelandii Japonii Republiki_Korei Norwegii "
    "Szwajcarii Islandii Kostaryki Chile Meksyku Brazylii Argentyny Kolumbii Ukrainy Mołdawii Gruzji Albanii "
    "Macedonii_Północnej Czarnogóry Serbii Turcji Indii Indonezji Filipin Kenii Ghany Senegalu "
    "Republiki_Południowej_Afryki Izraela",
    "cs": "Rakouska Belgie Bulharska Chorvatska Kypru Česka Dánska Estonska Finska Francie Německa Řecka Maďarska Irska "
    "Itálie Lotyšska Litvy Lucemburska Malty Nizozemska Polska Portugalska Rumunska Slovenska Slovinska Španělska "
    "Švédska Spojeného_království Spojených_států Kanady Austrálie Nového_Zélandu Japonska Korejské_republiky Norska "
    "Švýcarska Islandu Kostariky Chile Mexika Brazílie Argentiny Kolumbie Ukrajiny Moldavska Gruzie Albánie "
    "Severní_Makedonie Černé_Hory Srbska Turecka Indie Indonésie Filipín Keni Ghany Senegalu Jihoafrické_republiky "
    "Izraele",
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
    "lt": "Austrijos Belgijos Bulgarijos Kroatijos Kipro Čekijos Danijos Estijos Suomijos Prancūzijos Vokietijos "
    "Graikijos Vengrijos Airijos Italijos Latvijos Lietuvos Liuksemburgo Maltos Nyderlandų Lenkijos Portugalijos "
    "Rumunijos Slovakijos Slovėnijos Ispanijos Švedijos Jungtinės_Karalystės Jungtinių_Amerikos_Valstijų Kanados "
    "Australijos Naujosios_Zelandijos Japonijos Korėjos_Respublikos Norvegijos Šveicarijos Islandijos Kosta_Rikos "
    "Čilės Meksikos Brazilijos Argentinos Kolumbijos Ukrainos Moldovos Gruzijos Albanijos Šiaurės_Makedonijos "
    "Juodkalnijos Serbijos Turkijos Indijos Indonezijos Filipinų Kenijos Ganos Senegalo Pietų_Afrikos_Respublikos "
    "Izraelio",
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

LANGS = ("en", "fr", "de", "es", "it", "pl", "nl", "sv", "cs", "el", "lt", "lv", "fi", "hu")
FORMATS = ("txt", "html", "pdf", "docx")
# Every layout the extractor reads, in the order the generator cycles them. News layouts
# need a lexicon of stances and press-release verbs: they are written in NEWS_LANGS only.
LAYOUTS = ("opening", "governments_agree", "signature_block", "endorsement_list", "press_release", "news_stances",
           "endorsement_table", "undersigned", "council_header", "news_quote", "position_paper", "legal_act")
NEWS_LANGS = ("en", "fr", "de", "es", "it", "pl", "nl", "sv")
KIND = {"opening": "joint_statement", "governments_agree": "joint_statement", "signature_block": "joint_statement",
        "endorsement_list": "joint_statement", "endorsement_table": "joint_statement", "undersigned": "joint_statement",
        "council_header": "position_paper", "news_quote": "news", "position_paper": "position_paper",
        "legal_act": "legal_act", "press_release": "ngo_statement", "news_stances": "news"}
ACTS = {"2021/821": "32021R0821", "2019/452": "32019R0452", "2016/679": "32016R0679", "2022/2065": "32022R2065"}

# Organisations that sign beside states: names any reader takes for organisations (a
# registry name, or a marker word such as Foundation, GmbH, Ltd), with their kind.
ORGANISATIONS = (
    ("Access Now", "ngo"), ("Human Rights Watch", "ngo"), ("Freedom House", "ngo"), ("Internet Society", "ngo"),
    ("Front Line Defenders", "ngo"), ("Global Network Initiative", "initiative"),
    ("Lumen Data Systems Ltd", "company"), ("Halvard Networks AB", "company"), ("Nordlicht Software GmbH", "company"),
    ("Vireo Technologies SA", "company"), ("Civic Code Foundation", "ngo"), ("Open Wires Association", "ngo"),
    ("University of Tartu", "academic"),
)
EU_NAME = {"en": "European Union", "fr": "Union européenne", "de": "Europäische Union", "es": "Unión Europea",
           "it": "Unione europea", "pl": "Unia Europejska", "nl": "Europese Unie", "sv": "Europeiska unionen",
           "cs": "Evropská unie", "el": "Ευρωπαϊκή Ένωση", "lt": "Europos Sąjunga", "lv": "Eiropas Savienība",
           "fi": "Euroopan unioni", "hu": "Európai Unió"}
PRESS_NGOS = ("Access Now", "Human Rights Watch", "ARTICLE 19", "Front Line Defenders", "Index on Censorship",
              "Freedom House", "CIVICUS", "Statewatch", "Internet Society", "Global Partners Digital")
COUNCIL_CODE = {"GR": "EL", "GB": "UK"}
# How a press release's lead names its issuers: "said today", "in a joint statement", "said on Tuesday".
PRESS_VARIANTS = ("said_today", "joint_statement", "weekday")

# Texts per language, written for this benchmark. {states}: a list of state names (genitive
# where the language needs it), {act}: an act with its number, {state}: one state.
T: dict[str, dict] = {
    "en": dict(
        and_=" and ", city="BRUSSELS",
        title="Joint Declaration on Open and Accountable Digital Public Services",
        we="We, the governments of {states}, declare our shared resolve to keep digital public services open, safe and answerable to citizens.",
        agree="The governments of {states} have agreed to coordinate their rules on the cross-border sale of intrusive monitoring tools.",
        undersigned="We, the undersigned states and organisations, endorse the principles set out in this declaration.",
        commit="To that end, we commit to:",
        items=["publishing yearly figures on the licences we grant and refuse;", "consulting independent experts before approving sensitive transfers;",
               "helping smaller administrations build their licensing capacity;", "offering remedies to people harmed by unlawful monitoring."],
        body=["Public administrations increasingly rely on software bought from private vendors.", "Clear licensing rules help companies plan their investments.",
              "Citizens expect their personal data to be handled with care.", "Cooperation between customs authorities reduces duplicated checks.",
              "Independent audits make procurement decisions easier to explain."],
        ref="This work builds on {act} and the guidance adopted under it.", act="Regulation (EU) {num}",
        noise="The licensing register of {state} served as a model.",
        signed="Signed by:", endorsed="Endorsed by:", table_label="Supporters", table_head=("Participant", "Date of endorsement"),
        council="Council of the European Union", from_="From", to="To", subject="Subject", dele="delegations",
        to_value="Working Party on Dual-Use Goods", paper="Non-paper on the licensing of cyber-surveillance items",
        position="Position paper", position_title="Review of export licensing for digital monitoring tools",
        act_title="REGULATION (EU) {num} OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", act_of="of {date}",
        act_subject="on common rules for the licensing of digital monitoring equipment",
        enacting=["THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,", "Having regard to the Treaty on the Functioning of the European Union, and in particular Article 207 thereof,",
                  "Having regard to the proposal from the European Commission,", "Whereas:"],
        adopted="HAVE ADOPTED THIS REGULATION:", article="Article {n}",
        headline="Governments present joint text on digital public services",
        lead="Officials from several capitals presented a joint text on Monday.",
        quote='"We, the governments of {states}, want public services online to stay open and safe," the statement read.',
        press="PRESS RELEASE", said="{orgs} said today that licensing decisions must be published in full.",
        said_variants=["{orgs} warned in a joint statement that oversight of monitoring tools remains weak.", "{orgs} said on Tuesday that export licences should expire after two years."],
        stance_head="Ministers split over export rules",
        stances=[("oppose", "{a} and {b} are pushing to water down {act}."), ("support", "{a}, by contrast, backed {act}."),
                 ("oppose", "{a} has criticised {act} as too costly for small exporters."), ("support", "{a} welcomed {act}."),
                 ("oppose", "{a} voted against {act}.")],
    ),
    "fr": dict(
        and_=" et ", city="BRUXELLES",
        title="Déclaration commune pour des services publics numériques ouverts et responsables",
        we="Nous, les gouvernements de {states}, affirmons notre volonté commune de garder les services publics numériques ouverts, sûrs et redevables envers les citoyens.",
        agree="Les gouvernements de {states} sont convenus de coordonner leurs règles sur la vente transfrontière d'outils de surveillance intrusifs.",
        undersigned="Nous, États et organisations soussignés, approuvons les principes énoncés dans la présente déclaration.",
        commit="À cette fin, nous nous engageons à :",
        items=["publier chaque année le nombre de licences accordées et refusées ;", "consulter des experts indépendants avant d'approuver des transferts sensibles ;",
               "aider les petites administrations à renforcer leurs services de licences ;", "offrir des voies de recours aux personnes lésées par une surveillance illégale."],
        body=["Les administrations publiques achètent de plus en plus de logiciels à des fournisseurs privés.", "Des règles claires aident les entreprises à planifier leurs investissements.",
              "Les citoyens attendent que leurs données personnelles soient traitées avec soin.", "La coopération entre douanes évite les contrôles en double.",
              "Des audits indépendants rendent les décisions d'achat plus faciles à expliquer."],
        ref="Ce travail s'appuie sur le {act} et les orientations adoptées en vertu de celui-ci.", act="règlement (UE) {num}",
        noise="Modèle retenu pour le registre des licences : {state}.",
        signed="Signataires :", endorsed="Soutenu par :", table_label="Soutiens", table_head=("Participant", "Date du soutien"),
        council="Conseil de l'Union européenne", from_="De", to="Destinataire", subject="Objet", dele="délégations",
        to_value="Groupe des biens à double usage", paper="Non-papier sur l'octroi de licences pour les articles de cybersurveillance",
        position="Document de position", position_title="Révision des licences d'exportation pour les outils de surveillance numérique",
        act_title="RÈGLEMENT (UE) {num} DU PARLEMENT EUROPÉEN ET DU CONSEIL", act_of="du {date}",
        act_subject="établissant des règles communes pour l'octroi de licences d'équipements de surveillance numérique",
        enacting=["LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L'UNION EUROPÉENNE,", "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 207,",
                  "vu la proposition de la Commission européenne,", "considérant ce qui suit:"],
        adopted="ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:", article="Article {n}",
        headline="Des gouvernements présentent un texte commun sur les services publics numériques",
        lead="Des responsables de plusieurs capitales ont présenté lundi un texte commun.",
        quote="« Nous, les gouvernements de {states}, voulons des services publics en ligne ouverts et sûrs », peut-on lire dans le communiqué.",
        press="COMMUNIQUÉ DE PRESSE", said="{orgs} ont déclaré aujourd'hui que les décisions d'octroi de licences doivent être publiées.",
        said_variants=["{orgs} ont averti dans un communiqué commun que le contrôle des outils de surveillance reste faible.", "{orgs} ont déclaré mardi que les licences d'exportation devraient expirer après deux ans."],
        stance_head="Les ministres divisés sur les règles d'exportation",
        stances=[("oppose", "{a} et {b} veulent affaiblir le {act}."), ("support", "{a}, en revanche, soutient le {act}."),
                 ("oppose", "{a} a critiqué le {act}."), ("support", "{a} a salué le {act}."), ("oppose", "{a} a voté contre le {act}.")],
    ),
    "de": dict(
        and_=" und ", city="BRÜSSEL",
        title="Gemeinsame Erklärung für offene und rechenschaftspflichtige digitale öffentliche Dienste",
        we="Wir, die Regierungen von {states}, bekunden unseren gemeinsamen Willen, digitale öffentliche Dienste offen, sicher und den Bürgern gegenüber verantwortlich zu halten.",
        agree="Die Regierungen von {states} haben vereinbart, ihre Regeln für den grenzüberschreitenden Verkauf eingreifender Überwachungswerkzeuge abzustimmen.",
        undersigned="Wir, die unterzeichnenden Staaten und Organisationen, tragen die in dieser Erklärung genannten Grundsätze mit.",
        commit="Zu diesem Zweck verpflichten wir uns:",
        items=["jährlich Zahlen zu erteilten und verweigerten Genehmigungen zu veröffentlichen;", "vor heiklen Ausfuhren unabhängige Fachleute anzuhören;",
               "kleineren Verwaltungen beim Aufbau ihrer Genehmigungsstellen zu helfen;", "Menschen, die rechtswidrig überwacht wurden, Rechtsbehelfe zu bieten."],
        body=["Öffentliche Verwaltungen kaufen immer mehr Software bei privaten Anbietern.", "Klare Genehmigungsregeln erleichtern Unternehmen die Planung.",
              "Bürgerinnen und Bürger erwarten einen sorgsamen Umgang mit ihren Daten.", "Die Zusammenarbeit der Zollbehörden vermeidet doppelte Prüfungen.",
              "Unabhängige Prüfungen machen Beschaffungsentscheidungen nachvollziehbar."],
        ref="Diese Arbeit baut auf der {act} und den dazu erlassenen Leitlinien auf.", act="Verordnung (EU) {num}",
        noise="Als Vorbild diente das Genehmigungsregister von {state}.",
        signed="Unterzeichner:", endorsed="Unterstützt von:", table_label="Unterstützer", table_head=("Teilnehmer", "Datum der Unterstützung"),
        council="Rat der Europäischen Union", from_="Von", to="An", subject="Betr.", dele="Delegationen",
        to_value="Gruppe „Güter mit doppeltem Verwendungszweck“", paper="Non-Paper zur Genehmigung von Gütern für die digitale Überwachung",
        position="Positionspapier", position_title="Überprüfung der Ausfuhrgenehmigungen für digitale Überwachungswerkzeuge",
        act_title="VERORDNUNG (EU) {num} DES EUROPÄISCHEN PARLAMENTS UND DES RATES", act_of="vom {date}",
        act_subject="über gemeinsame Regeln für die Genehmigung digitaler Überwachungsausrüstung",
        enacting=["DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —", "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 207,",
                  "auf Vorschlag der Europäischen Kommission,", "in Erwägung nachstehender Gründe:"],
        adopted="HABEN FOLGENDE VERORDNUNG ERLASSEN:", article="Artikel {n}",
        headline="Regierungen legen gemeinsamen Text zu digitalen Diensten vor",
        lead="Vertreter mehrerer Hauptstädte stellten am Montag einen gemeinsamen Text vor.",
        quote="„Wir, die Regierungen von {states}, wollen offene und sichere öffentliche Dienste im Netz“, heißt es in der Erklärung.",
        press="PRESSEMITTEILUNG", said="{orgs} erklärten heute, Genehmigungsentscheidungen müssten vollständig veröffentlicht werden.",
        said_variants=["{orgs} warnten in einer gemeinsamen Erklärung, die Aufsicht über Überwachungswerkzeuge sei schwach.", "{orgs} erklärten am Dienstag, Ausfuhrgenehmigungen sollten nach zwei Jahren auslaufen."],
        stance_head="Minister uneins über Ausfuhrregeln",
        stances=[("oppose", "{a} und {b} wollen die {act} verwässern."), ("support", "{a} unterstützt hingegen die {act}."),
                 ("oppose", "{a} kritisiert die {act}."), ("support", "{a} begrüßte die {act}."), ("oppose", "{a} stimmte gegen die {act}.")],
    ),
    "es": dict(
        and_=" y ", city="BRUSELAS",
        title="Declaración conjunta por unos servicios públicos digitales abiertos y responsables",
        we="Nosotros, los gobiernos de {states}, expresamos nuestra voluntad común de mantener los servicios públicos digitales abiertos, seguros y sujetos a rendición de cuentas.",
        agree="Los gobiernos de {states} han acordado coordinar sus normas sobre la venta transfronteriza de herramientas de vigilancia intrusivas.",
        undersigned="Nosotros, los Estados y organizaciones abajo firmantes, respaldamos los principios de esta declaración.",
        commit="Con este fin, nos comprometemos a:",
        items=["publicar cada año las cifras de licencias concedidas y denegadas;", "consultar a expertos independientes antes de aprobar transferencias delicadas;",
               "ayudar a las administraciones pequeñas a reforzar sus servicios de licencias;", "ofrecer vías de recurso a las personas perjudicadas por una vigilancia ilegal."],
        body=["Las administraciones públicas compran cada vez más programas a proveedores privados.", "Unas normas claras ayudan a las empresas a planificar sus inversiones.",
              "La ciudadanía espera que sus datos personales se traten con cuidado.", "La cooperación entre aduanas evita controles duplicados.",
              "Las auditorías independientes facilitan explicar las decisiones de compra."],
        ref="Este trabajo se apoya en el {act} y en las orientaciones adoptadas con arreglo a él.", act="Reglamento (UE) {num}",
        noise="El registro de licencias de {state} sirvió de modelo.",
        signed="Firmantes:", endorsed="Respaldado por:", table_label="Adhesiones", table_head=("Participante", "Fecha de adhesión"),
        council="Consejo de la Unión Europea", from_="De", to="A", subject="Asunto", dele="Delegaciones",
        to_value="Grupo «Productos de Doble Uso»", paper="Documento oficioso sobre licencias para productos de cibervigilancia",
        position="Documento de posición", position_title="Revisión de las licencias de exportación de herramientas de vigilancia digital",
        act_title="REGLAMENTO (UE) {num} DEL PARLAMENTO EUROPEO Y DEL CONSEJO", act_of="de {date}",
        act_subject="por el que se establecen normas comunes para las licencias de equipos de vigilancia digital",
        enacting=["EL PARLAMENTO EUROPEO Y EL CONSEJO DE LA UNIÓN EUROPEA,", "Visto el Tratado de Funcionamiento de la Unión Europea, y en particular su artículo 207,",
                  "Vista la propuesta de la Comisión Europea,", "Considerando lo siguiente:"],
        adopted="HAN ADOPTADO EL PRESENTE REGLAMENTO:", article="Artículo {n}",
        headline="Varios gobiernos presentan un texto conjunto sobre servicios públicos digitales",
        lead="Responsables de varias capitales presentaron el lunes un texto conjunto.",
        quote="«Nosotros, los gobiernos de {states}, queremos servicios públicos en línea abiertos y seguros», se lee en el comunicado.",
        press="COMUNICADO DE PRENSA", said="{orgs} declararon hoy que las decisiones sobre licencias deben publicarse íntegramente.",
        said_variants=["{orgs} advirtieron en un comunicado conjunto que la supervisión de las herramientas de vigilancia sigue siendo débil.", "{orgs} declararon el martes que las licencias de exportación deberían caducar a los dos años."],
        stance_head="Los ministros, divididos sobre las normas de exportación",
        stances=[("oppose", "{a} y {b} quieren debilitar el {act}."), ("support", "{a}, en cambio, respalda el {act}."),
                 ("oppose", "{a} criticó el {act}."), ("support", "{a} acogió con satisfacción el {act}."), ("oppose", "{a} votó en contra del {act}.")],
    ),
    "it": dict(
        and_=" e ", city="BRUXELLES",
        title="Dichiarazione congiunta per servizi pubblici digitali aperti e responsabili",
        we="Noi, i governi di {states}, affermiamo la comune volontà di mantenere i servizi pubblici digitali aperti, sicuri e responsabili verso i cittadini.",
        agree="I governi di {states} hanno convenuto di coordinare le loro norme sulla vendita transfrontaliera di strumenti di sorveglianza invasivi.",
        undersigned="Noi, Stati e organizzazioni sottoscritti, approviamo i principi enunciati nella presente dichiarazione.",
        commit="A tal fine, ci impegniamo a:",
        items=["pubblicare ogni anno i dati sulle licenze concesse e rifiutate;", "consultare esperti indipendenti prima di approvare trasferimenti delicati;",
               "aiutare le amministrazioni più piccole a rafforzare i loro uffici licenze;", "offrire rimedi alle persone danneggiate da una sorveglianza illecita."],
        body=["Le pubbliche amministrazioni acquistano sempre più software da fornitori privati.", "Regole chiare aiutano le imprese a pianificare gli investimenti.",
              "I cittadini si aspettano che i loro dati personali siano trattati con cura.", "La cooperazione tra dogane evita controlli doppi.",
              "Verifiche indipendenti rendono più facili da spiegare le decisioni di acquisto."],
        ref="Questo lavoro si fonda sul {act} e sugli orientamenti adottati in base ad esso.", act="regolamento (UE) {num}",
        noise="Il registro delle licenze di {state} è servito da modello.",
        signed="Firmatari:", endorsed="Sostenuto da:", table_label="Sostenitori", table_head=("Partecipante", "Data di adesione"),
        council="Consiglio dell'Unione europea", from_="Da", to="A", subject="Oggetto", dele="delegazioni",
        to_value="Gruppo «Beni a duplice uso»", paper="Documento informale sulle licenze per i prodotti di cibersorveglianza",
        position="Documento di posizione", position_title="Revisione delle licenze di esportazione per gli strumenti di sorveglianza digitale",
        act_title="REGOLAMENTO (UE) {num} DEL PARLAMENTO EUROPEO E DEL CONSIGLIO", act_of="del {date}",
        act_subject="recante norme comuni per le licenze delle apparecchiature di sorveglianza digitale",
        enacting=["IL PARLAMENTO EUROPEO E IL CONSIGLIO DELL'UNIONE EUROPEA,", "visto il trattato sul funzionamento dell'Unione europea, in particolare l'articolo 207,",
                  "vista la proposta della Commissione europea,", "considerando quanto segue:"],
        adopted="HANNO ADOTTATO IL PRESENTE REGOLAMENTO:", article="Articolo {n}",
        headline="Alcuni governi presentano un testo comune sui servizi pubblici digitali",
        lead="Funzionari di diverse capitali hanno presentato lunedì un testo comune.",
        quote="«Noi, i governi di {states}, vogliamo servizi pubblici online aperti e sicuri», si legge nella dichiarazione.",
        press="COMUNICATO STAMPA", said="{orgs} hanno dichiarato oggi che le decisioni sulle licenze devono essere pubblicate per intero.",
        said_variants=["{orgs} hanno avvertito in un comunicato congiunto che il controllo sugli strumenti di sorveglianza resta debole.", "{orgs} hanno dichiarato martedì che le licenze di esportazione dovrebbero scadere dopo due anni."],
        stance_head="Ministri divisi sulle regole di esportazione",
        stances=[("oppose", "{a} e {b} vogliono indebolire il {act}."), ("support", "{a}, invece, sostiene il {act}."),
                 ("oppose", "{a} ha criticato il {act}."), ("support", "{a} ha accolto con favore il {act}."), ("oppose", "{a} ha votato contro il {act}.")],
    ),
    "pl": dict(
        and_=" i ", city="BRUKSELA",
        title="Wspólna deklaracja na rzecz otwartych i rozliczalnych cyfrowych usług publicznych",
        we="My, rządy {states}, wyrażamy wspólną wolę utrzymania cyfrowych usług publicznych otwartymi, bezpiecznymi i rozliczalnymi wobec obywateli.",
        agree="Rządy {states} uzgodniły, że będą koordynować swoje przepisy o transgranicznej sprzedaży inwazyjnych narzędzi monitorowania.",
        undersigned="My, niżej podpisane państwa i organizacje, popieramy zasady zawarte w niniejszej deklaracji.",
        commit="W tym celu zobowiązujemy się do:",
        items=["corocznego publikowania danych o wydanych i odmówionych licencjach;", "zasięgania opinii niezależnych ekspertów przed zgodą na wrażliwe transfery;",
               "pomocy mniejszym urzędom w budowaniu zdolności licencyjnych;", "zapewnienia środków odwoławczych osobom poszkodowanym przez bezprawne monitorowanie."],
        body=["Administracja publiczna coraz częściej kupuje oprogramowanie od prywatnych dostawców.", "Jasne zasady licencjonowania ułatwiają firmom planowanie inwestycji.",
              "Obywatele oczekują starannego traktowania ich danych osobowych.", "Współpraca służb celnych ogranicza powielanie kontroli.",
              "Niezależne audyty ułatwiają wyjaśnianie decyzji zakupowych."],
        ref="Prace te opierają się na akcie: {act} i wydanych na jego podstawie wytycznych.", act="rozporządzenie (UE) {num}",
        noise="Rejestr licencji {state} posłużył za wzór.",
        signed="Sygnatariusze:", endorsed="Poparli:", table_label="Lista poparcia", table_head=("Uczestnik", "Data poparcia"),
        council="Rada Unii Europejskiej", from_="Od", to="Do", subject="Dotyczy", dele="delegacje",
        to_value="Grupa Robocza ds. Produktów Podwójnego Zastosowania", paper="Dokument nieoficjalny w sprawie licencji na produkty do cyberinwigilacji",
        position="Stanowisko", position_title="Przegląd licencji eksportowych na cyfrowe narzędzia monitorowania",
        act_title="ROZPORZĄDZENIE PARLAMENTU EUROPEJSKIEGO I RADY (UE) {num}", act_of="z dnia {date}",
        act_subject="w sprawie wspólnych zasad licencjonowania cyfrowego sprzętu do monitorowania",
        enacting=["PARLAMENT EUROPEJSKI I RADA UNII EUROPEJSKIEJ,", "uwzględniając Traktat o funkcjonowaniu Unii Europejskiej, w szczególności jego art. 207,",
                  "uwzględniając wniosek Komisji Europejskiej,", "a także mając na uwadze, co następuje:"],
        adopted="PRZYJMUJĄ NINIEJSZE ROZPORZĄDZENIE:", article="Artykuł {n}",
        headline="Rządy przedstawiają wspólny tekst o cyfrowych usługach publicznych",
        lead="Przedstawiciele kilku stolic zaprezentowali w poniedziałek wspólny tekst.",
        quote="„My, rządy {states}, chcemy otwartych i bezpiecznych usług publicznych w sieci”, czytamy w oświadczeniu.",
        press="KOMUNIKAT PRASOWY", said="{orgs} oświadczyły dziś, że decyzje licencyjne muszą być publikowane w całości.",
        said_variants=["{orgs} ostrzegły we wspólnym oświadczeniu, że nadzór nad narzędziami monitorowania pozostaje słaby.", "{orgs} oświadczyły we wtorek, że licencje eksportowe powinny wygasać po dwóch latach."],
        stance_head="Ministrowie podzieleni w sprawie zasad eksportu",
        stances=[("oppose", "{a} i {b} chcą osłabić {act}."), ("support", "{a} natomiast popiera {act}."),
                 ("oppose", "{a} krytykuje {act}."), ("support", "{a} z zadowoleniem przyjmuje {act}."), ("oppose", "{a} głosuje przeciwko aktowi: {act}.")],
    ),
    "nl": dict(
        and_=" en ", city="BRUSSEL",
        title="Gezamenlijke verklaring voor open en verantwoordelijke digitale overheidsdiensten",
        we="Wij, de regeringen van {states}, spreken onze gedeelde wil uit om digitale overheidsdiensten open, veilig en verantwoordelijk tegenover burgers te houden.",
        agree="De regeringen van {states} zijn overeengekomen hun regels voor de grensoverschrijdende verkoop van ingrijpende monitoringinstrumenten af te stemmen.",
        undersigned="Wij, de ondergetekende staten en organisaties, onderschrijven de beginselen van deze verklaring.",
        commit="Daartoe verbinden wij ons ertoe:",
        items=["jaarlijks cijfers te publiceren over verleende en geweigerde vergunningen;", "onafhankelijke deskundigen te raadplegen voor gevoelige overdrachten;",
               "kleinere overheden te helpen hun vergunningsdiensten op te bouwen;", "mensen die onrechtmatig zijn gevolgd een rechtsmiddel te bieden."],
        body=["Overheden kopen steeds vaker software bij private leveranciers.", "Duidelijke vergunningsregels helpen bedrijven hun investeringen te plannen.",
              "Burgers verwachten dat hun persoonsgegevens zorgvuldig worden behandeld.", "Samenwerking tussen douanediensten voorkomt dubbele controles.",
              "Onafhankelijke audits maken aankoopbeslissingen beter uitlegbaar."],
        ref="Dit werk bouwt voort op {act} en de richtsnoeren die op grond daarvan zijn vastgesteld.", act="Verordening (EU) {num}",
        noise="Het vergunningsregister van {state} diende als voorbeeld.",
        signed="Ondertekenaars:", endorsed="Gesteund door:", table_label="Ondersteuners", table_head=("Deelnemer", "Datum van steun"),
        council="Raad van de Europese Unie", from_="Van", to="Aan", subject="Betreft", dele="delegaties",
        to_value="Groep producten voor tweeërlei gebruik", paper="Non-paper over vergunningen voor cybersurveillanceproducten",
        position="Positiepapier", position_title="Herziening van exportvergunningen voor digitale monitoringinstrumenten",
        act_title="VERORDENING (EU) {num} VAN HET EUROPEES PARLEMENT EN DE RAAD", act_of="van {date}",
        act_subject="tot vaststelling van gemeenschappelijke regels voor vergunningen voor digitale monitoringapparatuur",
        enacting=["HET EUROPEES PARLEMENT EN DE RAAD VAN DE EUROPESE UNIE,", "Gezien het Verdrag betreffende de werking van de Europese Unie, en met name artikel 207,",
                  "Gezien het voorstel van de Europese Commissie,", "Overwegende hetgeen volgt:"],
        adopted="HEBBEN DE VOLGENDE VERORDENING VASTGESTELD:", article="Artikel {n}",
        headline="Regeringen presenteren gezamenlijke tekst over digitale overheidsdiensten",
        lead="Vertegenwoordigers van meerdere hoofdsteden presenteerden maandag een gezamenlijke tekst.",
        quote="'Wij, de regeringen van {states}, willen open en veilige overheidsdiensten online', aldus de verklaring.",
        press="PERSBERICHT", said="{orgs} verklaarden vandaag dat vergunningsbesluiten volledig openbaar moeten worden.",
        said_variants=["{orgs} waarschuwden in een gezamenlijke verklaring dat het toezicht op monitoringinstrumenten zwak blijft.", "{orgs} verklaarden dinsdag dat exportvergunningen na twee jaar moeten verlopen."],
        stance_head="Ministers verdeeld over exportregels",
        stances=[("oppose", "{a} en {b} willen {act} afzwakken."), ("support", "{a} steunt daarentegen {act}."),
                 ("oppose", "{a} bekritiseerde {act}."), ("support", "{a} verwelkomde {act}."), ("oppose", "{a} stemde tegen {act}.")],
    ),
    "sv": dict(
        and_=" och ", city="BRYSSEL",
        title="Gemensam deklaration om öppna och ansvarsskyldiga digitala offentliga tjänster",
        we="Vi, regeringarna i {states}, uttrycker vår gemensamma vilja att hålla digitala offentliga tjänster öppna, säkra och ansvariga inför medborgarna.",
        agree="Regeringarna i {states} har kommit överens om att samordna sina regler för gränsöverskridande försäljning av ingripande övervakningsverktyg.",
        undersigned="Vi, undertecknade stater och organisationer, ställer oss bakom principerna i denna deklaration.",
        commit="I detta syfte åtar vi oss att:",
        items=["varje år offentliggöra siffror över beviljade och avslagna tillstånd;", "rådfråga oberoende experter innan känsliga överföringar godkänns;",
               "hjälpa mindre myndigheter att bygga upp sin tillståndsprövning;", "erbjuda rättsmedel åt personer som övervakats olagligt."],
        body=["Offentliga förvaltningar köper allt oftare programvara från privata leverantörer.", "Tydliga tillståndsregler hjälper företag att planera sina investeringar.",
              "Medborgarna förväntar sig att deras personuppgifter hanteras varsamt.", "Samarbete mellan tullmyndigheter undviker dubbla kontroller.",
              "Oberoende granskningar gör upphandlingsbeslut lättare att förklara."],
        ref="Arbetet bygger på {act} och de riktlinjer som antagits enligt den.", act="förordning (EU) {num}",
        noise="Tillståndsregistret i {state} fungerade som förebild.",
        signed="Undertecknare:", endorsed="Stöds av:", table_label="Deltagare", table_head=("Deltagare", "Datum för stöd"),
        council="Europeiska unionens råd", from_="Från", to="Till", subject="Ärende", dele="delegationerna",
        to_value="Arbetsgruppen för produkter med dubbla användningsområden", paper="Icke-papper om tillstånd för produkter för cyberövervakning",
        position="Ståndpunktspapper", position_title="Översyn av exporttillstånd för digitala övervakningsverktyg",
        act_title="EUROPAPARLAMENTETS OCH RÅDETS FÖRORDNING (EU) {num}", act_of="av den {date}",
        act_subject="om gemensamma regler för tillstånd för digital övervakningsutrustning",
        enacting=["EUROPAPARLAMENTET OCH EUROPEISKA UNIONENS RÅD HAR ANTAGIT DENNA FÖRORDNING", "med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt artikel 207,",
                  "med beaktande av Europeiska kommissionens förslag,", "av följande skäl:"],
        adopted="HÄRIGENOM FÖRESKRIVS FÖLJANDE.", article="Artikel {n}",
        headline="Regeringar lägger fram gemensam text om digitala offentliga tjänster",
        lead="Företrädare för flera huvudstäder presenterade en gemensam text på måndagen.",
        quote="”Vi, regeringarna i {states}, vill ha öppna och säkra offentliga tjänster på nätet”, heter det i uttalandet.",
        press="PRESSMEDDELANDE", said="{orgs} sade idag att tillståndsbeslut måste offentliggöras i sin helhet.",
        said_variants=["{orgs} varnade i ett gemensamt uttalande för att tillsynen över övervakningsverktyg är svag.", "{orgs} sade i tisdags att exporttillstånd bör upphöra efter två år."],
        stance_head="Ministrar oeniga om exportregler",
        stances=[("oppose", "{a} och {b} vill urvattna {act}."), ("support", "{a} stöder däremot {act}."),
                 ("oppose", "{a} kritiserade {act}."), ("support", "{a} välkomnade {act}."), ("oppose", "{a} röstade emot {act}.")],
    ),
    "cs": dict(
        and_=" a ", city="BRUSEL",
        title="Společné prohlášení o otevřených a odpovědných digitálních veřejných službách",
        we="My, vlády {states}, vyjadřujeme společnou vůli udržet digitální veřejné služby otevřené, bezpečné a odpovědné občanům.",
        agree="Vlády {states} se dohodly, že budou koordinovat svá pravidla pro přeshraniční prodej invazivních nástrojů sledování.",
        undersigned="My, níže podepsané státy a organizace, podporujeme zásady tohoto prohlášení.",
        commit="Za tímto účelem se zavazujeme:",
        items=["každoročně zveřejňovat údaje o udělených a zamítnutých licencích;", "před schválením citlivých převodů konzultovat nezávislé odborníky;",
               "pomáhat menším úřadům budovat licenční kapacity;", "nabízet nápravu lidem poškozeným nezákonným sledováním."],
        body=["Veřejná správa stále častěji nakupuje software od soukromých dodavatelů.", "Jasná licenční pravidla pomáhají firmám plánovat investice.",
              "Občané očekávají pečlivé zacházení se svými osobními údaji.", "Spolupráce celních orgánů omezuje zdvojené kontroly.",
              "Nezávislé audity usnadňují vysvětlení nákupních rozhodnutí."],
        ref="Tato práce navazuje na {act} a pokyny přijaté na jeho základě.", act="nařízení (EU) {num}",
        noise="Licenční rejstřík {state} posloužil jako vzor.",
        signed="Signatáři:", endorsed="Podporovatelé:", table_label="Účastníci", table_head=("Účastník", "Datum podpory"),
        council="Rada Evropské unie", from_="Odesílatel", to="Příjemce", subject="Předmět", dele="delegace",
        to_value="Pracovní skupina pro zboží dvojího užití", paper="Neoficiální dokument o licencích pro položky kybernetického sledování",
        position="Poziční dokument", position_title="Přezkum vývozních licencí pro digitální nástroje sledování",
        act_title="NAŘÍZENÍ EVROPSKÉHO PARLAMENTU A RADY (EU) {num}", act_of="ze dne {date}",
        act_subject="o společných pravidlech pro licence na digitální sledovací zařízení",
        enacting=["EVROPSKÝ PARLAMENT A RADA EVROPSKÉ UNIE,", "s ohledem na Smlouvu o fungování Evropské unie, a zejména na článek 207 této smlouvy,",
                  "s ohledem na návrh Evropské komise,", "vzhledem k těmto důvodům:"],
        adopted="PŘIJALY TOTO NAŘÍZENÍ:", article="Článek {n}",
        headline="Vlády představily společný text o digitálních veřejných službách",
        lead="Zástupci několika metropolí v pondělí představili společný text.",
        quote="„My, vlády {states}, chceme otevřené a bezpečné veřejné služby na internetu,“ uvádí se v prohlášení.",
    ),
    "el": dict(
        and_=" και ", city="ΒΡΥΞΕΛΛΕΣ",
        title="Κοινή δήλωση για ανοικτές και λογοδοτούσες ψηφιακές δημόσιες υπηρεσίες",
        we="Εμείς, οι κυβερνήσεις {states}, εκφράζουμε την κοινή μας βούληση να παραμείνουν οι ψηφιακές δημόσιες υπηρεσίες ανοικτές, ασφαλείς και υπόλογες στους πολίτες.",
        agree="Οι κυβερνήσεις {states} συμφώνησαν να συντονίσουν τους κανόνες τους για τη διασυνοριακή πώληση παρεμβατικών εργαλείων παρακολούθησης.",
        undersigned="Εμείς, τα υπογεγραμμένα κράτη και οι οργανώσεις, υποστηρίζουμε τις αρχές αυτής της δήλωσης.",
        commit="Για τον σκοπό αυτό, δεσμευόμαστε:",
        items=["να δημοσιεύουμε κάθε χρόνο στοιχεία για τις άδειες που χορηγούμε και αρνούμαστε·", "να ζητάμε τη γνώμη ανεξάρτητων εμπειρογνωμόνων πριν από ευαίσθητες μεταβιβάσεις·",
               "να βοηθάμε μικρότερες διοικήσεις να αναπτύξουν ικανότητα αδειοδότησης·", "να προσφέρουμε μέσα προσφυγής σε όσους θίγονται από παράνομη παρακολούθηση."],
        body=["Οι δημόσιες διοικήσεις αγοράζουν όλο και περισσότερο λογισμικό από ιδιώτες προμηθευτές.", "Σαφείς κανόνες αδειοδότησης βοηθούν τις εταιρείες να σχεδιάζουν επενδύσεις.",
              "Οι πολίτες περιμένουν προσεκτικό χειρισμό των προσωπικών τους δεδομένων.", "Η συνεργασία των τελωνείων περιορίζει τους διπλούς ελέγχους.",
              "Οι ανεξάρτητοι έλεγχοι κάνουν ευκολότερη την εξήγηση των αγορών."],
        ref="Το έργο αυτό βασίζεται στον {act} και στις κατευθύνσεις που εκδόθηκαν βάσει αυτού.", act="Κανονισμό (ΕΕ) {num}",
        noise="Το μητρώο αδειών {state} χρησίμευσε ως πρότυπο.",
        signed="Υπογράφοντες:", endorsed="Υποστηρικτές:", table_label="Συμμετέχοντες", table_head=("Συμμετέχων", "Ημερομηνία υποστήριξης"),
        council="Συμβούλιο της Ευρωπαϊκής Ένωσης", from_="Αποστολέας", to="Αποδέκτης", subject="Θέμα", dele="αντιπροσωπίες",
        to_value="Ομάδα «Είδη διπλής χρήσης»", paper="Ανεπίσημο έγγραφο για τις άδειες ειδών κυβερνοεπιτήρησης",
        position="Έγγραφο θέσεων", position_title="Αναθεώρηση των αδειών εξαγωγής ψηφιακών εργαλείων παρακολούθησης",
        act_title="ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) {num} ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ", act_of="της {date}",
        act_subject="σχετικά με κοινούς κανόνες για την αδειοδότηση ψηφιακού εξοπλισμού παρακολούθησης",
        enacting=["ΤΟ ΕΥΡΩΠΑΪΚΟ ΚΟΙΝΟΒΟΥΛΙΟ ΚΑΙ ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ,", "Έχοντας υπόψη τη Συνθήκη για τη λειτουργία της Ευρωπαϊκής Ένωσης, και ιδίως το άρθρο 207,",
                  "Έχοντας υπόψη την πρόταση της Ευρωπαϊκής Επιτροπής,", "Εκτιμώντας τα ακόλουθα:"],
        adopted="ΕΞΕΔΩΣΑΝ ΤΟΝ ΠΑΡΟΝΤΑ ΚΑΝΟΝΙΣΜΟ:", article="Άρθρο {n}",
        headline="Κυβερνήσεις παρουσιάζουν κοινό κείμενο για τις ψηφιακές δημόσιες υπηρεσίες",
        lead="Αξιωματούχοι από πολλές πρωτεύουσες παρουσίασαν τη Δευτέρα κοινό κείμενο.",
        quote="«Εμείς, οι κυβερνήσεις {states}, θέλουμε ανοικτές και ασφαλείς δημόσιες υπηρεσίες στο διαδίκτυο», αναφέρεται στη δήλωση.",
    ),
    "lt": dict(
        and_=" ir ", city="BRIUSELIS",
        title="Bendras pareiškimas dėl atvirų ir atskaitingų skaitmeninių viešųjų paslaugų",
        we="Mes, {states} vyriausybės, reiškiame bendrą valią išlaikyti skaitmenines viešąsias paslaugas atviras, saugias ir atskaitingas piliečiams.",
        agree="{states} vyriausybės susitarė derinti savo taisykles dėl įkyrių stebėjimo priemonių tarpvalstybinės prekybos.",
        undersigned="Mes, toliau pasirašiusios valstybės ir organizacijos, pritariame šio pareiškimo principams.",
        commit="Šiuo tikslu įsipareigojame:",
        items=["kasmet skelbti duomenis apie išduotas ir atmestas licencijas;", "prieš tvirtindami jautrius perdavimus konsultuotis su nepriklausomais ekspertais;",
               "padėti mažesnėms institucijoms stiprinti licencijavimo gebėjimus;", "suteikti teisių gynimo priemones neteisėto stebėjimo aukoms."],
        body=["Viešasis sektorius vis dažniau perka programinę įrangą iš privačių tiekėjų.", "Aiškios licencijavimo taisyklės padeda įmonėms planuoti investicijas.",
              "Piliečiai tikisi, kad jų asmens duomenys bus tvarkomi rūpestingai.", "Muitinių bendradarbiavimas mažina pasikartojančius patikrinimus.",
              "Nepriklausomi auditai padeda paaiškinti pirkimų sprendimus."],
        ref="Šis darbas grindžiamas {act} ir pagal jį priimtomis gairėmis.", act="Reglamentu (ES) {num}",
        noise="{state} licencijų registras buvo pavyzdys.",
        signed="Signatarai:", endorsed="Rėmėjai:", table_label="Dalyviai", table_head=("Dalyvis", "Paramos data"),
        council="Europos Sąjungos Taryba", from_="Siuntėjas", to="Gavėjas", subject="Dalykas", dele="delegacijos",
        to_value="Dvejopo naudojimo prekių darbo grupė", paper="Neoficialus dokumentas dėl kibernetinio sekimo prekių licencijų",
        position="Pozicijos dokumentas", position_title="Skaitmeninių stebėjimo priemonių eksporto licencijų peržiūra",
        act_title="EUROPOS PARLAMENTO IR TARYBOS REGLAMENTAS (ES) {num}", act_of="{date}",
        act_subject="dėl bendrų skaitmeninės stebėjimo įrangos licencijavimo taisyklių",
        enacting=["EUROPOS PARLAMENTAS IR EUROPOS SĄJUNGOS TARYBA,", "atsižvelgdami į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 207 straipsnį,",
                  "atsižvelgdami į Europos Komisijos pasiūlymą,", "kadangi:"],
        adopted="PRIĖMĖ ŠĮ REGLAMENTĄ:", article="{n} straipsnis",
        headline="Vyriausybės pristatė bendrą tekstą apie skaitmenines viešąsias paslaugas",
        lead="Kelių sostinių atstovai pirmadienį pristatė bendrą tekstą.",
        quote="„Mes, {states} vyriausybės, norime atvirų ir saugių viešųjų paslaugų internete“, teigiama pareiškime.",
    ),
    "lv": dict(
        and_=" un ", city="BRISELE",
        title="Kopīgs paziņojums par atvērtiem un pārskatatbildīgiem digitāliem publiskajiem pakalpojumiem",
        we="Mēs, {states} valdības, paužam kopīgu gribu saglabāt digitālos publiskos pakalpojumus atvērtus, drošus un atbildīgus pret iedzīvotājiem.",
        agree="{states} valdības ir vienojušās saskaņot savus noteikumus par uzmācīgu novērošanas rīku pārrobežu tirdzniecību.",
        undersigned="Mēs, zemāk parakstījušās valstis un organizācijas, atbalstām šī paziņojuma principus.",
        commit="Šim nolūkam mēs apņemamies:",
        items=["katru gadu publicēt datus par izsniegtajām un atteiktajām licencēm;", "pirms jutīgu nosūtījumu apstiprināšanas konsultēties ar neatkarīgiem ekspertiem;",
               "palīdzēt mazākām iestādēm veidot licencēšanas spējas;", "nodrošināt tiesiskās aizsardzības līdzekļus nelikumīgas novērošanas cietušajiem."],
        body=["Valsts pārvalde arvien biežāk iepērk programmatūru no privātiem piegādātājiem.", "Skaidri licencēšanas noteikumi palīdz uzņēmumiem plānot ieguldījumus.",
              "Iedzīvotāji sagaida rūpīgu rīcību ar viņu personas datiem.", "Muitas iestāžu sadarbība mazina dubultas pārbaudes.",
              "Neatkarīgas revīzijas palīdz izskaidrot iepirkuma lēmumus."],
        ref="Šis darbs balstās uz {act} un saskaņā ar to pieņemtajām vadlīnijām.", act="Regulu (ES) {num}",
        noise="{state} licenču reģistrs kalpoja par paraugu.",
        signed="Parakstītāji:", endorsed="Atbalstītāji:", table_label="Dalībnieki", table_head=("Dalībnieks", "Atbalsta datums"),
        council="Eiropas Savienības Padome", from_="Sūtītājs", to="Saņēmējs", subject="Temats", dele="delegācijas",
        to_value="Divējāda lietojuma preču darba grupa", paper="Neoficiāls dokuments par kiberuzraudzības preču licencēm",
        position="Nostājas dokuments", position_title="Digitālo novērošanas rīku eksporta licenču pārskatīšana",
        act_title="EIROPAS PARLAMENTA UN PADOMES REGULA (ES) {num}", act_of="{date}",
        act_subject="par kopīgiem noteikumiem digitālo novērošanas iekārtu licencēšanai",
        enacting=["EIROPAS PARLAMENTS UN EIROPAS SAVIENĪBAS PADOME,", "ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 207. pantu,",
                  "ņemot vērā Eiropas Komisijas priekšlikumu,", "tā kā:"],
        adopted="IR PIEŅĒMUŠI ŠO REGULU.", article="{n}. pants",
        headline="Valdības iepazīstina ar kopīgu tekstu par digitālajiem pakalpojumiem",
        lead="Vairāku galvaspilsētu pārstāvji pirmdien iepazīstināja ar kopīgu tekstu.",
        quote="“Mēs, {states} valdības, vēlamies atvērtus un drošus publiskos pakalpojumus tiešsaistē,” teikts paziņojumā.",
    ),
    "fi": dict(
        and_=" ja ", city="BRYSSEL",
        title="Yhteinen julkilausuma avoimista ja vastuullisista digitaalisista julkisista palveluista",
        we="Me, {states} hallitukset, ilmaisemme yhteisen tahtomme pitää digitaaliset julkiset palvelut avoimina, turvallisina ja kansalaisille tilivelvollisina.",
        agree="{states} hallitukset ovat sopineet yhteensovittavansa sääntönsä tunkeilevien valvontavälineiden rajat ylittävästä kaupasta.",
        undersigned="Me allekirjoittaneet valtiot ja järjestöt tuemme tämän julkilausuman periaatteita.",
        commit="Tätä varten sitoudumme:",
        items=["julkaisemaan vuosittain tiedot myönnetyistä ja evätyistä luvista;", "kuulemaan riippumattomia asiantuntijoita ennen arkaluonteisten siirtojen hyväksymistä;",
               "auttamaan pienempiä viranomaisia rakentamaan lupaosaamistaan;", "tarjoamaan oikeussuojakeinoja laittomasti valvotuille ihmisille."],
        body=["Julkishallinto ostaa yhä useammin ohjelmistoja yksityisiltä toimittajilta.", "Selkeät lupasäännöt auttavat yrityksiä suunnittelemaan investointejaan.",
              "Kansalaiset odottavat henkilötietojensa huolellista käsittelyä.", "Tulliviranomaisten yhteistyö vähentää päällekkäisiä tarkastuksia.",
              "Riippumattomat tarkastukset helpottavat hankintapäätösten perustelemista."],
        ref="Työ perustuu {act} ja sen nojalla annettuihin ohjeisiin.", act="asetukseen (EU) {num}",
        noise="{state} luparekisteri toimi mallina.",
        signed="Allekirjoittajat:", endorsed="Tukijat:", table_label="Osallistujat", table_head=("Osallistuja", "Tuen päivämäärä"),
        council="Euroopan unionin neuvosto", from_="Lähettäjä", to="Vastaanottaja", subject="Asia", dele="valtuuskunnat",
        to_value="Kaksikäyttötuotteita käsittelevä työryhmä", paper="Epävirallinen asiakirja kybervalvontatuotteiden luvista",
        position="Kantapaperi", position_title="Digitaalisten valvontavälineiden vientilupien tarkistaminen",
        act_title="EUROOPAN PARLAMENTIN JA NEUVOSTON ASETUS (EU) {num}", act_of="annettu {date}",
        act_subject="digitaalisten valvontalaitteiden lupia koskevista yhteisistä säännöistä",
        enacting=["EUROOPAN PARLAMENTTI JA EUROOPAN UNIONIN NEUVOSTO, jotka", "ottavat huomioon Euroopan unionin toiminnasta tehdyn sopimuksen ja erityisesti sen 207 artiklan,",
                  "ottavat huomioon Euroopan komission ehdotuksen,", "sekä katsovat seuraavaa:"],
        adopted="OVAT HYVÄKSYNEET TÄMÄN ASETUKSEN:", article="{n} artikla",
        headline="Hallitukset esittelivät yhteisen tekstin digitaalisista palveluista",
        lead="Useiden pääkaupunkien edustajat esittelivät maanantaina yhteisen tekstin.",
        quote="”Me, {states} hallitukset, haluamme avoimia ja turvallisia julkisia palveluja verkossa”, julkilausumassa todetaan.",
    ),
    "hu": dict(
        and_=" és ", city="BRÜSSZEL",
        title="Közös nyilatkozat a nyitott és elszámoltatható digitális közszolgáltatásokról",
        we="Mi, {states} kormányai, kifejezzük közös szándékunkat, hogy a digitális közszolgáltatások nyitottak, biztonságosak és a polgárok felé elszámoltathatók maradjanak.",
        agree="{states} kormányai megállapodtak, hogy összehangolják a behatoló megfigyelő eszközök határokon átnyúló értékesítésére vonatkozó szabályaikat.",
        undersigned="Mi, alulírott államok és szervezetek, támogatjuk e nyilatkozat elveit.",
        commit="Ennek érdekében vállaljuk, hogy:",
        items=["évente közzétesszük a megadott és elutasított engedélyek adatait;", "érzékeny átadások jóváhagyása előtt független szakértőkkel konzultálunk;",
               "segítjük a kisebb hivatalokat engedélyezési képességeik kiépítésében;", "jogorvoslatot biztosítunk a jogellenes megfigyelés károsultjainak."],
        body=["A közigazgatás egyre gyakrabban vásárol szoftvert magánszállítóktól.", "Az egyértelmű engedélyezési szabályok segítik a vállalatok tervezését.",
              "A polgárok elvárják személyes adataik gondos kezelését.", "A vámhatóságok együttműködése csökkenti a kettős ellenőrzéseket.",
              "A független auditok megkönnyítik a beszerzési döntések indoklását."],
        ref="Ez a munka az {act} és az annak alapján elfogadott iránymutatásokra épül.", act="(EU) {num} rendeletre",
        noise="{state} engedélyezési nyilvántartása szolgált mintaként.",
        signed="Aláírók:", endorsed="Támogatók:", table_label="Résztvevők", table_head=("Résztvevő", "A támogatás dátuma"),
        council="Az Európai Unió Tanácsa", from_="Küldő", to="Címzett", subject="Tárgy", dele="küldöttségek",
        to_value="Kettős felhasználású termékekkel foglalkozó munkacsoport", paper="Nem hivatalos dokumentum a kiberfelügyeleti termékek engedélyezéséről",
        position="Állásfoglalás", position_title="A digitális megfigyelő eszközök kiviteli engedélyeinek felülvizsgálata",
        act_title="AZ EURÓPAI PARLAMENT ÉS A TANÁCS (EU) {num} RENDELETE", act_of="({date})",
        act_subject="a digitális megfigyelő berendezések engedélyezésének közös szabályairól",
        enacting=["AZ EURÓPAI PARLAMENT ÉS AZ EURÓPAI UNIÓ TANÁCSA,", "tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak 207. cikkére,",
                  "tekintettel az Európai Bizottság javaslatára,", "mivel:"],
        adopted="ELFOGADTA EZT A RENDELETET:", article="{n}. cikk",
        headline="Kormányok közös szöveget mutattak be a digitális közszolgáltatásokról",
        lead="Több főváros képviselői hétfőn közös szöveget mutattak be.",
        quote="„Mi, {states} kormányai, nyitott és biztonságos online közszolgáltatásokat akarunk”, áll a nyilatkozatban.",
    ),
}
assert set(T) == set(LANGS)
assert all("stances" in T[lang] for lang in NEWS_LANGS)


def layouts_for(lang: str) -> tuple[str, ...]:
    """The layouts written in ``lang``: news with stances and press releases need a language's lexicon."""
    if lang in NEWS_LANGS:
        return LAYOUTS
    return tuple(name for name in LAYOUTS if name not in ("press_release", "news_stances"))


def plan(index: int) -> tuple[str, str, str]:
    """(language, layout, format) of document ``index``. Languages turn fastest and each
    language starts its round of layouts one further on, so any 14 consecutive documents
    hold every layout (the 20 documents bench/extract.py warms up on touch each layout's
    resources), every language meets each of its layouts within 168 documents, and formats
    shift each round so every layout meets every format within 672."""
    k = index % len(LANGS)
    step = index // len(LANGS)
    layouts = layouts_for(LANGS[k])
    first = layouts.index(LAYOUTS[k % len(LAYOUTS)])  # LAYOUTS orders the news-only layouts among NEWS_LANGS' turns
    return LANGS[k], layouts[(step + first) % len(layouts)], FORMATS[(step + step // len(LAYOUTS)) % len(FORMATS)]


@lru_cache(maxsize=None)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def nominative(lang: str, iso2: str) -> str:
    return _territories(lang)[iso2]


def genitive(lang: str, iso2: str) -> str:
    """How "the governments of X" writes a state: a hand-written genitive, or the CLDR nominative."""
    return GENITIVE[lang][iso2] if lang in GENITIVE else nominative(lang, iso2)


def join_names(lang: str, names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + T[lang]["and_"] + names[-1]


def date_text(lang: str, day: dt.date, rng: random.Random) -> str:
    """A date in one of the shapes the language writes (CLDR month names via babel)."""
    from babel.dates import get_month_names

    month = get_month_names("wide", context="format", locale=lang)[day.month]
    shapes = {
        "en": [f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", f"{day.day}{_ordinal(day.day)} {month}, {day.year}", day.isoformat()],
        "fr": [f"le {day.day if day.day > 1 else '1er'} {month} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "de": [f"{day.day}. {month} {day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}"],
        "es": [f"{day.day} de {month} de {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "it": [f"{day.day} {month} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "pl": [f"{day.day} {month} {day.year} r.", f"{day.day:02d}.{day.month:02d}.{day.year}"],
        "nl": [f"{day.day} {month} {day.year}", f"{day.day:02d}-{day.month:02d}-{day.year}"],
        "sv": [f"den {day.day} {month} {day.year}", day.isoformat()],
        "lv": [f"{day.year}. gada {day.day}. {month}", f"{day.day:02d}.{day.month:02d}.{day.year}."],
        "lt": [f"{day.year} m. {month} {day.day} d.", day.isoformat()],
        "hu": [f"{day.year}. {month} {day.day}.", f"{day.year}.{day.month:02d}.{day.day:02d}."],
    }.get(lang, [f"{day.day}. {month} {day.year}" if lang in ("cs", "fi") else f"{day.day} {month} {day.year}",
                 f"{day.day:02d}.{day.month:02d}.{day.year}"])
    return rng.choice(shapes)


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _padding(rng: random.Random, t: dict, n: int = 3) -> str:
    return " ".join(rng.sample(t["body"], n))


class Doc:
    """One document under construction: head, body and tail paragraphs, and what it holds."""

    def __init__(self, lang: str, layout: str):
        self.head: list[str] = []
        self.body: list[str] = []
        self.tail: list[str] = []
        self.truth: dict = {"language": lang, "layout": layout, "kind": KIND[layout], "variant": None, "date": None,
                            "signatories": [], "organisations": [], "authors": [], "reported": [],
                            "commitments": 0, "references": [], "stances": [], "noise_states": []}


def _statement_body(rng: random.Random, doc: Doc, t: dict, lang: str) -> None:
    items = rng.sample(t["items"], rng.randint(3, 4))
    doc.body += [_padding(rng, t), t["commit"], *(f"• {item}" for item in items)]
    doc.truth["commitments"] = len(items)
    for num in rng.sample(sorted(ACTS), rng.randint(0, 2)):
        doc.body.append(t["ref"].format(act=t["act"].format(num=num)))
        doc.truth["references"].append(f"celex:{ACTS[num]}")


def _organisations(rng: random.Random, lang: str, k: int) -> list[tuple[str, str]]:
    orgs = rng.sample(ORGANISATIONS, k)
    if rng.random() < 0.5:
        orgs[0] = (EU_NAME[lang], "intergovernmental")
    return orgs


def _write(rng: random.Random, lang: str, layout: str, others: list[str]) -> Doc:
    t = T[lang]
    doc = Doc(lang, layout)
    truth = doc.truth
    signatories = sorted(rng.sample(POOL, rng.randint(3, 20)))
    states = [c for c in POOL if c not in signatories]
    others.extend(states)
    listed = rng.sample(signatories, len(signatories))  # the order the text lists them in

    if layout in ("opening", "governments_agree"):
        sentence = t["we"] if layout == "opening" else t["agree"]
        doc.head = [t["title"], sentence.format(states=join_names(lang, [genitive(lang, c) for c in listed]))]
        truth["signatories"] = truth["authors"] = signatories
        _statement_body(rng, doc, t, lang)
    elif layout in ("signature_block", "endorsement_list", "endorsement_table", "undersigned"):
        orgs = [] if layout == "signature_block" else _organisations(rng, lang, rng.randint(1, 3))
        doc.head = [t["title"]] + ([t["undersigned"]] if layout == "undersigned" else [])
        _statement_body(rng, doc, t, lang)
        parties = [nominative(lang, c) for c in listed] + [name for name, _ in orgs]
        rng.shuffle(parties)
        if layout == "endorsement_table":
            doc.tail = [t["table_label"], "| " + " | ".join(t["table_head"]) + " |"]
            for name in parties:
                day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
                doc.tail.append(f"| {name} | {day.isoformat()} |")
        else:
            label = {"signature_block": t["signed"], "endorsement_list": t["endorsed"], "undersigned": t["signed"]}[layout]
            bullet = "• " if layout == "endorsement_list" else ""
            doc.tail = [label, *(f"{bullet}{name}" for name in parties)]
        truth["signatories"] = truth["authors"] = signatories
        truth["organisations"] = [{"name": name, "kind": kind} for name, kind in orgs]
    elif layout == "council_header":
        eu = sorted(rng.sample(EU27, rng.randint(2, 6)))
        day = dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if day.year < 2020 and rng.random() < 0.5:
            eu = sorted(eu + ["GB"])
        codes = [COUNCIL_CODE.get(c, c) for c in eu]
        rng.shuffle(codes)
        number = f"WK {rng.randint(1000, 16000)}/{day.year}"
        doc.head = [t["council"], f"{t['city'].title()}, {day.day:02d}.{day.month:02d}.{day.year}", f"{number} INIT",
                    f"{t['from_']}: {join_names(lang, codes)} {t['dele']}", f"{t['to']}: {t['to_value']}",
                    f"{t['subject']}: {t['paper']}"]
        doc.body = [_padding(rng, t, 4), _padding(rng, t, 3)]
        truth["authors"] = eu
        truth["date"] = day.isoformat()
    elif layout == "position_paper":
        doc.head = [t["position"], t["position_title"]]
        doc.body = [_padding(rng, t, 4), _padding(rng, t, 3)]
        for num in rng.sample(sorted(ACTS), 1):
            doc.body.append(t["ref"].format(act=t["act"].format(num=num)))
            truth["references"].append(f"celex:{ACTS[num]}")
    elif layout == "legal_act":
        num = f"{rng.randint(2025, 2030)}/{rng.randint(100, 2999)}"
        day = dt.date(int(num[:4]), rng.randint(1, 12), rng.randint(1, 28))
        from babel.dates import format_date

        doc.head = [t["act_title"].format(num=num), t["act_of"].format(date=format_date(day, "long", locale=lang)),
                    t["act_subject"], *t["enacting"]]
        doc.body = [f"({n}) {sentence}" for n, sentence in enumerate(rng.sample(t["body"], 3), start=1)]
        doc.tail = [t["adopted"]]
        for n in (1, 2):
            doc.tail += [t["article"].format(n=n), _padding(rng, t, 2)]
        truth["date"] = day.isoformat()
    elif layout == "news_quote":
        day = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        quote = t["quote"].format(states=join_names(lang, [genitive(lang, c) for c in listed]))
        doc.head = [t["headline"], f"{t['city']}, {date_text(lang, day, rng)} (EuroWire) – {t['lead']}"]
        doc.body = [quote, _padding(rng, t)]
        truth["reported"] = signatories
        truth["signatories"] = []
        truth["date"] = day.isoformat()
    elif layout == "press_release":
        day = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        orgs = rng.sample(PRESS_NGOS, rng.randint(2, 4))
        variants = list(zip(PRESS_VARIANTS, [t["said"], *t["said_variants"]], strict=True))
        variant, lead = variants[rng.randrange(len(variants))]
        doc.head = [t["press"], f"{t['city'].title()}, {date_text(lang, day, rng)}"]
        doc.body = [lead.format(orgs=join_names(lang, orgs)), _padding(rng, t)]
        truth.update(variant=variant, authors=orgs, date=day.isoformat(), signatories=[])
    elif layout == "news_stances":
        day = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        num = rng.choice(sorted(ACTS))
        act = t["act"].format(num=num)
        actors = rng.sample([c for c in EU27 if c not in ("CZ",)], 6)  # CLDR's "Czechia" stands apart in some languages
        doc.head = [t["stance_head"], f"{t['city']}, {date_text(lang, day, rng)} (EuroWire) – {t['lead']}"]
        for kind, pattern in rng.sample(t["stances"], 3):
            a = actors.pop()
            if "{b}" in pattern:
                b = actors.pop()
                doc.body.append(pattern.format(a=nominative(lang, a), b=nominative(lang, b), act=act))
                truth["stances"] += [{"actor": a, "stance": kind, "target": f"celex:{ACTS[num]}"},
                                     {"actor": b, "stance": kind, "target": f"celex:{ACTS[num]}"}]
            else:
                doc.body.append(pattern.format(a=nominative(lang, a), act=act))
                truth["stances"].append({"actor": a, "stance": kind, "target": f"celex:{ACTS[num]}"})
            doc.body.append(_padding(rng, t, 2))
        truth["references"].append(f"celex:{ACTS[num]}")
        truth["date"] = day.isoformat()
    return doc


def make_document(rng: random.Random, index: int, target_bytes: int) -> tuple[dict, list[str], list[str]]:
    """Return (ground truth, paragraphs, chrome lines for HTML) for document ``index``."""
    lang, layout, _ = plan(index)
    t = T[lang]
    others: list[str] = []
    doc = _write(rng, lang, layout, others)
    noise_states = rng.sample([c for c in others if c not in doc.truth["authors"] and c not in doc.truth["reported"]
                               and c not in {s["actor"] for s in doc.truth["stances"]}], 2)
    doc.body.insert(1 if doc.body else 0, t["noise"].format(state=genitive(lang, noise_states[0])))
    doc.truth["noise_states"] = noise_states
    paragraphs = doc.head + doc.body
    while sum(len(p.encode()) for p in paragraphs + doc.tail) < target_bytes:
        paragraphs.append(_padding(rng, t, 4))
    chrome = [f"Related: {nominative('en', noise_states[1])} news", "Home", "Contact", "Privacy"]
    return doc.truth, paragraphs + doc.tail, chrome


def write_txt(paragraphs: list[str], rng: random.Random) -> bytes:
    style = rng.choice(("paragraphs", "wrapped", "pdf-like"))
    if style == "paragraphs":
        return "\n\n".join(paragraphs).encode()
    lines: list[str] = []
    for p in paragraphs:
        if p.startswith("| ") or (len(p) < 60 and not p.endswith((".", ";"))):
            lines.append(p)  # list items, labels and header lines stay one to a line
            continue
        wrapped = textwrap.wrap(p, 78) or [""]
        lines.extend([*wrapped, ""] if style == "wrapped" else [w for line in wrapped for w in (line + " ", "")] + [" ", ""])
    return "\n".join(lines).encode()


def write_html(paragraphs: list[str], chrome: list[str], lang: str) -> bytes:
    from html import escape

    body: list[str] = []
    for p in paragraphs[1:]:
        if p.startswith("• "):
            body.append(f"<li>{escape(p[2:])}</li>")
        elif p.startswith("| "):
            cells = [c.strip() for c in p.strip("|").split("|")]
            body.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        else:
            body.append(f"<p>{escape(p)}</p>")
    html = "\n".join(body)
    for tag, open_, close in (("li", "<ul>", "</ul>"), ("tr", "<table>", "</table>")):
        html = html.replace(f"</p>\n<{tag}>", f"</p>\n{open_}<{tag}>").replace(f"</{tag}>\n<p>", f"</{tag}>{close}\n<p>")
        if html.rstrip().endswith(f"</{tag}>"):
            html += close
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
    rows = [p for p in paragraphs if p.startswith("| ")]
    table_done = False
    for p in paragraphs:
        if p.startswith("• "):
            document.add_paragraph(p[2:], style="List Bullet")
        elif p.startswith("| "):
            if not table_done:
                cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows]
                table = document.add_table(rows=len(cells), cols=len(cells[0]))
                for r, row in enumerate(cells):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
                table_done = True
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


def render(fmt: str, paragraphs: list[str], chrome: list[str], lang: str, rng: random.Random, font: str | None = None) -> bytes:
    """The bytes of one document in ``fmt``."""
    if fmt == "txt":
        return write_txt(paragraphs, rng)
    if fmt == "html":
        return write_html(paragraphs, chrome, lang)
    if fmt == "docx":
        return write_docx(paragraphs)
    return write_pdf(paragraphs, font or _font())


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
            fmt = plan(i)[2]
            data = render(fmt, paragraphs, chrome, truth["language"], rng, font)
            name = f"doc{i:05d}_{truth['language']}.{fmt}"
            (args.out / name).write_bytes(data)
            truth_file.write(json.dumps({"file": name, "format": fmt, **truth}, ensure_ascii=False) + "\n")
    print(f"wrote {args.count} documents and ground_truth.jsonl to {args.out}")


if __name__ == "__main__":
    main()
