"""The editor's "About the day / Who may read it" row never breaks a label word by word.

At the default window size, at the smallest the window allows and in a wide window, in
Dutch and English: each label stays on one line with its whole text, the day and the
"who may read it" choice keep their natural width, and a window too short for the whole
editor scrolls it instead of laying fields over each other.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from parentjournal.i18n import Translations
from parentjournal.ui.journal.field_row import Arrangement
from tests.ui.window_helpers import open_window

SIZES = {"default": (1100, 740), "smallest": (720, 480), "wide": (1700, 900)}


@pytest.fixture(params=["nl", "en"])
def editor_at(request, qapp, qtbot, couple, tmp_path):
    journal, *_ = couple
    translations = Translations(qapp)
    translations.install(request.param)
    window = open_window(qtbot, journal, tmp_path / "prefs.ini", translations)
    editor = window.show_section("journal").editor

    def resized(size: str):
        window.resize(*SIZES[size])
        for _ in range(3):
            QApplication.processEvents()
        return editor

    yield resized
    window.close()
    translations.install("nl")


def _one_line_and_whole(label) -> bool:
    # A label that may not wrap is one line; it must also have room for its whole text.
    return not label.wordWrap() and label.width() >= label.sizeHint().width()


def _inside(widget: QWidget, column: QWidget) -> bool:
    """The widget's whole width lies within the visible column (not cut off at its edge)."""
    left = widget.mapTo(column, widget.rect().topLeft()).x()
    return left >= 0 and left + widget.width() <= column.width()


@pytest.mark.parametrize("size", list(SIZES))
def test_labels_stay_on_one_line_and_fields_keep_their_width(editor_at, size):
    editor = editor_at(size)
    column = editor.parentWidget()
    for label, field in (
        (editor.day_label, editor.day),
        (editor.visibility_label, editor.visibility),
    ):
        assert _one_line_and_whole(label), f"{size}: {label.text()!r} wraps or is cut off"
        assert field.width() >= field.sizeHint().width(), f"{size}: {field.objectName()} cut"
        assert _inside(label, column) and _inside(field, column), size


def test_each_pair_has_its_own_line_by_default_and_one_line_when_wide(editor_at):
    editor = editor_at("wide")
    assert editor.about_row.arrangement is Arrangement.ONE_LINE
    assert editor.day.y() == editor.visibility.y()
    editor = editor_at("default")
    assert editor.visibility.y() > editor.day.y()
    assert editor.day_label.x() == editor.visibility_label.x()


def test_a_short_window_scrolls_the_editor_instead_of_piling_up_fields(editor_at):
    editor = editor_at("smallest")
    # Fields are one under the other with room between them, never on top of each other.
    widgets = [
        editor.title,
        editor.day,
        editor.visibility,
        editor.themes,
        editor.body,
        editor.delete_button,
    ]
    tops = [w.mapTo(editor, w.rect().topLeft()).y() for w in widgets]
    bottoms = [top + w.height() for top, w in zip(tops, widgets, strict=True)]
    assert all(bottoms[i] <= tops[i + 1] for i in range(len(widgets) - 1)), (tops, bottoms)
    assert editor.body.height() >= 2 * editor.body.fontMetrics().height()
