"""My check-ins: a calm list of what I wrote, to reread or change. No schedule, no gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.checkin import CheckIn
from parentjournal.core.model import Visibility
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen.checkin_dialog import CheckInDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def checkin_line(checkin: CheckIn) -> str:
    """One check-in as a list line: day, energy word, first words."""
    first = (checkin.text.strip().splitlines() or [checkin.would_help.strip()])[0]
    if len(first) > 90:
        first = first[:89] + "…"
    parts = [format_day(checkin.day)]
    if checkin.energy:
        parts.append(checkin.energy)
    if first:
        parts.append(first)
    return " · ".join(parts)


class CheckInsView(RetranslateWhenShown, QWidget):
    """The current person's own check-ins, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("CheckInsView")
        self._deleted: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_checkin")
        self.new_button.setMinimumHeight(40)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget(self)
        self.list.setObjectName("checkin_list")
        self.list.setSpacing(4)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_checkin")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_checkin")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_checkin")
        self.undo_button.hide()
        for button in (self.open_button, self.delete_button, self.undo_button):
            button.setMinimumHeight(36)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(lambda: self.open_dialog())
        self.open_button.clicked.connect(self.open_current)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A check-in is for you: how are you really doing? There is no schedule; "
                "come back whenever you like. Each one stays private unless you share it."
            )
        )
        self.new_button.setText(self.tr("&Write a check-in…"))
        self.new_button.setAccessibleName(self.tr("Write a check-in"))
        self.list.setAccessibleName(self.tr("My check-ins"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open this check-in"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this check-in"))
        self.undo_button.setText(self.tr("&Undo delete"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for checkin in self.ctx.journal.checkins.mine(self.ctx.person_id):
            line = checkin_line(checkin)
            if checkin.visibility is Visibility.SHARED:
                line += "  " + self.tr("(shared)")
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, checkin.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def open_dialog(self, checkin: CheckIn | None = None) -> CheckInDialog:
        dialog = CheckInDialog(self.ctx, self, checkin)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not modal: it saves as you type, and the help page or the journal stay reachable.
        dialog.show()
        return dialog

    def open_current(self) -> CheckInDialog | None:
        checkin_id = self.current_id()
        checkin = (
            self.ctx.journal.checkins.get_for(checkin_id, self.ctx.person_id)
            if checkin_id
            else None
        )
        return self.open_dialog(checkin) if checkin is not None else None

    def delete_current(self) -> None:
        checkin_id = self.current_id()
        if checkin_id is None:
            return
        person = self.ctx.person_id
        if self.ctx.run(lambda: self.ctx.journal.checkins.delete(checkin_id, person)):
            self._deleted = checkin_id
            self.undo_button.show()

    def undo_delete(self) -> None:
        checkin_id, person = self._deleted, self.ctx.person_id
        if checkin_id and self.ctx.run(
            lambda: self.ctx.journal.checkins.restore(checkin_id, person)
        ):
            self._deleted = None
            self.undo_button.hide()

    def texts(self) -> list[str]:
        return [self.intro.text()] + [self.list.item(i).text() for i in range(self.list.count())]

    def _on_changed(self, changes) -> None:
        if changes.kind in ("checkin", "person"):
            self.reload()
