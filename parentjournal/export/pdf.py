"""A document as tidy A4 pages: PDF through QPdfWriter, or any printer (QtGui only).

The pages are laid out by QTextDocument from the same safe HTML as the HTML export, with the
document title and "page n of m" in a footer. Text is always drawn black on white, whatever
the screen's colour scheme, because it is meant for paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from parentjournal.core.visit_document import Document
from parentjournal.export.html import to_html

# Fonts that cover é, ë and most scripts; Qt falls back per character (emoji included) and
# draws a box rather than failing when no installed font has a glyph.
PREFERRED_FONTS = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
BODY_POINT_SIZE = 11
FOOTER_POINT_SIZE = 8


def document_font() -> QFont:
    """The first preferred font that is installed (else the application default)."""
    installed = set(QFontDatabase.families())
    font = QFont()
    for family in PREFERRED_FONTS:
        if family in installed:
            font = QFont(family)
            break
    font.setPointSize(BODY_POINT_SIZE)
    return font


def page_label(page: int, pages: int) -> str:
    return QCoreApplication.translate("VisitPdf", "page {page} of {pages}").format(
        page=page, pages=pages
    )


def paint_pages(
    doc: Document,
    device: QPagedPaintDevice,
    label: Callable[[int, int], str] = page_label,
) -> int:
    """Lay out ``doc`` on the pages of ``device`` (a QPdfWriter or a QPrinter).

    Returns the number of pages written.
    """
    dpi = device.resolution()
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = area.width(), area.height()
    footer_height = int(dpi * 0.4)
    body_height = height - footer_height

    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDefaultFont(document_font())
    text.setDocumentMargin(0)
    text.setHtml(to_html(doc, for_qt=True))
    text.setPageSize(QSizeF(width, body_height))
    pages = max(text.pageCount(), 1)

    context = QAbstractTextDocumentLayout.PaintContext()
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    context.palette = palette

    footer_font = document_font()
    footer_font.setPointSize(FOOTER_POINT_SIZE)
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            top = index * body_height
            painter.save()
            painter.translate(0, -top)
            clip = QRectF(0, top, width, body_height)
            painter.setClipRect(clip)
            context.clip = clip
            text.documentLayout().draw(painter, context)
            painter.restore()
            painter.setPen(QColor("#444444"))
            painter.setFont(footer_font)
            footer = QRectF(0, body_height, width, footer_height)
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft),
                doc.title,
            )
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                label(index + 1, pages),
            )
    finally:
        painter.end()
    return pages


def a4_layout() -> QPageLayout:
    """A4 portrait with comfortable margins (mm)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 18, 20, 14),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(doc: Document, path: Path) -> int:
    """Write ``doc`` as an A4 PDF to ``path``; returns the number of pages.

    Written to a temporary file first and then moved into place, so a failure never leaves
    half a PDF where a good one was.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    writer.setTitle(doc.title)
    writer.setCreator("Ouderdagboek")
    try:
        pages = paint_pages(doc, writer)
    finally:
        del writer  # closes the file
    partial.replace(path)
    return pages
