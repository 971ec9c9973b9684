"""The Back-ups dialog, opened from the Journal menu.

It lists the journal's backups with when they were made, why, and how large they are, and
restores one after a plain confirmation. The journal as it is just before a restore is
backed up first, so a restore can always be undone from this same list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.backups import Backup, BackupKind
from parentjournal.store.errors import (
    BackupLockedError,
    JournalDamagedError,
    JournalError,
    JournalFullError,
    JournalNewerError,
)
from parentjournal.ui.context import AppContext, explain


def format_when(backup: Backup) -> str:
    """When a backup was made, in local time and the active language."""
    local = backup.taken_at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, "dddd d MMMM yyyy, HH:mm")


class BackupsDialog(QDialog):
    """A list of backups with buttons to make, copy and restore."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("BackupsDialog")
        self.setMinimumSize(640, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.folder = QLabel(str(ctx.journal.paths.backups), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)

        self.list_label = QLabel(self)
        layout.addWidget(self.list_label)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list_label.setBuddy(self.list)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item, _col: self.restore_selected())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.make_button = self._button("make_backup", self.make_now)
        self.copy_button = self._button("save_copy", self.save_copy)
        self.restore_button = self._button("restore_backup", self.restore_selected)
        self.close_button = self._button("close", self.accept)
        for button in (self.make_button, self.copy_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.retranslate()
        self.refresh()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Texts ------------------------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        texts = {
            BackupKind.DAILY: self.tr("Made by itself"),
            BackupKind.MANUAL: self.tr("Made by you"),
            BackupKind.BEFORE_RESTORE: self.tr("Just before a restore"),
            BackupKind.BEFORE_IMPORT: self.tr("Just before an import"),
            BackupKind.BEFORE_MIGRATION: self.tr("Just before an update"),
            BackupKind.BEFORE_ENCRYPTION: self.tr("Just before a passphrase change"),
        }
        return texts.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back-ups"))
        self.intro.setText(
            self.tr(
                "A backup is made by itself when you open the journal (once a day), and "
                "just before every restore or import. The last week, month and half year "
                "are kept. Your backups are in this folder:"
            )
        )
        self.list_label.setText(self.tr("&Backups, newest first"))
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        self.list.headerItem().setTextAlignment(
            2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.empty.setText(self.tr("There are no backups yet. Would you like to make one now?"))
        for button, text, name in (
            (self.make_button, self.tr("&Make a backup now"), self.tr("Make a backup now")),
            (
                self.copy_button,
                self.tr("&Save a copy elsewhere…"),
                self.tr("Save a copy elsewhere"),
            ),
            (
                self.restore_button,
                self.tr("&Restore this backup…"),
                self.tr("Restore the chosen backup"),
            ),
            (self.close_button, self.tr("&Close"), self.tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Behaviour --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the list from the backups folder."""
        self.list.clear()
        for backup in self.ctx.journal.backups.backups():
            item = QTreeWidgetItem(
                [
                    format_when(backup),
                    self.kind_text(backup.kind),
                    QLocale().formattedDataSize(backup.size, 0),
                ]
            )
            item.setSizeHint(0, QSize(0, 30))  # generous rows: easy to see and to click
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        has_any = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_any)
        self.list_label.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(item.data(0, Qt.ItemDataRole.UserRole))
        return next((b for b in self.ctx.journal.backups.backups() if b.path == path), None)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def make_now(self) -> None:
        try:
            self.ctx.journal.backups.make_now()
        except JournalError as exc:
            self.status.setText(self.could_not_write(exc))
            return
        self.status.setText(self.tr("A backup was made and checked."))
        self.refresh()

    def could_not_write(self, error: JournalError) -> str:
        if isinstance(error, JournalFullError):
            return self.tr(
                "The disk is full, so the backup could not be written. Nothing was changed."
            )
        return self.tr(
            "The backup could not be written here. Nothing was changed. Would you like to "
            "try another place?"
        )

    def save_copy(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the journal"),
            str(Path.home() / "ouderdagboek-kopie.db"),
            self.tr("Journal copies (*.db)"),
        )
        if not target:
            return
        try:
            self.ctx.journal.backups.save_copy(Path(target))
        except JournalError as exc:
            self.status.setText(self.could_not_write(exc))
            return
        self.status.setText(self.tr("A copy was saved and checked: {path}").format(path=target))

    def confirm_restore(self, backup: Backup) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirm_restore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr(
                "Would you like to bring the journal back as it was on {when}?\n\n"
                "What it holds now is backed up first, so you can always come back to it "
                "from this list."
            ).format(when=format_when(backup))
        )
        yes = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("yes_restore")
        no = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("no_restore")
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm_restore(backup):
            return
        window = self.parent()
        flush = getattr(window, "flush_pages", None)
        if callable(flush):
            flush()  # what is typed right now is saved first, and thus in the safety copy
        try:
            _safety, changes = self.ctx.journal.backups.restore(backup.path)
        except JournalNewerError:
            self.status.setText(
                self.tr(
                    "This backup was made by a newer version of Parent Journal, so it was "
                    "left alone. Nothing was changed."
                )
            )
            return
        except BackupLockedError:
            self.status.setText(
                self.tr(
                    "This backup is locked with a passphrase key that this journal does not "
                    "have now, so it was left alone. Nothing was changed."
                )
            )
            return
        except JournalDamagedError:
            self.status.setText(
                self.tr("This backup seems damaged, so it was left alone. Nothing was changed.")
            )
            return
        except JournalError as exc:
            self.status.setText(explain(exc))
            return
        self.ctx.notify(changes)  # every screen is built anew from the restored journal
        self.status.setText(
            self.tr(
                "The journal is back as it was on {when}. What it held just before is at "
                "the top of this list."
            ).format(when=format_when(backup))
        )
        self.refresh()


def open_backups(ctx: AppContext, window) -> None:
    """Show the Back-ups dialog over ``window`` (the Journal menu's action)."""
    dialog = BackupsDialog(ctx, window)
    dialog.exec()
    dialog.deleteLater()
