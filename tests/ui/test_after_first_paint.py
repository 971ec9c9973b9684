"""The window's start leaves the journal's file check and the daily backup until the
window has been painted: until then they would only slow the paint the person waits for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup, health
from parentjournal.ui.backups.daily import DailyBackup
from parentjournal.ui.context import AppContext
from parentjournal.ui.first_paint import after_first_paint
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from tests.safety.test_startup_check import _journal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window_on_a_journal(qtbot, data_dir, tmp_path, monkeypatch):
    """A main window, built but not shown, on a journal opened as the window's start does;
    the list notes each file check as it reads."""
    _journal(data_dir, with_backup=False)
    checks: list[str] = []
    real = health.quick_check_connection
    monkeypatch.setattr(health, "quick_check_connection", lambda c: checks.append(1) or real(c))
    journal = Journal.open(JournalPaths(data_dir), check_in_background=True)
    window = MainWindow(AppContext(journal, Prefs(tmp_path / "prefs.ini"), None))
    qtbot.addWidget(window)
    yield window, checks
    journal.close()


def test_the_check_and_the_daily_backup_begin_once_the_window_is_painted(
    qtbot, window_on_a_journal, data_dir
):
    window, checks = window_on_a_journal
    daily = DailyBackup(window.ctx, window)
    daily.start_after_first_paint()
    qtbot.wait(300)
    assert checks == [] and not daily.isRunning() and daily.made is None  # not before
    window.show_laid_out()
    qtbot.waitUntil(lambda: daily.isFinished(), timeout=10_000)
    assert checks == [1]
    assert daily.made is not None and daily.error is None
    [made] = backup.list_backups(JournalPaths(data_dir).backups)
    assert made.kind == "daily" and backup.check_file(made.path)


def test_closing_before_the_first_paint_leaves_both_for_the_next_start(
    qtbot, window_on_a_journal, data_dir
):
    window, checks = window_on_a_journal
    daily = DailyBackup(window.ctx, window)
    daily.start_after_first_paint()
    daily.leave()  # the window closed before it was painted
    window.show_laid_out()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    assert checks == [] and not daily.isRunning() and daily.made is None
    assert not JournalPaths(data_dir).backups.exists() or not backup.list_backups(
        JournalPaths(data_dir).backups
    )


def test_a_window_that_is_never_painted_gets_its_turn_after_a_while(qtbot, window_on_a_journal):
    window, _ = window_on_a_journal
    called: list[str] = []
    after_first_paint(window, lambda: called.append("late"), patience_ms=200)
    qtbot.wait(50)
    assert called == []
    qtbot.waitUntil(lambda: called == ["late"], timeout=5000)
    window.show_laid_out()  # painted after all: not called a second time
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert called == ["late"]


def test_painted_windows_call_once_and_a_deleted_window_never(qtbot, window_on_a_journal):
    window, _ = window_on_a_journal
    called: list[str] = []
    after_first_paint(window, lambda: called.append("painted"), patience_ms=300)
    window.show_laid_out()
    qtbot.waitUntil(lambda: called == ["painted"], timeout=5000)
    window.repaint()
    window.hide()
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(400)  # past the patience too
    assert called == ["painted"]

    gone = QWidget()
    after_first_paint(gone, lambda: called.append("gone"), patience_ms=50)
    gone.deleteLater()
    qtbot.wait(200)
    assert called == ["painted"]


# The real start in a process of its own: notes each time the file check begins, and
# whether the window had been painted by then.
PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject
from parentjournal.store import health
from parentjournal.ui import startup

painted, begun = [], []
real_begin = health.BackgroundCheck.begin

def begin(self):
    begun.append("after the paint" if painted else "before the paint")
    real_begin(self)

health.BackgroundCheck.begin = begin

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(True)
        return False

first_paint = FirstPaint()
real_prepare = startup.prepare_window

def prepare_window(*args, **kwargs):
    ctx, window = real_prepare(*args, **kwargs)
    if window is not None:
        window.installEventFilter(first_paint)
    return ctx, window

startup.prepare_window = prepare_window
from parentjournal import app
code = app.main(sys.argv[1:])
print("BEGUN", ",".join(begun))
sys.exit(code)
"""


def _start(data_dir: Path, config_dir: Path, quitting: str) -> list[str]:
    """Start the real app with ``quitting``; when its file check began, each time."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--config-dir",
         str(config_dir), "--lang", "en", quitting],
        cwd=root, env=dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("BEGUN"))
    return [when for when in line.removeprefix("BEGUN").strip().split(",") if when]


def test_the_app_begins_the_check_only_after_its_window_is_painted(data_dir, tmp_path):
    _journal(data_dir, with_backup=False)
    assert _start(data_dir, tmp_path / "config", "--quit-after-check") == ["after the paint"]
    [made] = backup.list_backups(JournalPaths(data_dir).backups)  # and then the backup
    assert made.kind == "daily"


def test_a_window_closed_right_at_its_paint_begins_neither(data_dir, tmp_path):
    # As the benchmark's start does, and a person closing the window at once.
    _journal(data_dir, with_backup=False)
    assert _start(data_dir, tmp_path / "config", "--quit-after-startup") == []
    backups = JournalPaths(data_dir).backups
    assert not backups.exists() or backup.list_backups(backups) == []
