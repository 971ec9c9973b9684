"""The Settings screen: people, children, phase, default visibility, language, text size."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from parentjournal.core.model import EntryDraft, Phase, Visibility
from parentjournal.i18n import Translations
from tests.ui.window_helpers import click_in_next_dialog, open_window


@pytest.fixture
def window(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    return open_window(qtbot, journal, tmp_path / "prefs.ini")


def _settings(window):
    return window.show_section("settings")


def _retype(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_settings_is_last_in_the_navigation(window):
    keys = [s.key for s in window._sections]
    assert keys[-1] == "settings"


def test_renaming_someone_shows_everywhere(qtbot, window):
    people = _settings(window).group("people")
    _retype(qtbot, people.rows[1].name, "Thomas")
    _retype(qtbot, people.rows[1].role, "papa")
    tom = window.ctx.people()[1]
    assert (tom.name, tom.role) == ("Thomas", "papa")
    assert window.person_box.itemText(1) == "Thomas"


def test_a_blank_name_brings_the_old_one_back(qtbot, window):
    people = _settings(window).group("people")
    people.rows[0].name.setFocus()
    people.rows[0].name.selectAll()
    qtbot.keyClick(people.rows[0].name, Qt.Key.Key_Delete)
    qtbot.keyClick(people.rows[0].name, Qt.Key.Key_Tab)
    assert people.rows[0].name.text() == "Sara"
    assert window.ctx.people()[0].name == "Sara"
    assert people.message.isVisible()


def test_adding_someone(qtbot, window):
    people = _settings(window).group("people")
    assert not people.add_button.isEnabled()
    qtbot.keyClicks(people.new_name, "Oma Lut")
    qtbot.keyClicks(people.new_role, "grootmoeder")
    qtbot.keyClick(people.new_role, Qt.Key.Key_Return)
    assert [(p.name, p.role) for p in window.ctx.people()][-1] == ("Oma Lut", "grootmoeder")
    assert window.person_box.count() == 3
    assert people.new_name.text() == ""
    assert [row.name.text() for row in people.rows] == ["Sara", "Tom", "Oma Lut"]


def test_taking_someone_out_asks_first_and_keeps_their_writing(qtbot, window, couple):
    journal, _sara, tom = couple
    entry, _ = journal.entries.create(EntryDraft(author_id=tom.id, day=date(2026, 11, 1), body="x"))
    people = _settings(window).group("people")
    click_in_next_dialog(qtbot, "confirm_no")
    qtbot.mouseClick(people.rows[1].remove, Qt.MouseButton.LeftButton)
    assert len(window.ctx.people()) == 2

    click_in_next_dialog(qtbot, "confirm_yes")
    qtbot.mouseClick(people.rows[1].remove, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.ctx.people()] == ["Sara"]
    assert journal.entry_repo.get(entry.id).body == "x"
    # One adult left: there is nobody to switch to and nobody else to take out.
    assert not people.rows[0].remove.isEnabled()
    assert not window.person_box.isEnabled()


def test_taking_out_the_person_who_is_writing_switches_to_someone_else(qtbot, window):
    people = _settings(window).group("people")
    click_in_next_dialog(qtbot, "confirm_yes")
    qtbot.mouseClick(people.rows[0].remove, Qt.MouseButton.LeftButton)
    assert window.ctx.person.name == "Tom"
    assert window.person_box.currentText() == "Tom"


def test_children_can_be_added_changed_and_taken_out(qtbot, window):
    children = _settings(window).group("children")
    assert children.none_yet.isVisible()
    qtbot.keyClicks(children.new.name, "Boontje")
    children.new.kind.setFocus()
    qtbot.keyClick(children.new.kind, Qt.Key.Key_Down)  # "Expected on"
    assert children.new.date.isEnabled()
    children.new.date.setDate(QDate(2027, 1, 14))
    qtbot.mouseClick(children.add_button, Qt.MouseButton.LeftButton)
    (child,) = window.ctx.journal.household.household().children
    assert (child.name, child.due_date) == ("Boontje", date(2027, 1, 14))
    assert not children.none_yet.isVisible()

    _retype(qtbot, children.rows[0][1].name, "Mo")
    assert window.ctx.journal.household.household().children[0].name == "Mo"

    click_in_next_dialog(qtbot, "confirm_yes")
    qtbot.mouseClick(children.rows[0][2], Qt.MouseButton.LeftButton)
    assert window.ctx.journal.household.household().children == ()
    assert children.none_yet.isVisible()


def test_the_phase_is_chosen_in_settings(qtbot, window):
    children = _settings(window).group("children")
    children.phase.setFocus()
    qtbot.keyClick(children.phase, Qt.Key.Key_Down)
    assert window.ctx.journal.household.household().phase is Phase.PREGNANT


def test_default_visibility_belongs_to_the_person_who_writes(qtbot, window):
    writing = _settings(window).group("writing")
    assert "Sara" in writing.visibility_label.text()
    writing.visibility.setFocus()
    qtbot.keyClick(writing.visibility, Qt.Key.Key_Down)
    assert window.ctx.person.default_visibility is Visibility.SHARED
    # Switching to Tom shows Tom's own choice (still "only for me").
    window.person_box.setFocus()
    qtbot.keyClick(window.person_box, Qt.Key.Key_Down)
    assert window.ctx.person.name == "Tom"
    assert "Tom" in writing.visibility_label.text()
    assert writing.visibility.currentData() == Visibility.PRIVATE.value


def test_switching_language_keeps_what_is_typed(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    translations = Translations(QApplication.instance())
    translations.install("nl")
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini", translations)
        settings = _settings(window)
        people, children = settings.group("people"), settings.group("children")
        qtbot.keyClicks(people.new_name, "Half getypte naam")
        qtbot.keyClicks(children.new.name, "Boon")
        assert window.nav.item(window.nav.count() - 1).text() == "Instellingen"
        assert settings.heading.text() == "Instellingen"

        display = settings.group("display")
        display.language.setFocus()
        qtbot.keyClick(display.language, Qt.Key.Key_End)  # English
        QApplication.processEvents()

        assert window.ctx.prefs.language() == "en"
        assert window.nav.item(window.nav.count() - 1).text() == "Settings"
        assert settings.heading.text() == "Settings"
        assert people.add_button.text() == "A&dd"
        assert people.new_name.text() == "Half getypte naam"
        assert children.new.name.text() == "Boon"
        assert window.windowTitle() == "Parent Journal"
    finally:
        translations.install("nl")


def test_text_size_follows_ctrl_plus_and_is_remembered(qtbot, window):
    from parentjournal.ui.prefs import Prefs
    from parentjournal.ui.text_size import apply_scale

    settings = _settings(window)
    label = settings.group("people").explain
    before = label.fontInfo().pointSizeF()
    heading_before = settings.heading.fontInfo().pointSizeF()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()  # the new application font reaches widgets by events
        assert label.fontInfo().pointSizeF() > before
        assert settings.heading.fontInfo().pointSizeF() > heading_before
        assert settings.group("display").size.currentText().startswith("130")
        assert Prefs(window.ctx.prefs.path).text_scale() == pytest.approx(1.3)
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        assert label.fontInfo().pointSizeF() == pytest.approx(before)
    finally:
        apply_scale(1.0)
