"""One synthetic document: its paragraphs in the layout it is written in, and its ground truth."""

from __future__ import annotations

import datetime as dt
import random

from bench.synthetic.layouts import KIND, PRESS_VARIANTS, plan
from bench.synthetic.names import ACTS, COUNCIL_CODE, EU27, EU_NAME, ORGANISATIONS, POOL, PRESS_NGOS, genitive, nominative
from bench.synthetic.texts import T, date_text, join_names


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
