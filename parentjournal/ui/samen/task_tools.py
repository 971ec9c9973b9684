"""Editing the household's task list: add, rename, hide (and show again). Inline, no popups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.careload import DOMAINS
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.samen.care_map import TASK_ROLE, CareTable
from parentjournal.ui.samen.labels import domain_title, task_name


class TaskTools(QWidget):
    """Buttons under the grid and a small inline form for a task's name."""

    def __init__(self, ctx: AppContext, table: CareTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self._renaming: str | None = None
        self._last_hidden: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # Wraps onto a second line in a narrow window rather than cutting words off.
        row = FlowLayout(spacing=8)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_task")
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("rename_task")
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hide_task")
        self.hidden_box = QComboBox(self)
        self.hidden_box.setObjectName("hidden_tasks")
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show_task")
        for widget in (self.add_button, self.rename_button, self.hide_button, self.show_button):
            widget.setMinimumHeight(36)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.hide_button)
        row.addWidget(self.hidden_box)
        row.addWidget(self.show_button)
        layout.addLayout(row)

        self.form = QWidget(self)
        form = QHBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(self.form)
        self.name_edit = QLineEdit(self.form)
        self.name_edit.setObjectName("task_name")
        self.name_edit.setMaxLength(120)
        self.name_label.setBuddy(self.name_edit)
        self.domain_box = QComboBox(self.form)
        self.domain_box.setObjectName("task_domain")
        self.save_button = QPushButton(self.form)
        self.save_button.setObjectName("save_task")
        self.cancel_button = QPushButton(self.form)
        self.cancel_button.setObjectName("cancel_task")
        for widget in (self.name_label, self.name_edit, self.domain_box):
            form.addWidget(widget)
        form.addWidget(self.save_button)
        form.addWidget(self.cancel_button)
        self.form.hide()
        layout.addWidget(self.form)

        self.notice = QLabel(self)
        self.notice.setObjectName("task_notice")
        self.notice.hide()
        layout.addWidget(self.notice)

        self.add_button.clicked.connect(self.start_adding)
        self.rename_button.clicked.connect(self.start_renaming)
        self.hide_button.clicked.connect(self.hide_current)
        self.show_button.clicked.connect(self.show_chosen)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.close_keeping)
        self.name_edit.returnPressed.connect(self.save)
        # Escape closes the name field too; like Close, it keeps a name that was typed.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.name_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.close_keeping)
        self._started_with = ""
        ctx.changed.connect(self._on_changed)
        self._fill_hidden()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add a task…"))
        self.add_button.setAccessibleName(self.tr("Add a task"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename this task"))
        self.hide_button.setText(self.tr("Hi&de this task"))
        self.hide_button.setAccessibleName(self.tr("Hide this task"))
        self.hidden_box.setAccessibleName(self.tr("Hidden tasks"))
        self.show_button.setText(self.tr("Sho&w again"))
        self.show_button.setAccessibleName(self.tr("Show this hidden task again"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Name of the task"))
        self.domain_box.setAccessibleName(self.tr("Group of the task"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the task"))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setToolTip(self.tr("A name you typed is kept."))
        current = self.domain_box.currentData()
        self.domain_box.clear()
        for domain in DOMAINS:
            self.domain_box.addItem(domain_title(domain), domain)
        if current:
            self.domain_box.setCurrentIndex(self.domain_box.findData(current))
        self._fill_hidden()

    def _current_task_id(self) -> str | None:
        item = self.table.currentItem()
        return item.data(TASK_ROLE) if item is not None else None

    def start_adding(self) -> None:
        self._renaming = None
        self.name_edit.clear()
        self.domain_box.show()
        self._started_with = ""
        task_id = self._current_task_id()
        task = self.ctx.journal.careload.task(task_id) if task_id else None
        if task is not None:
            self.domain_box.setCurrentIndex(self.domain_box.findData(task.domain))
        self.form.show()
        self.name_edit.setFocus()

    def start_renaming(self) -> None:
        task_id = self._current_task_id()
        if not task_id:
            return
        task = self.ctx.journal.careload.task(task_id)
        self._renaming = task_id
        self.name_edit.setText(task_name(task))
        self._started_with = self.name_edit.text()
        self.domain_box.hide()
        self.form.show()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def close_form(self) -> None:
        self.form.hide()
        self.table.setFocus()

    def close_keeping(self) -> None:
        """Close the name field; a name typed (or changed) is saved first, as elsewhere."""
        name = self.name_edit.text()
        if name.strip() and name != self._started_with:
            self.save()  # closes the field once saved; on a problem it stays, with the name
        else:
            self.close_form()

    def save(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.name_edit.setFocus()
            return
        care = self.ctx.journal.careload
        if self._renaming:
            task_id = self._renaming
            done = self.ctx.run(lambda: care.rename_task(task_id, name))
        else:
            domain = self.domain_box.currentData()
            done = self.ctx.run(lambda: care.add_task(name, domain))
        if done is not None:
            self.close_form()

    def hide_current(self) -> None:
        task_id = self._current_task_id()
        if not task_id:
            return
        task = self.ctx.journal.careload.task(task_id)
        if self.ctx.run(lambda: self.ctx.journal.careload.set_hidden(task_id, True)) is None:
            return
        self._last_hidden = task_id
        self.notice.setText(
            self.tr("“{name}” is hidden. You can show it again with “Show again”.").format(
                name=task_name(task)
            )
        )
        self.notice.show()
        self.hidden_box.setCurrentIndex(self.hidden_box.findData(task_id))

    def show_chosen(self) -> None:
        task_id = self.hidden_box.currentData()
        if (
            task_id
            and self.ctx.run(lambda: self.ctx.journal.careload.set_hidden(task_id, False))
            is not None
        ):
            self.notice.hide()

    def _fill_hidden(self) -> None:
        care = self.ctx.journal.careload
        hidden = [t for t in care.tasks(include_hidden=True) if t.hidden]
        chosen = self.hidden_box.currentData()
        self.hidden_box.clear()
        for task in hidden:
            self.hidden_box.addItem(task_name(task), task.id)
        index = self.hidden_box.findData(chosen)
        self.hidden_box.setCurrentIndex(max(index, 0))
        self.hidden_box.setVisible(bool(hidden))
        self.show_button.setVisible(bool(hidden))

    def _on_changed(self, changes) -> None:
        if changes.kind == "care_task":
            self._fill_hidden()
            if self._last_hidden in changes.ids:
                self.hidden_box.setCurrentIndex(self.hidden_box.findData(self._last_hidden))
