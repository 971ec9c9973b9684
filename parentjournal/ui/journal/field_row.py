"""Label–field pairs that sit on one line when they fit, else one pair per line.

The labels never wrap word by word ("Wie / mag / het / lezen") and the fields are never cut
off: when the line gets too narrow (a small window, a longer translation, larger text),
each pair gets a line of its own with the labels in one column so the fields line up; when
even that is too narrow, each label sits above its field.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

SPACING = 8
PAIR_GAP = 16  # extra room between two pairs on one line


class Arrangement(Enum):
    ONE_LINE = "one line"
    LINE_PER_PAIR = "line per pair"
    LABEL_ABOVE = "label above"


class FieldRow(QWidget):
    """Lays out ``(label, field)`` pairs on one line, or stacked when the line is too narrow."""

    def __init__(self, pairs: list[tuple[QLabel, QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self._pairs = pairs
        self._arrangement: Arrangement | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(SPACING)
        for label, field in pairs:
            label.setParent(self)
            field.setParent(self)
            label.setWordWrap(False)
        self._arrange(Arrangement.LINE_PER_PAIR)

    @property
    def arrangement(self) -> Arrangement:
        """How the pairs are laid out at the current width."""
        return self._arrangement

    def _widths(self) -> tuple[int, int]:
        """(all pairs side by side, one pair per line with labels in a column)."""
        labels = [label.sizeHint().width() for label, _ in self._pairs]
        fields = [field.sizeHint().width() for _, field in self._pairs]
        one_line = sum(labels) + sum(fields) + SPACING * len(labels)
        one_line += (SPACING + PAIR_GAP) * (len(labels) - 1)
        return one_line, max(labels) + SPACING + max(fields)

    def fitting(self, width: int) -> Arrangement:
        """The roomiest arrangement that fits in ``width`` pixels."""
        one_line, per_pair = self._widths()
        if width >= one_line:
            return Arrangement.ONE_LINE
        if width >= per_pair:
            return Arrangement.LINE_PER_PAIR
        return Arrangement.LABEL_ABOVE

    def rearrange(self) -> None:
        """Choose the arrangement again (after a language switch or a new text size)."""
        self._arrange(self.fitting(self.width()))

    def _arrange(self, arrangement: Arrangement) -> None:
        if arrangement == self._arrangement:
            return
        self._arrangement = arrangement
        for label, field in self._pairs:
            self._grid.removeWidget(label)
            self._grid.removeWidget(field)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
            self._grid.setColumnMinimumWidth(column, 0)
        last = 0
        for index, (label, field) in enumerate(self._pairs):
            if arrangement is Arrangement.ONE_LINE:
                self._grid.addWidget(label, 0, 3 * index)
                self._grid.addWidget(field, 0, 3 * index + 1)
                if index:
                    self._grid.setColumnMinimumWidth(3 * index - 1, PAIR_GAP)
                last = 3 * index + 2
            elif arrangement is Arrangement.LINE_PER_PAIR:
                self._grid.addWidget(label, index, 0)
                self._grid.addWidget(field, index, 1)
                last = 2
            else:
                self._grid.addWidget(label, 2 * index, 0)
                self._grid.addWidget(field, 2 * index + 1, 0)
                last = 1
        # What is left over stays empty at the end, so the fields keep their natural size.
        self._grid.setColumnStretch(last, 1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # As narrow as a label above its field, so a narrow column can always choose that.
        width = max(
            max(label.minimumSizeHint().width(), field.minimumSizeHint().width())
            for label, field in self._pairs
        )
        return QSize(width, self._grid.minimumSize().height())

    def resizeEvent(self, event) -> None:
        self._arrange(self.fitting(event.size().width()))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.rearrange()
        super().changeEvent(event)
