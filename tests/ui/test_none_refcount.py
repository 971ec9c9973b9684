"""Many Qt calls in a row (painting a long timeline) must not wear out ``None``."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont

import parentjournal.ui  # noqa: F401  (applies the work-around, as the app does)


def test_many_qt_calls_that_return_nothing_do_not_abort_python():
    font = QFont()
    for _ in range(50_000):  # ten times what a 3.11 interpreter has in store
        font.setBold(True)
    assert font.bold()
    assert sys.getrefcount(None) > 1_000


def test_true_and_false_are_kept_alive_too():
    assert sys.getrefcount(True) > 1 << 40 or sys.version_info >= (3, 12)
    assert sys.getrefcount(False) > 1 << 40 or sys.version_info >= (3, 12)
