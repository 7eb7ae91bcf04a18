"""Signature groups that close a statement or a letter (a signer's name, office and state;
"For the Government of X" over a name), and list lines that name a state through the
office signing for it ("Minister for Foreign Affairs of Estonia", "A. Name (Germany)")."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("en", "Joint letter on rail links\n\nDear Commissioner,\n\nWe ask for a plan for night trains before the summer.\n\n"
               "Yours sincerely,\n\nAnna Berger\nFederal Minister for Transport\nAustria\n\n"
               "Tomás Ruiz\nMinister of Transport\nSpain\n\nEva Lind\nMinister for Infrastructure\nSweden\n",
         ["AT", "ES", "SE"]),
        ("de", "Gemeinsame Erklärung über Forschungsnetze\n\nBeide Regierungen vereinbaren, ihre Forschungsnetze zu verbinden.\n\n"
               "Geschehen zu Wien am 4. Mai 2023.\n\nFür die Regierung der Republik Österreich\nKlara Wimmer\n\n"
               "Für die Regierung der Tschechischen Republik\nPetr Novák\n",
         ["AT", "CZ"]),
        ("fr", "Déclaration conjointe sur les réseaux de recherche\n\nLes deux gouvernements conviennent de relier leurs réseaux.\n\n"
               "Fait à Lyon, le 3 avril 2023.\n\nPour le Gouvernement de la République française\nClaire Morel\n"
               "Ministre de la Recherche\n\nPour le Gouvernement du Grand-Duché de Luxembourg\nPaul Weber\nMinistre de la Recherche\n",
         ["FR", "LU"]),
        ("en", "Joint Declaration on Research Networks\n\nThe Participants intend to link their research networks.\n\n"
               "Signed in Riga on 12 June 2023.\n\nFor the Government of the Republic of Latvia\nLiga Ozola\nMinister of Education\n\n"
               "For the Government of Japan\nKenji Sato\nMinister of Education\n",
         ["LV", "JP"]),
        ("es", "Declaración conjunta sobre redes de investigación\n\nAmbos gobiernos acuerdan unir sus redes de investigación.\n\n"
               "Hecho en Madrid, el 2 de marzo de 2023.\n\nPor el Gobierno del Reino de España\nLucía Gómez\nMinistra de Ciencia\n\n"
               "Por el Gobierno de la República Portuguesa\nRui Costa\nMinistro da Ciência\n",
         ["ES", "PT"]),
    ],
)
def test_signature_groups_closing_the_text_give_their_states(lang, text, states):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == states
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.signature_block"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint statement on press freedom\n\nWe call for the protection of reporters.\n\nSigned by:\n"
               "Minister for Foreign Affairs of Austria\nMinister for Foreign Affairs of Belgium\nMinister for Foreign Affairs of Croatia\n"),
        ("fr", "Déclaration commune sur la liberté de la presse\n\nNous appelons à protéger les reporters.\n\nSignataires :\n"
               "Le ministre des Affaires étrangères de l'Autriche\nLa ministre des Affaires étrangères de la Belgique\n"
               "Le ministre des Affaires étrangères de la Croatie\n"),
        ("en", "Joint statement on press freedom\n\nWe call for the protection of reporters.\n\nSigned by:\n"
               "Anna Berger (Austria)\nLuc Peeters (Belgium)\nIvo Horvat (Croatia)\n"),
        ("en", "Joint statement on press freedom\n\nWe, the ministers listed below, call for the protection of reporters.\n\n"
               "Anna Berger, Minister of Culture, Austria\nLuc Peeters, Minister of Culture, Belgium\nIvo Horvat, Minister of Culture and Media, Croatia\n"),
        ("de", "Gemeinsame Erklärung zur Pressefreiheit\n\nWir fordern den Schutz von Reportern.\n\nUnterzeichnet von:\n"
               "Bundesministerium für europäische und internationale Angelegenheiten der Republik Österreich\n"
               "Außenministerium des Königreichs Belgien\nMinisterium für auswärtige Angelegenheiten der Republik Kroatien\n"),
    ],
)
def test_a_list_line_names_its_state_through_the_office_or_the_signer(lang, text):
    assert [s.iso2 for s in facts(text, lang).signatories] == ["AT", "BE", "HR"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a heading of two capitalised nouns over bare state lines: no signer beside each state
        ("de", "Gemeinsame Erklärung zu Häfen kritisiert\n\nHäfen sind wichtig.\n\nVerwandte Länder\nFrankreich\nDeutschland\nItalien\n"),
        # a news page closing with an author's box and a country tag: no statement shape
        ("en", "Ports are busier than ever\n\nTrade grew this year, officials said.\n\nAnna Berger\nCorrespondent\nAustria\n\nLuc Peeters\nEditor\nBelgium\n"),
        # an office naming a portfolio, not the state signing
        ("en", "Joint letter on grain\n\nWe ask for a plan.\n\nAnna Berger\nSpecial Envoy for Ukraine\n\nLuc Peeters\nSpecial Envoy for Moldova\n"),
        # a place line after a name is no state signing
        ("en", "Joint statement on press freedom\n\nWe call for the protection of reporters.\n\nSigned by:\nAnna Berger, Vienna, Austria\nLuc Peeters, Ghent, Belgium\nIvo Horvat, Split, Croatia\n"),
    ],
)
def test_traps_give_no_signatories(lang, text):
    assert facts(text, lang).signatories == []
