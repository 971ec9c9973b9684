"""The small window of the gentle notice: the moments written for you since you last looked.

Opened by :class:`parentjournal.ui.moments.notice.NoticeWatcher`; loaded only when something
is waiting.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.moments import Moment
from parentjournal.ui.context import AppContext
from parentjournal.ui.moments.card import MomentCard
from parentjournal.ui.moments.icon import soften
from parentjournal.ui.text_size import set_relative_font


class WaitingMomentsDialog(QDialog):
    """Shows the moments written for the current person since they last looked."""

    def __init__(self, ctx: AppContext, moments: list[Moment], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.moments = moments
        self.setObjectName("WaitingMomentsDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.heading = QLabel(self)
        self.heading.setObjectName("waiting_heading")
        self.heading.setWordWrap(True)
        set_relative_font(self.heading, 1.2, bold=True)
        layout.addWidget(self.heading)
        cards = QWidget(self)
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(10)
        self.cards = [MomentCard(ctx, m, cards, actions=False) for m in moments]
        for card in self.cards:
            cards_layout.addWidget(card)
        if len(moments) > 2:
            cards_layout.addStretch(1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(cards)
            scroll.setMinimumHeight(320)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(cards)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        soften(self.where)
        layout.addWidget(self.where)
        self.buttons = QDialogButtonBox(self)
        self.thanks_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.thanks_button.setObjectName("waiting_thanks")
        self.thanks_button.setDefault(True)
        self.thanks_button.setIcon(QIcon())  # words are enough; no style icon
        self.thanks_button.setMinimumHeight(36)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

        authors = {m.author_id for m in moments}
        if len(authors) == 1:
            name = ctx.name_of(moments[0].author_id)
            self.heading.setText(self.tr("{name} wrote something for you").format(name=name))
        else:
            self.heading.setText(self.tr("Something was written for you"))
        self.setWindowTitle(self.heading.text())
        self.where.setText(self.tr("You can read it again any time in Good going."))
        self.thanks_button.setText(self.tr("&Thank you"))
        self.thanks_button.setAccessibleName(self.tr("Thank you, close"))
        self.thanks_button.setFocus()
