"""Lists under a short heading built on a word of signing or endorsing in the document's
language ("Signatory countries", "Pays signataires", "Aláíró országok"), a heading with its
list on the same line, and a sentence on this document's own parties that introduces one."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "en": ("Declaration on open networks", "We affirm an open and secure internet."),
    "fr": ("Déclaration sur les réseaux ouverts", "Nous affirmons un internet ouvert et sûr."),
    "de": ("Erklärung zu offenen Netzen", "Wir bekennen uns zu einem offenen und sicheren Internet."),
    "it": ("Dichiarazione sulle reti aperte", "Affermiamo un internet aperto e sicuro."),
    "pl": ("Deklaracja w sprawie otwartych sieci", "Opowiadamy się za otwartym i bezpiecznym internetem."),
    "nl": ("Verklaring over open netwerken", "Wij staan voor een open en veilig internet."),
    "cs": ("Prohlášení o otevřených sítích", "Podporujeme otevřený a bezpečný internet."),
    "el": ("Κοινή δήλωση για ανοικτά δίκτυα", "Υποστηρίζουμε ένα ανοικτό και ασφαλές διαδίκτυο."),
    "hu": ("Közös nyilatkozat a nyitott hálózatokról", "Támogatjuk a nyitott és biztonságos internetet."),
    "fi": ("Yhteinen julistus avoimista verkoista", "Tuemme avointa ja turvallista internetiä."),
    "pt": ("Declaração sobre redes abertas", "Defendemos uma internet aberta e segura."),
    "sv": ("Gemensamt uttalande om öppna nät", "Vi står för ett öppet och säkert internet."),
    "ro": ("Declarație comună privind rețelele deschise", "Susținem un internet deschis și sigur."),
}


@pytest.mark.parametrize(
    ("lang", "heading", "names", "layout"),
    [
        ("en", "Signatory countries", ("Austria", "Belgium", "Croatia", "Denmark"), "signature_block"),
        ("fr", "Pays signataires", ("Autriche", "Belgique", "Croatie", "Danemark"), "signature_block"),
        ("de", "Unterzeichnerländer:", ("Österreich", "Belgien", "Kroatien", "Dänemark"), "signature_block"),
        ("it", "Paesi aderenti", ("Austria", "Belgio", "Croazia", "Danimarca"), "endorsement_list"),
        ("pl", "Kraje sygnatariusze:", ("Austria", "Belgia", "Chorwacja", "Dania"), "signature_block"),
        ("nl", "Ondertekenende landen", ("Oostenrijk", "België", "Kroatië", "Denemarken"), "signature_block"),
        ("cs", "Signatářské země:", ("Rakousko", "Belgie", "Chorvatsko", "Dánsko"), "signature_block"),
        ("el", "Υπογράφουν:", ("Αυστρία", "Βέλγιο", "Κροατία", "Δανία"), "signature_block"),
        ("hu", "Aláíró országok:", ("Ausztria", "Belgium", "Horvátország", "Dánia"), "signature_block"),
        ("fi", "Allekirjoittajamaat", ("Itävalta", "Belgia", "Kroatia", "Tanska"), "signature_block"),
        ("pt", "Países signatários:", ("Áustria", "Bélgica", "Croácia", "Dinamarca"), "signature_block"),
        ("sv", "Stödjande länder", ("Österrike", "Belgien", "Kroatien", "Danmark"), "endorsement_list"),
        ("ro", "Țări semnatare:", ("Austria", "Belgia", "Croația", "Danemarca"), "signature_block"),
    ],
)
def test_a_heading_of_signing_or_endorsing_introduces_the_list(lang, heading, names, layout):
    title, body = _BODY[lang]
    text = f"{title}\n\n{body}\n\n{heading}\n" + "\n".join(names) + "\n"
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["AT", "BE", "HR", "DK"]
    assert {s.evidence.extractor for s in f.signatories} == {f"signatories.{layout}"}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Endorsing countries: Austria, Belgium, Croatia and Denmark."),
        ("de", "Unterzeichnerstaaten: Österreich, Belgien, Kroatien und Dänemark."),
        ("es", "Países firmantes: Austria, Bélgica, Croacia y Dinamarca."),
        ("lv", "Parakstītājvalstis: Austrija, Beļģija, Horvātija un Dānija."),
    ],
)
def test_a_heading_with_its_list_on_the_same_line(lang, line):
    text = f"Joint statement\n\nWe affirm an open internet.\n\n{line}\n"
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE", "HR", "DK"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement on press freedom\n\nWe call for the protection of reporters.\n\n"
               "The following countries have signed this statement: Austria, Belgium, Croatia, Denmark."),
        ("fr", "Déclaration commune sur la liberté de la presse\n\nNous appelons à protéger les reporters.\n\n"
               "La présente déclaration est signée par les pays suivants : Autriche, Belgique, Croatie, Danemark."),
        ("de", "Gemeinsame Erklärung zur Pressefreiheit\n\nWir fordern den Schutz von Reportern.\n\n"
               "Diese Erklärung wird von folgenden Staaten unterstützt:\nÖsterreich\nBelgien\nKroatien\nDänemark\n"),
        ("it", "Dichiarazione congiunta sulla libertà di stampa\n\nChiediamo di proteggere i reporter.\n\n"
               "Questa dichiarazione è sottoscritta dai seguenti paesi:\nAustria\nBelgio\nCroazia\nDanimarca\n"),
    ],
)
def test_a_sentence_on_this_documents_own_signing_introduces_the_list(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE", "HR", "DK"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence about another text's signing: no self-reference, no list of this document's
        ("en", "Ports report\n\nTrade grew this year.\n\nCountries that signed the charter last year: Austria, Belgium, Croatia.\n"),
        ("de", "Hafenbericht\n\nDer Handel wuchs.\n\nStaaten, die die Charta unterzeichneten: Österreich, Belgien, Kroatien.\n"),
        # a heading that is a sentence (more than four words) is no heading
        ("en", "Ports report\n\nTrade grew this year.\n\nWhich states signed the old port charter\nAustria\nBelgium\nCroatia\n"),
        # a heading of signing over a list naming one state only, in a page that promises none
        ("fr", "Rapport sur les ports\n\nLe commerce a progressé.\n\nSignataires\nAutriche\nAtlantide\nLémurie\n"),
    ],
)
def test_traps_give_no_signatories(lang, text):
    assert facts(text, lang).signatories == []
