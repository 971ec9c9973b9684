"""The entry points end the process without the interpreter's teardown (process_exit.py);
these tests would fail if that fast exit lost anything: a preference, the journal's last
state, the daily backup, an exported file, standard output or an exit code."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow

from parentjournal.core.household import AdultInput
from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from parentjournal.ui.prefs import Prefs
from tests.safety.helpers import fill, snapshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict:
    found = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    # Buffered output, as for a person's shell: unflushed text would be lost by os._exit.
    found.pop("PYTHONUNBUFFERED", None)
    return found


def pj(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", "en"],
        cwd=ROOT, env=_env(), capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


def _journal(data_dir: Path, entries: int) -> dict:
    journal = Journal.open(JournalPaths(data_dir))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
        sara, tom = journal.household.household().people
        fill(journal, sara, tom)
        for n in range(entries):
            text = f"Avond {n}: we hebben samen gegeten en veel gepraat. " * 8
            journal.entries.create(EntryDraft(sara.id, date(2026, 2, 1 + n % 28), text))
        return snapshot(journal.db)
    finally:
        journal.close()


def _saved_size(prefs_file: Path, qtbot) -> QSize:
    """The window size the preferences file holds, as a window restoring it gets it."""
    window = QMainWindow()
    qtbot.addWidget(window)
    assert window.restoreGeometry(Prefs(prefs_file).geometry())
    return window.size()


def test_a_window_start_ends_with_everything_on_disk(data_dir, tmp_path, qtbot):
    at_start = _journal(data_dir, entries=30)
    paths = JournalPaths(data_dir)
    config = tmp_path / "config"
    # Once the window is painted: its file check, then today's backup; then the exit.
    first = pj("--data-dir", str(data_dir), "--config-dir", str(config), "--quit-after-check")
    assert first.returncode == 0, first.stderr
    prefs_file = config / "parentjournal.ini"
    assert Prefs(prefs_file).geometry() is not None  # written on close, before the exit

    # A size the app would not choose itself: the next start must read it and keep it.
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(743, 541)
    Prefs(prefs_file).set_geometry(window.saveGeometry())
    second = pj("--data-dir", str(data_dir), "--config-dir", str(config), "--quit-after-startup")
    assert second.returncode == 0, second.stderr
    assert _saved_size(prefs_file, qtbot) == QSize(743, 541)

    # The journal was closed properly: whole, nothing left in a write-ahead log.
    wal = paths.journal.with_name(paths.journal.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(paths.journal)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert snapshot(conn) == at_start
    finally:
        conn.close()
    # Today's backup was finished and verified before the process ended.
    [daily] = [b for b in backup.list_backups(paths.backups) if b.kind == "daily"]
    assert backup.check_file(daily.path) == {t: len(rows) for t, rows in at_start.items()}


def test_a_command_line_export_is_complete_in_a_file_and_on_standard_output(data_dir, tmp_path):
    at_start = _journal(data_dir, entries=200)  # far more than one buffer of output
    out = tmp_path / "export.json"
    done = pj("export", "--format", "json", "--data-dir", str(data_dir), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Written to {out}" in done.stdout
    tables = json.loads(out.read_text("utf-8"))["tables"]
    assert {t: len(rows) for t, rows in tables.items() if rows} == {
        t: len(rows) for t, rows in at_start.items() if rows
    }
    piped = pj("export", "--data-dir", str(data_dir))
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["tables"] == tables

    markdown = tmp_path / "journal.md"
    done = pj("export", "--format", "markdown", "--data-dir", str(data_dir), "--person", "Sara",
              "--out", str(markdown))  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Avond 199" in markdown.read_text("utf-8")


def test_exit_codes_still_reach_the_caller(tmp_path):
    assert pj("export", "--data-dir", str(tmp_path / "nothing-here")).returncode == 1
    version = pj("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("parentjournal ")
    assert pj("export", "--format", "nonsense").returncode == 2


EXITING = """
import atexit, logging, sys, threading, time
from pathlib import Path
from parentjournal.process_exit import exit_now

out = Path(sys.argv[1])
logging.basicConfig(filename=out / "log.txt", level=logging.INFO)
logging.info("logged before the exit")
atexit.register(lambda: (out / "atexit.txt").write_text("ran"))

def late_writer():
    time.sleep(0.3)
    (out / "thread.txt").write_text("finished")

threading.Thread(target=late_writer).start()
sys.stdout.write("no newline at the end")
exit_now(3)
"""


def test_the_fast_exit_waits_for_threads_and_runs_exit_handlers(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(EXITING), str(tmp_path)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert done.stdout == "no newline at the end"
    assert (tmp_path / "thread.txt").read_text() == "finished"
    assert (tmp_path / "atexit.txt").read_text() == "ran"
    assert "logged before the exit" in (tmp_path / "log.txt").read_text()
