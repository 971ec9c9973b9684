"""Settings: who may see the current person's new writing unless they choose otherwise.

Each adult has their own default, so this follows "Who is writing?".
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from parentjournal.core.model import ChangeSet, Visibility
from parentjournal.ui.context import AppContext
from parentjournal.ui.settings.groups import GroupWidget


class WritingSettings(GroupWidget):
    """The default visibility of new writing, for the person who is writing now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("WritingSettings")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        self.visibility = QComboBox(self)
        self.visibility.setObjectName("default_visibility")
        self.visibility.addItem("", Visibility.PRIVATE.value)
        self.visibility.addItem("", Visibility.SHARED.value)
        self.visibility_label = QLabel(self)
        self.visibility_label.setBuddy(self.visibility)
        form.addRow(self.visibility_label, self.visibility)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self._name = ""
        self.visibility.activated.connect(self._chosen)
        ctx.person_changed.connect(lambda _pid: self._show())
        ctx.changed.connect(self._on_changed)
        self._show()
        self.retranslate()

    def _show(self) -> None:
        person = self.ctx.person
        self._name = person.name
        self.visibility.setCurrentIndex(self.visibility.findData(person.default_visibility.value))
        self.retranslate()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind == "person" and self.ctx.person_id in changes.ids:
            self._show()

    def _chosen(self, index: int) -> None:
        visibility = Visibility(self.visibility.itemData(index))
        person_id = self.ctx.person_id
        self.ctx.run(
            lambda: self.ctx.journal.household.set_default_visibility(person_id, visibility)
        )

    def retranslate(self) -> None:
        # Only what is already on screen: retranslating never reads the journal.
        name = self._name
        self.visibility_label.setText(self.tr("N&ew writing of {name}").format(name=name))
        self.visibility.setAccessibleName(
            self.tr("Who may see new writing of {name}").format(name=name)
        )
        self.visibility.setItemText(0, self.tr("Only for me"))
        self.visibility.setItemText(1, self.tr("Shared with the household"))
        self.note.setText(
            self.tr(
                "This is where new writing starts; you can choose again for each piece. "
                "Something only for you is never shown to anyone else."
            )
        )
