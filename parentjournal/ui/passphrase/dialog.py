"""The Journal menu's Passphrase dialog: turn it on (with a recovery code), change it, or off.

Turning it on or off rewrites the journal file, so the screens save what is typed first,
the journal is opened again afterwards and every screen is built anew from it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentjournal import protection
from parentjournal.core.model import ChangeSet
from parentjournal.store.errors import JournalError
from parentjournal.ui.context import AppContext, explain
from parentjournal.ui.passphrase.recovery_code import RecoveryCodePanel


class PassphraseDialog(QDialog):
    """Two pages: the settings, then (once, after turning it on) the recovery code."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.recovery_code = ""
        self.setObjectName("PassphraseDialog")
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)

        # Page 1: settings --------------------------------------------------------------
        settings = QWidget(self.pages)
        layout = QVBoxLayout(settings)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.intro = QLabel(settings)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setSpacing(10)
        self.new_label = QLabel(settings)
        self.new_field = self._secret_field(settings, "new_passphrase")
        self.again_label = QLabel(settings)
        self.again_field = self._secret_field(settings, "passphrase_again")
        self.new_label.setBuddy(self.new_field)
        self.again_label.setBuddy(self.again_field)
        form.addRow(self.new_label, self.new_field)
        form.addRow(self.again_label, self.again_field)
        layout.addLayout(form)
        self.hint = QLabel(settings)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = QLabel(settings)
        self.message.setObjectName("passphrase_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.set_button = self._button(settings, "set_passphrase", self.set_passphrase)
        self.off_button = self._button(settings, "turn_off", self.turn_off)
        self.close_button = self._button(settings, "close", self.reject)
        row.addWidget(self.set_button)
        row.addWidget(self.off_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.pages.addWidget(settings)

        # Page 2: the recovery code ----------------------------------------------------
        code_page = QWidget(self.pages)
        code_layout = QVBoxLayout(code_page)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_layout.setSpacing(14)
        self.code_intro = QLabel(code_page)
        self.code_intro.setWordWrap(True)
        code_layout.addWidget(self.code_intro)
        self.code_panel = RecoveryCodePanel(code_page)
        self.code_label = self.code_panel.code_label
        code_layout.addWidget(self.code_panel)
        code_row = QHBoxLayout()
        self.done_button = self._button(code_page, "done", self.accept)
        code_row.addStretch(1)
        code_row.addWidget(self.done_button)
        code_layout.addLayout(code_row)
        self.pages.addWidget(code_page)
        self.retranslate()

    def _secret_field(self, parent: QWidget, name: str) -> QLineEdit:
        field = QLineEdit(parent)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumHeight(34)
        return field

    def _button(self, parent: QWidget, name: str, slot) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @property
    def protected(self) -> bool:
        return protection.is_protected(self.ctx.journal)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journal passphrase"))
        if self.protected:
            self.intro.setText(
                self.tr(
                    "This journal has a passphrase: the file and its backups are encrypted, "
                    "and Parent Journal asks for the passphrase at every start. Would you "
                    "like to choose a new one?"
                )
            )
            self.set_button.setText(self.tr("&Change the passphrase"))
            self.set_button.setAccessibleName(self.tr("Change the passphrase"))
        else:
            self.intro.setText(
                self.tr(
                    "With a passphrase, the journal file and its backups are encrypted. "
                    "Parent Journal then asks for it at every start. It is shared by "
                    "everyone who writes in this journal."
                )
            )
            self.set_button.setText(self.tr("&Turn on the passphrase"))
            self.set_button.setAccessibleName(self.tr("Turn on the passphrase"))
        self.off_button.setVisible(self.protected)
        self.off_button.setText(self.tr("Turn it o&ff…"))
        self.off_button.setAccessibleName(self.tr("Turn off the passphrase"))
        self.close_button.setText(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.new_label.setText(self.tr("&New passphrase"))
        self.new_field.setAccessibleName(self.tr("New passphrase"))
        self.again_label.setText(self.tr("&Once more"))
        self.again_field.setAccessibleName(self.tr("The new passphrase once more"))
        self.hint.setText(
            self.tr(
                "At least {n} characters. A short sentence is easy to remember and hard to guess."
            ).format(n=protection.MIN_PASSPHRASE_CHARS)
        )
        self.code_intro.setText(self.tr("The passphrase is on. This is your recovery code:"))
        self.code_panel.set_code(
            self.recovery_code,
            title=self.tr("Parent Journal: recovery code"),
            where=str(self.ctx.journal.paths.journal),
        )
        self.code_panel.set_note(
            self.tr(
                "If the passphrase is ever forgotten, this code is the only way back into "
                "the journal; nobody else can open it for you. Would you write it down or "
                "print it, and keep it somewhere safe, away from this computer? It is "
                "shown only now."
            )
        )
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Done"))

    # Behaviour --------------------------------------------------------------------------
    def _new_passphrase(self) -> str | None:
        first, second = self.new_field.text(), self.again_field.text()
        # Hidden text cannot be corrected by eye: start both fields afresh either way.
        self.new_field.clear()
        self.again_field.clear()
        self.new_field.setFocus()
        if len(first.strip()) < protection.MIN_PASSPHRASE_CHARS:
            self.message.setText(
                self.tr("Could you use at least {n} characters?").format(
                    n=protection.MIN_PASSPHRASE_CHARS
                )
            )
            return None
        if first != second:
            self.message.setText(self.tr("The two passphrases are not the same yet."))
            return None
        return first

    def _flush(self) -> None:
        flush = getattr(self.parent(), "flush_pages", None)
        if callable(flush):
            flush()  # what is typed right now is saved before the file is rewritten

    def _swap_journal(self, journal) -> None:
        self.ctx.journal = journal
        self.ctx.notify(ChangeSet("journal", (), restored=True))

    def set_passphrase(self) -> None:
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.protected:
                protection.change(self.ctx.journal, passphrase)
                self.message.setText(self.tr("The passphrase was changed."))
            else:
                self._flush()
                journal, self.recovery_code = protection.turn_on(self.ctx.journal, passphrase)
                self._swap_journal(journal)
                self.retranslate()
                self.pages.setCurrentIndex(1)
                self.code_panel.grow_window_to_fit()
                self.done_button.setFocus()
        except protection.ProtectionFailed as exc:
            self._swap_journal(exc.journal)
            self.message.setText(explain(exc.cause))
        except JournalError as exc:
            self.message.setText(explain(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def turn_off(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirm_turn_off")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Journal passphrase"))
        box.setText(
            self.tr(
                "Would you like to turn off the passphrase? The journal and its backups are "
                "then stored without encryption again."
            )
        )
        yes = box.addButton(self.tr("&Turn off"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("yes_turn_off")
        no = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("keep_it")
        box.setDefaultButton(no)
        box.exec()
        if box.clickedButton() is not yes:
            return
        self._flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._swap_journal(protection.turn_off(self.ctx.journal))
            self.message.setText(self.tr("The passphrase is off."))
        except protection.ProtectionFailed as exc:
            self._swap_journal(exc.journal)
            self.message.setText(explain(exc.cause))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.retranslate()

    def code_document(self) -> QTextDocument:
        """The printable page: a title, the code, and what it is for."""
        return self.code_panel.code_document()


def open_passphrase(ctx: AppContext, window) -> None:
    """Show the Passphrase dialog over ``window`` (the Journal menu's action)."""
    dialog = PassphraseDialog(ctx, window)
    dialog.exec()
    dialog.deleteLater()
