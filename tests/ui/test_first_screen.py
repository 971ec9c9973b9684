"""The first screen is built lean (a faster start) and nobody can tell from using it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_opens_ready_to_write_in_the_dagboek(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    screen = window.page("journal")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.editor.body)
    qtbot.keyClicks(QApplication.focusWidget(), "Rustige avond")
    assert screen.editor.body.toPlainText() == "Rustige avond"
