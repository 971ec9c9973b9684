"""The Dagboek's editor column, which scrolls only when the window is too short for it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class EditorScroll(QScrollArea):
    """The editor column: scrolls up and down only when the window is too short for it.

    Sideways it behaves like a plain column (it narrows with the window), and it tells the
    splitter the width the editor would like, so the splitter does not squeeze it away.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("editor_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes straight to the fields; the area follows the focus by itself.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        # Never wider than the column: only the height may overflow into scrolling.
        widget.setMinimumWidth(1)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() else QSize()
        return QSize(inner.width(), 0)
