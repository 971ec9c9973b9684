"""Agreements: what the household decided to change, dated, and how it is going now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.careload import Agreement
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.samen.labels import task_name
from parentjournal.ui.samen.lazy import RetranslateWhenShown

ID_ROLE = Qt.ItemDataRole.UserRole


class AgreementDialog(QDialog):
    """Write down an agreement, or a note on how an existing one is going."""

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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(
            lambda: self.save_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.save_button.setEnabled(False)
        if editing is not None:
            self.text.setPlainText(editing.text)
        self.retranslate()

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
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))

    def save(self) -> None:
        text = self.text.toPlainText()
        care = self.ctx.journal.careload
        person = self.ctx.person_id
        if self.editing is not None:
            editing_id = self.editing.id
            done = self.ctx.run(lambda: care.edit_agreement(editing_id, text))
        elif self.agreement_id is None:
            task_id = self.task_box.currentData()
            done = self.ctx.run(lambda: care.add_agreement(person, text, task_id))
        else:
            agreement_id = self.agreement_id
            done = self.ctx.run(lambda: care.add_note(agreement_id, person, text))
        if done is not None:
            self.accept()


class AgreementsView(RetranslateWhenShown, QWidget):
    """The household's agreements, newest first, with their later notes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AgreementsView")
        self._deleted: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("agreement_list")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        layout.addWidget(self.list, 1)
        self.notes = QLabel(self)
        self.notes.setObjectName("agreement_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_agreement")
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("agreement_note")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_agreement")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_agreement")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_agreement")
        self.undo_button.hide()
        buttons = (
            self.add_button,
            self.note_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
        )
        for button in buttons:
            button.setMinimumHeight(36)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_dialog())
        self.note_button.clicked.connect(self.revisit)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.list.currentRowChanged.connect(lambda _r: self._show_notes())
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "What you agreed together, with its date. Now and then you might ask each "
                "other: how is that going now?"
            )
        )
        self.list.setAccessibleName(self.tr("Agreements"))
        self.add_button.setText(self.tr("&Write down an agreement…"))
        self.add_button.setAccessibleName(self.tr("Write down an agreement"))
        self.note_button.setText(self.tr("How is it going &now?…"))
        self.note_button.setAccessibleName(self.tr("How is it going now?"))
        self.edit_button.setText(self.tr("&Change…"))
        self.edit_button.setAccessibleName(self.tr("Change this agreement"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this agreement"))
        self.undo_button.setText(self.tr("&Undo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.reload()

    def reload(self) -> None:
        care = self.ctx.journal.careload
        chosen = self.current_id()
        tasks = {t.id: t for t in care.tasks(include_hidden=True)}
        self.list.clear()
        for agreement in care.agreements():
            line = self.tr("{day}: {text}").format(
                day=format_day(agreement.made_on), text=agreement.text
            )
            if agreement.task_id in tasks:
                line += "\n" + self.tr("About: {task}").format(
                    task=task_name(tasks[agreement.task_id])
                )
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, agreement.id)
            self.list.addItem(item)
            if agreement.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.note_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if not has:
            self.notes.setText(self.tr("No agreements yet. That is fine too."))
        else:
            self._show_notes()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_notes(self) -> None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return
        names = {p.id: p.name for p in self.ctx.people()}
        lines = [
            self.tr("{day}, {name}: {text}").format(
                day=format_day(n.day), name=names.get(n.author_id, "?"), text=n.text
            )
            for n in self.ctx.journal.careload.notes(agreement_id)
        ]
        self.notes.setText("\n".join(lines))

    def open_dialog(self, task_id: str | None = None, context: str = "") -> AgreementDialog:
        dialog = AgreementDialog(self.ctx, self, task_id=task_id, context=context)
        dialog.open()
        return dialog

    def revisit(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return None
        dialog = AgreementDialog(self.ctx, self, agreement_id=agreement_id)
        dialog.open()
        return dialog

    def edit_current(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        agreement = self.ctx.journal.careload.agreement(agreement_id) if agreement_id else None
        if agreement is None:
            return None
        dialog = AgreementDialog(self.ctx, self, editing=agreement)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return
        care = self.ctx.journal.careload
        if self.ctx.run(lambda: care.delete_agreement(agreement_id)) is not None:
            self._deleted = agreement_id
            self.undo_button.show()

    def undo_delete(self) -> None:
        agreement_id = self._deleted
        care = self.ctx.journal.careload
        if agreement_id and self.ctx.run(lambda: care.restore_agreement(agreement_id)):
            self._deleted = None
            self.undo_button.hide()

    def texts(self) -> list[str]:
        found = [self.intro.text(), self.notes.text()]
        return found + [self.list.item(i).text() for i in range(self.list.count())]

    def _on_changed(self, changes) -> None:
        if changes.kind in ("agreement", "care_task", "person"):
            self.reload()
