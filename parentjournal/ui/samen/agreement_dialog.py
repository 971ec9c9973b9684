"""Writing down an agreement, changing one, or noting how it is going: saved as you type.

Like the Dagboek editor and the check-in, there is no Save button: what is typed reaches
the disk ``AUTOSAVE_MS`` after typing stops, and at once when the dialog closes or hides
(also when the main window closes). A new agreement or note is only created once it has
words; emptying the text later keeps the last words (deleting is the list's job, with undo).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.careload import Agreement
from parentjournal.ui.context import AppContext
from parentjournal.ui.samen.labels import task_name

AUTOSAVE_MS = 400
RETRY_MS = 3000


class AgreementDialog(QDialog):
    """Write down an agreement, change one, or write how an existing one is going."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        task_id: str | None = None,
        context: str = "",
        agreement_id: str | None = None,
        editing: Agreement | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.editing = editing
        # What this dialog has stored so far (None until the first words are saved).
        self.saved_agreement_id: str | None = editing.id if editing else None
        self.saved_note_id: str | None = None
        self._saved_text = editing.text if editing else ""
        self._failed = False
        self.setObjectName("AgreementDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.context = QLabel(context, self)
        self.context.setWordWrap(True)
        self.context.setVisible(bool(context))
        layout.addWidget(self.context)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("agreement_text")
        self.text.setTabChangesFocus(True)
        self.question.setBuddy(self.text)
        layout.addWidget(self.text, 1)
        self.task_label = QLabel(self)
        self.task_box = QComboBox(self)
        self.task_box.setObjectName("agreement_task")
        self.task_label.setBuddy(self.task_box)
        row = QHBoxLayout()
        row.addWidget(self.task_label)
        row.addWidget(self.task_box, 1)
        layout.addLayout(row)
        self.task_box.addItem(self.tr("(no particular task)"), None)
        for task in ctx.journal.careload.tasks():
            self.task_box.addItem(task_name(task), task.id)
        self.task_box.setCurrentIndex(max(self.task_box.findData(task_id), 0))
        for widget in (self.task_label, self.task_box):
            widget.setVisible(agreement_id is None and editing is None)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("agreement_status")
        self.status.setWordWrap(True)
        # Quiet, like the Dagboek's "Saved": it reassures without asking for attention.
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setMinimumHeight(36)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        if editing is not None:
            self.text.setPlainText(editing.text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._typed)
        self.task_box.currentIndexChanged.connect(lambda _i: self._task_chosen())
        self.retranslate()
        self.text.setFocus()

    def retranslate(self) -> None:
        if self.editing is not None:
            self.setWindowTitle(self.tr("Change the agreement"))
            self.question.setText(self.tr("What do you agree, in your words now?"))
            self.text.setAccessibleName(self.tr("What you agree"))
        elif self.agreement_id is None:
            self.setWindowTitle(self.tr("An agreement"))
            self.question.setText(
                self.tr(
                    "Would you like to change something here? What do you agree? "
                    "(for example: from now on I keep track of the vaccination appointments)"
                )
            )
            self.text.setAccessibleName(self.tr("What you agree"))
        else:
            self.setWindowTitle(self.tr("How is it going now?"))
            self.question.setText(self.tr("How is it going now? A few words are plenty."))
            self.text.setAccessibleName(self.tr("How it is going now"))
        self.task_label.setText(self.tr("&About:"))
        self.task_box.setAccessibleName(self.tr("Task this is about"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Saving ------------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        """Words typed that are not on disk yet."""
        return self._words() != self._saved_text and bool(self._words())

    def _words(self) -> str:
        return self.text.toPlainText().strip()

    def _typed(self) -> None:
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.start()
        self._show_status()

    def _task_chosen(self) -> None:
        agreement_id = self.saved_agreement_id
        if agreement_id is None or self.agreement_id is not None or self.editing is not None:
            return  # not stored yet: the first save takes the chosen task along
        care = self.ctx.journal.careload
        task_id = self.task_box.currentData()
        self.ctx.run(lambda: care.set_agreement_task(agreement_id, task_id))

    def flush(self) -> bool:
        """Save now what is typed (the autosave timer, closing and hiding call this).

        Returns False when words could not be saved (they stay here, tried again later).
        """
        self._timer.stop()
        if not self.is_dirty:
            self._show_status()
            return True
        text = self._words()
        care = self.ctx.journal.careload
        person = self.ctx.person_id
        if self.agreement_id is not None:  # a note on how an agreement is going
            agreement_id, note_id = self.agreement_id, self.saved_note_id
            if note_id is None:
                done = self.ctx.run(lambda: care.add_note(agreement_id, person, text))
                if done is not None:
                    self.saved_note_id = done[0].id
            else:
                done = self.ctx.run(lambda: care.edit_note(note_id, person, text))
        elif self.saved_agreement_id is None:  # a new agreement, first words
            task_id = self.task_box.currentData()
            done = self.ctx.run(lambda: care.add_agreement(person, text, task_id))
            if done is not None:
                self.saved_agreement_id = done[0].id
        else:  # changing an agreement, or more words for the one just written
            saved_id = self.saved_agreement_id
            done = self.ctx.run(lambda: care.edit_agreement(saved_id, text))
        self._failed = done is None
        if self._failed:
            # The words stay here; try again a little later.
            self._timer.setInterval(RETRY_MS)
            self._timer.start()
        else:
            self._saved_text = text
        self._show_status()
        return not self._failed

    def _show_status(self) -> None:
        if self._failed:
            text = self.tr("Not saved yet; your words stay here and we try again.")
        elif self._words() and self._words() == self._saved_text:
            text = self.tr("Saved")
        elif not self._words() and self._saved_text:
            text = self.tr("An empty text is not kept; your last words stay saved.")
        else:
            text = self.tr("Saved as you type.")
        self.status.setText(text)

    def done(self, code: int) -> None:
        self.flush()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Also when the main window closes and takes this dialog along.
        self.flush()
        super().hideEvent(event)
