"""A column that scrolls up and down only when the window is too short for it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ColumnScroll(QScrollArea):
    """Holds a column of fields; scrolls vertically only when the window is too short.

    Sideways it behaves like a plain column (it narrows with the window); in height it
    asks for nothing, so a short window scrolls the column instead of squeezing its rows
    on top of each other.

    Args:
        parent: the widget it sits in.
        min_chars: the narrowest the column may get, in average characters of its font
            (0: as narrow as its content allows).
    """

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 0):
        super().__init__(parent)
        self._min_chars = min_chars
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
        wanted = self.fontMetrics().averageCharWidth() * self._min_chars
        return QSize(max(inner.width(), wanted), 0)
