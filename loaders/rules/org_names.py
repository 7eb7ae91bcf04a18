"""An organisation's NAME recognised by its structure, with no registry: a run of
capitalised words holding an organisational head noun of its language ("... Network",
"Stiftung ...", "Fédération ...", a German or Nordic compound ending in one, "X-Stiftung")
or ending in a legal form ("e.V.", "asbl", "GmbH"), optionally with its acronym in
brackets right after.

A page no one has seen is issued by an organisation no one registered, so authorship
rules need a name test of their own; it is strict because an author role is the worst
place for a wrong party: a lone head noun ("the Institute") is a generic phrase, and a
state organ, an EU or intergovernmental body, a news outlet or a political party is
refused by its own words (they have rules of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.ids import slug

# head nouns that stand as a separate capitalised word, per language (the kind says whether
# the noun makes the body NGO-like; anything else is "other"). Council, committee, forum,
# union, initiative and project are left out: they name a state's, the EU's or the UN's
# bodies, a party or a policy ("Banking Union", "Three Seas Initiative") as often as an NGO;
# so are movement, league and the alliance words parties take in their own languages.
_NGO_HEADS = {
    "en": "Foundation Association Network Coalition Federation Alliance League Society Trust Campaign Collective Confederation Guild",
    "de": "Stiftung Verband Verein Bund Netzwerk Allianz Koalition Föderation Vereinigung Gesellschaft Gewerkschaft",
    "fr": "Fondation Association Fédération Réseau Ligue Collectif Coalition Alliance Confédération Syndicat Amicale",
    "es": "Fundación Asociación Federación Red Plataforma Confederación Coalición Alianza Sindicato Colectivo",
    "it": "Fondazione Associazione Federazione Rete Coalizione Confederazione Sindacato Collettivo",
    "pt": "Fundação Associação Federação Rede Plataforma Confederação Coligação Aliança Sindicato Coletivo",
    "nl": "Stichting Vereniging Bond Federatie Netwerk Coalitie Alliantie Vakbond",
    "pl": "Fundacja Stowarzyszenie Związek Federacja Sieć Porozumienie Towarzystwo",
    "cs": "Nadace Nadační Spolek Sdružení Svaz Asociace Federace Síť Koalice Aliance Společnost",
    "sk": "Nadácia Združenie Zväz Asociácia Federácia Sieť Koalícia Aliancia Spoločnosť Spolok",
    "sl": "Fundacija Društvo Zveza Združenje Mreža Koalicija",
    "hr": "Zaklada Udruga Udruženje Mreža Koalicija Društvo",
    "hu": "Alapítvány Egyesület Szövetség Hálózat Koalíció Társaság",
    "ro": "Fundația Fundatia Asociația Asociatia Federația Federatia Rețeaua Reteaua Coaliția Coalitia Alianța Alianta Sindicatul",
    "bg": "Фондация Сдружение Асоциация Федерация Мрежа Коалиция Лига",
    "el": "Ίδρυμα Σύλλογος Ομοσπονδία Συνομοσπονδία Δίκτυο Συμμαχία Σωματείο",
    "sv": "Förbund Förbundet Stiftelse Stiftelsen Förening Föreningen Nätverk Nätverket Koalitionen Alliansen",
    "da": "Forbund Forbundet Forening Foreningen Fond Fonden Netværk Netværket Alliancen",
    "fi": "Liitto Yhdistys Säätiö Verkosto Seura Järjestö Keskusliitto",
    "et": "Liit Selts Ühing Sihtasutus Võrgustik",
    "lv": "Biedrība Fonds Asociācija Federācija Tīkls",
    "lt": "Asociacija Fondas Federacija Tinklas Koalicija Draugija",
    "mt": "Fondazzjoni Assoċjazzjoni Federazzjoni Għaqda Netwerk Koalizzjoni",
    "ga": "Fondúireacht Cumann Comhaontas Líonra Conradh",
}
_OTHER_HEADS = {
    "en": "Institute Bureau Centre Center Observatory Watch",
    "de": "Institut Zentrum Beobachtungsstelle",
    "fr": "Institut Bureau Centre Observatoire Plateforme Collectif",
    "es": "Instituto Centro Observatorio",
    "it": "Istituto Centro Osservatorio Piattaforma",
    "pt": "Instituto Centro Observatório",
    "nl": "Instituut Centrum",
    "pl": "Instytut Centrum Obserwatorium",
    "cs": "Institut Centrum",
    "sk": "Inštitút Centrum",
    "sl": "Inštitut Center",
    "hr": "Institut Centar",
    "hu": "Intézet Központ",
    "ro": "Institutul Centrul Comitetul",
    "bg": "Институт Център",
    "el": "Ινστιτούτο Κέντρο",
    "sv": "Institut Institutet Centrum",
    "da": "Institut Instituttet Center Centret",
    "fi": "Instituutti Keskus",
    "et": "Instituut Keskus",
    "lv": "Institūts Centrs",
    "lt": "Institutas Centras",
    "mt": "Istitut Ċentru",
    "ga": "Institiúid Ionad",
}
# lowercase tails of one-word compounds ("Verbraucherverband", "Miljöförbundet",
# "Luonnonsuojeluliitto"), per language where compounds are written as one word
_COMPOUND_TAILS = {
    "de": ("stiftung", "verband", "verein", "bund", "netzwerk", "institut", "vereinigung", "gewerkschaft"),
    "nl": ("stichting", "vereniging", "bond", "netwerk", "federatie", "instituut", "platform", "coalitie"),
    "sv": ("förbund", "förbundet", "stiftelse", "stiftelsen", "förening", "föreningen", "nätverk", "nätverket", "institutet"),
    "da": ("forbund", "forbundet", "forening", "foreningen", "fonden", "netværk", "netværket", "instituttet"),
    "fi": ("liitto", "yhdistys", "säätiö", "verkosto", "järjestö", "instituutti"),
    "et": ("liit", "selts", "ühing", "sihtasutus", "võrgustik", "keskus"),
    "hu": ("egyesület", "alapítvány", "szövetség", "intézet", "hálózat"),
}
_NGO_TAILS = frozenset(t for lang, tails in _COMPOUND_TAILS.items() for t in tails if not t.startswith(("institu", "intéz", "keskus", "platform")))
# legal forms closing a name; the kind is "ngo" for the non-profit forms
_LEGAL_NGO = ("e.V.", "e. V.", "eV", "gGmbH", "gUG", "asbl", "ASBL", "a.s.b.l.", "vzw", "VZW", "v.z.w.", "ONG", "NGO", "ry", "r.y.", "MTÜ", "z.s.", "z. s.", "o.z.", "o. z.", "z.ú.", "ideell förening", "e.Kfm")
_LEGAL_OTHER = ("Ltd", "Ltd.", "Limited", "GmbH", "S.A.", "SA", "AB", "A/S", "ApS", "AG", "S.p.A.", "SpA", "S.r.l.", "Srl", "B.V.", "N.V.", "Oy", "sp. z o.o.", "s.r.o.", "Kft.", "CIC")

# words that make a name a state organ, an EU or intergovernmental body, a news outlet or
# a political party: those have their own rules, and an author role is no place to guess
_REFUSED = frozenset("""
Ministry Ministerium Ministère Ministerio Ministero Ministerie Ministerstwo Ministerstvo Minisztérium Ministeriet Ministeriö Ministeerium
Government Regierung Bundesregierung Gouvernement Gobierno Governo Regering Rząd Vláda Kormány Hallitus Valitsus Guvernul
Parliament Parlament Parlement Parlamento Bundestag Bundesrat Senate Sénat Senado Senato Sejm Senat Riksdag Folketing Eduskunta Riigikogu Assembly Assemblée Nationalrat Congress Congreso
Commission Kommission Commissione Comisión Comissão Commissie Komisja Komise Bizottság Komissio
Court Gericht Cour Tribunal Tribunale Corte Hof Sąd Soud Bíróság
Agency Agentur Agence Agencia Agenzia Agência Agentschap Agencja Authority Autorité Behörde Autoridad Autorità Autoriteit Urząd Amt Bundesamt Office Ombudsman Médiateur
Embassy Botschaft Ambassade Embajada Ambasciata Embaixada Ambasada Presidency Präsidentschaft Présidence Presidencia Presidenza Chancellery Kanzleramt Police Polizei Army Armee Bank Bundesbank Regulator
Party Partei Parti Bloc Front Frente Fronte Lista Labour Partido Partito Partij Partia Strana Puolue Erakond Párt Partidul Stranka Partiet Parteien Democrats Demokraten Démocrates Greens Grünen Verts Verdi Socialists Sozialdemokraten Conservatives Liberals Republicans
Democratic Demokratische Demokratischen Démocrate Democrática Democratico Christian Christlich Christliche Socialist Sozialistische Socialiste Socialista Sociaal-Democratische
News Times Post Press Presse Zeitung Journal Gazette Gazzetta Tribune Herald Daily Radio Television Telegraph Courier Kurier Rundschau Tagesschau Nachrichten Noticias Notizie Nieuws Wiadomości Magazine Magazin Reuters Bloomberg
European Europe Europäische Europäischen Europäischer Européenne Européen Europea Europeo Europeia Europees Europese Europejska Europejski Evropská Európai EU Union's
United Nations Nations UN OECD NATO WHO Schengen
Regulation Directive Decision Act Approach Strategy Agenda Programme Program Plan Pact Treaty Convention Code Law Framework
Verordnung Richtlinie Gesetz Beschluss Règlement Décision Loi Reglamento Directiva Ley Regolamento Direttiva Legge Regulamento Lei
Verordening Richtlijn Wet Rozporządzenie Dyrektywa Ustawa Nařízení Směrnice Förordning Direktiv Forordning Asetus Direktiivi
State States Staat Staats Staatliche État Estado Stato Federal Bundes National Nationale Nazionale Nacional Royal Königliche Municipal City Stadt Ville Regional Provincial Landes
""".split())
# a refused word that stays allowed inside a bigger NGO head ("European Fair Trade Network"
# is an NGO; "European Council" is not): geography only refuses when no other word names
_REFUSED_FOLD = frozenset(w.casefold() for w in _REFUSED)
_REFUSED_STEMS = ("minist", "parlament", "parliament", "kommission", "regierung", "gouvern", "gobiern", "governo", "bundestag")
_GEO = frozenset("European Europe Europäische Europäischen Europäischer Européenne Européen Europea Europeo Europeia Europees Europese Europejska Europejski Evropská Európai EU".split())
_GEO_STEMS = ("europ", "euroop", "eirop", "evrop", "ευρωπ", "европ", "eu-")


def _geo(tok: str) -> bool:
    """Europe and the EU in any language or case ("Europejskiej", "Europeană", "EU-")."""
    low = tok.casefold()
    return tok in _GEO or low == "eu" or low.startswith(_GEO_STEMS)


_ARTICLES = re.compile(r"(?:The|the|Die|die|Der|der|Das|das|La|la|Le|le|Les|les|El|el|Los|los|Las|las|Il|il|Lo|lo|De|de|Het|het|O|o|A|a|Os|As|Den|den|Det|det)\s+|[LlDd]['’]")
_CONNECTORS = frozenset("""of for the and on in at to & de du des la le les et pour für und der die das von zur zum vom im am an
di del della dello dei degli delle e per y el los las en por para con van voor het en da do dos das em i w na dla z ze o
och för af og for til i ja ning și a al ale pentru u za na iz""".split())
_DEFINITE = frozenset("the der des la le les l' del della dello dei degli delle het".split())
_COORDINATORS = frozenset("and und et y e en och og i ja si și a".split())
_ACRONYM = re.compile(r"\s*\(([A-ZÄÖÜÉÈÀÇÑ][\w&.-]{1,14})\)")
_TOKEN = re.compile(r"[^\s()]+")
_EDGE = ".,;:!?\"'“”„«»[]"
_MAX_TOKENS = 10

# heads that make a two-part hyphenated compound a name ("Hafen-Stiftung"), where a network
# or an alliance so written is a description ("Propaganda-Netzwerk")
_NAMED_COMPOUND_HEADS = frozenset("Stiftung Verein Verband Institut Gesellschaft Stichting Vereniging Fondation".split())
_HEAD_KIND: dict[str, str] = {}
for _lang, _words in _OTHER_HEADS.items():
    for _w in _words.split():
        _HEAD_KIND.setdefault(_w, "other")
for _lang, _words in _NGO_HEADS.items():
    for _w in _words.split():
        _HEAD_KIND[_w] = "ngo"
_TAILS = tuple(sorted({t for ts in _COMPOUND_TAILS.values() for t in ts}, key=len, reverse=True))


@dataclass(frozen=True)
class OrgName:
    """A recognised name: where it stands, its key (slug), its acronym and its kind."""

    name: str
    start: int
    end: int  # the end of the name, before the acronym
    acronym: str | None
    kind: str  # "ngo" or "other"

    @property
    def key(self) -> str:
        return slug(self.name)


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit() and len(tok) > 1 and any(c.isalpha() for c in tok)


@lru_cache(maxsize=4096)
def _lemma_head(tok: str, lang: str) -> str | None:
    """The head noun an inflected head stands for ("O Fundacji X": Fundacja), through
    simplemma's dictionary of the language; None where it has none."""
    import simplemma

    try:
        lemma = simplemma.lemmatize(tok, lang=lang)
    except ValueError:  # a language simplemma does not hold
        return None
    lemma = lemma[:1].upper() + lemma[1:]
    return lemma if lemma != tok and lemma in _HEAD_KIND else None


def _head_kind(tok: str) -> str | None:
    """The kind a head token gives the name: a head noun, a hyphenated or one-word compound
    ending in one ("Hafen-Stiftung", "Verbraucherverband"), or None."""
    if tok in _HEAD_KIND:
        return _HEAD_KIND[tok]
    last = tok.rsplit("-", 1)
    if len(last) == 2 and last[1] in _HEAD_KIND and all(p[:1].isupper() for p in tok.split("-")):
        if tok.count("-") >= 2 or last[1] in _NAMED_COMPOUND_HEADS:
            return _HEAD_KIND[last[1]]  # "Heinrich-Lenz-Stiftung", "Hafen-Stiftung"
        return None  # "Propaganda-Netzwerk", "Blockade-Allianz": a description
    if "-" in tok:
        return None  # "Ampel-Regierungsbündnis": a hyphenated description
    low = tok.casefold()
    for tail in _TAILS:
        if low.endswith(tail) and len(low) >= len(tail) + 3 and tok[:1].isupper():
            return "ngo" if tail in _NGO_TAILS else "other"
    return None


def _legal_kind(tokens: list[str]) -> tuple[str, int] | None:
    """The kind and token count of a legal form closing ``tokens``."""
    for forms, kind in ((_LEGAL_NGO, "ngo"), (_LEGAL_OTHER, "other")):
        for form in forms:
            parts = form.split()
            if len(tokens) > len(parts) and tokens[-len(parts):] == parts:
                return kind, len(parts)
    return None


def name_kind(tokens: list[str]) -> str | None:
    """The kind of the name written as ``tokens`` (article already removed), or None when
    the tokens do not make an organisation's name."""
    if not tokens or len(tokens) > _MAX_TOKENS or not _capitalised(tokens[0]) or tokens[-1] in _CONNECTORS:
        return None
    for t in tokens:
        if not (_capitalised(t) or t in _CONNECTORS or _legal_kind([".", t]) is not None):
            return None  # a word in lower case: a description or a sentence, not a name
    refused = [t for t in tokens if t.casefold() in _REFUSED_FOLD or t.rstrip("s'’").casefold() in _REFUSED_FOLD
               or any(stem in t.casefold() for stem in _REFUSED_STEMS)]
    if any(t.endswith(("'s", "’s")) for t in tokens):
        return None  # "Statewatch's Observatory": a possessive phrase
    if any(t.endswith(".") and len(t) > 2 and not re.fullmatch(r"(?:[^\W\d_]\.)+", t) and _legal_kind(["x", t]) is None for t in tokens[:-1]):
        return None  # "Trójmorza. Wyrażono": a sentence ends inside the run
    legal = _legal_kind(tokens)
    if legal is not None:
        kind, n = legal
        core = tokens[:-n]
        if not core or not any(_capitalised(t) for t in core):
            return None
    else:
        heads = [(i, _head_kind(t)) for i, t in enumerate(tokens)]
        heads = [(i, k) for i, k in heads if k is not None]
        if not heads:
            return None
        lead = next((i for i, t in enumerate(tokens) if t in _CONNECTORS), len(tokens))
        heads = [(i, k) for i, k in heads if i in (0, lead - 1)]
        if not heads:
            return None  # the head opens the name or ends its first part: "Paris Call for Trust" is no trust
        if any(i + 1 < len(tokens) and tokens[i + 1] in _COORDINATORS for i, _ in heads):
            return None  # "Rat und das EP": two bodies, not one name
        kind = "ngo" if any(k == "ngo" for _, k in heads) else "other"
        others = [t for i, t in enumerate(tokens) if i not in {j for j, _ in heads} and t not in _CONNECTORS]
        if not others and not (len(tokens) == 1 and "-" in tokens[0]):
            return None  # "Institute", "Stiftung", "Umweltstiftung" alone: a generic phrase
        if others and all(_geo(t) for t in others):
            return None  # "European Council", "European Union"
    if any(not _geo(t) for t in refused):
        return None
    if refused and kind != "ngo":
        return None  # "European Centre for ...": an EU agency as often as not
    if tokens[0] == "Committee" and len(tokens) > 1 and tokens[1] == "on":
        return None  # a parliament's committee
    if legal is None and len(tokens) > 2 and tokens[-2] in _DEFINITE and _head_kind(tokens[-1]):
        return None  # "Members of the Association": a phrase about a body, not its name
    return kind


def org_name(text: str, start: int = 0, end: int | None = None, lang: str | None = None) -> OrgName | None:
    """The organisation named by the whole of ``text[start:end]`` (after an article, with an
    acronym in brackets allowed at its end), or None. With ``lang``, a head noun inflected
    by the sentence (a Slavic locative after "O") counts, and the name gives its base form."""
    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in _EDGE:
        if text[end - 1] == "." and _legal_kind(["x", *text[start:end].split()]) is not None:
            break  # "e.V.", "Ltd.": the stop belongs to the legal form
        end -= 1
    art = _ARTICLES.match(text, start, end)
    if art is not None and art.end() < end:
        start = art.end()
    acronym = None
    acr = re.search(_ACRONYM.pattern + r"\s*$", text[start:end])
    if acr is not None:
        acronym = acr.group(1)
        end = start + acr.start()
    tokens = _TOKEN.findall(text[start:end])
    if lang is not None and tokens and tokens[0] not in _HEAD_KIND:
        base = _lemma_head(tokens[0], lang)
        tokens = [base, *tokens[1:]] if base is not None else tokens
    kind = name_kind(tokens)
    if kind is None or _a_state(text, start, end, lang):
        return None
    return OrgName(" ".join(tokens), start, end, acronym, kind)


def _a_state(text: str, start: int, end: int, lang: str | None) -> bool:
    """The run names a state ("Russische Föderation", "Federacja Rosyjska"): a state name
    found over most of it in its language."""
    from loaders.names import find_states

    return any(m.end - m.start >= 0.6 * (end - start) for m in find_states(text, lang or "en", start, end))


def leading_org_name(text: str, start: int, end: int) -> OrgName | None:
    """The organisation whose name opens ``text[start:end]`` (after an article) as the
    subject of what follows: the longest run of words that is a name and is followed,
    past an acronym in brackets, by a word in lower case (the verb)."""
    art = _ARTICLES.match(text, start, end)
    name_start = art.end() if art is not None else start
    words = [m for m in _TOKEN.finditer(text, name_start, end)][: _MAX_TOKENS + 2]
    for n in range(min(len(words), _MAX_TOKENS), 0, -1):
        stop = words[n - 1].end()
        rest = text[stop:end]
        acr = _ACRONYM.match(rest)
        after = rest[acr.end():] if acr else rest
        nxt = re.match(r"\s+([^\W\d_]+)", after)
        if nxt is None or not nxt.group(1)[:1].islower():
            continue
        found = org_name(text, name_start, stop + (acr.end() if acr else 0))
        if found is not None:
            return found
    return None
