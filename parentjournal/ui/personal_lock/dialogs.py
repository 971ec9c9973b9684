"""Setting up, changing and removing one's own lock (opened from Settings).

Each dialog serves only the person who is writing now: nobody manages someone else's lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui.context import AppContext
from parentjournal.ui.personal_lock.calls import attempt
from parentjournal.ui.personal_lock.code_page import RecoveryCodePage
from parentjournal.ui.personal_lock.fields import (
    NewPassphraseFields,
    big_button,
    message_label,
    secret_field,
)


class _LockDialog(QDialog):
    """Common frame: an intro, the fields of the subclass, a message line, two buttons."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = ctx.person_id
        self.name = ctx.name_of(self.person_id)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        self.form_page = QWidget(self.pages)
        self.layout_ = QVBoxLayout(self.form_page)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self.intro = QLabel(self.form_page)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.pages.addWidget(self.form_page)

    def _add_current_passphrase(self) -> None:
        """The labelled "current passphrase" field (change and take away both ask for it)."""
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        self.current_label = QLabel(self.form_page)
        self.current_field = secret_field(self.form_page, "current_passphrase")
        self.current_label.setBuddy(self.current_field)
        form.addRow(self.current_label, self.current_field)
        self.layout_.addLayout(form)

    def _finish_form(self, do_name: str) -> None:
        self.message = message_label(self.form_page, "own_lock_message")
        self.layout_.addWidget(self.message)
        row = QHBoxLayout()
        self.do_button = big_button(self.form_page, do_name, self.do_it)
        self.do_button.setDefault(True)
        self.cancel_button = big_button(self.form_page, "cancel", self.reject)
        row.addWidget(self.do_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def do_it(self) -> None:
        """Override: what the main button does."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Override: set all texts."""


class SetUpLockDialog(_LockDialog):
    """A new passphrase, twice; then the recovery code, shown once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("SetUpLockDialog")
        self.recovery_code = ""
        self.fields = NewPassphraseFields(self.form_page)
        self.layout_.addWidget(self.fields)
        self._finish_form("set_up_lock")
        self.code_page = RecoveryCodePage(self.pages)
        self.code_page.done.connect(self.accept)
        self.pages.addWidget(self.code_page)
        self.retranslate()
        self.fields.new_field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your own lock"))
        self.intro.setText(
            self.tr(
                "{name}, with your own passphrase, what you mark “Only me” is locked: "
                "whoever chooses your name under “Who is writing?” needs the passphrase to "
                "see it, and the journal file holds it encrypted. What you share stays as "
                "it is."
            ).format(name=self.name)
        )
        self.do_button.setText(self.tr("&Lock my own items"))
        self.do_button.setAccessibleName(self.tr("Lock my own items with this passphrase"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def do_it(self) -> None:
        passphrase, problem = self.fields.take()
        self.fields.new_field.setFocus()
        if passphrase is None:
            self.message.setText(problem)
            return
        locks = self.ctx.journal.personal_locks
        result, problem = attempt(
            self.ctx,
            lambda: locks.set_passphrase(self.person_id, passphrase),
            busy=self.tr("One moment: your own items are being locked."),
            parent=self,
        )
        if result is None:
            self.message.setText(problem)
            return
        self.recovery_code = result[0]
        # Shown first, then filled: a hidden page does not tell the dialog it grew.
        self.pages.setCurrentWidget(self.code_page)
        self.code_page.show_code(
            self.recovery_code,
            name=self.name,
            where=str(self.ctx.journal.paths.journal),
            replaced=False,
        )
        self.code_page.panel.grow_window_to_fit()
        self.code_page.done_button.setFocus()

    def reject(self) -> None:
        # Once the lock is on, the code is the only copy: leave only through "Done".
        if self.pages.currentWidget() is self.code_page:
            return
        super().reject()


class ChangeLockDialog(_LockDialog):
    """The current passphrase, then a new one twice. The recovery code stays valid."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("ChangeLockDialog")
        self._add_current_passphrase()
        self.fields = NewPassphraseFields(self.form_page)
        self.layout_.addWidget(self.fields)
        self._finish_form("change_lock")
        self.retranslate()
        self.current_field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your own lock"))
        self.intro.setText(
            self.tr("Would you like a new passphrase? Your recovery code stays the same.")
        )
        self.current_label.setText(self.tr("C&urrent passphrase"))
        self.current_field.setAccessibleName(self.tr("Current passphrase"))
        self.do_button.setText(self.tr("C&hange the passphrase"))
        self.do_button.setAccessibleName(self.tr("Change the passphrase"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def do_it(self) -> None:
        old = self.current_field.text()
        new, problem = self.fields.take()
        if new is None:
            self.message.setText(problem)
            self.fields.new_field.setFocus()
            return
        locks = self.ctx.journal.personal_locks
        result, problem = attempt(
            self.ctx, lambda: locks.change_passphrase(self.person_id, old, new)
        )
        if result is None:
            self.message.setText(problem)
            self.current_field.selectAll()
            self.current_field.setFocus()
            return
        self.accept()


class RemoveLockDialog(_LockDialog):
    """Asks for the passphrase once more, then takes the own lock away."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("RemoveLockDialog")
        self._add_current_passphrase()
        # Typing the passphrase is the confirmation; Enter then takes the lock away.
        self._finish_form("remove_lock")
        self.retranslate()
        self.current_field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your own lock"))
        self.intro.setText(
            self.tr(
                "Would you like to take your own lock away? What you mark “Only me” then "
                "opens without a passphrase again and is no longer encrypted on its own. "
                "It is still shown only when your name is chosen."
            )
        )
        self.current_label.setText(self.tr("Your &passphrase"))
        self.current_field.setAccessibleName(self.tr("Your passphrase"))
        self.do_button.setText(self.tr("&Take the lock away"))
        self.do_button.setAccessibleName(self.tr("Take my own lock away"))
        self.cancel_button.setText(self.tr("&Keep the lock"))
        self.cancel_button.setAccessibleName(self.tr("Keep my own lock"))

    def do_it(self) -> None:
        passphrase = self.current_field.text()
        if not passphrase:
            self.current_field.setFocus()
            return
        locks = self.ctx.journal.personal_locks
        result, problem = attempt(
            self.ctx,
            lambda: locks.remove_passphrase(self.person_id, passphrase),
            busy=self.tr("One moment: your own lock is being taken away."),
            parent=self,
        )
        if result is None:
            self.message.setText(problem)
            self.current_field.selectAll()
            self.current_field.setFocus()
            return
        self.accept()
