"""Writing a document to a file in one of the export formats (shared by the dialog and CLI)."""

from __future__ import annotations

import os
from pathlib import Path

from parentjournal.core.visit_document import Document
from parentjournal.export.html import to_html
from parentjournal.export.markdown import to_markdown

FORMATS: dict[str, str] = {"pdf": ".pdf", "markdown": ".md", "html": ".html"}


def _write_text(path: Path, text: str) -> None:
    # Write next to the target and move into place: an interrupted write never leaves half a
    # file where a good one was.
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    partial.replace(path)


def write_document(doc: Document, fmt: str, path: Path) -> Path:
    """Write ``doc`` as ``fmt`` ("pdf", "markdown" or "html") to ``path``.

    Raises:
        OSError: the file could not be written (the caller explains it calmly).
        ValueError: unknown format.
    """
    path = Path(path)
    if fmt == "markdown":
        _write_text(path, to_markdown(doc))
    elif fmt == "html":
        _write_text(path, to_html(doc))
    elif fmt == "pdf":
        from parentjournal.export.pdf import write_pdf

        write_pdf(doc, path)
    else:
        raise ValueError(fmt)
    return path
