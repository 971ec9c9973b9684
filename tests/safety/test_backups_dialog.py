"""The Back-ups dialog: list, make one now, restore with a confirmation, screens rebuilt."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from parentjournal.core.backups import BackupKind
from parentjournal.core.model import EntryDraft
from parentjournal.ui.backups.dialog import BackupsDialog
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from tests.safety.helpers import fill, snapshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    return AppContext(journal, Prefs(tmp_path / "prefs.ini"))


def click_in_next_message_box(qtbot, name: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        qtbot.mouseClick(box.findChild(QPushButton, name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_an_empty_list_invites_to_make_a_backup_and_the_button_makes_one(qtbot, ctx):
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.isVisible() and not dialog.empty.isVisible()
    assert dialog.list.topLevelItem(0).text(1) == dialog.kind_text(BackupKind.MANUAL)
    assert dialog.restore_button.isEnabled()
    assert [b.kind for b in ctx.journal.backups.backups()] == [BackupKind.MANUAL]


def test_restoring_asks_first_and_cancel_changes_nothing(qtbot, ctx):
    ctx.journal.backups.make_now()
    ctx.journal.entries.create(EntryDraft(ctx.person_id, date(2026, 5, 1), "blijft staan"))
    before = snapshot(ctx.journal.db)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    click_in_next_message_box(qtbot, "no_restore")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert snapshot(ctx.journal.db) == before
    assert len(ctx.journal.backups.backups()) == 1


def test_restore_from_the_journal_menu_brings_the_backup_back_and_rebuilds_screens(qtbot, ctx):
    ctx.journal.backups.make_now()
    at_backup = snapshot(ctx.journal.db)
    ctx.journal.entries.create(EntryDraft(ctx.person_id, date(2026, 5, 1), "na de back-up"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    pages_before = {key: id(page) for key, page in window._pages.items()}
    seen: list[BackupsDialog] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupsDialog):
            QTimer.singleShot(20, in_dialog)
            return
        seen.append(dialog)
        assert dialog.list.topLevelItemCount() == 1
        click_in_next_message_box(qtbot, "yes_restore")
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a backup restores it
        assert dialog.list.topLevelItemCount() == 2
        assert dialog.list.topLevelItem(0).text(1) == dialog.kind_text(BackupKind.BEFORE_RESTORE)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, in_dialog)
    action = window.findChild(type(window.close_action), "action_backups")
    action.trigger()
    assert seen, "the Back-ups dialog did not open"
    assert snapshot(ctx.journal.db) == at_backup
    assert all(id(window._pages[k]) != v for k, v in pages_before.items())
    # After the restore, writing goes on as usual.
    entry, _ = ctx.journal.entries.create(EntryDraft(ctx.person_id, date(2026, 5, 2), "verder"))
    assert ctx.journal.entries.get_for(entry.id, ctx.person_id) is not None
