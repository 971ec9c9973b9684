"""The calm page shown instead of the screens while the person writing now is locked.

Three faces: the passphrase; "forgot it?" (recovery code and a new passphrase); and the
new recovery code after that. Whoever sits down can also go on as someone else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import Person
from parentjournal.ui.context import AppContext
from parentjournal.ui.focus import chain_tab_order
from parentjournal.ui.personal_lock.calls import attempt
from parentjournal.ui.personal_lock.code_page import RecoveryCodePage
from parentjournal.ui.personal_lock.fields import (
    NewPassphraseFields,
    big_button,
    message_label,
    secret_field,
)
from parentjournal.ui.text_size import set_relative_font

# The column stays a readable width (in average characters) in the middle of the window.
COLUMN_CHARACTERS = 72


class FaceStack(QWidget):
    """Faces of which one is shown; hidden ones take no room, so the page stays compact.

    (A QStackedWidget is as tall as its tallest face, which would push "someone else?"
    far down below the short passphrase face.)
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._faces: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, face: QWidget) -> None:
        self._layout.addWidget(face)
        self._faces.append(face)
        if self._current is None:
            self._current = face
        else:
            face.hide()

    def setCurrentWidget(self, face: QWidget) -> None:
        self._current = face
        for other in self._faces:
            other.setVisible(other is face)

    def currentWidget(self) -> QWidget | None:
        return self._current


class LockPage(QWidget):
    """Asks the person writing now for their own passphrase; nothing of theirs is shown."""

    unlocked = Signal()
    switch_requested = Signal(str)  # the id of the person to go on as

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("LockPage")
        self.person_id = ""
        self.name = ""
        self._others: list[Person] = []
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        self.column = QWidget(self)
        outer.addWidget(self.column, 3)
        outer.addStretch(1)
        column = QVBoxLayout(self.column)
        column.setSpacing(16)
        column.addStretch(1)
        self.heading = QLabel(self.column)
        self.heading.setObjectName("lock_heading")
        self.heading.setWordWrap(True)
        set_relative_font(self.heading, 1.5, bold=True)
        column.addWidget(self.heading)
        self.faces = FaceStack(self.column)
        column.addWidget(self.faces)
        self._build_passphrase_face()
        self._build_recovery_face()
        self.code_page = RecoveryCodePage(self.faces)
        self.code_page.done.connect(self.unlocked.emit)
        self.faces.addWidget(self.code_page)
        self.others_line = QFrame(self.column)
        self.others_line.setFrameShape(QFrame.Shape.HLine)
        self.others_line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(self.others_line)
        self.others_label = QLabel(self.column)
        self.others_label.setWordWrap(True)
        column.addWidget(self.others_label)
        self.others_row = QHBoxLayout()
        self.others_row.setSpacing(8)
        self.others_row.addStretch(1)
        column.addLayout(self.others_row)
        self.other_buttons: list[QPushButton] = []
        column.addStretch(2)
        self._fit_column()
        self.retranslate()

    # Building --------------------------------------------------------------------------
    def _build_passphrase_face(self) -> None:
        face = QWidget(self.faces)
        self.passphrase_face = face
        layout = QVBoxLayout(face)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.intro = QLabel(face)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.field_label = QLabel(face)
        layout.addWidget(self.field_label)
        self.field = secret_field(face, "own_passphrase")
        self.field_label.setBuddy(self.field)
        self.field.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.field)
        self.message = message_label(face, "lock_message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.unlock_button = big_button(face, "unlock", self.try_unlock)
        self.forgot_button = big_button(face, "forgot_passphrase", self.show_recovery)
        self.forgot_button.setFlat(True)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        row.addWidget(self.forgot_button)
        layout.addLayout(row)
        self.faces.addWidget(face)

    def _build_recovery_face(self) -> None:
        face = QWidget(self.faces)
        self.recovery_face = face
        layout = QVBoxLayout(face)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.recovery_intro = QLabel(face)
        self.recovery_intro.setWordWrap(True)
        layout.addWidget(self.recovery_intro)
        self.new_fields = NewPassphraseFields(face)
        self.code_label = QLabel(face)
        self.code_field = QLineEdit(face)
        self.code_field.setObjectName("recovery_code_field")
        self.code_field.setMinimumHeight(34)
        self.new_fields.add_row_above(self.code_label, self.code_field)
        self.new_fields.again_field.returnPressed.connect(self.try_recovery)
        layout.addWidget(self.new_fields)
        self.recovery_message = message_label(face, "recovery_message")
        layout.addWidget(self.recovery_message)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.recover_button = big_button(face, "unlock_with_code", self.try_recovery)
        self.back_button = big_button(face, "back_to_passphrase", self.show_passphrase)
        row.addWidget(self.recover_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.faces.addWidget(face)

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS)

    # Showing ---------------------------------------------------------------------------
    def show_for(self, person_id: str) -> None:
        """Ask ``person_id`` for their passphrase; every field starts empty."""
        self.person_id = person_id
        self.name = self.ctx.name_of(person_id)
        self._others = [p for p in self.ctx.people() if p.id != person_id]
        self._build_other_buttons()
        self.field.clear()
        self.code_field.clear()
        self.new_fields.clear()
        self.message.clear()
        self.recovery_message.clear()
        self.show_passphrase()
        self.retranslate()

    def _build_other_buttons(self) -> None:
        for button in self.other_buttons:
            self.others_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.other_buttons = []
        for person in self._others:
            button = QPushButton(self.column)
            button.setObjectName(f"continue_as_{len(self.other_buttons)}")
            button.setMinimumHeight(36)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, pid=person.id: self.switch_requested.emit(pid))
            self.others_row.insertWidget(len(self.other_buttons), button)
            self.other_buttons.append(button)
        for widget in (self.others_line, self.others_label):
            widget.setVisible(bool(self._others))

    def _show_face(self, face: QWidget) -> None:
        self.faces.setCurrentWidget(face)

    def show_passphrase(self) -> None:
        self._show_face(self.passphrase_face)
        self._chain()
        self.field.setFocus()

    def show_recovery(self) -> None:
        self._show_face(self.recovery_face)
        self._chain()
        self.code_field.setFocus()

    def _chain(self) -> None:
        if self.faces.currentWidget() is self.recovery_face:
            own = [
                self.code_field,
                self.new_fields.new_field,
                self.new_fields.again_field,
                self.recover_button,
                self.back_button,
            ]
        else:
            own = [self.field, self.unlock_button, self.forgot_button]
        chain_tab_order(own + self.other_buttons)

    # Unlocking -------------------------------------------------------------------------
    def try_unlock(self) -> None:
        """Check the passphrase: open the screens, or say calmly that it did not fit."""
        secret = self.field.text()
        if not secret:
            self.field.setFocus()
            return
        locks = self.ctx.journal.personal_locks
        person_id = self.person_id
        result, problem = attempt(self.ctx, lambda: locks.unlock(person_id, secret))
        if result is None:
            self.message.setText(problem)
            self.field.selectAll()
            self.field.setFocus()
            return
        self.field.clear()
        self.message.clear()
        self.unlocked.emit()

    def try_recovery(self) -> None:
        """Recovery code plus a new passphrase: open, then show the new code once."""
        code = self.code_field.text().strip()
        if not code:
            self.code_field.setFocus()
            return
        new, problem = self.new_fields.take()
        if new is None:
            self.recovery_message.setText(problem)
            self.new_fields.new_field.setFocus()
            return
        locks = self.ctx.journal.personal_locks
        person_id = self.person_id
        result, problem = attempt(
            self.ctx,
            lambda: locks.unlock_with_recovery_code(person_id, code, new),
            wrong=self.tr("That code does not open your own items. Would you check it again?"),
        )
        if result is None:
            self.recovery_message.setText(problem)
            self.code_field.selectAll()
            self.code_field.setFocus()
            return
        self.code_field.clear()
        self.recovery_message.clear()
        self._show_face(self.code_page)  # shown first, so the page grows with the code
        self.code_page.show_code(
            result[0], name=self.name, where=str(self.ctx.journal.paths.journal), replaced=True
        )
        chain_tab_order(
            [
                self.code_page.panel.print_button,
                self.code_page.panel.copy_button,
                self.code_page.done_button,
            ]
        )
        self.code_page.done_button.setFocus()

    # Texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.name)
        self.heading.setAccessibleName(self.name)
        self.intro.setText(
            self.tr("Your own items are locked. Would you type your passphrase to open them?")
        )
        self.field_label.setText(self.tr("Your &passphrase"))
        self.field.setAccessibleName(self.tr("Your passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock my own items"))
        self.forgot_button.setText(self.tr("&Forgot your passphrase?"))
        self.forgot_button.setAccessibleName(self.tr("Forgot your passphrase?"))
        self.recovery_intro.setText(
            self.tr(
                "With the recovery code you kept, you can choose a new passphrase. Your own "
                "items stay as they are."
            )
        )
        self.code_label.setText(self.tr("&Recovery code"))
        self.code_field.setAccessibleName(self.tr("Recovery code"))
        self.recover_button.setText(self.tr("Unlock with the &code"))
        self.recover_button.setAccessibleName(
            self.tr("Unlock with the recovery code and the new passphrase")
        )
        self.back_button.setText(self.tr("&Back to the passphrase"))
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        self.others_label.setText(self.tr("Or is someone else writing now?"))
        for button, person in zip(self.other_buttons, self._others, strict=True):
            text = self.tr("Go on as {name}").format(name=person.name)
            button.setText(text)
            button.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        # Escape from the recovery face goes back to the passphrase, like a Back button.
        if event.key() == Qt.Key.Key_Escape and self.faces.currentWidget() is self.recovery_face:
            self.show_passphrase()
            return
        super().keyPressEvent(event)
