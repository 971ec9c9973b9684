"""The window's start checks the journal file while it builds, and still writes nothing to a
damaged one; the daily backup comes after the window is shown and is still verified."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from parentjournal.core.household import AdultInput
from parentjournal.core.model import EntryDraft
from parentjournal.instance import InstanceLock
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from parentjournal.store.errors import JournalDamagedError
from parentjournal.ui.backups.daily import DailyBackup
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.startup import _run_with_lock, open_journal_calmly
from tests.safety.helpers import fill, snapshot
from tests.safety.test_startup_recovery import answer_next_dialog
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]


def _journal(data_dir: Path, *, with_backup: bool) -> dict:
    """Two adults, a few hundred entries (so the search index spans pages); closed again."""
    journal = Journal.open(JournalPaths(data_dir))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
        sara, tom = journal.household.household().people
        fill(journal, sara, tom)
        for n in range(200):
            text = f"Een rustige avond {n}, we hebben veel gepraat. " * 20
            journal.entries.create(EntryDraft(sara.id, date(2026, 2, 1 + n % 28), text))
        if with_backup:
            journal.backups.make_now()
        journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return snapshot(journal.db)
    finally:
        journal.close()


def _damage_the_search_index(path: Path) -> bytes:
    """Damage pages that opening and the first screen never read: only a full check sees it."""
    conn = sqlite3.connect(path)
    try:
        pages = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'entry_fts_data' AND pagetype = 'leaf'"
            )
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for page in pages[1:-1]:
        start = (page - 1) * size
        data[start + 8 : start + 400] = b"\xee" * 392
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_write_before_the_check_has_passed_waits_and_never_reaches_a_damaged_file(
    qtbot, data_dir, tmp_path
):
    _journal(data_dir, with_backup=True)
    paths = JournalPaths(data_dir)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    damaged = _damage_the_search_index(paths.journal)
    journal = open_journal_calmly(paths, check_in_background=True)
    assert journal is not None  # opened at once; the check goes on meanwhile
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini")
        with pytest.raises(JournalDamagedError):
            journal.household.add_person("Noor")
        # The start-up worker hears the verdict, says so, and makes no backup of it.
        worker = DailyBackup(window.ctx, window)
        with qtbot.waitSignal(worker.damaged, timeout=10_000):
            worker.start()
        worker.wait()
        assert worker.made is None
    finally:
        journal.close()
    assert paths.journal.read_bytes() == damaged
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before


def test_damage_found_by_the_start_up_check_offers_the_latest_backup_and_opens_it(
    qtbot, qapp, data_dir, tmp_path
):
    at_backup = _journal(data_dir, with_backup=True)
    paths = JournalPaths(data_dir)
    damaged = _damage_the_search_index(paths.journal)
    args = argparse.Namespace(quit_after_startup=False, quit_after_check=False)
    prefs = Prefs(tmp_path / "prefs.ini")
    seen: list[str] = []
    answer_next_dialog(qtbot, "open_backup", seen)
    shown: list[dict] = []

    def close_the_restored_window() -> None:
        # The first window goes away on damage; the one on the backup stays until closed.
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if seen and windows:
            shown.append(snapshot(windows[0].ctx.journal.db))
            windows[0].close()
        else:
            QTimer.singleShot(20, close_the_restored_window)

    QTimer.singleShot(0, close_the_restored_window)
    lock = InstanceLock(paths)
    assert lock.acquire()
    try:
        code = _run_with_lock(qapp, args, prefs, None, paths, lock)
    finally:
        lock.release()
    assert code == 0
    assert str(paths.journal) in seen[0]
    assert shown == [at_backup]
    [aside] = data_dir.glob("journal-damaged-*.db")
    assert aside.read_bytes() == damaged


def test_a_healthy_journal_checked_in_the_background_takes_writes(data_dir):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    journal = open_journal_calmly(paths, check_in_background=True)
    try:
        person, _ = journal.household.add_person("Noor")
        assert person.id in [p.id for p in journal.household.household().people]
        journal.confirm_healthy()  # the verdict: healthy
    finally:
        journal.close()


def _start_window(data_dir: Path, config_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", "--data-dir", str(data_dir),
         "--config-dir", str(config_dir), "--lang", "en", "--quit-after-check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_app_refuses_to_start_on_a_damaged_journal_and_changes_nothing(data_dir, tmp_path):
    _journal(data_dir, with_backup=True)
    paths = JournalPaths(data_dir)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    damaged = _damage_the_search_index(paths.journal)
    started = _start_window(data_dir, tmp_path / "config")
    assert started.returncode == 1, started.stderr
    assert "damaged" in started.stderr
    assert paths.journal.read_bytes() == damaged
    # No daily backup of a damaged file, and nothing set aside without asking.
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before
    assert not list(data_dir.glob("journal-damaged-*"))


def test_the_app_makes_the_daily_backup_once_a_day_and_it_is_verified(data_dir, tmp_path):
    at_start = _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    for _ in range(2):
        started = _start_window(data_dir, tmp_path / "config")
        assert started.returncode == 0, started.stderr
    [daily] = backup.list_backups(paths.backups)
    assert daily.kind == "daily"
    assert backup.check_file(daily.path) == {t: len(rows) for t, rows in at_start.items()}
    conn = sqlite3.connect(daily.path)
    try:
        assert snapshot(conn) == at_start
    finally:
        conn.close()


def test_the_daily_backup_runs_while_the_window_takes_writes(qtbot, data_dir, tmp_path):
    _journal(data_dir, with_backup=False)
    journal = Journal.open(JournalPaths(data_dir))
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini")
        sara = journal.household.household().people[0]
        daily = DailyBackup(window.ctx, window)
        daily.start()
        written = 0
        while not daily.isFinished() or written == 0:
            journal.entries.create(EntryDraft(sara.id, date(2026, 4, 1), f"Tussendoor {written}"))
            written += 1
        daily.wait()
        assert daily.error is None
        assert daily.made is not None
        # Verified against one consistent moment of the journal, whatever was typed meanwhile.
        found = backup.check_file(daily.made.path)
        assert 0 < found["entry"] <= len(snapshot(journal.db)["entry"])
        again = DailyBackup(window.ctx, window)
        again.start()
        again.wait()
        assert again.made is None  # once a day
    finally:
        journal.close()
