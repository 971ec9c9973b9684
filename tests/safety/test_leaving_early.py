"""Closing the window right after it opened: the start-up worker stops the file check that
is still reading and leaves today's backup for the next start, but a backup that is being
made is finished and verified first."""

from __future__ import annotations

import threading

import pytest

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from parentjournal.ui.backups.daily import DailyBackup
from tests.safety.test_startup_check import _journal
from tests.store.test_check_abandoned import endless_check  # noqa: F401 (a fixture)
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_closing_right_after_start_does_not_wait_for_the_check(
    qtbot,
    data_dir,
    tmp_path,
    endless_check,  # noqa: F811 (the fixture imported above)
):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    before = paths.journal.read_bytes()
    journal = Journal.open(paths, check_in_background=True)
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini")
        daily = DailyBackup(window.ctx, window)
        daily.start()
        assert endless_check.wait(10)
        leaving = threading.Thread(target=daily.leave)
        leaving.start()
        leaving.join(10)
        assert not leaving.is_alive(), "closing waited for the file check"
        # Not mistaken for damage, and no backup of a file whose check did not finish.
        assert not daily.damaged_found and daily.made is None and daily.error is None
    finally:
        journal.close()
    assert paths.journal.read_bytes() == before
    assert not paths.backups.exists() or backup.list_backups(paths.backups) == []


def test_a_backup_being_made_is_finished_and_verified_before_closing(
    qtbot, data_dir, tmp_path, monkeypatch
):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    journal = Journal.open(paths, check_in_background=True)
    copying, go_on = threading.Event(), threading.Event()
    make = journal.backups.at_start

    def slow_backup():
        copying.set()
        go_on.wait(10)
        return make()

    monkeypatch.setattr(journal.backups, "at_start", slow_backup)
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini")
        daily = DailyBackup(window.ctx, window)
        daily.start()
        assert copying.wait(10)
        threading.Timer(0.2, go_on.set).start()
        daily.leave()  # waits for the backup under way
        assert daily.made is not None and daily.error is None
    finally:
        journal.close()
    [made] = backup.list_backups(paths.backups)
    assert made.kind == "daily" and backup.check_file(made.path)
