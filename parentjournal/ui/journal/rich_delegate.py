"""A list delegate that paints a little rich text (bold matches) in palette colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

HtmlRole = Qt.ItemDataRole.UserRole + 20
_PAD = 10


class RichTextDelegate(QStyledItemDelegate):
    """Paints the HTML in ``HtmlRole``; the selection follows the system style."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(index.data(HtmlRole) or "")
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            # sizeHint() gets no rect; the list's visible width is what the text wraps to.
            width = option.widget.viewport().width()
        doc.setTextWidth(max(width - 2 * _PAD, 120))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()) + 2 * _PAD, int(doc.size().height()) + 2 * _PAD)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
