"""The check-in dialog: "How are you really doing?" — the same for every adult.

Saved as you type (a check-in appears once something is written); private unless the
person ticks the box to share this one. Every field may stay empty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.checkin import CheckIn, CheckInDraft
from parentjournal.core.clock import today
from parentjournal.core.model import Visibility
from parentjournal.ui.context import AppContext
from parentjournal.ui.support import show_support

AUTOSAVE_MS = 400


class CheckInDialog(QDialog):
    """Write a new check-in or change one of your own."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, checkin: CheckIn | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.checkin = checkin
        self.author_id = checkin.author_id if checkin else ctx.person_id
        self.setObjectName("CheckInDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.text_label = QLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("checkin_text")
        self.text.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 2)

        self.energy_label = QLabel(self)
        self.energy = QLineEdit(self)
        self.energy.setObjectName("checkin_energy")
        self.energy.setMaxLength(60)
        self.energy_label.setBuddy(self.energy)
        layout.addWidget(self.energy_label)
        layout.addWidget(self.energy)

        self.help_label = QLabel(self)
        self.would_help = QPlainTextEdit(self)
        self.would_help.setObjectName("checkin_help")
        self.would_help.setTabChangesFocus(True)
        self.would_help.setMaximumHeight(90)
        self.help_label.setBuddy(self.would_help)
        layout.addWidget(self.help_label)
        layout.addWidget(self.would_help, 1)

        self.talk_partner = QCheckBox(self)
        self.talk_partner.setObjectName("checkin_talk_partner")
        self.talk_carer = QCheckBox(self)
        self.talk_carer.setObjectName("checkin_talk_carer")
        self.shared = QCheckBox(self)
        self.shared.setObjectName("checkin_shared")
        layout.addSpacing(6)
        layout.addWidget(self.talk_partner)
        layout.addWidget(self.talk_carer)
        layout.addWidget(self.shared)
        # With one adult there is no partner to talk with or to share with.
        several = len(ctx.people()) > 1
        self.talk_partner.setVisible(several)
        self.shared.setVisible(several)

        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)
        layout.addWidget(self.saved_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Where to turn when it is a lot: the Hulp en steun page, one click away.
        self.support_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.support_button.setObjectName("checkin_support")
        self.support_button.clicked.connect(lambda: show_support(self.ctx, self.parentWidget()))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if checkin is not None:
            self.text.setPlainText(checkin.text)
            self.energy.setText(checkin.energy)
            self.would_help.setPlainText(checkin.would_help)
            self.talk_partner.setChecked(checkin.talk_partner)
            self.talk_carer.setChecked(checkin.talk_carer)
            self.shared.setChecked(checkin.visibility is Visibility.SHARED)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._timer.start)
        self.energy.textChanged.connect(self._timer.start)
        self.would_help.textChanged.connect(self._timer.start)
        for box in (self.talk_partner, self.talk_carer, self.shared):
            box.toggled.connect(lambda _on: self.flush())
        self.retranslate()
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How are you doing?"))
        self.heading.setText(self.tr("How are you really doing?"))
        self.text_label.setText(self.tr("&In your own words, as much or as little as you like:"))
        self.text.setAccessibleName(self.tr("How are you really doing?"))
        self.energy_label.setText(self.tr("A word for your &energy, if you like:"))
        self.energy.setPlaceholderText(self.tr("tired, okay, full of beans…"))
        self.energy.setAccessibleName(self.tr("A word for your energy"))
        self.help_label.setText(self.tr("What would &help you this week?"))
        self.would_help.setAccessibleName(self.tr("What would help you this week?"))
        self.talk_partner.setText(self.tr("I'd like to talk about this with my &partner"))
        self.talk_carer.setText(self.tr("I'd like to talk about this with the &midwife or doctor"))
        self.shared.setText(self.tr("&Share this check-in with the household"))
        self.saved_note.setText(
            self.tr("Saved as you type. Only you can see it unless you share it.")
        )
        self.support_button.setText(self.tr("Help and s&upport…"))
        self.support_button.setAccessibleName(self.tr("Where to find help and support"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def draft(self) -> CheckInDraft:
        return CheckInDraft(
            author_id=self.author_id,
            day=self.checkin.day if self.checkin else today(),
            text=self.text.toPlainText(),
            energy=self.energy.text(),
            would_help=self.would_help.toPlainText(),
            talk_partner=self.talk_partner.isChecked(),
            talk_carer=self.talk_carer.isChecked(),
            visibility=Visibility.SHARED if self.shared.isChecked() else Visibility.PRIVATE,
        )

    def flush(self) -> None:
        """Save now what is typed (called by the autosave timer and on closing)."""
        self._timer.stop()
        draft = self.draft()
        checkins = self.ctx.journal.checkins
        if self.checkin is None:
            if draft.is_empty:
                return
            result = self.ctx.run(lambda: checkins.create(draft))
        else:
            checkin_id = self.checkin.id
            result = self.ctx.run(lambda: checkins.save(checkin_id, draft))
        if result is not None:
            self.checkin = result[0]

    def done(self, code: int) -> None:
        self.flush()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # Not modal, so the language can change in Settings while it is open.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
