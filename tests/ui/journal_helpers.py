"""Shared helpers of the Dagboek UI tests: open a real window on a real journal folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from parentjournal.journal import Journal
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, journal: Journal, prefs_dir: Path) -> MainWindow:
    """A shown main window on ``journal``, with the Dagboek screen in front."""
    ctx = AppContext(journal, Prefs(prefs_dir / "prefs.ini"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def timeline_texts(screen) -> list[str]:
    """The text of every item the timeline has loaded, top to bottom."""
    model = screen.model
    items = [model.item_at(r) for r in range(model.rowCount())]
    return [i.text for i in items if i is not None]


def close_window_and_journal(qtbot, window: MainWindow, journal: Journal) -> None:
    """Close like a person does, let pending paints finish, then close the file."""
    window.close()
    qtbot.wait(20)
    journal.close()
