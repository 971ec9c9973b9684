"""The first screen is built lean (a faster start) and nobody can tell from using it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
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


def test_the_chosen_entry_stands_out_in_the_timeline(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    for text in ("Eerste", "Tweede"):
        journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), text))
    Prefs(tmp_path / "prefs.ini").set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    view = window.page("journal").timeline
    view.setCurrentIndex(view.model().index(1))  # row 0 is the day's header
    image = view.viewport().grab().toImage()

    def colour_in(row: int):
        rect = view.visualRect(view.model().index(row))
        return image.pixelColor(rect.right() - 4, rect.center().y())  # beside the words

    palette = view.palette()
    highlights = {
        palette.color(group, QPalette.ColorRole.Highlight).rgb()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    }
    assert colour_in(1).rgb() in highlights
    assert colour_in(2).rgb() not in highlights
