"""The first screen is built lean (a faster start) and nobody can tell from using it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from parentjournal.core.model import EntryDraft
from parentjournal.ui.journal import timeline_model
from parentjournal.ui.prefs import Prefs
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_opens_ready_to_write_in_the_dagboek(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    screen = window.page("journal")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.editor.body)
    qtbot.keyClicks(QApplication.focusWidget(), "Rustige avond")
    assert screen.editor.body.toPlainText() == "Rustige avond"


def test_the_first_search_shows_results_and_down_moves_into_them(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), "Samen in bad"))
    Prefs(tmp_path / "prefs.ini").set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    screen = window.page("journal")
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.search_field, "bad")
    panel = screen.search_panel
    qtbot.waitUntil(lambda: panel.found.rowCount() == 1, timeout=2000)
    assert screen.list_stack.currentWidget() is panel
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)
    assert panel.results.hasFocus()


def test_the_bin_opens_from_the_dagboek_with_what_was_deleted(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), "Weg ermee"))
    journal.entries.delete(entry.id, sara.id)
    Prefs(tmp_path / "prefs.ini").set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    screen = window.page("journal")
    seen: list[int] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look_and_close)
            return
        seen.append(dialog.entries.count())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.mouseClick(screen.filters.bin_button, Qt.MouseButton.LeftButton)
    assert seen == [1]


def test_a_tall_window_reads_more_until_the_timeline_is_full(qtbot, couple, tmp_path, monkeypatch):
    journal, sara, _tom = couple
    with journal.db.atomic():
        for n in range(300):
            journal.entry_repo.insert(
                EntryDraft(sara.id, date(2026, 1, 1) + timedelta(days=n // 3), f"stukje {n}")
            )
    # A first page far too short for the window: the list asks for more by itself.
    monkeypatch.setattr(timeline_model, "FIRST_PAGE", 3)
    Prefs(tmp_path / "prefs.ini").set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    window.resize(1100, 900)
    screen = window.page("journal")
    view, model = screen.timeline, screen.model

    def full() -> bool:
        last = view.visualRect(model.index(model.rowCount() - 1))
        return last.bottom() > view.viewport().height()

    qtbot.waitUntil(full, timeout=3000)
    assert 3 < model.loaded_item_count() < 300


def test_go_to_a_day_opens_the_calendar_with_the_days_that_have_writing(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date.today(), "Vandaag"))
    Prefs(tmp_path / "prefs.ini").set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    screen = window.page("journal")
    seen: list[set[date]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look_and_close)
            return
        seen.append(set(dialog.marked))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.mouseClick(screen.filters.day_button, Qt.MouseButton.LeftButton)
    assert seen == [{date.today()}]


# Parts of the Dagboek and the menus that are loaded when first used, not at start.
NOT_ON_THE_FIRST_SCREEN = [
    "parentjournal.ui.journal.search_panel",
    "parentjournal.ui.journal.bin_dialog",
    "parentjournal.ui.journal.day_picker",
    "parentjournal.ui.support.page",
    "parentjournal.ui.privacy.page",
    "parentjournal.ui.moments.card",
]

# Runs the real start (window built and shown, then closed) and lists what it loaded.
LIST_MODULES = """
import sys
from parentjournal import app
code = app.main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(code)
"""


def test_a_start_loads_only_what_the_first_screen_shows(couple, tmp_path):
    journal, _sara, _tom = couple
    journal.close()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    args = ["--data-dir", str(journal.paths.data_dir), "--config-dir", str(tmp_path / "c")]
    done = subprocess.run(
        [sys.executable, "-c", LIST_MODULES, *args, "--quit-after-startup"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    loaded = set(line.split()[1:])
    assert "parentjournal.ui.journal.screen" in loaded  # the Dagboek really was built
    assert [name for name in NOT_ON_THE_FIRST_SCREEN if name in loaded] == []
