"""Settings: the adults who write here. Rename, give a role, add someone, take someone out.

Changes are saved as soon as a field is left (no Save button to forget). Taking someone
out of the list keeps everything they wrote; the last adult cannot be taken out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import ChangeSet, Person
from parentjournal.ui.context import AppContext
from parentjournal.ui.focus import chain_tab_order
from parentjournal.ui.settings.confirm import confirm
from parentjournal.ui.settings.groups import GroupWidget


class PersonRow:
    """Name and role fields of one adult, and the button that takes them out of the list."""

    def __init__(self, owner: PeopleSettings, person: Person, row: int):
        self.person = person
        parent = owner.rows_box
        self.name = QLineEdit(person.name, parent)
        self.name.setObjectName(f"person_name_{row}")
        self.name.setMaxLength(80)
        self.role = QLineEdit(person.role, parent)
        self.role.setObjectName(f"person_role_{row}")
        self.role.setMaxLength(60)
        self.remove = QPushButton(parent)
        self.remove.setObjectName(f"person_remove_{row}")
        self.remove.setAutoDefault(False)
        self.remove.setMinimumHeight(32)
        owner.grid.addWidget(self.name, row + 1, 0)
        owner.grid.addWidget(self.role, row + 1, 1)
        owner.grid.addWidget(self.remove, row + 1, 2)
        self.name.editingFinished.connect(lambda: owner.save_row(self))
        self.role.editingFinished.connect(lambda: owner.save_row(self))
        self.remove.clicked.connect(lambda: owner.take_out(self))
        # Shown now rather than on the next event loop turn, so focus can move there.
        for widget in self.widgets():
            widget.show()

    def widgets(self) -> list[QWidget]:
        return [self.name, self.role, self.remove]

    def retranslate(self) -> None:
        name = self.person.name
        self.name.setAccessibleName(
            QCoreApplication.translate("PeopleSettings", "Name of {name}").format(name=name)
        )
        self.role.setAccessibleName(
            QCoreApplication.translate("PeopleSettings", "Role of {name}").format(name=name)
        )
        self.role.setPlaceholderText(
            QCoreApplication.translate("PeopleSettings", "Role, if you like")
        )
        self.remove.setText(QCoreApplication.translate("PeopleSettings", "Take out of the list…"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("PeopleSettings", "Take {name} out of the list").format(
                name=name
            )
        )


class PeopleSettings(GroupWidget):
    """Everyone in the household, editable in place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("PeopleSettings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)

        self.rows_box = QWidget(self)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.name_header = QLabel(self.rows_box)
        self.role_header = QLabel(self.rows_box)
        self.grid.addWidget(self.name_header, 0, 0)
        self.grid.addWidget(self.role_header, 0, 1)
        layout.addWidget(self.rows_box)
        self.rows: list[PersonRow] = []

        self.new_name = QLineEdit(self.rows_box)
        self.new_name.setObjectName("new_person_name")
        self.new_name.setMaxLength(80)
        self.new_role = QLineEdit(self.rows_box)
        self.new_role.setObjectName("new_person_role")
        self.new_role.setMaxLength(60)
        self.add_button = QPushButton(self.rows_box)
        self.add_button.setObjectName("add_person")
        self.add_button.setAutoDefault(False)
        self.add_button.setMinimumHeight(32)
        self.add_button.setEnabled(False)
        self.new_label = QLabel(self.rows_box)
        self.new_label.setBuddy(self.new_name)
        self.message = QLabel(self)
        self.message.setObjectName("people_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.new_name.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.new_name.returnPressed.connect(self.add_person)
        self.new_role.returnPressed.connect(self.add_person)
        self.add_button.clicked.connect(self.add_person)
        ctx.changed.connect(self._on_changed)
        self._rebuild()
        self.retranslate()

    # Rows ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        people = self.ctx.people()
        self.rows = [PersonRow(self, person, i) for i, person in enumerate(people)]
        for row in self.rows:
            row.retranslate()
            # The last adult stays: a journal always has someone who writes in it.
            row.remove.setEnabled(len(self.rows) > 1)
        # The "add someone" fields sit in the same columns, below the people.
        below = len(self.rows) + 1
        self.grid.addWidget(self.new_label, below, 0, 1, 3)
        self.grid.addWidget(self.new_name, below + 1, 0)
        self.grid.addWidget(self.new_role, below + 1, 1)
        self.grid.addWidget(self.add_button, below + 1, 2)
        if self.rows:
            self.name_header.setBuddy(self.rows[0].name)
            self.role_header.setBuddy(self.rows[0].role)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        chain = [w for row in self.rows for w in row.widgets()]
        chain += [self.new_name, self.new_role, self.add_button]
        chain_tab_order(chain)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind != "person":
            return
        people = self.ctx.people()
        if [p.id for p in people] == [r.person.id for r in self.rows]:
            # Same people: refresh in place so a field being typed in keeps its text.
            for row, person in zip(self.rows, people, strict=True):
                row.person = person
                row.retranslate()
            return
        self._rebuild()

    # Actions ---------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save_row(self, row: PersonRow) -> None:
        """Save a renamed person or a changed role (called when a field is left)."""
        name, role = row.name.text().strip(), row.role.text().strip()
        if name == row.person.name and role == row.person.role:
            return
        if not name:
            # A person keeps a name; put the old one back and say so, calmly.
            row.name.setText(row.person.name)
            self._say(self.tr("A name is needed, so the previous name is back."))
            return
        self._say("")
        self.ctx.run(lambda: self.ctx.journal.household.rename(row.person.id, name, role))

    def add_person(self) -> None:
        """Add the person typed in the bottom row."""
        name = self.new_name.text().strip()
        if not name:
            return
        result = self.ctx.run(
            lambda: self.ctx.journal.household.add_person(name, self.new_role.text())
        )
        if result is not None:
            self.new_name.clear()
            self.new_role.clear()
            self._say(self.tr("{name} can now choose “Who is writing?”.").format(name=name))

    def take_out(self, row: PersonRow) -> None:
        """Ask, then take a person out of the list; what they wrote stays."""
        name = row.person.name
        if not confirm(
            self,
            self.tr("Take {name} out of the list?").format(name=name),
            self.tr(
                "{name} will no longer be in the list of who writes here. Everything "
                "{name} wrote stays in the journal."
            ).format(name=name),
            self.tr("Take out of the list"),
            self.tr("Keep {name}").format(name=name),
        ):
            return
        person_id = row.person.id
        if self.ctx.run(lambda: self.ctx.journal.household.remove_person(person_id)) is None:
            return
        if self.ctx.person_id == person_id:
            self.ctx.set_person(self.ctx.people()[0].id)
        self._say(self.tr("{name} is no longer in the list.").format(name=name))

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Names and roles are yours to choose. Changes are kept as soon as you "
                "leave a field."
            )
        )
        self.name_header.setText(self.tr("&Name"))
        self.role_header.setText(self.tr("&Role"))
        for row in self.rows:
            row.retranslate()
        self.new_label.setText(self.tr("&Add someone"))
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("Name of the new person"))
        self.new_role.setPlaceholderText(self.tr("Role, if you like"))
        self.new_role.setAccessibleName(self.tr("Role of the new person"))
        self.add_button.setText(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add this person"))
