"""A quiet line of text with one button, shown above a list or the editor when it matters."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QWidget):
    """E.g. "The entry is in the bin. [Undo]" or "From 3 March back. [Show all]".

    The owner sets the texts (so they live in its translation context) and connects
    ``button.clicked``. Hidden until :meth:`show` is called.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName(object_name)
        self.button.setMinimumHeight(32)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
