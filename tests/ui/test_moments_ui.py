"""The Goed bezig screen, quick capture and notice, driven like a person would (pytest-qt)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from parentjournal.core.household import AdultInput
from parentjournal.core.model import Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.store.errors import JournalFullError
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.moments.bin import MomentBinDialog
from parentjournal.ui.moments.capture import MomentDialog
from parentjournal.ui.moments.openings import openings_for_someone, openings_for_yourself
from parentjournal.ui.moments.waiting import WaitingMomentsDialog
from parentjournal.ui.prefs import Prefs

# Qt's offscreen test platform cannot resize real windows and says so when a dialog opens.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp):
    """The English translation (for plural forms like "1 moment"), removed afterwards."""
    from parentjournal.i18n import Translations

    translations = Translations(qapp)
    translations.install("en")
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def prefs(tmp_path):
    return Prefs(tmp_path / "config" / "prefs.ini")


def make_window(qtbot, journal, prefs, person=None) -> MainWindow:
    if person is not None:
        prefs.set_current_person(journal.paths.journal, person.id)
    window = MainWindow(AppContext(journal, prefs))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def give(journal, author, text, to=None, visibility=Visibility.PRIVATE, day=date(2026, 3, 3)):
    return journal.moments.give(
        MomentDraft(author.id, day, text, recipient_id=to.id if to else None, visibility=visibility)
    )[0]


def open_dialog(window) -> MomentDialog | None:
    found = [d for d in window.findChildren(MomentDialog) if d.isVisible()]
    return found[0] if found else None


def notices(window) -> list[WaitingMomentsDialog]:
    return [d for d in window.findChildren(WaitingMomentsDialog) if d.isVisible()]


def switch_to(qtbot, window, person) -> None:
    """Choose a person in the header's "Who is writing?" box with the keyboard."""
    box = window.person_box
    box.setFocus()
    index = box.findData(person.id)
    while box.currentIndex() != index:
        key = Qt.Key.Key_Down if box.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def test_ctrl_g_opens_capture_with_focus_in_the_text_and_enter_saves(qtbot, couple, prefs):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "Om hulp gevraagd")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: open_dialog(window) is None)
    assert [m.text for m in journal.moments.collection(sara.id)] == ["Om hulp gevraagd"]
    page = window.show_section("moments")
    assert page.shown_texts() == ["Om hulp gevraagd"]
    assert journal.moments.collection(sara.id)[0].visibility is Visibility.PRIVATE


def test_header_button_opens_the_capture(qtbot, couple, prefs):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    button = next(b.button for b in window._global_actions if b.spec.key == "give_moment")
    assert button.isVisible() and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert open_dialog(window) is not None


def test_enter_in_an_empty_field_keeps_nothing_and_keeps_the_dialog(qtbot, couple, prefs):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.text_edit, "   ")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.save_button.isEnabled()
    assert journal.moments.collection(sara.id) == []


def test_a_moment_for_the_partner_appears_for_them_once_then_lives_in_their_collection(
    qtbot, couple, prefs
):
    journal, sara, tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.text_edit, "Ik zag dat jij de nacht overnam")
    dialog.for_box.setFocus()
    qtbot.keyClick(dialog.for_box, Qt.Key.Key_Down)
    assert dialog.for_box.currentText() == "For Tom"
    assert "Only you and Tom" in dialog.who_sees.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert notices(window) == []  # nothing pops up for the writer herself

    switch_to(qtbot, window, tom)
    qtbot.waitUntil(lambda: len(notices(window)) == 1)
    notice = notices(window)[0]
    assert notice.heading.text() == "Sara wrote something for you"
    assert [c.moment.text for c in notice.cards] == ["Ik zag dat jij de nacht overnam"]
    qtbot.mouseClick(notice.thanks_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notices(window) == [])

    switch_to(qtbot, window, sara)
    switch_to(qtbot, window, tom)
    qtbot.wait(50)
    assert notices(window) == []  # once, never again
    page = window.show_section("moments")
    assert page.shown_texts() == ["Ik zag dat jij de nacht overnam"]


def test_the_notice_shows_at_start_for_the_current_person(qtbot, couple, prefs):
    journal, sara, tom = couple
    give(journal, sara, "Ik zag dat jij bleef proberen", to=tom)
    window = make_window(qtbot, journal, prefs, tom)
    qtbot.waitUntil(lambda: len(notices(window)) == 1)
    assert journal.moments.waiting_for(tom.id) == []


def test_surprise_me_picks_only_moments_the_current_person_may_see(qtbot, couple, prefs):
    journal, sara, tom = couple
    for n in range(5):
        give(journal, sara, f"Sara's private note {n}")
    give(journal, tom, "Tom for himself")
    give(journal, sara, "Sara for Tom", to=tom)
    window = make_window(qtbot, journal, prefs, tom)
    qtbot.waitUntil(lambda: len(notices(window)) == 1)
    notices(window)[0].accept()
    page = window.show_section("moments")
    seen = set()
    qtbot.mouseClick(page.surprise_button, Qt.MouseButton.LeftButton)
    for _ in range(12):
        assert len(page.shown_texts()) == 1
        seen |= set(page.shown_texts())
        qtbot.mouseClick(page.another_button, Qt.MouseButton.LeftButton)
    assert seen == {"Tom for himself", "Sara for Tom"}
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert len(page.shown_texts()) == 2


def test_no_view_of_the_collection_contains_a_per_person_tally(qtbot, couple, prefs):
    journal, sara, tom = couple
    for n in range(3):
        give(journal, sara, f"Sara shared {n}", visibility=Visibility.SHARED)
    give(journal, tom, "Tom shared", visibility=Visibility.SHARED)
    give(journal, tom, "Tom for Sara", to=sara)
    window = make_window(qtbot, journal, prefs, sara)
    qtbot.waitUntil(lambda: len(notices(window)) == 1)
    notices(window)[0].accept()
    page = window.show_section("moments")
    tally = re.compile(r"(Sara|Tom)\W{0,3}\d|\d+\s*(×|x|%)|streak|days since", re.IGNORECASE)

    def texts() -> list[str]:
        labels = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
        combos = [
            box.itemText(i) for box in page.findChildren(QComboBox) for i in range(box.count())
        ]
        return labels + combos

    views = []
    for index in range(page.about_box.count()):
        page.about_box.setCurrentIndex(index)
        page.show_all()
        views.append((page.count_label.text(), texts()))
    page.surprise_me()
    views.append((page.count_label.text(), texts()))
    for count, shown in views:
        assert not [t for t in shown if tally.search(t)], shown
        # The one number is a plain count of the view, in words a person expects.
        assert re.fullmatch(r"\d+ moments?|One moment, picked at random", count)
    assert views[0][0] == "5 moments"  # everyone: one plain total, not split per person


def test_search_uses_the_journal_rules_and_highlights(qtbot, couple, prefs):
    journal, sara, _tom = couple
    give(journal, sara, "Naar de crèche gebracht")
    give(journal, sara, "Even gerust")
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "creche")
    qtbot.waitUntil(lambda: page.shown_texts() == ["Naar de crèche gebracht"])
    assert "<b>crèche</b>" in page.cards[0].text.text()
    assert page.count_label.text() == "1 moment found"
    page.search.clear()
    qtbot.waitUntil(lambda: len(page.shown_texts()) == 2)


def test_filter_by_person_and_theme(qtbot, couple, prefs):
    journal, sara, tom = couple
    give(journal, sara, "For Sara herself", visibility=Visibility.SHARED)
    give(journal, sara, "Sara for Tom", to=tom)
    journal.moments.give(MomentDraft(sara.id, date(2026, 3, 4), "Slept a bit", theme="sleep"))
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    page.about_box.setFocus()
    qtbot.keyClick(page.about_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.about_box, Qt.Key.Key_Down)
    assert page.about_box.currentText() == "Tom"
    assert page.shown_texts() == ["Sara for Tom"]
    page.about_box.setCurrentIndex(0)
    page.theme_box.setCurrentIndex(page.theme_box.findData("sleep"))
    page.theme_box.activated.emit(page.theme_box.currentIndex())
    assert page.shown_texts() == ["Slept a bit"]


def test_edit_from_the_card(qtbot, couple, prefs):
    journal, sara, _tom = couple
    give(journal, sara, "Rustig gebleven")
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    qtbot.mouseClick(page.cards[0].edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert dialog.text_edit.text() == "Rustig gebleven"
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Rustig gebleven, ook om drie uur")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.shown_texts() == ["Rustig gebleven, ook om drie uur"])


def test_the_partner_cannot_change_or_delete_a_moment_for_them(qtbot, couple, prefs):
    journal, sara, tom = couple
    give(journal, sara, "Sara for Tom", to=tom)
    window = make_window(qtbot, journal, prefs, tom)
    qtbot.waitUntil(lambda: len(notices(window)) == 1)
    page = window.show_section("moments")
    assert page.cards[0].edit_button is None and page.cards[0].delete_button is None


def test_delete_to_the_bin_with_undo_and_restore_from_the_bin(qtbot, couple, prefs):
    journal, sara, _tom = couple
    give(journal, sara, "Een dutje gedaan")
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    qtbot.mouseClick(page.cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert page.shown_texts() == []
    assert page.undo_bar.isVisible()
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert page.shown_texts() == ["Een dutje gedaan"]
    assert not page.undo_bar.isVisible()

    qtbot.mouseClick(page.cards[0].delete_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.shown_texts() == ["Een dutje gedaan"]

    qtbot.mouseClick(page.cards[0].delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.bin_button, Qt.MouseButton.LeftButton)
    bin_dialog = next(d for d in window.findChildren(MomentBinDialog) if d.isVisible())
    assert bin_dialog.list.count() == 1
    qtbot.mouseClick(bin_dialog.restore_button, Qt.MouseButton.LeftButton)
    assert bin_dialog.list.count() == 0
    assert page.shown_texts() == ["Een dutje gedaan"]


def test_placeholder_openings_rotate_and_fit_who_it_is_for(qtbot, couple, prefs):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    seen = []
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        dialog = open_dialog(window)
        assert dialog.text_edit.placeholderText() in openings_for_yourself()
        seen.append(dialog.text_edit.placeholderText())
        dialog.for_box.setCurrentIndex(1)
        assert dialog.text_edit.placeholderText() in openings_for_someone()
        dialog.reject()
        qtbot.waitUntil(lambda: open_dialog(window) is None)
    assert len(set(seen)) == 3


def test_openings_are_about_effort_never_about_a_child_achieving(qtbot):
    everything = openings_for_yourself() + openings_for_someone()
    assert len(openings_for_yourself()) >= 8 and len(openings_for_someone()) >= 8
    words = ("baby", "first", "milestone", "already", "should", "must", "score")
    assert not [o for o in everything if any(w in o.lower() for w in words)]


def test_with_one_adult_there_is_no_one_to_choose(qtbot, journal, prefs):
    journal.household.set_up([AdultInput("Noor")], [], None)
    window = make_window(qtbot, journal, prefs)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    assert not dialog.for_box.isVisible() and not dialog.share_box.isVisible()
    assert dialog.who_sees.text() == "Only you can see this."
    dialog.reject()
    page = window.show_section("moments")
    assert not page.about_box.isVisible()


def test_a_full_disk_keeps_the_words_in_the_dialog(qtbot, couple, prefs, monkeypatch):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)

    def full(_draft):
        raise JournalFullError("disk full")

    monkeypatch.setattr(journal.moments, "give", full)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.text_edit, "Toch even gewandeld")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.text_edit.text() == "Toch even gewandeld"
    assert dialog.problem.isVisible()


def test_every_interactive_widget_has_an_accessible_name(qtbot, couple, prefs):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit

    journal, sara, tom = couple
    give(journal, sara, "Sara for Tom", to=tom)
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    dialog.more_button.setChecked(True)
    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit)
    checked = 0
    for root in (page, dialog):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, kinds) and widget.isVisibleTo(root):
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                    continue
                if type(widget).__name__ == "QCalendarWidget" or widget.objectName().startswith(
                    "qt_"
                ):
                    continue
                assert widget.accessibleName(), (type(widget).__name__, widget.objectName())
                checked += 1
    assert checked >= 15


def test_a_person_who_shares_by_default_shares_moments_for_themselves(qtbot, couple, prefs):
    journal, sara, tom = couple
    journal.household.set_default_visibility(sara.id, Visibility.SHARED)
    window = make_window(qtbot, journal, prefs, sara)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    assert dialog.share_box.isChecked()
    assert dialog.who_sees.text() == "Everyone in the household can see this."
    qtbot.keyClicks(dialog.text_edit, "Samen gewandeld")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert [m.text for m in journal.moments.collection(tom.id)] == ["Samen gewandeld"]


def test_an_empty_collection_says_so_once_without_a_zero_count(qtbot, couple, prefs):
    journal, sara, _tom = couple
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    assert page.empty.isVisible()
    assert not page.count_label.isVisible()
    assert not page.scroll.isVisible()
    give(journal, sara, "Ik vroeg om hulp", visibility=Visibility.SHARED)
    page.reload()
    assert not page.empty.isVisible()
    assert page.count_label.isVisible() and page.count_label.text() == "1 moment"


def test_a_search_typed_just_before_closing_waits_for_the_screen_to_return(qtbot, couple, prefs):
    journal, sara, _tom = couple
    give(journal, sara, "Ik vroeg om hulp bij de was", visibility=Visibility.SHARED)
    give(journal, sara, "We wandelden samen", visibility=Visibility.SHARED)
    window = make_window(qtbot, journal, prefs, sara)
    page = window.show_section("moments")
    qtbot.keyClicks(page.search, "hulp")
    window.hide()  # what closing the window does to every screen
    qtbot.wait(400)  # longer than the search pause: nothing may run while hidden
    assert page.count_label.text() == "2 moments"
    window.show()
    assert page.count_label.text() == "1 moment found"
