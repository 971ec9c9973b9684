"""A list delegate that paints a little rich text (bold matches) in palette colours.

Laying out rich text is the costly part of a list of search results (a third of a
millisecond a row). A list view lays out *every* row again whenever rows are added, so the
size of each row is remembered by its text, width and font: scrolling to result 1,000 then
costs what scrolling to result 25 costs.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 20
_PAD = 10
_REMEMBERED_SIZES = 20_000  # about 2 MB; forgotten all at once beyond that
_REMEMBERED_DOCUMENTS = 100  # the rows on screen and a few around them


class RichTextDelegate(QStyledItemDelegate):
    """Paints the HTML in ``HtmlRole``; the selection follows the system style."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}
        # The document laid out for a row's size is the one painted right after.
        self._documents: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            # sizeHint() gets no rect; the list's visible width is what the text wraps to.
            width = option.widget.viewport().width()
        return max(width - 2 * _PAD, 120)

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

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        html = index.data(HtmlRole) or ""
        width = self._text_width(option)
        key = (html, width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            doc = self._document(option, html, width)
            size = QSize(int(doc.idealWidth()) + 2 * _PAD, int(doc.size().height()) + 2 * _PAD)
            if len(self._sizes) >= _REMEMBERED_SIZES:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def forget(self) -> None:
        """Drop every remembered size and document (a new query's rows were never laid out)."""
        self._sizes.clear()
        self._documents.clear()

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index.data(HtmlRole) or "", self._text_width(option))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
