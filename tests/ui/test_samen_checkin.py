"""The check-in from anywhere (Ctrl+H), saved as you type, private unless shared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parentjournal.core.model import Visibility
from parentjournal.ui.samen.checkin_dialog import CheckInDialog
from tests.ui.samen_helpers import open_window

# The offscreen platform cannot resize real windows; it says so when a dialog opens.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _open_check_in(qtbot, window) -> CheckInDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_h_asks_how_you_are_and_saves_as_you_type(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = _open_check_in(qtbot, window)
    qtbot.keyClicks(dialog.text, "Moe, maar het gaat.")
    qtbot.keyClicks(dialog.energy, "moe")
    qtbot.mouseClick(dialog.talk_carer, Qt.MouseButton.LeftButton)
    # Saved without pressing anything: the autosave timer writes within a second.
    qtbot.waitUntil(lambda: journal.checkins.mine(sara.id) != [], timeout=2000)
    qtbot.waitUntil(lambda: journal.checkins.mine(sara.id)[0].energy == "moe", timeout=2000)
    [checkin] = journal.checkins.mine(sara.id)
    assert checkin.text == "Moe, maar het gaat." and checkin.talk_carer
    assert checkin.visibility is Visibility.PRIVATE
    assert journal.checkins.latest_for(sara.id, tom.id) is None
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert len(journal.checkins.mine(sara.id)) == 1
    page = window.show_section("samen")
    assert "moe" in page.checkins.list.item(0).text()

    # Tom's partner page shows nothing of it until Sara shares this check-in.
    page.tabs.setCurrentWidget(page.partner)
    ctx.set_person(tom.id)
    assert "Moe, maar" not in "\n".join(page.partner.texts())
    ctx.set_person(sara.id)
    page.checkins.list.setCurrentRow(0)
    dialog = page.checkins.open_current()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.shared, Qt.Key.Key_Space)
    dialog.close()
    ctx.set_person(tom.id)
    page.tabs.setCurrentWidget(page.partner)
    assert "Moe, maar het gaat." in "\n".join(page.partner.texts())


def test_an_untouched_check_in_leaves_nothing_behind(couple, qtbot, tmp_path):
    journal, sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = _open_check_in(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert journal.checkins.mine(sara.id) == []


def test_a_deleted_check_in_comes_back_with_undo(couple, qtbot, tmp_path):
    journal, sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    dialog = page.checkins.open_dialog()
    qtbot.keyClicks(dialog.would_help, "een nacht doorslapen")
    dialog.close()
    assert page.checkins.list.count() == 1
    qtbot.mouseClick(page.checkins.delete_button, Qt.MouseButton.LeftButton)
    assert page.checkins.list.count() == 0 and journal.checkins.mine(sara.id) == []
    qtbot.mouseClick(page.checkins.undo_button, Qt.MouseButton.LeftButton)
    assert [c.would_help for c in journal.checkins.mine(sara.id)] == ["een nacht doorslapen"]


def test_one_adult_gets_the_same_check_in_without_partner_choices(journal, qtbot, tmp_path):
    from parentjournal.core.household import AdultInput

    journal.household.set_up([AdultInput("Noor")], [], None)
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = _open_check_in(qtbot, window)
    assert not dialog.talk_partner.isVisibleTo(dialog)
    assert not dialog.shared.isVisibleTo(dialog)
    assert dialog.talk_carer.isVisibleTo(dialog)
    dialog.close()


def test_the_check_in_leads_to_help_and_support(couple, qtbot, tmp_path):
    from parentjournal.ui.support.page import SupportDialog

    journal, _sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = _open_check_in(qtbot, window)
    qtbot.mouseClick(dialog.support_button, Qt.MouseButton.LeftButton)
    support = window.findChild(SupportDialog)
    assert support is not None and support.isVisible()
    support.close()
    dialog.close()


def test_the_partner_page_shows_what_was_shared_while_it_was_out_of_sight(couple, qtbot, tmp_path):
    from datetime import date

    from parentjournal.core.model import EntryDraft

    journal, _sara, tom = couple
    ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    page.tabs.setCurrentWidget(page.editor)
    draft = EntryDraft(
        tom.id, date(2026, 3, 3), "Eerste wandeling samen", visibility=Visibility.SHARED
    )
    ctx.run(lambda: journal.entries.create(draft))
    ctx.run(lambda: journal.entries.create(EntryDraft(tom.id, date(2026, 3, 4), "Alleen voor mij")))
    page.tabs.setCurrentWidget(page.partner)
    shown = "\n".join(page.partner.texts())
    assert "Eerste wandeling samen" in shown
    assert "Alleen voor mij" not in shown
