"""A slow journal open (an upgrade after an app update) shows a quiet "one moment" window;
a quick one shows nothing; a problem on the way is still explained as before."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import migrations
from parentjournal.store.errors import JournalDamagedError
from parentjournal.ui import patience
from parentjournal.ui.startup import open_journal_calmly

ONE_MOMENT = (
    "One moment: your journal is being opened.\nAfter an update this takes a little longer, once."
)
OLD_JOURNAL = Path(__file__).resolve().parents[1] / "fixtures" / "schema" / "m0001_foundation.db"


@pytest.fixture
def busy_windows(qapp):
    """Label texts of visible busy windows, looked for every 10 ms on the UI thread."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    yield seen
    timer.stop()


def test_slow_work_shows_a_calm_busy_window_and_returns_its_result(busy_windows):
    seen = busy_windows
    on_thread = []

    def slow() -> str:
        on_thread.append(threading.current_thread() is not threading.main_thread())
        time.sleep(0.4)
        return "open"

    assert patience.with_patience(slow, delay_s=0.05) == "open"
    assert on_thread == [True]  # the window's thread stayed free to draw the busy window
    assert seen, "no busy window while waiting"
    # In whichever language the suite runs by now.
    assert seen[0] == QCoreApplication.translate("patience", ONE_MOMENT)
    # It is gone once the work is done.
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_quick_work_shows_nothing(qapp, busy_windows):
    seen = busy_windows
    assert patience.with_patience(lambda: 42) == 42
    qapp.processEvents()
    assert seen == []


def test_a_problem_on_the_way_reaches_the_caller_as_it_is(qapp):
    def damaged() -> None:
        time.sleep(0.1)
        raise JournalDamagedError("page 7")

    with pytest.raises(JournalDamagedError, match="page 7"):
        patience.with_patience(damaged, delay_s=0.01)


def test_upgrading_an_old_journal_at_start_shows_the_window_and_opens_it(
    busy_windows, tmp_path, monkeypatch
):
    shutil.copy(OLD_JOURNAL, tmp_path / "journal.db")
    monkeypatch.setattr(patience, "DEFAULT_DELAY_S", 0.0)  # as if the upgrade were slow
    seen = busy_windows
    upgraded = threading.Event()
    real_apply = migrations.MIGRATIONS.apply

    def slow_apply(db, **kwargs):
        upgraded.set()
        time.sleep(0.2)  # a large journal's upgrade, made visible to the test
        return real_apply(db, **kwargs)

    monkeypatch.setattr(migrations.MIGRATIONS, "apply", slow_apply)

    journal = open_journal_calmly(JournalPaths(tmp_path))

    assert journal is not None
    try:
        assert upgraded.is_set()
        assert seen and seen[0] == QCoreApplication.translate("patience", ONE_MOMENT)
        assert migrations.MIGRATIONS.pending(journal.db) == []
        assert journal.household.household().people  # the old journal's people are there
    finally:
        journal.close()
    again = Journal.open(JournalPaths(tmp_path))  # and it opens normally afterwards
    again.close()
