"""Closing the window writes its size and place only when they changed."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import open_window


def test_closing_an_unmoved_window_leaves_the_preferences_file_as_it_was(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    prefs_file = tmp_path / "prefs.ini"
    window = open_window(qtbot, journal, prefs_file)
    window.setGeometry(QRect(30, 20, 740, 520))  # fits the offscreen test screen
    QApplication.processEvents()
    window.close()
    # Restored once, the place may shift by the window frame; from then on it is stable.
    open_window(qtbot, journal, prefs_file).close()
    written = prefs_file.read_bytes()
    assert b"geometry" in written

    again = open_window(qtbot, journal, prefs_file)
    prefs_file.write_bytes(written + b"\n; untouched\n")  # a mark a rewrite would drop
    again.close()
    assert prefs_file.read_bytes().endswith(b"; untouched\n")

    moved = open_window(qtbot, journal, prefs_file)
    moved.setGeometry(QRect(30, 20, 700, 500))
    QApplication.processEvents()
    moved.close()
    assert not prefs_file.read_bytes().endswith(b"; untouched\n")
