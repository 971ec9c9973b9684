"""Agreements: what the household decided to change, dated, and how it is going now.

The dialog that writes them (:class:`AgreementDialog`, saved as you type) lives in
``agreement_dialog``; it is not modal, so the side-by-side stays readable while writing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen.agreement_dialog import AgreementDialog
from parentjournal.ui.samen.labels import task_name

ID_ROLE = Qt.ItemDataRole.UserRole


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
        # Wraps onto a next line in a narrow window rather than cutting words off.
        row = FlowLayout(spacing=8)
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
        dialog.show()
        return dialog

    def revisit(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return None
        dialog = AgreementDialog(self.ctx, self, agreement_id=agreement_id)
        dialog.show()
        return dialog

    def edit_current(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        agreement = self.ctx.journal.careload.agreement(agreement_id) if agreement_id else None
        if agreement is None:
            return None
        dialog = AgreementDialog(self.ctx, self, editing=agreement)
        dialog.show()
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
