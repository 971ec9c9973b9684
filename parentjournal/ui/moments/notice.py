"""The gentle notice: "Sara wrote something for you", shown once when you become the writer.

No badge and no counter: when a person becomes the current writer (at start or by switching)
and a moment written for them has not been shown yet, a small window shows it. Showing it is
remembered at once, so it never comes back; the moment stays in their collection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
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
from parentjournal.ui.moments.icon import soften
from parentjournal.ui.text_size import set_relative_font


class WaitingMomentsDialog(QDialog):
    """Shows the moments written for the current person since they last looked."""

    def __init__(self, ctx: AppContext, moments: list[Moment], parent: QWidget | None = None):
        # Loaded here, not with the watcher: the watcher starts with the window, and most
        # starts have nothing waiting (the card pulls in the moments' whole look).
        from parentjournal.ui.moments.card import MomentCard

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


class NoticeWatcher(QObject):
    """Opens the notice when a person with waiting moments becomes the current writer."""

    def __init__(self, ctx: AppContext, owner: QWidget):
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.dialog: WaitingMomentsDialog | None = None
        ctx.person_changed.connect(lambda _pid: self.check())
        # At start, once the window is up (the event loop has turned once).
        QTimer.singleShot(0, self.check)

    def check(self) -> WaitingMomentsDialog | None:
        """Show what waits for the current person, once; returns the dialog if one opened."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        try:
            person = self.ctx.person_id
        except RuntimeError:
            return None
        waiting = self.ctx.journal.moments.waiting_for(person)
        if not waiting:
            return None
        ids = [m.id for m in waiting]
        # Remember first: even if the app closes now, the notice does not come back.
        if self.ctx.run(lambda: self.ctx.journal.moments.mark_shown(person, ids)) is None:
            return None
        window = self.owner.window()
        self.dialog = WaitingMomentsDialog(self.ctx, waiting, window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None
