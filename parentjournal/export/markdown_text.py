"""Person-written text made safe for Markdown and HTML output.

Journal entries are Markdown. A small, strict renderer turns the common parts (paragraphs,
line breaks, headings, lists, quotes, bold, italic, inline code) into HTML *after* escaping
everything, so raw HTML typed in an entry (``<script>``, ``<img onerror=…>``) always stays
visible text. Links are shown as their text and address, never made clickable.
"""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#+\-=])", re.MULTILINE)
_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_MD_HEADING = re.compile(r"^(#{1,6})\s+", re.MULTILINE)
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])")
_CODE = re.compile(r"`([^`]+)`")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")


def escape_markdown_text(text: str) -> str:
    """Plain text as Markdown that shows exactly these characters (nothing becomes markup)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", _ENTITY.sub("&amp;", text))
    escaped = _LINE_START.sub(r"\1\\\2", escaped)
    escaped = _LINE_NUMBER.sub(r"\1\\\2", escaped)
    # A line break inside an item stays a line break (two spaces before the newline).
    return "  \n".join(escaped.splitlines())


def neutralise_markdown(text: str) -> str:
    """Markdown written by a person, kept as Markdown but with any raw HTML made inert."""
    # "\\<" is a literal "<" in Markdown, so no tag can start; entities stay literal too.
    text = _ENTITY.sub("&amp;", text).replace("<", "\\<")
    # Headings inside an entry sit below the document's own headings.
    return _MD_HEADING.sub(lambda m: "#" * min(len(m.group(1)) + 3, 6) + " ", text)


def _inline(text: str) -> str:
    """Escape, then apply inline emphasis. Input is raw text; output is safe HTML."""
    out = html.escape(text, quote=True)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\2</strong>", out)
    return _ITALIC.sub(r"<em>\2</em>", out)


def markdown_to_html(text: str) -> str:
    """Render a journal entry's Markdown as safe HTML (a strict, small subset)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    list_tag: str | None = None
    items: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        nonlocal list_tag
        if paragraph:
            blocks.append("<p>" + "<br>".join(_inline(p) for p in paragraph) + "</p>")
            paragraph.clear()
        if list_tag:
            blocks.append(
                f"<{list_tag}>"
                + "".join(f"<li>{_inline(i)}</li>" for i in items)
                + f"</{list_tag}>"
            )
            items.clear()
            list_tag = None
        if quote:
            blocks.append(
                "<blockquote><p>" + "<br>".join(_inline(q) for q in quote) + "</p></blockquote>"
            )
            quote.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            flush()
            continue
        if heading := _HEADING.match(line):
            flush()
            # Headings inside an entry sit below the document's own headings.
            level = min(len(heading.group(1)) + 3, 6)
            blocks.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
            continue
        for pattern, tag in ((_BULLET, "ul"), (_NUMBERED, "ol")):
            if match := pattern.match(line):
                if list_tag != tag or paragraph or quote:
                    flush()
                list_tag = tag
                items.append(match.group(1))
                break
        else:
            if match := _QUOTE.match(line):
                if paragraph or list_tag:
                    flush()
                quote.append(match.group(1))
            elif list_tag and line.startswith((" ", "\t")):
                items[-1] += " " + line.strip()
            else:
                if list_tag or quote:
                    flush()
                paragraph.append(line.strip())
    flush()
    return "\n".join(blocks)


def plain_to_html(text: str) -> str:
    """Plain text as escaped HTML, line breaks kept."""
    return "<br>".join(html.escape(line, quote=True) for line in text.splitlines())
