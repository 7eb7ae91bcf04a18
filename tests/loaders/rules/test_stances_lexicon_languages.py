"""The everyday family of support and opposition predicates, language by language
(loaders/data/stance_lemmas.yaml, stances.yaml, stance_predicate_classes.yaml): oppose,
resist, reject, object to, lobby against, water down, block, veto, delay, criticise,
condemn, be against, be sceptical, have reservations, vote against; support, back, push
for, call for adoption, welcome, endorse, praise, vote for, be in favour, defend.

Each language also has traps: the same words in a sense that is no stance (a noun of
funding, an adverb, a block of text, dilution in chemistry, a delay in payment), a
negation and a hedge, which must give the subject no stance.

Every sentence is written for these tests, in the layout of a news report.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"
STATE = "AT"
O, S, NONE = "oppose", "support", None

FAMILY: dict[str, list[tuple[str, str | None]]] = {
    "en": [
        ("Austria opposes Regulation (EU) 2031/77.", O),
        ("Austria is resisting Regulation (EU) 2031/77.", O),
        ("Austria rejected Regulation (EU) 2031/77 on Monday.", O),
        ("Austria objects to Regulation (EU) 2031/77.", O),
        ("Austria lobbied against Regulation (EU) 2031/77.", O),
        ("Austria wants to water down Regulation (EU) 2031/77.", O),
        ("Austria sought to dilute Regulation (EU) 2031/77.", O),
        ("Austria blocked Regulation (EU) 2031/77 in the Council.", O),
        ("Austria vetoed Regulation (EU) 2031/77.", O),
        ("Austria has stalled Regulation (EU) 2031/77 for months.", O),
        ("Austria is seeking to postpone Regulation (EU) 2031/77.", O),
        ("Austria criticised Regulation (EU) 2031/77.", O),
        ("Austria slammed Regulation (EU) 2031/77.", O),
        ("Austria condemned Regulation (EU) 2031/77.", O),
        ("Austria argued against Regulation (EU) 2031/77.", O),
        ("Austria is against Regulation (EU) 2031/77.", O),
        ("Austria is sceptical of Regulation (EU) 2031/77.", O),
        ("Austria has reservations about Regulation (EU) 2031/77.", O),
        ("Austria has serious concerns about Regulation (EU) 2031/77.", O),
        ("Austria voted against Regulation (EU) 2031/77.", O),
        ("Austria hit out at Regulation (EU) 2031/77.", O),
        ("Austria railed against Regulation (EU) 2031/77.", O),
        ("Austria baulked at Regulation (EU) 2031/77.", O),
        ("Austria supports Regulation (EU) 2031/77.", S),
        ("Austria backed Regulation (EU) 2031/77.", S),
        ("Austria has championed Regulation (EU) 2031/77.", S),
        ("Austria pushed for Regulation (EU) 2031/77.", S),
        ("Austria pressed for Regulation (EU) 2031/77.", S),
        ("Austria called for the swift adoption of Regulation (EU) 2031/77.", S),
        ("Austria urged the adoption of Regulation (EU) 2031/77.", S),
        ("Austria demanded the adoption of Regulation (EU) 2031/77.", S),
        ("Austria welcomed Regulation (EU) 2031/77.", S),
        ("Austria endorsed Regulation (EU) 2031/77.", S),
        ("Austria praised Regulation (EU) 2031/77.", S),
        ("Austria voted for Regulation (EU) 2031/77.", S),
        ("Austria is in favour of Regulation (EU) 2031/77.", S),
        ("Austria defended Regulation (EU) 2031/77.", S),
        # traps: other senses, negation, hedges
        ("Austria received support from Regulation (EU) 2031/77 funds.", NONE),
        ("Austria came back to Regulation (EU) 2031/77 after the summer.", NONE),
        ("Austria built a block of flats under Regulation (EU) 2031/77.", NONE),
        ("Austria did not oppose Regulation (EU) 2031/77.", NONE),
        ("Austria reportedly opposes Regulation (EU) 2031/77.", NONE),
        ("Austria delayed payments under Regulation (EU) 2031/77.", NONE),
        ("Austria demanded changes to Regulation (EU) 2031/77.", NONE),
        ("Austria urged the Commission to explain Regulation (EU) 2031/77.", NONE),
    ],
    "de": [
        ("Österreich lehnt die Verordnung (EU) 2031/77 ab.", O),
        ("Österreich widersetzt sich der Verordnung (EU) 2031/77.", O),
        ("Österreich weist die Verordnung (EU) 2031/77 zurück.", O),
        ("Österreich hat Einwände gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich hat Vorbehalte gegenüber der Verordnung (EU) 2031/77.", O),
        ("Österreich lobbyiert gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich will die Verordnung (EU) 2031/77 verwässern.", O),
        ("Österreich blockiert die Verordnung (EU) 2031/77.", O),
        ("Österreich legte ein Veto gegen die Verordnung (EU) 2031/77 ein.", O),
        ("Österreich will die Verordnung (EU) 2031/77 verschieben.", O),
        ("Österreich kritisierte die Verordnung (EU) 2031/77.", O),
        ("Österreich verurteilte die Verordnung (EU) 2031/77.", O),
        ("Österreich ist gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich ist skeptisch gegenüber der Verordnung (EU) 2031/77.", O),
        ("Österreich stimmte gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich wettert gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich kämpft gegen die Verordnung (EU) 2031/77.", O),
        ("Österreich unterstützt die Verordnung (EU) 2031/77.", S),
        ("Österreich befürwortet die Verordnung (EU) 2031/77.", S),
        ("Österreich setzt sich für die Verordnung (EU) 2031/77 ein.", S),
        ("Österreich drängt auf die rasche Annahme der Verordnung (EU) 2031/77.", S),
        ("Österreich begrüßt die Verordnung (EU) 2031/77.", S),
        ("Österreich lobte die Verordnung (EU) 2031/77.", S),
        ("Österreich stimmte für die Verordnung (EU) 2031/77.", S),
        ("Österreich verteidigt die Verordnung (EU) 2031/77.", S),
        ("Österreich stimmte der Verordnung (EU) 2031/77 zu.", S),
        ("Österreich spricht sich für die Verordnung (EU) 2031/77 aus.", S),
        ("Österreich ist ein Befürworter der Verordnung (EU) 2031/77.", S),
        # traps
        ("Österreich erhielt Unterstützung aus Mitteln der Verordnung (EU) 2031/77.", NONE),
        ("Österreich lehnt die Verordnung (EU) 2031/77 nicht ab.", NONE),
        ("Österreich soll die Verordnung (EU) 2031/77 ablehnen.", NONE),
        ("Österreich ist für die Umsetzung der Verordnung (EU) 2031/77 zuständig.", NONE),
        ("Österreich verzögerte Zahlungen nach der Verordnung (EU) 2031/77.", NONE),
    ],
    "fr": [
        ("L'Autriche s'oppose au règlement (UE) 2031/77.", O),
        ("L'Autriche rejette le règlement (UE) 2031/77.", O),
        ("L'Autriche conteste le règlement (UE) 2031/77.", O),
        ("L'Autriche bloque le règlement (UE) 2031/77.", O),
        ("L'Autriche veut reporter le règlement (UE) 2031/77.", O),
        ("L'Autriche critique le règlement (UE) 2031/77.", O),
        ("L'Autriche a fustigé le règlement (UE) 2031/77.", O),
        ("L'Autriche condamne le règlement (UE) 2031/77.", O),
        ("L'Autriche dénonce le règlement (UE) 2031/77.", O),
        ("L'Autriche est contre le règlement (UE) 2031/77.", O),
        ("L'Autriche est hostile au règlement (UE) 2031/77.", O),
        ("L'Autriche a voté contre le règlement (UE) 2031/77.", O),
        ("L'Autriche s'élève contre le règlement (UE) 2031/77.", O),
        ("L'Autriche milite contre le règlement (UE) 2031/77.", O),
        ("L'Autriche veut édulcorer le règlement (UE) 2031/77.", O),
        ("L'Autriche freine le règlement (UE) 2031/77.", O),
        ("L'Autriche soutient le règlement (UE) 2031/77.", S),
        ("L'Autriche appuie le règlement (UE) 2031/77.", S),
        ("L'Autriche défend le règlement (UE) 2031/77.", S),
        ("L'Autriche plaide pour le règlement (UE) 2031/77.", S),
        ("L'Autriche réclame l'adoption rapide du règlement (UE) 2031/77.", S),
        ("L'Autriche appelle à l'adoption du règlement (UE) 2031/77.", S),
        ("L'Autriche salue le règlement (UE) 2031/77.", S),
        ("L'Autriche se félicite du règlement (UE) 2031/77.", S),
        ("L'Autriche a voté pour le règlement (UE) 2031/77.", S),
        ("L'Autriche a voté en faveur du règlement (UE) 2031/77.", S),
        ("L'Autriche est favorable au règlement (UE) 2031/77.", S),
        ("L'Autriche est en faveur du règlement (UE) 2031/77.", S),
        ("L'Autriche milite pour le règlement (UE) 2031/77.", S),
        ("L'Autriche se prononce en faveur du règlement (UE) 2031/77.", S),
        # traps
        ("L'Autriche a reçu le soutien financier prévu par le règlement (UE) 2031/77.", NONE),
        ("L'Autriche ne s'oppose pas au règlement (UE) 2031/77.", NONE),
        ("L'Autriche défend que le règlement (UE) 2031/77 reste trop faible.", NONE),
        ("L'Autriche a dilué la solution selon le règlement (UE) 2031/77.", NONE),
    ],
    "it": [
        ("L'Austria si oppone al regolamento (UE) 2031/77.", O),
        ("L'Austria respinge il regolamento (UE) 2031/77.", O),
        ("L'Austria contesta il regolamento (UE) 2031/77.", O),
        ("L'Austria blocca il regolamento (UE) 2031/77.", O),
        ("L'Austria critica il regolamento (UE) 2031/77.", O),
        ("L'Austria condanna il regolamento (UE) 2031/77.", O),
        ("L'Austria ha bocciato il regolamento (UE) 2031/77.", O),
        ("L'Austria è contraria al regolamento (UE) 2031/77.", O),
        ("L'Austria ha votato contro il regolamento (UE) 2031/77.", O),
        ("L'Austria si schiera contro il regolamento (UE) 2031/77.", O),
        ("L'Austria vuole annacquare il regolamento (UE) 2031/77.", O),
        ("L'Austria vuole rinviare il regolamento (UE) 2031/77.", O),
        ("L'Austria frena il regolamento (UE) 2031/77.", O),
        ("L'Austria sostiene il regolamento (UE) 2031/77.", S),
        ("L'Austria appoggia il regolamento (UE) 2031/77.", S),
        ("L'Austria difende il regolamento (UE) 2031/77.", S),
        ("L'Austria chiede l'adozione del regolamento (UE) 2031/77.", S),
        ("L'Austria sollecita la rapida approvazione del regolamento (UE) 2031/77.", S),
        ("L'Austria accoglie con favore il regolamento (UE) 2031/77.", S),
        ("L'Austria plaude al regolamento (UE) 2031/77.", S),
        ("L'Austria ha elogiato il regolamento (UE) 2031/77.", S),
        ("L'Austria ha votato a favore del regolamento (UE) 2031/77.", S),
        ("L'Austria è favorevole al regolamento (UE) 2031/77.", S),
        ("L'Austria si schiera a favore del regolamento (UE) 2031/77.", S),
        ("L'Austria si batte per il regolamento (UE) 2031/77.", S),
        # traps
        ("L'Austria non si oppone al regolamento (UE) 2031/77.", NONE),
        ("L'Austria sostiene che il regolamento (UE) 2031/77 sia debole.", NONE),
        ("L'Austria ha ricevuto il sostegno previsto dal regolamento (UE) 2031/77.", NONE),
    ],
    "es": [
        ("Austria se opone al Reglamento (UE) 2031/77.", O),
        ("Austria rechaza el Reglamento (UE) 2031/77.", O),
        ("Austria bloquea el Reglamento (UE) 2031/77.", O),
        ("Austria vetó el Reglamento (UE) 2031/77.", O),
        ("Austria critica el Reglamento (UE) 2031/77.", O),
        ("Austria condena el Reglamento (UE) 2031/77.", O),
        ("Austria está en contra del Reglamento (UE) 2031/77.", O),
        ("Austria votó en contra del Reglamento (UE) 2031/77.", O),
        ("Austria quiere aplazar el Reglamento (UE) 2031/77.", O),
        ("Austria quiere rebajar el Reglamento (UE) 2031/77.", O),
        ("Austria frena el Reglamento (UE) 2031/77.", O),
        ("Austria se muestra reticente ante el Reglamento (UE) 2031/77.", O),
        ("Austria apoya el Reglamento (UE) 2031/77.", S),
        ("Austria respalda el Reglamento (UE) 2031/77.", S),
        ("Austria defiende el Reglamento (UE) 2031/77.", S),
        ("Austria pide la aprobación del Reglamento (UE) 2031/77.", S),
        ("Austria exige la rápida adopción del Reglamento (UE) 2031/77.", S),
        ("Austria aplaude el Reglamento (UE) 2031/77.", S),
        ("Austria elogió el Reglamento (UE) 2031/77.", S),
        ("Austria votó a favor del Reglamento (UE) 2031/77.", S),
        ("Austria está a favor del Reglamento (UE) 2031/77.", S),
        ("Austria se muestra favorable al Reglamento (UE) 2031/77.", S),
        ("Austria aboga por el Reglamento (UE) 2031/77.", S),
        ("Austria acoge con satisfacción el Reglamento (UE) 2031/77.", S),
        # traps
        ("Austria no se opone al Reglamento (UE) 2031/77.", NONE),
        ("Austria defiende que el Reglamento (UE) 2031/77 es débil.", NONE),
        ("Austria recibió apoyo financiero del Reglamento (UE) 2031/77.", NONE),
    ],
    "pt": [
        ("A Áustria opõe-se ao Regulamento (UE) 2031/77.", O),
        ("A Áustria rejeita o Regulamento (UE) 2031/77.", O),
        ("A Áustria bloqueia o Regulamento (UE) 2031/77.", O),
        ("A Áustria critica o Regulamento (UE) 2031/77.", O),
        ("A Áustria condena o Regulamento (UE) 2031/77.", O),
        ("A Áustria é contra o Regulamento (UE) 2031/77.", O),
        ("A Áustria votou contra o Regulamento (UE) 2031/77.", O),
        ("A Áustria quer enfraquecer o Regulamento (UE) 2031/77.", O),
        ("A Áustria trava o Regulamento (UE) 2031/77.", O),
        ("A Áustria apoia o Regulamento (UE) 2031/77.", S),
        ("A Áustria defende o Regulamento (UE) 2031/77.", S),
        ("A Áustria pede a aprovação do Regulamento (UE) 2031/77.", S),
        ("A Áustria saúda o Regulamento (UE) 2031/77.", S),
        ("A Áustria elogiou o Regulamento (UE) 2031/77.", S),
        ("A Áustria votou a favor do Regulamento (UE) 2031/77.", S),
        ("A Áustria é a favor do Regulamento (UE) 2031/77.", S),
        ("A Áustria é favorável ao Regulamento (UE) 2031/77.", S),
        # traps
        ("A Áustria não se opõe ao Regulamento (UE) 2031/77.", NONE),
        ("A Áustria defende que o Regulamento (UE) 2031/77 é fraco.", NONE),
    ],
    "nl": [
        ("Oostenrijk verzet zich tegen Verordening (EU) 2031/77.", O),
        ("Oostenrijk wijst Verordening (EU) 2031/77 af.", O),
        ("Oostenrijk verwerpt Verordening (EU) 2031/77.", O),
        ("Oostenrijk blokkeert Verordening (EU) 2031/77.", O),
        ("Oostenrijk bekritiseert Verordening (EU) 2031/77.", O),
        ("Oostenrijk veroordeelt Verordening (EU) 2031/77.", O),
        ("Oostenrijk is tegen Verordening (EU) 2031/77.", O),
        ("Oostenrijk stemde tegen Verordening (EU) 2031/77.", O),
        ("Oostenrijk lobbyt tegen Verordening (EU) 2031/77.", O),
        ("Oostenrijk wil Verordening (EU) 2031/77 afzwakken.", O),
        ("Oostenrijk wil Verordening (EU) 2031/77 uitstellen.", O),
        ("Oostenrijk heeft bezwaar tegen Verordening (EU) 2031/77.", O),
        ("Oostenrijk is sceptisch over Verordening (EU) 2031/77.", O),
        ("Oostenrijk steunt Verordening (EU) 2031/77.", S),
        ("Oostenrijk verwelkomt Verordening (EU) 2031/77.", S),
        ("Oostenrijk is voorstander van Verordening (EU) 2031/77.", S),
        ("Oostenrijk stemde voor Verordening (EU) 2031/77.", S),
        ("Oostenrijk pleit voor Verordening (EU) 2031/77.", S),
        ("Oostenrijk dringt aan op snelle goedkeuring van Verordening (EU) 2031/77.", S),
        ("Oostenrijk verdedigt Verordening (EU) 2031/77.", S),
        ("Oostenrijk prijst Verordening (EU) 2031/77.", S),
        ("Oostenrijk juicht Verordening (EU) 2031/77 toe.", S),
        # traps
        ("Oostenrijk verzet zich niet tegen Verordening (EU) 2031/77.", NONE),
        ("Oostenrijk zou zich verzetten tegen Verordening (EU) 2031/77.", NONE),
        ("Oostenrijk ontving steun uit het fonds van Verordening (EU) 2031/77.", NONE),
    ],
    "pl": [
        ("Austria sprzeciwia się rozporządzeniu (UE) 2031/77.", O),
        ("Austria odrzuca rozporządzenie (UE) 2031/77.", O),
        ("Austria blokuje rozporządzenie (UE) 2031/77.", O),
        ("Austria krytykuje rozporządzenie (UE) 2031/77.", O),
        ("Austria potępiła rozporządzenie (UE) 2031/77.", O),
        ("Austria jest przeciwna rozporządzeniu (UE) 2031/77.", O),
        ("Austria głosowała przeciwko rozporządzeniu (UE) 2031/77.", O),
        ("Austria chce osłabić rozporządzenie (UE) 2031/77.", O),
        ("Austria opowiada się przeciwko rozporządzeniu (UE) 2031/77.", O),
        ("Austria protestuje przeciwko rozporządzeniu (UE) 2031/77.", O),
        ("Austria popiera rozporządzenie (UE) 2031/77.", S),
        ("Austria wspiera rozporządzenie (UE) 2031/77.", S),
        ("Austria broni rozporządzenia (UE) 2031/77.", S),
        ("Austria opowiada się za rozporządzeniem (UE) 2031/77.", S),
        ("Austria głosowała za rozporządzeniem (UE) 2031/77.", S),
        ("Austria chwali rozporządzenie (UE) 2031/77.", S),
        ("Austria domaga się szybkiego przyjęcia rozporządzenia (UE) 2031/77.", S),
        ("Austria z zadowoleniem przyjęła rozporządzenie (UE) 2031/77.", S),
        # traps
        ("Austria nie sprzeciwia się rozporządzeniu (UE) 2031/77.", NONE),
        # refusing support is opposition (stance_negation.py)
        ("Austria nie popiera rozporządzenia (UE) 2031/77.", O),
        ("Austria otrzymała wsparcie finansowe z rozporządzenia (UE) 2031/77.", NONE),
    ],
    "ro": [
        ("Austria se opune Regulamentului (UE) 2031/77.", O),
        ("Austria respinge Regulamentul (UE) 2031/77.", O),
        ("Austria blochează Regulamentul (UE) 2031/77.", O),
        ("Austria critică Regulamentul (UE) 2031/77.", O),
        ("Austria condamnă Regulamentul (UE) 2031/77.", O),
        ("Austria a votat împotriva Regulamentului (UE) 2031/77.", O),
        ("Austria este împotriva Regulamentului (UE) 2031/77.", O),
        ("Austria contestă Regulamentul (UE) 2031/77.", O),
        ("Austria susține Regulamentul (UE) 2031/77.", S),
        ("Austria sprijină Regulamentul (UE) 2031/77.", S),
        ("Austria salută Regulamentul (UE) 2031/77.", S),
        ("Austria a votat pentru Regulamentul (UE) 2031/77.", S),
        ("Austria este în favoarea Regulamentului (UE) 2031/77.", S),
        ("Austria este favorabilă Regulamentului (UE) 2031/77.", S),
        ("Austria a lăudat Regulamentul (UE) 2031/77.", S),
        # traps
        ("Austria nu se opune Regulamentului (UE) 2031/77.", NONE),
        ("Austria susține că Regulamentul (UE) 2031/77 este slab.", NONE),
    ],
    "el": [
        ("Η Αυστρία αντιτίθεται στον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία απορρίπτει τον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία μπλοκάρει τον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία επικρίνει τον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία καταδικάζει τον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία είναι αντίθετη με τον Κανονισμό (ΕΕ) 2031/77.", O),
        ("Η Αυστρία ψήφισε κατά του Κανονισμού (ΕΕ) 2031/77.", O),
        ("Η Αυστρία υποστηρίζει τον Κανονισμό (ΕΕ) 2031/77.", S),
        ("Η Αυστρία στηρίζει τον Κανονισμό (ΕΕ) 2031/77.", S),
        ("Η Αυστρία χαιρετίζει τον Κανονισμό (ΕΕ) 2031/77.", S),
        ("Η Αυστρία ψήφισε υπέρ του Κανονισμού (ΕΕ) 2031/77.", S),
        ("Η Αυστρία είναι υπέρ του Κανονισμού (ΕΕ) 2031/77.", S),
        ("Η Αυστρία υπερψήφισε τον Κανονισμό (ΕΕ) 2031/77.", S),
        ("Η Αυστρία υπερασπίζεται τον Κανονισμό (ΕΕ) 2031/77.", S),
        # traps
        ("Η Αυστρία δεν αντιτίθεται στον Κανονισμό (ΕΕ) 2031/77.", NONE),
        ("Η Αυστρία υποστηρίζει ότι ο Κανονισμός (ΕΕ) 2031/77 είναι αδύναμος.", NONE),
    ],
    "cs": [
        ("Rakousko odmítá nařízení (EU) 2031/77.", O),
        ("Rakousko blokuje nařízení (EU) 2031/77.", O),
        ("Rakousko kritizuje nařízení (EU) 2031/77.", O),
        ("Rakousko je proti nařízení (EU) 2031/77.", O),
        ("Rakousko se staví proti nařízení (EU) 2031/77.", O),
        ("Rakousko nesouhlasí s nařízením (EU) 2031/77.", O),
        ("Rakousko chce oslabit nařízení (EU) 2031/77.", O),
        ("Rakousko podporuje nařízení (EU) 2031/77.", S),
        ("Rakousko uvítalo nařízení (EU) 2031/77.", S),
        ("Rakousko prosazuje nařízení (EU) 2031/77.", S),
        ("Rakousko souhlasí s nařízením (EU) 2031/77.", S),
        ("Rakousko je pro nařízení (EU) 2031/77.", S),
        ("Rakousko hájí nařízení (EU) 2031/77.", S),
        # traps
        ("Rakousko nepodporuje nařízení (EU) 2031/77.", NONE),
        ("Rakousko získalo podporu z nařízení (EU) 2031/77.", NONE),
    ],
    "hu": [
        ("Ausztria ellenzi az (EU) 2031/77 rendeletet.", O),
        ("Ausztria elutasítja az (EU) 2031/77 rendeletet.", O),
        ("Ausztria bírálja az (EU) 2031/77 rendeletet.", O),
        ("Ausztria kritizálja az (EU) 2031/77 rendeletet.", O),
        ("Ausztria blokkolja az (EU) 2031/77 rendeletet.", O),
        ("Ausztria elítéli az (EU) 2031/77 rendeletet.", O),
        ("Ausztria támogatja az (EU) 2031/77 rendeletet.", S),
        ("Ausztria üdvözli az (EU) 2031/77 rendeletet.", S),
        ("Ausztria helyesli az (EU) 2031/77 rendeletet.", S),
        ("Ausztria megszavazta az (EU) 2031/77 rendeletet.", S),
        ("Ausztria szorgalmazza az (EU) 2031/77 rendeletet.", S),
        # traps
        ("Ausztria nem ellenzi az (EU) 2031/77 rendeletet.", NONE),
        ("Ausztria nem támogatja az (EU) 2031/77 rendeletet.", NONE),
    ],
    "sv": [
        ("Österrike motsätter sig förordning (EU) 2031/77.", O),
        ("Österrike avvisar förordning (EU) 2031/77.", O),
        ("Österrike förkastar förordning (EU) 2031/77.", O),
        ("Österrike blockerar förordning (EU) 2031/77.", O),
        ("Österrike kritiserar förordning (EU) 2031/77.", O),
        ("Österrike fördömer förordning (EU) 2031/77.", O),
        ("Österrike röstade emot förordning (EU) 2031/77.", O),
        ("Österrike är emot förordning (EU) 2031/77.", O),
        ("Österrike vill urvattna förordning (EU) 2031/77.", O),
        ("Österrike vill skjuta upp förordning (EU) 2031/77.", O),
        ("Österrike stöder förordning (EU) 2031/77.", S),
        ("Österrike välkomnar förordning (EU) 2031/77.", S),
        ("Österrike röstade för förordning (EU) 2031/77.", S),
        ("Österrike förespråkar förordning (EU) 2031/77.", S),
        ("Österrike försvarar förordning (EU) 2031/77.", S),
        ("Österrike berömmer förordning (EU) 2031/77.", S),
        ("Österrike ställer sig bakom förordning (EU) 2031/77.", S),
        # traps
        ("Österrike motsätter sig inte förordning (EU) 2031/77.", NONE),
        ("Österrike fick stöd från förordning (EU) 2031/77.", NONE),
    ],
    "da": [
        ("Østrig modsætter sig forordning (EU) 2031/77.", O),
        ("Østrig afviser forordning (EU) 2031/77.", O),
        ("Østrig blokerer forordning (EU) 2031/77.", O),
        ("Østrig kritiserer forordning (EU) 2031/77.", O),
        ("Østrig fordømmer forordning (EU) 2031/77.", O),
        ("Østrig stemte imod forordning (EU) 2031/77.", O),
        ("Østrig er imod forordning (EU) 2031/77.", O),
        ("Østrig vil udvande forordning (EU) 2031/77.", O),
        ("Østrig vil udskyde forordning (EU) 2031/77.", O),
        ("Østrig støtter forordning (EU) 2031/77.", S),
        ("Østrig bakker op om forordning (EU) 2031/77.", S),
        ("Østrig stemte for forordning (EU) 2031/77.", S),
        ("Østrig går ind for forordning (EU) 2031/77.", S),
        ("Østrig forsvarer forordning (EU) 2031/77.", S),
        ("Østrig roser forordning (EU) 2031/77.", S),
        # traps
        ("Østrig modsætter sig ikke forordning (EU) 2031/77.", NONE),
        ("Østrig fik støtte fra forordning (EU) 2031/77.", NONE),
    ],
}

CASES = [(lang, text, kind) for lang, rows in FAMILY.items() for text, kind in rows]


@pytest.mark.parametrize(("lang", "text", "kind"), [c for c in CASES if c[2]], ids=lambda v: v if isinstance(v, str) and len(v) <= 2 else None)
def test_an_everyday_predicate_of_the_language_gives_its_stance(lang: str, text: str, kind: str) -> None:
    assert state_stances(text, lang) == {(STATE, kind, R)}


@pytest.mark.parametrize(("lang", "text"), [c[:2] for c in CASES if not c[2]], ids=lambda v: v if isinstance(v, str) and len(v) <= 2 else None)
def test_another_sense_a_negation_or_a_hedge_gives_the_subject_no_stance(lang: str, text: str) -> None:
    assert not {s for s in state_stances(text, lang) if s[0] == STATE}


def test_each_of_the_fourteen_languages_has_both_polarities_and_a_trap() -> None:
    for lang in ("en", "de", "fr", "it", "es", "pl", "nl", "pt", "ro", "el", "cs", "hu", "sv", "da"):
        kinds = {k for _, k in FAMILY[lang]}
        assert kinds == {O, S, NONE}, lang


def test_a_weakening_verb_of_chemistry_is_no_stance_on_the_documents_act() -> None:
    """A verb of weakening alone stands for the document's one act: diluting samples is not."""
    text = "Regulation (EU) 2031/77 sets limits for chemicals. In a laboratory test, Austria diluted the samples with water."
    assert not {s for s in state_stances(text, "en") if s[0] == STATE}
    text = "Le règlement (UE) 2031/77 fixe des limites. Lors d'un essai, l'Autriche a dilué les échantillons dans l'eau."
    assert not {s for s in state_stances(text, "fr") if s[0] == STATE}


MORE_EN = [
    ("Austria threatened to veto Regulation (EU) 2031/77.", O),
    ("Austria vowed to block Regulation (EU) 2031/77.", O),
    ("Austria warned against Regulation (EU) 2031/77.", O),
    ("Austria has dragged its feet on Regulation (EU) 2031/77.", O),
    ("Austria remains unconvinced by Regulation (EU) 2031/77.", O),
    ("Austria is reluctant to support Regulation (EU) 2031/77.", O),
    ("Austria refused to sign Regulation (EU) 2031/77.", O),
    ("Austria led the push for Regulation (EU) 2031/77.", S),
    ("Austria came out in favour of Regulation (EU) 2031/77.", S),
    ("Austria asked for the adoption of Regulation (EU) 2031/77.", S),
    ("Austria pledged to support Regulation (EU) 2031/77.", S),
    # warning against weakening an act, being unwilling to water it down: support
    ("Austria warned against weakening Regulation (EU) 2031/77.", S),
    # traps
    ("Austria asked for clarity on Regulation (EU) 2031/77.", NONE),
    ("Austria asked for more time to apply Regulation (EU) 2031/77.", NONE),
    ("Austria warned that Regulation (EU) 2031/77 was too weak.", NONE),
]


@pytest.mark.parametrize(("text", "kind"), MORE_EN)
def test_english_verbs_of_intent_warning_and_leading(text: str, kind: str | None) -> None:
    got = {s for s in state_stances(text, "en") if s[0] == STATE}
    assert got == ({(STATE, kind, R)} if kind else set())
