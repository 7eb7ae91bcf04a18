"""Who issued the document: the states that sign it, the Council delegations of a
"From:" header, the organisations that sign a letter, or the organisations of a press
release's lead ("A, B and C said today", « ont déclaré aujourd'hui », "erklärten heute").

A press-release lead needs a plural verb of saying followed by "today" or "in a (joint)
statement" in the block's language, and right before it a run of organisations (known
to the registry or named like one) that ends where the verb starts: a weekday ("said on
Tuesday") is how news reports others, so it is not read as authorship.
"""

from __future__ import annotations

import re

from core.model import ActorRef, Author, Signatory
from loaders.rules.authors_byline import byline
from loaders.rules.authors_government import government
from loaders.rules.authors_institution import institution
from loaders.rules.authors_contact import contact_block
from loaders.rules.authors_cover_note import cover_note
from loaders.rules.authors_letter import letter_signer
from loaders.rules.authors_letter_voice import letter_voice
from loaders.rules.authors_members import members
from loaders.rules.authors_official import officer_statement
from loaders.rules.authors_position import position_voice
from loaders.rules.authors_parliament import government_answer, parliament
from loaders.rules.authors_statement import paper_by_states, statement_by
from loaders.rules.authors_voice import about_footer, own_voice, release_head, we_voice
from loaders.rules.authors_unregistered import unregistered
from loaders.rules.context import DocContext, evidence
from loaders.rules.signing.items import split_at_conjunctions, split_piece
from loaders.rules.signing.parties import Party, resolve
from loaders.rules.signing.vocabulary import words

_LEAD = 3000  # the lead of a press release is near its start
_PIECES = re.compile(r"[^,;]+")


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("– ", 0, pos), text.rfind("— ", 0, pos))
    return cut + 2 if cut >= 0 and text[cut] in ".–—" else cut + 1


def _org_chain(ctx: DocContext, b: int, lang: str, start: int, end: int) -> list[Party]:
    """The run of organisations that ends at ``end`` (comma pieces, read right to left)."""
    chain: list[Party] = []
    for piece in reversed(list(_PIECES.finditer(ctx.text, start, end))):
        items = split_piece(ctx, b, piece.start(), piece.end())
        if items and all(p.kind == "organization" for p in items):
            chain[:0] = items
            continue
        parts = split_at_conjunctions(ctx, b, piece.start(), piece.end(), lang, None)
        tail: list[Party] = []
        for p in reversed(parts):
            if p.kind != "organization":
                lead = _known_tail(ctx, b, p.start, p.end)
                tail[:0] = [lead] if lead else []
                break
            tail.insert(0, p)
        chain[:0] = tail
        break
    return chain


def _as_authors(ctx: DocContext, chain: list[Party]) -> list[Author]:
    out: list[Author] = []
    seen: set[str] = set()
    for p in chain:
        if p.key in seen:
            continue
        seen.add(p.key or "")
        actor = ActorRef(kind="organization", key=p.key or "", name=p.name, org_kind=p.org_kind)  # type: ignore[arg-type]
        out.append(Author(actor=actor, evidence=evidence(ctx, p.start, p.end, min(0.85, p.confidence), "authors.press_release")))
    return out


_APPOSITIVE = re.compile(r",[^,]{1,160},\s*$")
# "BRUSSELS, 3 May 2031 – " or "Paris – " opening the lead's first sentence
_DATELINE = re.compile(r"[^\W_][^\n–—]{0,50}?\s[–—-]\s+")  # "12. Mai 2031 – " too: a sentence cut may leave the day first
# what may stand between the organisations and their call: "today", "jointly", and the
# collective the release counts them in ("and 40 other organisations", « et 30 autres ONG »)
_BEFORE_CALL = {lang: re.compile(p) for lang, p in {
    "en": r"(?:,?\s+(?:and|together\s+with|along\s+with|with)\s+(?:more\s+than\s+|over\s+|some\s+)?\d+\s+(?:other\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?(?:\s+(?:today|jointly|now))?\s*$",
    "fr": r"(?:,?\s+(?:et|avec)\s+(?:plus\s+de\s+)?\d+\s+(?:autres\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?(?:\s+(?:aujourd['’]hui|conjointement))?\s*$",
    "de": r"(?:,?\s+(?:und|mit)\s+(?:mehr\s+als\s+|über\s+)?\d+\s+(?:weiteren?\s+|anderen\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?(?:\s+(?:heute|gemeinsam))?\s*$",
    "es": r"(?:,?\s+(?:y|junto\s+con|con)\s+(?:más\s+de\s+)?\d+\s+(?:otras?\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?(?:\s+(?:hoy|conjuntamente))?\s*$",
    "it": r"(?:,?\s+(?:e|insieme\s+a|con)\s+(?:oltre\s+)?\d+\s+(?:altre?\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)?(?:\s+(?:oggi|congiuntamente))?\s*$",
}.items()}


# "X together with Y ...": Y only accompanies the subject X; a chain read right to left
# that a comitative precedes is the companion, never the issuer (en fr de es it pt nl pl)
_COMPANION = {lang: re.compile(rf"(?:{p})(?:\s+(?:the|la|le|l['’]|les|der|die|dem|den|des|el|los|las|il|lo|gli|i|o|a|os|as|de|het))?\s*$", re.I) for lang, p in {
    "en": r"\btogether\s+with|\balong\s+with|\balongside|\bin\s+partnership\s+with|\bwith",
    "fr": r"\bavec|\baux\s+côtés\s+d[eu']|\bconjointement\s+avec|\bainsi\s+qu['’]",
    "de": r"\bgemeinsam\s+mit|\bzusammen\s+mit|\bmit|\bneben",
    "es": r"\bjunto\s+(?:con|a)|\bcon",
    "it": r"\binsieme\s+(?:ad?|con)|\bcon|\bassieme\s+ad?",
    "pt": r"\bjuntamente\s+com|\bem\s+conjunto\s+com|\bcom|\bao\s+lado\s+d[eao]",
    "nl": r"\bsamen\s+met|\bmet",
    "pl": r"\bwraz\s+z|\brazem\s+z|\bwspólnie\s+z",
}.items()}


def _accompanies(ctx: DocContext, lang: str, start: int, chain: list[Party]) -> bool:
    """Whether the chain follows a comitative ("the Alpine Farmers Union together with Hill Growers"): its subject is
    the name before, so the chain is no issuer."""
    companion = _COMPANION.get(lang)
    return bool(chain) and companion is not None and chain[0].start > start and bool(
        companion.search(ctx.text, start, chain[0].start))


def _subject_before(ctx: DocContext, b: int, lang: str, start: int, companion: int) -> Party | None:
    """The organisation that is the whole subject before a comitative ("EDF together with
    ..."), an article aside: the registry's, its short list names included, never a state
    or a public body."""
    m = _COMPANION[lang].search(ctx.text, start, companion)
    if m is None:
        return None
    art = re.match(r"(?i)(?:the|la|le|les|der|die|das|el|il|de|het|o|a)\s+|l['’]", ctx.text[start:m.start()])
    s = start + (art.end() if art else 0)
    e = m.start()
    while e > s and ctx.text[e - 1] in " ,":
        e -= 1
    p = resolve(ctx, b, s, e) if e > s else None
    if p is None or p.kind != "organization" or p.org_kind in ("eu_institution", "intergovernmental", "government"):
        return None
    return p


def _calling_lead(ctx: DocContext, b: int) -> list[Party]:
    """"The Digital Rights Circle, with 50 other groups, calls on ministers ...": organisations opening one of
    the body's first three sentences with a present-tense call (``calls``)."""
    block = ctx.blocks[b]
    calls = words(block.lang).calls
    if calls is None:
        return []
    for s, e in ctx.sentences[b][:6]:
        if s - block.start > _LEAD:
            break
        while s < e and ctx.text[s].isspace():
            s += 1
        m = calls.search(ctx.text, s, e)
        if m is None or m.start() - s > 300:
            continue
        end = m.start()
        tail = _BEFORE_CALL.get(block.lang)
        t = tail.search(ctx.text, s, end) if tail is not None else None
        if t is not None and t.start() > s:
            end = t.start()
        dl = _DATELINE.match(ctx.text, s, end)
        if dl is not None and re.search(r"\d|^[^\W\d_a-z]+(?:\s[^\W\d_a-z]+)*$", ctx.text[s : dl.end()].split("–")[0].split("—")[0].strip(" -")):
            s = dl.end()  # a dateline opens the lead: "BRUSSELS, 3 May 2031 – "
        cut = _APPOSITIVE.search(ctx.text, s, end)
        chain = _org_chain(ctx, b, block.lang, s, cut.start() if cut else end)
        if _accompanies(ctx, block.lang, s, chain):
            lead = _subject_before(ctx, b, block.lang, s, chain[0].start)
            if lead is not None:
                return [lead]  # "A together with B ... we are calling": the subject, not its companion
            continue
        if chain and all(p.org_kind not in ("eu_institution", "intergovernmental", "government") for p in chain):
            return chain
    return []


def press_release(ctx: DocContext) -> list[Author]:
    """The organisations listed right before the first "said today" of the lead, else
    those that open the lead with a present-tense call."""
    for b, block in enumerate(ctx.blocks):
        w = words(block.lang)
        if w.said is None or w.said_when is None:
            continue
        for said in w.said.finditer(ctx.text, block.start, min(block.end, block.start + _LEAD)):
            if not w.said_when.match(ctx.text, said.end(), min(block.end, said.end() + 80)):
                continue
            start = max(_sentence_start(ctx.text, said.start()), block.start)
            chain = _org_chain(ctx, b, block.lang, start, said.start())
            if chain and not _accompanies(ctx, block.lang, start, chain):
                return _as_authors(ctx, chain)
    for b in range(len(ctx.blocks)):
        chain = _calling_lead(ctx, b)
        if chain:
            return _as_authors(ctx, chain)
    return []


def _known_tail(ctx: DocContext, b: int, start: int, end: int) -> Party | None:
    """A registry organisation ending the first item after a description ("Rights groups
    Statewatch" -> Statewatch); only the registry, so a description never becomes a name."""
    for w in re.finditer(r"(?<!\S)\S", ctx.text[start:end]):
        if w.start() == 0 or not w.group().isupper():
            continue
        p = resolve(ctx, b, start + w.start(), end)
        if p is not None and p.kind == "organization" and p.confidence >= 0.9:
            return p
    return None


def signing_states(signatories: list[Signatory]) -> list[Author]:
    """Each signing state once (first block), as the document's issuer."""
    seen: set[str] = set()
    out = []
    for s in signatories:
        if not s.iso2 or s.iso2 in seen:
            continue
        seen.add(s.iso2)
        actor = ActorRef(kind="state", key=s.iso2, name=s.name, iso2=s.iso2)
        out.append(Author(actor=actor, evidence=s.evidence.model_copy(update={"extractor": "authors.signatory_states"})))
    return out


def authors(ctx: DocContext, signatories: list[Signatory], listed: list[Author] | None = None) -> list[Author]:
    """Signing states; else the authors the signing layouts found (delegations, a letter's
    organisations); else the delegations whose paper a Council cover note forwards; else the EU institution, the national government body or the
    parliament's chamber whose own document this is, or the state whose government answers
    that chamber's question, or the members who table a question or motion, or the person
    who signs a letter under its closing salutation; else the organisation a statement is
    issued by (and the state that reads it out), or the states a position paper's title
    names; else a press release's lead, an organisation speaking of itself in it (or in
    the body of a paper labelled as its position), its
    letterhead over its own release label, or its "we" after naming itself (in a lead, or as
    a letter's subject under its salutation); else a news
    item's byline (with the agency it credits), a speech's speaker, or an agency credit;
    else the organisation whose officer the lead introduces and the rest of the page quotes,
    or the one a release's contact block names."""
    return (signing_states(signatories) or list(listed or []) or cover_note(ctx) or institution(ctx) or government(ctx)
            or parliament(ctx) or government_answer(ctx) or members(ctx) or letter_signer(ctx) or statement_by(ctx) or paper_by_states(ctx) or press_release(ctx) or own_voice(ctx)
            or position_voice(ctx) or release_head(ctx) or we_voice(ctx) or letter_voice(ctx) or about_footer(ctx) or byline(ctx) or officer_statement(ctx)
            or contact_block(ctx) or unregistered(ctx))
