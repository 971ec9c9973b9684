"""One goed bezig-moment shown as a calm card: the words first, then who, when and a theme."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START, Visibility
from parentjournal.core.moments import Moment
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.moments.icon import moment_pixmap, soften
from parentjournal.ui.moments.themes import theme_label
from parentjournal.ui.text_size import set_relative_font

CARD_STYLE = (
    "QFrame#MomentCard { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 10px; }"
)


def marked_html(snippet: str) -> str:
    """Escape the person's words, then make the search matches bold."""
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


class MomentCard(QFrame):
    """A moment to read; its author also gets buttons to change it or move it to the bin."""

    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        moment: Moment,
        parent: QWidget | None = None,
        *,
        snippet: str | None = None,
        actions: bool = True,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.moment = moment
        self.setObjectName("MomentCard")
        self.setStyleSheet(CARD_STYLE)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(14)
        self.icon = QLabel(self)
        self.icon.setPixmap(moment_pixmap(self.palette(), 24, self.devicePixelRatioF()))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.icon)

        column = QVBoxLayout()
        column.setSpacing(6)
        self.text = QLabel(self)
        self.text.setObjectName("moment_card_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_relative_font(self.text, 1.15)
        if snippet is not None:
            self.text.setTextFormat(Qt.TextFormat.RichText)
            self.text.setText(marked_html(snippet))
        else:
            self.text.setTextFormat(Qt.TextFormat.PlainText)
            self.text.setText(moment.text)
        column.addWidget(self.text)
        self.meta = QLabel(self)
        self.meta.setObjectName("moment_card_meta")
        self.meta.setWordWrap(True)
        soften(self.meta)
        self.meta.setText(self.describe())
        column.addWidget(self.meta)
        outer.addLayout(column, 1)

        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if actions and moment.author_id == ctx.person_id:
            buttons = QVBoxLayout()
            buttons.setSpacing(6)
            self.edit_button = QPushButton(self.tr("Change"), self)
            self.edit_button.setObjectName("moment_edit")
            self.edit_button.setAccessibleName(
                self.tr("Change the moment “{text}”").format(text=short(moment.text))
            )
            self.edit_button.clicked.connect(lambda: self.edit_requested.emit(moment.id))
            self.delete_button = QPushButton(self.tr("To the bin"), self)
            self.delete_button.setObjectName("moment_delete")
            self.delete_button.setAccessibleName(
                self.tr("Move the moment “{text}” to the bin").format(text=short(moment.text))
            )
            self.delete_button.clicked.connect(lambda: self.delete_requested.emit(moment.id))
            for button in (self.edit_button, self.delete_button):
                button.setMinimumHeight(32)
                buttons.addWidget(button)
            buttons.addStretch(1)
            outer.addLayout(buttons)
        self.setAccessibleName(self.tr("Moment: {text}").format(text=moment.text))
        self.setAccessibleDescription(self.meta.text())

    def describe(self) -> str:
        """Who wrote it for whom, on which day, and its theme, as one quiet line."""
        moment = self.moment
        author = self.ctx.name_of(moment.author_id)
        if moment.recipient_id:
            who = self.tr("{author} for {recipient}").format(
                author=author, recipient=self.ctx.name_of(moment.recipient_id)
            )
        else:
            who = author
        parts = [who, format_day(moment.day)]
        if moment.theme:
            parts.append(theme_label(moment.theme))
        if moment.visibility is Visibility.PRIVATE and not moment.recipient_id:
            parts.append(self.tr("only for you"))
        if moment.entry_id:
            entry = self.ctx.journal.entries.get_for(moment.entry_id, self.ctx.person_id)
            if entry is not None:
                parts.append(
                    self.tr("with the journal entry of {day}").format(day=format_day(entry.day))
                )
        return " · ".join(parts)
