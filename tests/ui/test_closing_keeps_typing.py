"""Closing a form keeps what was typed: Escape, the window's close button or Close.

The rest of the app saves as you type; the question, advice and moment dialogs and the task
name field save with a button. Closing them any other way must not lose the words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parentjournal.core.visits import QuestionDraft
from parentjournal.i18n import Translations
from parentjournal.ui.moments.capture import MomentDialog
from parentjournal.ui.visit.advice_dialog import AdviceDialog
from parentjournal.ui.visit.question_dialog import QuestionDialog
from tests.ui.window_helpers import open_window


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The app's own language, installed here (other modules may leave another one)."""
    translations = Translations(qapp)
    translations.install("nl")
    yield
    translations.install("nl")


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_keeps_a_typed_question(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    dialog = _shown(qtbot, QuestionDialog(window.ctx, parent=window))
    qtbot.keyClicks(dialog.text, "Slaapt ze genoeg overdag?")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [q.text for q in journal.questions.visible(sara.id)] == ["Slaapt ze genoeg overdag?"]


def test_the_window_close_button_keeps_typed_advice(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    dialog = _shown(qtbot, AdviceDialog(window.ctx, parent=window))
    qtbot.keyClicks(dialog.text, "Samen buiten wandelen")
    dialog.close()  # what the title bar's close button does
    assert not dialog.isVisible()
    assert [a.advice for a in journal.advice.visible(sara.id)] == ["Samen buiten wandelen"]


def test_closing_without_typing_keeps_nothing_and_changes_nothing(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    asked, _ = journal.questions.add(QuestionDraft(sara.id, "Hoe gaat het met de voeding?"))
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    empty = _shown(qtbot, QuestionDialog(window.ctx, parent=window))
    qtbot.keyClick(empty.text, Qt.Key.Key_Escape)
    untouched = _shown(qtbot, QuestionDialog(window.ctx, asked, parent=window))
    qtbot.mouseClick(untouched.buttons.buttons()[-1], Qt.MouseButton.LeftButton)
    assert not empty.isVisible() and not untouched.isVisible()
    [only] = journal.questions.visible(sara.id)
    assert only.updated_at == asked.updated_at


def test_escape_keeps_a_changed_question_and_close_says_so(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    asked, _ = journal.questions.add(QuestionDraft(sara.id, "Hoe gaat het met de voeding"))
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    dialog = _shown(qtbot, QuestionDialog(window.ctx, asked, parent=window))
    close = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert close.text() == "Sluiten" and close.toolTip() == "Wat je typte, blijft bewaard."
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.text, "?")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert [q.text for q in journal.questions.visible(sara.id)] == ["Hoe gaat het met de voeding?"]


def test_escape_keeps_a_typed_moment(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(MomentDialog) if d.isVisible())
    qtbot.keyClicks(dialog.text_edit, "Rustig gebleven bij het badje")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.statusBar().currentMessage() == "Bewaard in Goed bezig."
    texts = [m.text for m in journal.moments.collection(sara.id, _all())]
    assert texts == ["Rustig gebleven bij het badje"]


def test_escape_in_the_task_name_keeps_the_new_task(qtbot, couple, tmp_path):
    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    tools = window.show_section("samen").editor.task_tools
    before = journal.careload.tasks()
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tools.name_edit, "Flesjes uitkoken")
    qtbot.keyClick(tools.name_edit, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not tools.form.isVisible()
    added = [t.name for t in journal.careload.tasks() if t not in before]
    assert added == ["Flesjes uitkoken"]
    # Opened and closed again without a word: nothing new.
    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tools.cancel_button, Qt.MouseButton.LeftButton)
    assert not tools.form.isVisible()
    assert len(journal.careload.tasks()) == len(before) + 1


def _all():
    from parentjournal.core.moments import MomentFilter

    return MomentFilter()
