"""Settings: children (name or nickname, an expected or a birth date) and the phase.

A child can be added without a name or without a date; removing one asks first and is a
soft delete, so nothing written about them is touched. The phase is what the parents feel,
never computed from dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.household import ChildInput
from parentjournal.core.model import ChangeSet, Child, Phase
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import date_edit_format
from parentjournal.ui.settings.confirm import confirm
from parentjournal.ui.settings.groups import GroupWidget
from parentjournal.ui.welcome import phase_label

NO_DATE, EXPECTED, BORN = 0, 1, 2


def _kind_texts() -> list[str]:
    return [
        QCoreApplication.translate("ChildrenSettings", "No date"),
        QCoreApplication.translate("ChildrenSettings", "Expected on"),
        QCoreApplication.translate("ChildrenSettings", "Born on"),
    ]


class ChildFields:
    """Name, kind of date and date of one child (also used for the "add" row)."""

    def __init__(self, parent: QWidget, key: str):
        self.name = QLineEdit(parent)
        self.name.setObjectName(f"child_name_{key}")
        self.name.setMaxLength(80)
        self.kind = QComboBox(parent)
        self.kind.setObjectName(f"child_kind_{key}")
        self.kind.addItems(_kind_texts())
        self.date = QDateEdit(QDate.currentDate(), parent)
        self.date.setObjectName(f"child_date_{key}")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setEnabled(False)
        self.kind.currentIndexChanged.connect(lambda i: self.date.setEnabled(i != NO_DATE))

    def show(self, child: Child) -> None:
        self.name.setText(child.name)
        day = child.birth_date or child.due_date
        self.kind.setCurrentIndex(
            BORN if child.birth_date else EXPECTED if child.due_date else NO_DATE
        )
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> ChildInput:
        day: date | None = self.date.date().toPython()
        kind = self.kind.currentIndex()
        if kind == BORN:
            return ChildInput(self.name.text(), birth_date=day)
        if kind == EXPECTED:
            return ChildInput(self.name.text(), due_date=day)
        return ChildInput(self.name.text())

    def retranslate(self, label: str) -> None:
        for index, text in enumerate(_kind_texts()):
            self.kind.setItemText(index, text)
        self.name.setAccessibleName(
            QCoreApplication.translate("ChildrenSettings", "Name of {child}").format(child=label)
        )
        self.kind.setAccessibleName(
            QCoreApplication.translate("ChildrenSettings", "Kind of date for {child}").format(
                child=label
            )
        )
        self.date.setAccessibleName(
            QCoreApplication.translate("ChildrenSettings", "Date for {child}").format(child=label)
        )


class ChildrenSettings(GroupWidget):
    """The household's children and the phase the parents feel they are in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("ChildrenSettings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.rows_box = QWidget(self)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        layout.addWidget(self.rows_box)
        self.none_yet = QLabel(self)
        self.none_yet.setWordWrap(True)
        layout.addWidget(self.none_yet)
        self.rows: list[tuple[Child, ChildFields, QPushButton]] = []

        self.new_label = QLabel(self)
        layout.addWidget(self.new_label)
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        self.new = ChildFields(self, "new")
        self.new_label.setBuddy(self.new.name)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_child")
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumHeight(32)
        add_row.addWidget(self.new.name, 2)
        add_row.addWidget(self.new.kind, 1)
        add_row.addWidget(self.new.date, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self.add_child)
        self.new.name.returnPressed.connect(self.add_child)

        phase_form = QFormLayout()
        self.phase = QComboBox(self)
        self.phase.setObjectName("phase")
        self.phase.addItem("", None)
        for phase in Phase:
            self.phase.addItem("", phase.value)
        self.phase_label = QLabel(self)
        self.phase_label.setBuddy(self.phase)
        phase_form.addRow(self.phase_label, self.phase)
        layout.addSpacing(6)
        layout.addLayout(phase_form)
        self.phase.activated.connect(self._phase_chosen)

        ctx.changed.connect(self._on_changed)
        self._rebuild()
        self._show_phase()
        self.retranslate()

    # Rows ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for _child, fields, remove in self.rows:
            for widget in (fields.name, fields.kind, fields.date, remove):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        for index, child in enumerate(self.ctx.journal.household.household().children):
            fields = ChildFields(self.rows_box, str(index))
            fields.show(child)
            remove = QPushButton(self.rows_box)
            remove.setObjectName(f"child_remove_{index}")
            remove.setAutoDefault(False)
            remove.setMinimumHeight(32)
            self.grid.addWidget(fields.name, index, 0)
            self.grid.addWidget(fields.kind, index, 1)
            self.grid.addWidget(fields.date, index, 2)
            self.grid.addWidget(remove, index, 3)
            child_id = child.id
            fields.name.editingFinished.connect(lambda f=fields, c=child_id: self._save(c, f))
            fields.kind.activated.connect(lambda _i, f=fields, c=child_id: self._save(c, f))
            fields.date.editingFinished.connect(lambda f=fields, c=child_id: self._save(c, f))
            remove.clicked.connect(lambda _=False, c=child_id: self.remove_child(c))
            self.rows.append((child, fields, remove))
            # Shown now rather than on the next event loop turn, so focus can move there.
            for widget in (fields.name, fields.kind, fields.date, remove):
                widget.show()
        self.none_yet.setVisible(not self.rows)
        self.retranslate()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind == "child" and (changes.deleted or changes.ids[0] not in self._ids()):
            self._rebuild()
        elif changes.kind == "setting":
            self._show_phase()

    def _ids(self) -> set[str]:
        return {child.id for child, _f, _r in self.rows}

    def _show_phase(self) -> None:
        phase = self.ctx.journal.household.household().phase
        self.phase.setCurrentIndex(max(self.phase.findData(phase.value if phase else None), 0))

    # Actions ---------------------------------------------------------------------------
    def _save(self, child_id: str, fields: ChildFields) -> None:
        value = fields.value()
        current = next(c for c, f, _r in self.rows if c.id == child_id)
        if (value.name.strip(), value.due_date, value.birth_date) == (
            current.name,
            current.due_date,
            current.birth_date,
        ):
            return
        self.ctx.run(lambda: self.ctx.journal.household.update_child(child_id, value))
        self.rows = [(c if c.id != child_id else _updated(c, value), f, r) for c, f, r in self.rows]

    def add_child(self) -> None:
        """Add the child typed in the bottom row (a name, a date or both)."""
        value = self.new.value()
        if not (value.name.strip() or value.due_date or value.birth_date):
            self.new.name.setFocus()
            return
        if self.ctx.run(lambda: self.ctx.journal.household.add_child(value)) is not None:
            self.new.name.clear()
            self.new.kind.setCurrentIndex(NO_DATE)

    def remove_child(self, child_id: str) -> None:
        """Ask, then take a child out of the list (soft delete)."""
        child = next(c for c, _f, _r in self.rows if c.id == child_id)
        label = child.name or self.tr("this child")
        if confirm(
            self,
            self.tr("Take {child} out of the list?").format(child=label),
            self.tr("Nothing that was written is removed; only the name leaves this list."),
            self.tr("Take out of the list"),
            self.tr("Keep"),
        ):
            self.ctx.run(lambda: self.ctx.journal.household.remove_child(child_id))

    def _phase_chosen(self, index: int) -> None:
        value = self.phase.itemData(index)
        phase = Phase(value) if value else None
        self.ctx.run(lambda: self.ctx.journal.household.set_phase(phase))

    def retranslate(self) -> None:
        self.none_yet.setText(self.tr("No children in the list. You can add one below."))
        for index, (child, fields, remove) in enumerate(self.rows):
            label = child.name or self.tr("child {n}").format(n=index + 1)
            fields.retranslate(label)
            remove.setText(self.tr("Take out…"))
            remove.setAccessibleName(self.tr("Take {child} out of the list").format(child=label))
        self.new_label.setText(self.tr("Add a &child"))
        self.new.retranslate(self.tr("the new child"))
        self.new.name.setPlaceholderText(self.tr("Name or nickname"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this child"))
        self.phase_label.setText(self.tr("&Where are you now, do you feel?"))
        self.phase.setAccessibleName(self.tr("Where are you now, do you feel?"))
        self.phase.setItemText(0, self.tr("Rather not say"))
        for index, phase in enumerate(Phase, start=1):
            self.phase.setItemText(index, phase_label(phase))


def _updated(child: Child, value: ChildInput) -> Child:
    from dataclasses import replace

    return replace(
        child,
        name=value.name.strip(),
        due_date=value.due_date,
        birth_date=value.birth_date,
    )
