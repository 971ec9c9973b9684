"""Global shortcuts work while typing: Ctrl+K opens a quick question instead of deleting text.

On Linux desktops Qt's text fields claim Ctrl+K ("delete to end of line") through a
ShortcutOverride event. The offscreen test platform uses another keyboard scheme, so the test
puts a field into the window that claims Ctrl+K exactly the way those fields do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.ui.window_helpers import open_window


class EmacsStyleField(QLineEdit):
    """A line edit that, like QLineEdit under the X11 key scheme, claims Ctrl+K."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == (
            Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_K
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.keyCombination() == (Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_K):
            self.setText(self.text()[: self.cursorPosition()])  # delete to end of line
            return
        super().keyPressEvent(event)


def _close_next_dialog(opened: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(10, lambda: _close_next_dialog(opened))
        return
    opened.append(type(dialog).__name__)
    dialog.reject()


def _field_in(parent) -> EmacsStyleField:
    field = EmacsStyleField(parent)
    field.show()
    field.setFocus()
    field.setText("hallo wereld")
    field.setCursorPosition(0)
    return field


def _ctrl_k_in(qtbot, field) -> list[str]:
    """Press Ctrl+K in ``field``; the dialogs that opened (each closed again at once)."""
    opened: list[str] = []
    QTimer.singleShot(0, lambda: _close_next_dialog(opened))
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    return opened


def test_ctrl_k_in_a_text_field_opens_the_question_and_keeps_the_text(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    field = _field_in(window.page("journal"))
    assert _ctrl_k_in(qtbot, field) == ["QuestionDialog"]
    assert field.text() == "hallo wereld"


def test_keys_that_are_not_global_shortcuts_still_reach_the_field(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    assert QKeySequence("Ctrl+J") not in [a.shortcut() for a in window.actions()]
    field = _field_in(window.page("journal"))
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "hallo werel"


def test_ctrl_k_in_a_field_of_a_screen_opened_later_opens_the_question(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    assert "settings" not in window.built_pages()
    screen = window.show_section("settings")
    field = _field_in(screen)
    assert _ctrl_k_in(qtbot, field) == ["QuestionDialog"]
    assert field.text() == "hallo wereld"


def test_a_field_in_a_dialog_keeps_its_own_ctrl_k(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    dialog = QDialog(window)
    field = EmacsStyleField(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    field.setFocus()
    field.setText("hallo wereld")
    field.setCursorPosition(5)
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert field.text() == "hallo"
