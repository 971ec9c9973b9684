"""Ctrl++ makes *all* text larger, on every screen (issue 8: text size app-wide).

A widget with a fixed point size (``setFont`` with a hard number) would stay small; screens
use :func:`parentjournal.ui.text_size.set_relative_font` instead. Sections come from
:func:`parentjournal.ui.sections.sections`, so new screens are checked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from parentjournal.ui.sections import sections
from parentjournal.ui.text_size import apply_scale
from tests.ui.walk import describe
from tests.ui.window_helpers import open_window


def _text_widgets(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.text() and w.isVisible()
    ]


@pytest.mark.parametrize("key", [section.key for section in sections()])
def test_ctrl_plus_makes_all_text_larger(qtbot, couple, tmp_path, key):
    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    page = window.show_section(key)
    QApplication.processEvents()
    before = {w: w.font().pointSizeF() for w in _text_widgets(page)}
    try:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        stuck = [
            f"{describe(w)} {w.text()!r}: {size}pt"
            for w, size in before.items()
            if w.font().pointSizeF() <= size
        ]
        assert not stuck, "text that does not grow with Ctrl++:\n" + "\n".join(stuck)
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        back = [w for w, size in before.items() if w.font().pointSizeF() != pytest.approx(size)]
        assert not back, "Ctrl+0 did not bring back the usual size"
    finally:
        apply_scale(1.0)
