"""Pieces every own-lock screen uses: a hidden field, a big button, a new passphrase twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from parentjournal.protection import MIN_PASSPHRASE_CHARS


def secret_field(parent: QWidget, name: str) -> QLineEdit:
    """A roomy field whose text is not shown on screen."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumHeight(34)
    return field


def big_button(parent: QWidget, name: str, slot: Callable[[], None]) -> QPushButton:
    """A button large enough to hit when tired; Enter in a dialog is left to the default."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(36)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class MessageLabel(QLabel):
    """The calm line under the fields that says what did not work (never a dialog).

    It takes no room while there is nothing to say.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def message_label(parent: QWidget, name: str) -> QLabel:
    """A :class:`MessageLabel` named ``name``, wrapping its words."""
    label = MessageLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class NewPassphraseFields(QWidget):
    """A new passphrase, typed twice, with the length hint; :meth:`take` checks both."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.form = form
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        self.new_label = QLabel(self)
        self.new_field = secret_field(self, "new_passphrase")
        self.again_label = QLabel(self)
        self.again_field = secret_field(self, "passphrase_again")
        self.new_label.setBuddy(self.new_field)
        self.again_label.setBuddy(self.again_field)
        form.addRow(self.new_label, self.new_field)
        form.addRow(self.again_label, self.again_field)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.retranslate()

    def add_row_above(self, label: QLabel, field: QWidget) -> None:
        """One more field above the two (the recovery code), lined up with them."""
        label.setParent(self)
        field.setParent(self)
        label.setBuddy(field)
        self.form.insertRow(0, label, field)

    def retranslate(self) -> None:
        self.new_label.setText(self.tr("&New passphrase"))
        self.new_field.setAccessibleName(self.tr("New passphrase"))
        self.again_label.setText(self.tr("&Once more"))
        self.again_field.setAccessibleName(self.tr("The new passphrase once more"))
        self.hint.setText(
            self.tr(
                "At least {n} characters. A short sentence is easy to remember and hard to guess."
            ).format(n=MIN_PASSPHRASE_CHARS)
        )

    def take(self) -> tuple[str | None, str]:
        """The new passphrase and no message, or None and a calm sentence why not.

        Both fields are emptied either way: hidden text cannot be corrected by eye.
        """
        first, second = self.new_field.text(), self.again_field.text()
        self.new_field.clear()
        self.again_field.clear()
        if len(first.strip()) < MIN_PASSPHRASE_CHARS:
            return None, self.tr("Could you use at least {n} characters?").format(
                n=MIN_PASSPHRASE_CHARS
            )
        if first != second:
            return None, self.tr("The two passphrases are not the same yet.")
        return first, ""

    def clear(self) -> None:
        self.new_field.clear()
        self.again_field.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
