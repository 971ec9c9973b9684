"""What the window shows at its first paint is what stays: nothing moves just after start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from parentjournal.core.model import EntryDraft
from parentjournal.ui.backups.daily import DailyBackup
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _places(window: QWidget) -> dict[str, tuple[QRect, bool]]:
    """Where each named widget of the window is, and whether it shows."""
    found = {}
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if name and not name.startswith("qt_"):
            corner = widget.mapTo(window, QPoint(0, 0))
            found[name] = (QRect(corner, widget.size()), widget.isVisible())
    return found


def _window(qtbot, couple, tmp_path) -> MainWindow:
    journal, sara, tom = couple
    for n in range(12):
        author = sara if n % 2 else tom
        text = f"Avond {n}: samen gegeten, veel gepraat en vroeg gaan slapen. " * 3
        journal.entries.create(EntryDraft(author.id, date(2026, 3, 1) + timedelta(n), text))
    window = MainWindow(AppContext(journal, Prefs(tmp_path / "prefs.ini"), None))
    qtbot.addWidget(window)
    return window


def test_the_first_paint_shows_the_window_already_laid_out(qtbot, couple, tmp_path):
    window = _window(qtbot, couple, tmp_path)
    window.show_laid_out()
    # What the platform paints first, before the event loop has run once.
    first = _places(window)
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert _places(window) == first


def test_a_quiet_start_up_backup_leaves_the_window_as_it_is(qtbot, couple, tmp_path):
    window = _window(qtbot, couple, tmp_path)
    window.show_laid_out()
    qtbot.waitExposed(window)
    before = _places(window)
    daily = DailyBackup(window.ctx, window)
    with qtbot.waitSignal(daily.finished, timeout=10000):
        daily.start()
    qtbot.wait(50)
    assert daily.made is not None  # today's backup was made, without a word
    assert _places(window) == before  # nothing moved when it was done


def test_a_first_message_does_not_move_the_screens(qtbot, couple, tmp_path):
    window = _window(qtbot, couple, tmp_path)
    window.show_laid_out()
    qtbot.waitExposed(window)
    before = _places(window)
    window.ctx.problem.emit("Dit kon nog niet bewaard worden. Je tekst blijft hier staan.")
    qtbot.wait(50)
    assert window.statusBar().currentMessage().startswith("Dit kon nog niet")
    assert _places(window) == before


def test_the_formatted_view_comes_when_asked_and_sits_after_the_text(qtbot, couple, tmp_path):
    window = _window(qtbot, couple, tmp_path)
    with qtbot.waitActive(window):
        window.show_laid_out()
    editor = window.page("journal").editor
    qtbot.keyClicks(editor.body, "Een **goede** dag")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.preview
    assert editor.preview.toPlainText().strip() == "Een goede dag"
    assert editor.preview.accessibleName() == editor.tr("Your text, formatted")
    # Tab from the own themes goes on into the formatted text, as into the text itself.
    editor.themes.own.setFocus()
    qtbot.keyClick(editor.themes.own, Qt.Key.Key_Tab)
    assert editor.preview.hasFocus()
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.body
