"""The bin of moments: what you moved there, with a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import ChangeSet
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_short_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown

# Each row keeps its moment, so a language switch can write its day again without a read.
MOMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class MomentBinDialog(RetranslateWhenShown, QDialog):
    """Lists the current person's deleted moments; "Put back" restores the selected one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MomentBinDialog")
        self.setMinimumSize(520, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("moment_bin_list")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.intro.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("moment_restore")
        self.restore_button.setMinimumHeight(36)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setMinimumHeight(36)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update_button())
        layout.addWidget(self.buttons)
        ctx.changed.connect(self._on_changed)
        self._set_words()
        self.reload()
        self.list.setFocus()

    def retranslate(self) -> None:
        """Words in the language now chosen; the days under each moment follow it too
        (from the moments already read: a language switch does not read the journal)."""
        self._set_words()
        for row in range(self.list.count()):
            item = self.list.item(row)
            moment = item.data(MOMENT_ROLE)
            item.setText(f"{moment.text}\n{format_short_day(moment.day)}")

    def _set_words(self) -> None:
        self.setWindowTitle(self.tr("Moments in the bin"))
        self.restore_button.setText(self.tr("&Put back"))
        self.restore_button.setAccessibleName(self.tr("Put the chosen moment back"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.list.setAccessibleName(self.tr("Moments in the bin"))
        self._show_intro()

    def reload(self) -> None:
        self.list.clear()
        for moment in self.ctx.journal.moments.bin(self.ctx.person_id):
            item = QListWidgetItem(f"{moment.text}\n{format_short_day(moment.day)}")
            item.setData(Qt.ItemDataRole.UserRole, moment.id)
            item.setData(MOMENT_ROLE, moment)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_intro()
        self._update_button()

    def _show_intro(self) -> None:
        if self.list.count():
            self.intro.setText(self.tr("&Moments you moved to the bin. Would you like one back?"))
        else:
            self.intro.setText(self.tr("The bin is empty."))

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        moment_id = item.data(Qt.ItemDataRole.UserRole)
        person = self.ctx.person_id
        self.ctx.run(lambda: self.ctx.journal.moments.restore(moment_id, person))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind == "moment":
            self.reload()
