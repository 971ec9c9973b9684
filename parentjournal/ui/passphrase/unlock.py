"""Asking for the journal passphrase at start. A wrong one gets a calm word, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from parentjournal import protection
from parentjournal.paths import JournalPaths
from parentjournal.store.errors import JournalError, WrongPassphraseError


class UnlockDialog(QDialog):
    """One field for the passphrase, or the recovery code if it was forgotten."""

    def __init__(self, paths: JournalPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.key: bytes | None = None
        self.setObjectName("UnlockDialog")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.field_label = QLabel(self)
        layout.addWidget(self.field_label)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumHeight(34)
        self.field_label.setBuddy(self.field)
        layout.addWidget(self.field)
        self.use_code = QCheckBox(self)
        self.use_code.setObjectName("use_recovery_code")
        self.use_code.toggled.connect(self._mode_changed)
        layout.addWidget(self.use_code)
        self.message = QLabel(self)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("open_journal")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("close")
        for button in (self.open_button, self.close_button):
            button.setMinimumHeight(36)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parent Journal"))
        self.intro.setText(self.tr("This journal has a passphrase. Would you type it?"))
        self.use_code.setText(self.tr("I &forgot it: use the recovery code"))
        self.use_code.setAccessibleName(self.tr("Use the recovery code instead"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the journal"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self._mode_changed(self.use_code.isChecked())

    def _mode_changed(self, use_code: bool) -> None:
        if use_code:
            self.field_label.setText(self.tr("&Recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
        else:
            self.field_label.setText(self.tr("&Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.clear()
        self.field.setFocus()

    def try_open(self) -> None:
        """Check what was typed; accept with :attr:`key` set, or say calmly it did not fit."""
        secret = self.field.text()
        if not secret:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id takes a moment
        try:
            self.key = protection.unlock(
                self.paths, secret, recovery_code=self.use_code.isChecked()
            )
        except WrongPassphraseError:
            self.message.setText(
                self.tr("That does not open this journal. Would you like to try again?")
                if not self.use_code.isChecked()
                else self.tr("That code does not open this journal. Would you check it again?")
            )
            self.field.selectAll()
            return
        except JournalError:
            self.message.setText(
                self.tr("The key file of this journal could not be read. Nothing was changed.")
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def ask_for_key(paths: JournalPaths, parent: QWidget | None = None) -> bytes | None:
    """Ask until the passphrase fits or the person closes the dialog; None if closed."""
    dialog = UnlockDialog(paths, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    key = dialog.key if accepted else None
    dialog.deleteLater()
    return key
