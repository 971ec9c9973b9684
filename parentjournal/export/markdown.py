"""A document as Markdown, for keeping or pasting. Person-written text is escaped so it reads
exactly as typed, and raw HTML in an entry never becomes markup."""

from __future__ import annotations

from parentjournal.core.visit_document import Document
from parentjournal.export.markdown_text import escape_markdown_text, neutralise_markdown


def to_markdown(doc: Document) -> str:
    """Return the whole document as Markdown text (ends with a newline)."""
    out = [f"# {escape_markdown_text(doc.title)}", ""]
    for line in doc.lines:
        out += [f"*{escape_markdown_text(line)}*  "]
    for section in doc.sections:
        out += ["", f"## {escape_markdown_text(section.heading)}", ""]
        for item in section.items:
            if item.heading:
                out += [f"### {escape_markdown_text(item.heading)}", ""]
            if item.markdown:
                out += [neutralise_markdown(item.text.strip()), ""]
            else:
                marker = "" if item.heading else "- "
                text = escape_markdown_text(item.text.strip())
                out.append(marker + (text.replace("\n", "\n  ") if marker else text))
            if item.note:
                note = escape_markdown_text(item.note)
                if item.heading:
                    out += ["", f"*{note}*"]
                else:
                    out.append("  *" + note.replace("\n", "\n  ") + "*")
            if item.heading:
                out.append("")
    return "\n".join(out).rstrip() + "\n"
