"""Opening the real main window on a real journal for UI tests (not a conftest, so other
test modules can import it without fixture clashes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from parentjournal.journal import Journal
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs


def open_window(qtbot, journal: Journal, prefs_file: Path, translations=None) -> MainWindow:
    """Show a main window for ``journal`` with preferences in ``prefs_file``; focused."""
    ctx = AppContext(journal, Prefs(prefs_file), translations)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    return window


def click_in_next_dialog(qtbot, object_name: str) -> None:
    """When the next modal dialog opens, click its button named ``object_name``."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QAbstractButton

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, click)
            return
        button = dialog.findChild(QAbstractButton, object_name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
