"""The text field of an entry, which refuses a paste larger than an entry can hold.

A multi-megabyte paste is nearly always an accident (a whole file, a log). Letting it in
would freeze the window while it is laid out, and then every autosave would fail; refusing
it up front keeps what was typed safe and the window responsive.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from parentjournal.core.journal import MAX_BODY_CHARS


class BodyEdit(QPlainTextEdit):
    """A plain-text editor for an entry's body, with a size limit on pasting and dropping."""

    paste_refused = Signal(int)  # characters the paste would have brought in

    def __init__(self, parent: QWidget | None = None, *, limit: int = MAX_BODY_CHARS):
        super().__init__(parent)
        self.limit = limit

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste or drop ``source`` unless the text would grow past :attr:`limit`."""
        if source.hasText():
            incoming = len(source.text())
            selected = len(self.textCursor().selectedText())
            if self.document().characterCount() - 1 - selected + incoming > self.limit:
                self.paste_refused.emit(incoming)
                return
        super().insertFromMimeData(source)
