"""Saving the visit document as PDF, Markdown or HTML, and printing it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from parentjournal.core.visit_document import Document
from parentjournal.export.files import FORMATS, write_document
from parentjournal.export.pdf import a4_layout, paint_pages


class DocumentSaver(QObject):
    """Asks where to save (or which printer), writes, and says calmly what happened."""

    done = Signal(str)  # a translated sentence for the status line

    def __init__(
        self, parent: QWidget, document: Callable[[], Document | None], *, journal: bool = False
    ):
        super().__init__(parent)
        self.window = parent
        self.document = document
        self.journal = journal  # the whole journal rather than one visit

    def _filters(self, fmt: str) -> str:
        return {
            "pdf": self.tr("PDF document (*.pdf)"),
            "markdown": self.tr("Markdown text (*.md)"),
            "html": self.tr("Web page (*.html)"),
        }[fmt]

    def suggested_path(self, fmt: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        pattern = self.tr("journal-{day}") if self.journal else self.tr("visit-{day}")
        name = pattern.format(day=date.today().isoformat())
        return Path(folder) / (name + FORMATS[fmt])

    def ask_and_save(self, fmt: str) -> Path | None:
        """Ask for a file name, then write the document there."""
        doc = self.document()
        if doc is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the journal") if self.journal else self.tr("Save the visit document"),
            str(self.suggested_path(fmt)),
            self._filters(fmt),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (FORMATS[fmt], ".htm", ".markdown"):
            path = path.with_name(path.name + FORMATS[fmt])
        return self.save(doc, fmt, path)

    def save(self, doc: Document, fmt: str, path: Path) -> Path | None:
        """Write ``doc``; a problem is explained, never a crash."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_document(doc, fmt, path)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.information(
                self.window,
                self.tr("Not saved"),
                self.tr(
                    "The document could not be saved in that place ({error}). "
                    "Would you like to try another folder?"
                ).format(error=exc.strerror or exc),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self.done.emit(self.tr("Saved as {name}.").format(name=path.name))
        return path

    def print_document(self) -> bool:
        """Show the printer dialog and print the document on A4."""
        doc = self.document()
        if doc is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(doc.title)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the visit document"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_pages(doc, printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.done.emit(self.tr("Sent to the printer."))
        return True
