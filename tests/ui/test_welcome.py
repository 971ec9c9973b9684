"""The first-start welcome, driven by keyboard like a person would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from parentjournal.core.model import Phase
from parentjournal.ui.context import AppContext
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.startup import ensure_household
from parentjournal.ui.welcome import WelcomeDialog


def _type_and_tab(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _open(qtbot) -> WelcomeDialog:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def test_one_adult_by_keyboard(qtbot):
    dialog = _open(qtbot)
    assert not dialog.ok_button.isEnabled()
    assert QApplication.focusWidget() is dialog.adults[0].name
    qtbot.keyClicks(dialog.adults[0].name, "Noor")
    qtbot.keyClick(dialog.adults[0].name, Qt.Key.Key_Return)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert [(a.name, a.role) for a in dialog.adult_inputs()] == [("Noor", "")]
    assert dialog.child_inputs() == []
    assert dialog.phase() is None


def test_two_adults_with_roles_and_a_child_with_a_due_date(qtbot):
    dialog = _open(qtbot)
    _type_and_tab(qtbot, "Sara")
    _type_and_tab(qtbot, "mams")
    # Tab reaches "Add someone"; Space presses it and puts the cursor in the new name.
    assert QApplication.focusWidget() is dialog.add_adult_button
    qtbot.keyClick(dialog.add_adult_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is dialog.adults[1].name
    _type_and_tab(qtbot, "Lien")
    _type_and_tab(qtbot, "co-ouder")
    qtbot.keyClick(dialog.add_adult_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.child_box
    qtbot.keyClick(dialog.child_box, Qt.Key.Key_Space)
    assert dialog.child_box.isChecked()
    _type_and_tab(qtbot, "")
    assert QApplication.focusWidget() is dialog.child_name
    _type_and_tab(qtbot, "Boontje")
    assert QApplication.focusWidget() is dialog.date_kind
    assert not dialog.child_date.isEnabled()
    qtbot.keyClick(dialog.date_kind, Qt.Key.Key_Down)  # "Expected on"
    assert dialog.child_date.isEnabled()
    dialog.child_date.setDate(QDate(2027, 3, 9))
    dialog.phase_buttons[Phase.PREGNANT].setFocus()
    qtbot.keyClick(dialog.phase_buttons[Phase.PREGNANT], Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    adults = [(a.name, a.role) for a in dialog.adult_inputs()]
    assert adults == [("Sara", "mams"), ("Lien", "co-ouder")]
    (child,) = dialog.child_inputs()
    assert (child.name, child.due_date, child.birth_date) == ("Boontje", date(2027, 3, 9), None)
    assert dialog.phase() is Phase.PREGNANT


def test_starting_saves_the_whole_household(qtbot, journal, tmp_path):
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))

    def fill_in():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.adults[0].name, "Sara")
        qtbot.keyClicks(dialog.adults[0].role, "mama")
        dialog.add_adult()
        qtbot.keyClicks(dialog.adults[1].name, "Tom")
        dialog.child_box.setChecked(True)
        qtbot.keyClicks(dialog.child_name, "Mo")
        dialog.date_kind.setCurrentIndex(2)  # "Born on"
        dialog.child_date.setDate(QDate(2026, 10, 1))
        dialog.phase_buttons[Phase.FIRST_WEEKS].setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    assert ensure_household(ctx)
    household = journal.household.household()
    assert [(p.name, p.role) for p in household.people] == [("Sara", "mama"), ("Tom", "")]
    assert [(c.name, c.birth_date) for c in household.children] == [("Mo", date(2026, 10, 1))]
    assert household.phase is Phase.FIRST_WEEKS
    assert ctx.person.name == "Sara"


def test_not_now_leaves_no_half_made_household(qtbot, journal, tmp_path):
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))

    def type_then_escape():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.adults[0].name, "Sara")
        dialog.child_box.setChecked(True)
        qtbot.keyClicks(dialog.child_name, "Mo")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, type_then_escape)
    assert not ensure_household(ctx)
    household = journal.household.household()
    assert household.people == ()
    assert household.children == ()
