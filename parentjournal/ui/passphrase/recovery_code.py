"""A recovery code shown once: large, in groups, with Print… and Copy.

Shared by the journal passphrase and by each person's own lock, so both show, print and
copy a code the same way. The owner says what the code is for (:meth:`set_note`) and
which journal it belongs to; the panel knows nothing about either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryCodePanel(QWidget):
    """The code in a large fixed-width font, a plain note, and Print… / Copy buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = ""
        self.title = ""
        self.where = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recovery_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setContentsMargins(0, 8, 0, 8)
        self._size_code_font()
        layout.addWidget(self.code_label)
        self.note = QLabel(self)
        self.note.setObjectName("recovery_code_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_code")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_code")
        for button in (self.print_button, self.copy_button):
            button.setMinimumHeight(36)
            button.setAutoDefault(False)
            row.addWidget(button)
        self.copied = QLabel(self)
        self.copied.setObjectName("code_copied")
        row.addWidget(self.copied)
        row.addStretch(1)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_code)
        self.copy_button.clicked.connect(self.copy_code)
        self.retranslate()

    def _size_code_font(self) -> None:
        # A fixed-width font, half again as large as the text around it (and following the
        # text size), so 0/O and 1/I never need guessing when it is copied by hand.
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF(), 6.0) * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(font)

    def set_code(self, code: str, *, title: str, where: str = "") -> None:
        """Show ``code``; ``title`` heads the printed page, ``where`` says which journal."""
        self.code, self.title, self.where = code, title, where
        self.code_label.setText(code)
        self.copied.clear()

    def grow_window_to_fit(self) -> None:
        """Make the window at least as large as the code needs (it may be larger than the
        page shown before it, with larger text). Qt would only get there a few event-loop
        turns later, and not at all for a window with a minimum width of its own."""
        widget: QWidget | None = self
        while widget is not None and not widget.isWindow():
            widget.updateGeometry()
            widget = widget.parentWidget()
        if widget is not None and widget.layout() is not None:
            widget.layout().activate()
            widget.resize(widget.size().expandedTo(widget.sizeHint()))

    def set_note(self, text: str) -> None:
        """The plain sentence under the code: what it is for, said once, without alarm."""
        self.note.setText(text)

    def retranslate(self) -> None:
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.copy_button.setText(self.tr("Cop&y"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        if self.copied.text():
            self.copied.setText(self.tr("Copied."))

    def copy_code(self) -> None:
        """Put the code on the clipboard (to paste into a password manager, for instance)."""
        QGuiApplication.clipboard().setText(self.code)
        self.copied.setText(self.tr("Copied."))

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.code_document().print_(printer)

    def code_document(self) -> QTextDocument:
        """The printable page: a title, the code, what it is for and which journal."""
        document = QTextDocument(self)
        parts = [self.title, self.code, self.note.text(), self.where]
        document.setPlainText("\n\n".join(part for part in parts if part))
        return document

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_code_font()
        super().changeEvent(event)
