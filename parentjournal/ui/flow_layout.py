"""A row of buttons that wraps onto the next line when the window is narrow.

At the smallest window (720×480), or with a long translation or a larger text size, a
plain row of buttons squeezes them until their words are cut off. This layout keeps every
button at the width its text needs and moves what does not fit to a new line instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them onto new lines as needed.

    Args:
        parent: the widget the layout manages (optional, as for any layout).
        spacing: the gap between items, across and down.
        fill_rows: when true, each line's spare width is shared among its items, so a
            line of two buttons fills the column the way a stretched row would.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, fill_rows=False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._fill_rows = fill_rows
        # Height for a width, as Qt's own layouts keep it: the window asks the same
        # question many times while it lays itself out, more than once per width.
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # The QLayout interface -------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        # Qt calls this whenever an item's size or visibility may have changed (and on
        # every layout pass of the window, for each layout inside it).
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Wide enough for every item on one line, the way a plain row would ask.
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # Only the widest item has to fit: the others move to lines of their own.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # Arranging --------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        if parent is None:
            return 8
        # Here, not at import: QStyle is a large class for PySide to build, and every flow
        # layout of the first screen has its own spacing.
        from PySide6.QtWidgets import QStyle

        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        gap = self._gap()
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines and lines[-1] and used + gap + wanted <= width:
                lines[-1].append(item)
                used += gap + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items inside ``rect`` (when ``move``); returns the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        y = inner.y()
        for line in self._lines(inner.width()):
            line_height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), inner.width()) for item in line]
            if self._fill_rows:
                spare = inner.width() - sum(widths) - gap * (len(line) - 1)
                for index in range(len(widths)):
                    share = spare // len(line) + (1 if index < spare % len(line) else 0)
                    widths[index] += max(0, share)
            x = inner.x()
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, line_height)))
                x += width + gap
            y += line_height + gap
        used = y - gap - inner.y() if y > inner.y() else 0
        return used + margins.top() + margins.bottom()
