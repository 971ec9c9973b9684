"""Helpers for the Samen UI tests: a real main window over a real journal file."""

from __future__ import annotations

from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs


def open_window(qtbot, journal, tmp_path) -> tuple[AppContext, MainWindow]:
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return ctx, window
