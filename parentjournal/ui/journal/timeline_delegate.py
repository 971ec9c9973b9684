"""Paints timeline rows: a calm day header, or an item as heading, excerpt and a quiet line.

Only palette colours are used, so dark mode and high-contrast themes work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from parentjournal.ui.journal.timeline_model import ExcerptRole, IsHeaderRole, MetaRole

_PAD_X = 14
_PAD_Y = 10
_GAP = 3
_ICON = 20

# Another kind of item may look distinct: KIND_LOOKS["moment"] = lambda palette, size, ratio:
# (an icon pixmap, a soft background colour from the palette). Entries keep the plain look.
KIND_LOOKS: dict[str, Callable[[QPalette, int, float], tuple[QPixmap, QColor]]] = {}


def _is_selected(option: QStyleOptionViewItem, index: QModelIndex) -> bool:
    """Whether the row is selected, asked of the view rather than read from ``option.state``.

    That flag is a QStyle enum, and the first touch of QStyle from Python makes PySide build
    the whole class with all its enums (several milliseconds) before the first paint.
    """
    view = option.widget
    selection = view.selectionModel() if view is not None else None
    return selection is not None and selection.isSelected(index)


def _kind(index: QModelIndex) -> str | None:
    item_at = getattr(index.model(), "item_at", None)
    item = item_at(index.row()) if item_at is not None else None
    return item.kind if item is not None else None


class TimelineDelegate(QStyledItemDelegate):
    """Draws day headers and items of :class:`TimelineModel`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._known_heights: dict[str, tuple[int, int, int]] = {}
        self._known_fonts: dict[str, tuple[QFont, QFont, QFont, QFont]] = {}
        self._known_metrics: dict[str, tuple[QFontMetrics, ...]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        """(day header, heading, excerpt, quiet line) for the option's font, made once per
        font (every row's paint needs them; a new text size brings a new font)."""
        key = option.font.key()
        found = self._known_fonts.get(key)
        if found is None:
            found = self._known_fonts[key] = self._make_fonts(option)
        return found

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, ...]:
        """The metrics of :meth:`_fonts`, in the same order and made as seldom."""
        key = option.font.key()
        found = self._known_metrics.get(key)
        if found is None:
            found = tuple(QFontMetrics(font) for font in self._fonts(option))
            self._known_metrics[key] = found
        return found

    @staticmethod
    def _make_fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        base = QFont(option.font)
        heading = QFont(base)
        heading.setBold(True)
        day = QFont(base)
        day.setBold(True)
        day.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        return day, heading, base, small

    def _heights(self, option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """(a day header, an item without excerpt, an excerpt line) for the option's font.

        Every row is measured when the list is laid out, so the heights are worked out once
        per font (a new text size brings a new font) rather than once per row.
        """
        key = option.font.key()
        found = self._known_heights.get(key)
        if found is None:
            day, heading, base, small = self._metrics(option)
            found = (
                day.height() + 2 * _PAD_Y + 6,
                heading.height() + small.height() + 2 * _PAD_Y,
                base.height() + _GAP,
            )
            self._known_heights[key] = found
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        header, item, excerpt = self._heights(option)
        if index.data(IsHeaderRole):
            return QSize(200, header)
        height = item + (excerpt if index.data(ExcerptRole) else 0)
        return QSize(200, height + _GAP)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the heading, excerpt and quiet line are painted by _paint

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        try:
            self._paint(painter, option, index, option.palette, option.rect)
        finally:
            painter.restore()

    def _paint(self, painter, option, index, palette, rect) -> None:
        day_font, heading_font, base_font, small_font = self._fonts(option)
        day_metrics, heading_metrics, base_metrics, small_metrics = self._metrics(option)
        if index.data(IsHeaderRole):
            painter.setFont(day_font)
            # Headers are not selectable; still draw them in the active (not greyed) colour.
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
            text_rect = rect.adjusted(_PAD_X - 6, _PAD_Y + 6, -_PAD_X, -_PAD_Y // 2)
            text = day_metrics.elidedText(
                index.data(), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text
            )
            return
        selected = _is_selected(option, index)
        # The base class lets the style draw the selection/hover/focus background the system
        # way; initStyleOption leaves the words out, they are drawn below.
        super().paint(painter, option, index)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        quiet = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        look = KIND_LOOKS.get(_kind(index) or "")
        if look is not None:
            ratio = option.widget.devicePixelRatioF() if option.widget else 1.0
            icon, colour = look(palette, _ICON, ratio)
            if not selected:
                painter.setRenderHint(painter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(rect.adjusted(4, 2, -4, -2)), 8, 8)
            painter.drawPixmap(inner.left(), inner.top(), icon)
            inner.setLeft(inner.left() + _ICON + 10)
        y = inner.top()
        for text, font, metrics, colour in (
            (index.data(), heading_font, heading_metrics, text_colour),
            (index.data(ExcerptRole), base_font, base_metrics, text_colour),
            (index.data(MetaRole), small_font, small_metrics, quiet),
        ):
            if not text:
                continue
            painter.setFont(font)
            painter.setPen(colour)
            line = QRect(inner.left(), y, inner.width(), metrics.height())
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )
            y += metrics.height() + _GAP
