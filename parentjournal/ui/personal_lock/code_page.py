"""The page that shows a person's new recovery code, once, before they go on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from parentjournal.ui.passphrase.recovery_code import RecoveryCodePanel
from parentjournal.ui.personal_lock.fields import big_button
from parentjournal.ui.text_size import set_relative_font


class RecoveryCodePage(QWidget):
    """A heading, the code (print, copy) with one plain sentence, and Done."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("own_recovery_code_page")
        self._replaced = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_relative_font(self.heading, 1.15, bold=True)
        layout.addWidget(self.heading)
        self.panel = RecoveryCodePanel(self)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = big_button(self, "code_done", self.done.emit)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def show_code(self, code: str, *, name: str, where: str, replaced: bool) -> None:
        """Show ``code`` for ``name``; ``replaced``: an earlier code was just used up."""
        self._replaced = replaced
        self.panel.set_code(
            code,
            title=self.tr("Parent Journal: recovery code for the own lock of {name}").format(
                name=name
            ),
            where=where,
        )
        self.retranslate()
        self.done_button.setFocus()

    def retranslate(self) -> None:
        if self._replaced:
            self.heading.setText(
                self.tr("Your own items are open again. This is your new recovery code:")
            )
        else:
            self.heading.setText(self.tr("Your own lock is on. This is your recovery code:"))
        self.panel.set_note(
            self.tr(
                "This code is the only way back to your own items if you ever forget your "
                "passphrase; nobody else can open them for you. Would you print it or write "
                "it down and keep it somewhere safe? It is shown only now."
            )
        )
        if self._replaced:
            self.panel.set_note(
                self.panel.note.text() + " " + self.tr("The code you just used no longer works.")
            )
        self.done_button.setText(self.tr("&Done, I have kept it"))
        self.done_button.setAccessibleName(self.tr("Done, I have kept the recovery code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
