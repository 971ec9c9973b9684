"""Screens are built when first shown (a faster start), and nobody can tell from using it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parentjournal.core.household import AdultInput
from parentjournal.core.model import EntryDraft
from parentjournal.core.moments import MomentDraft
from parentjournal.ui import samen
from parentjournal.ui.moments.waiting import WaitingMomentsDialog
from parentjournal.ui.prefs import Prefs
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def prefs_file(tmp_path):
    return tmp_path / "config" / "prefs.ini"


def nav_titles(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_only_the_dagboek_is_built_at_start(qtbot, couple, prefs_file):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, prefs_file)
    assert list(window.built_pages()) == ["journal"]
    assert window.stack.currentWidget() is window.page("journal")
    assert window.nav.count() == 6  # every screen is listed all the same


@pytest.mark.parametrize("row", [1, 2, 3, 4, 5])
def test_a_screen_chosen_by_its_shortcut_appears_with_the_focus_in_it(
    qtbot, couple, prefs_file, row
):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, prefs_file)
    key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
    assert key not in window.built_pages()
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    page = window.built_pages()[key]
    assert window.stack.currentWidget() is page
    assert page.isVisible()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    # Back and forth: the screen is built once and keeps what it shows.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert window.built_pages()[key] is page
    assert window.stack.currentWidget() is page


def test_arrow_keys_in_the_navigation_keep_the_focus_there(qtbot, couple, prefs_file):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, prefs_file)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_section() == "moments"
    assert window.stack.currentWidget() is window.page("moments")
    assert window.nav.hasFocus()


def test_someone_wrote_something_for_you_shows_at_start_without_opening_good_going(
    qtbot, couple, prefs_file
):
    journal, sara, tom = couple
    journal.moments.give(MomentDraft(sara.id, date(2026, 3, 3), "Mooi gedaan", tom.id))
    Prefs(prefs_file).set_current_person(journal.paths.journal, tom.id)
    window = open_window(qtbot, journal, prefs_file)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(WaitingMomentsDialog)))
    assert "moments" not in window.built_pages()
    assert journal.moments.waiting_for(tom.id) == []


def test_samen_is_called_my_load_with_one_adult_before_it_is_opened(qtbot, journal, prefs_file):
    journal.household.set_up([AdultInput("Noor", "mama")], [], None)
    window = open_window(qtbot, journal, prefs_file)
    assert "samen" not in window.built_pages()
    assert samen.title(one_adult=True) in nav_titles(window)
    # A second adult joins: the title follows, still without building the screen.
    window.ctx.run(lambda: journal.household.add_person("Jan", "papa"))
    assert samen.title(one_adult=False) in nav_titles(window)
    assert samen.title(one_adult=True) not in nav_titles(window)
    assert "samen" not in window.built_pages()


def test_own_themes_are_in_the_theme_filter_when_it_is_first_used(qtbot, couple, prefs_file):
    journal, sara, _tom = couple
    journal.entries.create(
        EntryDraft(sara.id, date(2026, 3, 3), "Even buiten", themes=("avondwandeling",))
    )
    Prefs(prefs_file).set_current_person(journal.paths.journal, sara.id)
    window = open_window(qtbot, journal, prefs_file)
    theme_box = window.page("journal").filters.theme
    # Reading every entry for own themes waits until the filter is used (a faster start).
    assert theme_box.findData("avondwandeling") == -1
    theme_box.setFocus(Qt.FocusReason.TabFocusReason)  # reached with Tab (or a click)
    qtbot.waitUntil(lambda: theme_box.findData("avondwandeling") > 0)
    # Arrow keys on the closed filter now reach it too.
    for _ in range(theme_box.count()):
        if theme_box.currentData() == "avondwandeling":
            break
        qtbot.keyClick(theme_box, Qt.Key.Key_Down)
    assert theme_box.currentText() == "avondwandeling"
