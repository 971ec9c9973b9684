"""A list delegate that paints a little rich text (bold matches) in palette colours.

Laying out rich text is the costly part of a list of search results (a third of a
millisecond a row). A list view lays out *every* row again whenever rows are added, so the
size of each row is remembered by its text, width and font: scrolling to result 1,000 then
costs what scrolling to result 25 costs. And a list asks every row's size before it paints
anything: only the rows that can be on screen are laid out then; the others get a quick
estimate from the font's measures, made exact when they are first painted (the list then
places its rows again, from remembered sizes).
"""

from __future__ import annotations

import html as html_text
import re
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 20
_PAD = 10
_REMEMBERED_SIZES = 20_000  # about 2 MB; forgotten all at once beyond that
_REMEMBERED_DOCUMENTS = 100  # the rows on screen and a few around them
_LINE_BREAKS = re.compile(r"<br\s*/?>|</div>|</p>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


class RichTextDelegate(QStyledItemDelegate):
    """Paints the HTML in ``HtmlRole``; the selection follows the system style."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}
        # The document laid out for a row's size is the one painted right after.
        self._documents: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()
        # Sizes guessed for rows not laid out yet (see the module docstring).
        self._estimates: dict[tuple[str, int, str], QSize] = {}
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._estimates_corrected)
        self._corrected: QPersistentModelIndex | None = None

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        # A row spans the list's visible width, so sizing and painting wrap the text to the
        # same width (the rect a row is painted in may be a pixel narrower).
        width = option.widget.viewport().width() if option.widget is not None else 0
        if width <= 0:
            width = option.rect.width()
        return max(width - 2 * _PAD, 120)

    @staticmethod
    def _rows_on_screen(option: QStyleOptionViewItem) -> int:
        """At most how many rows fit on the list's screen (every row has two lines)."""
        if option.widget is None:
            return 1_000_000
        smallest = 2 * QFontMetrics(option.font).lineSpacing() + 2 * _PAD
        return option.widget.viewport().height() // max(smallest, 1) + 1

    @staticmethod
    def _estimate(option: QStyleOptionViewItem, html: str, width: int) -> QSize:
        """A row's size from the font's measures, without laying out its rich text. Bold
        is measured for every word, so the guess is rather too tall than too short."""
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        box = QRect(0, 0, width, 1_000_000)
        height = 0
        for line in html_text.unescape(_TAGS.sub("", _LINE_BREAKS.sub("\n", html))).split("\n"):
            if line.strip():
                height += metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, line).height()
        return QSize(width + 2 * _PAD, max(height, metrics.lineSpacing()) + 2 * _PAD)

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        key = (html, width, option.font.key())
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(width)
        self._documents[key] = doc
        if len(self._documents) > _REMEMBERED_DOCUMENTS:
            self._documents.popitem(last=False)
        return doc

    def _exact(self, option: QStyleOptionViewItem, html: str, width: int, key) -> QSize:
        doc = self._document(option, html, width)
        size = QSize(int(doc.idealWidth()) + 2 * _PAD, int(doc.size().height()) + 2 * _PAD)
        if len(self._sizes) >= _REMEMBERED_SIZES:
            self._sizes.clear()
        self._sizes[key] = size
        return size

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        html = index.data(HtmlRole) or ""
        width = self._text_width(option)
        key = (html, width, option.font.key())
        size = self._sizes.get(key)
        if size is not None:
            return size
        if index.row() < self._rows_on_screen(option):
            return self._exact(option, html, width, key)
        estimate = self._estimates.get(key)
        if estimate is None:
            estimate = self._estimates[key] = self._estimate(option, html, width)
        return estimate

    def forget(self) -> None:
        """Drop every remembered size and document (a new query's rows were never laid out)."""
        self._sizes.clear()
        self._documents.clear()
        self._estimates.clear()

    def _estimates_corrected(self) -> None:
        # Painted rows that had a guessed size have their exact one now: place rows again.
        index, self._corrected = self._corrected, None
        if index is not None and index.isValid():
            self.sizeHintChanged.emit(QModelIndex(index))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        html, width = index.data(HtmlRole) or "", self._text_width(option)
        doc = self._document(option, html, width)
        key = (html, width, option.font.key())
        guessed = self._estimates.pop(key, None)
        if (
            guessed is not None
            and self._exact(option, html, width, key).height() != guessed.height()
        ):
            # Not during painting: the list places its rows again right after.
            self._corrected = QPersistentModelIndex(index)
            self._relayout.start()
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
