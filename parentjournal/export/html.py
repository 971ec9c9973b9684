"""A document as a standalone HTML page (pure; everything a person wrote is escaped).

The same HTML (with ``for_qt=True``) feeds the preview and the PDF through QTextDocument,
which understands only simple CSS, so the styling stays modest and print-friendly.
"""

from __future__ import annotations

import html
import re

from parentjournal.core.visit_document import Document
from parentjournal.export.markdown_text import markdown_to_html, plain_to_html

_CSS = """
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.45;
       max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
p.line { margin: 0; color: #555; }
h2 { font-size: 1.25em; margin-top: 1.4em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; margin-bottom: 0.2em; }
p { margin-top: 0.2em; margin-bottom: 0.4em; }
p.note { margin-top: 0.1em; color: #555; font-style: italic; }
li { margin-bottom: 0.5em; }
blockquote { margin-left: 1em; color: #444; }
"""


def _item_html(item) -> str:
    parts = []
    if item.heading:
        parts.append(f"<h3>{html.escape(item.heading)}</h3>")
    if item.text.strip():
        body = (
            markdown_to_html(item.text) if item.markdown else f"<p>{plain_to_html(item.text)}</p>"
        )
        parts.append(body)
    if item.note:
        parts.append(f'<p class="note">{plain_to_html(item.note)}</p>')
    return "\n".join(parts)


def body_html(doc: Document) -> str:
    """The document's content as HTML (no <html> wrapper), used by the page and the PDF."""
    out = [f"<h1>{html.escape(doc.title)}</h1>"]
    out += [f'<p class="line">{html.escape(line)}</p>' for line in doc.lines]
    for section in doc.sections:
        out.append(f"<h2>{html.escape(section.heading)}</h2>")
        if any(item.heading for item in section.items):
            out += [_item_html(item) for item in section.items]
        else:
            out.append("<ul>")
            out += [f"<li>{_item_html(item)}</li>" for item in section.items]
            out.append("</ul>")
    return "\n".join(out)


def to_html(doc: Document, *, for_qt: bool = False, colours: bool = True) -> str:
    """Return a complete HTML page for ``doc``.

    ``for_qt`` drops what QTextDocument lays out badly (page width); ``colours=False`` leaves
    colours to the screen's palette (the on-screen preview, which must work in dark mode).
    """
    css = _CSS if not for_qt else _CSS.replace("max-width: 42em; margin: 2em auto;", "")
    if not colours:
        css = re.sub(r"(border-bottom: 1px solid |color: )#\w+;", "", css)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(doc.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(doc.title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body_html(doc)}\n</body>\n</html>\n"
    )
