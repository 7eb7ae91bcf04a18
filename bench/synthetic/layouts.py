"""The languages, formats and layouts of the synthetic corpus, and which document gets which."""

from __future__ import annotations

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
# How a press release's lead names its issuers: "said today", "in a joint statement", "said on Tuesday".
PRESS_VARIANTS = ("said_today", "joint_statement", "weekday")


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
