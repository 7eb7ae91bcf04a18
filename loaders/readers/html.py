"""HTML pages: keep the article, drop the chrome, and read the page's own metadata.

trafilatura does the main-content work (navigation, sidebars, footers, scripts) and
keeps one paragraph per line (:func:`_main_text`); when it finds nothing (very short pages) a plain lxml
pass over block elements with the obvious chrome removed takes over, so a short but
real page still yields text. Title and date come from the markup, which is more
reliable than guessing from the text.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import html as lxml_html

from core.model import ExtractionError
from loaders.readers.base import RawDocument
from loaders.readers.text import decode_bytes

_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe")
_CHROME_HINT = re.compile(r"\b(nav|menu|sidebar|footer|header|breadcrumb|cookie|share|social|related|widget|banner)\b", re.I)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "title")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "publication_date",
    "pubdate",
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def read_html(data: bytes, source: str) -> RawDocument:
    markup, encoding = _decode(data, source)
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8"), parser=_parser())
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise ExtractionError(source, f"unparseable HTML: {exc}") from exc
    title = _title(tree)
    date, precision = _date(tree)
    text = _main_text(tree) or _fallback_text(tree)
    if not text.strip():
        raise ExtractionError(source, "HTML page has no readable text")
    return RawDocument(
        text=text,
        format="html",
        encoding=encoding,
        title=title,
        date=date,
        date_precision=precision,
        source_url=_canonical_url(tree),
    )


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    """The page's declared charset when UTF-8 does not fit, else detection."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name), name.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, source)


def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)


# Below this many characters trafilatura's own extraction is suspect (a page laid out in
# bare divs, a teaser), and its second opinions (readability, jusText) are worth their cost.
_SHORT_EXTRACTION = 500


def _main_text(tree) -> str | None:
    """The article text, by trafilatura in precision mode.

    Its fast mode skips the readability and jusText comparisons, which took 40% of the
    time and changed nothing on ordinary article pages; they run only when the fast
    result is missing or short. The parsed tree is passed in (trafilatura copies it), so
    the page is parsed once for the metadata and the text.
    """
    import trafilatura  # heavy import; only HTML needs it

    options = dict(output_format="txt", include_comments=False, include_tables=True, include_links=False,
                   favor_precision=True, deduplicate=False)
    text = trafilatura.extract(tree, fast=True, **options)
    if text is None or len(text) < _SHORT_EXTRACTION:
        text = trafilatura.extract(tree, **options) or text
    return text


def _fallback_text(tree) -> str:
    """Block-level text of the page with obvious chrome removed, one block per line."""
    body = tree.find("body")
    root = body if body is not None else tree
    for el in list(root.iter(*_CHROME_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        hint = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if el.getparent() is not None and _CHROME_HINT.search(hint):
            el.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter(*_BLOCK_TAGS)]
    return "\n".join(b for b in blocks if b)


def _meta(tree, names: tuple[str, ...]) -> str | None:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    for name in names:
        if name in found:
            return found[name]
    return None


def _title(tree) -> str | None:
    meta = _meta(tree, _TITLE_META)
    if meta:
        return " ".join(meta.split())
    el = tree.find(".//title")
    if el is not None and el.text_content().strip():
        return " ".join(el.text_content().split())
    h1 = tree.find(".//h1")
    return " ".join(h1.text_content().split()) if h1 is not None and h1.text_content().strip() else None


def _date(tree) -> tuple[dt.date | None, str | None]:
    candidates = [_meta(tree, _DATE_META)]
    candidates += [el.get("datetime") for el in tree.iter("time")]
    for value in candidates:
        parsed = _parse_iso(value)
        if parsed[0] is not None:
            return parsed
    return None, None


def _parse_iso(value: str | None) -> tuple[dt.date | None, str | None]:
    m = _ISO_DATE.match(value.strip()) if value else None
    if not m:
        return None, None
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if day:
            return dt.date(year, month, int(day)), "day"
        return dt.date(year, month, 1), "month"
    except ValueError:
        return None, None


def _canonical_url(tree) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href", "").startswith("http"):
            return el.get("href")
    url = _meta(tree, ("og:url",))
    return url if url and url.startswith("http") else None
