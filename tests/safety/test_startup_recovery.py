"""A damaged journal at start: a calm explanation, the latest good backup, nothing overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from parentjournal.core.household import AdultInput
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.ui.startup import open_journal_calmly
from tests.safety.helpers import fill, snapshot

# A message box under the offscreen platform logs this; it says nothing about the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def answer_next_dialog(qtbot, button: str | None, seen: list[str]) -> None:
    """Click ``button`` (an object name; None = the default button) in the next dialog."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        target = box.findChild(QPushButton, button) if button else box.defaultButton()
        target = target or box.buttons()[0]
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _tr(source: str) -> str:
    """The text in whatever language the test session has installed (Dutch by default)."""
    if source.startswith("The journal file seems damaged. Nothing"):
        source = (
            "The journal file seems damaged. Nothing was changed or overwritten.\n\n"
            "Would you like to open the latest good backup, from {when}? The damaged file "
            "is kept aside, so nothing is lost.\n\n{where}"
        )
        return QApplication.translate("startup", source).split("\n")[0]
    return QApplication.translate("startup", source)


def _journal_with_backup(data_dir: Path) -> dict:
    journal = Journal.open(JournalPaths(data_dir))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
        sara, tom = journal.household.household().people
        fill(journal, sara, tom)
        journal.backups.make_now()
        return snapshot(journal.db)
    finally:
        journal.close()


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 400] = b"\xee" * 392
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_journal_is_kept_aside_and_the_latest_backup_opens(qtbot, data_dir):
    at_backup = _journal_with_backup(data_dir)
    paths = JournalPaths(data_dir)
    damaged = _damage(paths.journal)
    seen: list[str] = []
    answer_next_dialog(qtbot, "open_backup", seen)
    journal = open_journal_calmly(paths)
    assert journal is not None, seen
    try:
        assert str(paths.journal) in seen[0]
        assert seen[0].startswith(_tr("The journal file seems damaged. Nothing was changed"))
        assert snapshot(journal.db) == at_backup
    finally:
        journal.close()
    [aside] = data_dir.glob("journal-damaged-*.db")
    assert aside.read_bytes() == damaged


def test_saying_not_now_leaves_the_damaged_file_exactly_as_it_was(qtbot, data_dir):
    _journal_with_backup(data_dir)
    paths = JournalPaths(data_dir)
    damaged = _damage(paths.journal)
    seen: list[str] = []
    answer_next_dialog(qtbot, "not_now", seen)
    assert open_journal_calmly(paths) is None
    assert seen
    assert paths.journal.read_bytes() == damaged
    assert not list(data_dir.glob("journal-damaged-*"))


def test_a_file_that_is_not_a_database_and_no_backup_gets_a_calm_message(qtbot, data_dir):
    paths = JournalPaths(data_dir)
    paths.journal.write_text("dit is een boodschappenlijstje", encoding="utf-8")
    seen: list[str] = []
    answer_next_dialog(qtbot, None, seen)
    assert open_journal_calmly(paths) is None
    no_backup = _tr(
        "The journal file seems damaged, and there is no backup of it yet. Nothing was "
        "changed or overwritten. Could someone who knows computers well have a look at "
        "the file?\n\n{where}"
    )
    assert seen == [no_backup.format(where=paths.journal)]
    assert paths.journal.read_text(encoding="utf-8") == "dit is een boodschappenlijstje"
