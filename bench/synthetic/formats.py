"""The bytes of one synthetic document in each format (txt, html, docx, pdf)."""

from __future__ import annotations

import io
import random
import textwrap


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


def pdf_font() -> str:
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
    return write_pdf(paragraphs, font or pdf_font())
