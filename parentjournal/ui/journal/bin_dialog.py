"""The bin ("Prullenbak"): your own deleted entries, each one can be put back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import Entry
from parentjournal.core.timeline import entry_item
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.timeline_model import heading_and_excerpt

EntryIdRole = Qt.ItemDataRole.UserRole + 1


class BinDialog(QDialog):
    """Lists the current person's deleted entries with a button to restore one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.restored_ids: list[str] = []
        self.setObjectName("bin_dialog")
        self.setWindowTitle(self.tr("Bin"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list_label = QLabel(self.tr("&Deleted entries"), self)
        self.entries = QListWidget(self)
        self.entries.setObjectName("bin_entries")
        self.entries.setAccessibleName(self.tr("Deleted entries"))
        self.entries.setSpacing(3)
        self.entries.setWordWrap(True)
        self.list_label.setBuddy(self.entries)
        self.restore_button = QPushButton(self.tr("&Put back"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setAccessibleName(self.tr("Put the chosen entry back"))
        self.restore_button.setMinimumHeight(36)
        self.restore_button.clicked.connect(self.restore_current)
        self.entries.itemActivated.connect(lambda _item: self.restore_current())
        self.entries.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setMinimumHeight(36)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_label)
        layout.addWidget(self.entries, 1)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        deleted = self.ctx.journal.entries.bin(self.ctx.person_id)
        self.entries.clear()
        for entry in deleted:
            self.entries.addItem(self._item(entry))
        if deleted:
            self.intro.setText(
                self.tr("Entries you deleted wait here. Would you like to put one back?")
            )
            self.entries.setCurrentRow(0)
        else:
            self.intro.setText(self.tr("The bin is empty."))
        self._update_buttons()

    def _item(self, entry: Entry) -> QListWidgetItem:
        heading, excerpt = heading_and_excerpt(entry_item(entry))
        heading = heading or self.tr("(no text)")
        text = f"{format_day(entry.day)}\n{heading}"
        if excerpt:
            text += f"\n{excerpt[:120]}"
        item = QListWidgetItem(text)
        item.setData(EntryIdRole, entry.id)
        return item

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.entries.currentItem() is not None)

    def restore_current(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        entry_id = item.data(EntryIdRole)
        journal = self.ctx.journal
        if self.ctx.run(lambda: journal.entries.restore(entry_id, self.ctx.person_id)) is None:
            return
        self.restored_ids.append(entry_id)
        self.refresh()
