"""Samen with real widgets: filling in a picture privately, sharing, looking together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from parentjournal.core.careload import Holder, HolderKind, Stage
from parentjournal.core.household import AdultInput
from parentjournal.ui.samen.agreements import AgreementDialog
from tests.ui.samen_helpers import open_window


def _cells(journal, person):
    picture = journal.careload.current_picture(person.id)
    return journal.careload.cells_for(person.id, picture.id) if picture else {}


def test_a_row_is_filled_in_with_four_key_presses_and_saved_at_once(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    grid = page.editor.table
    first = journal.careload.tasks()[0]
    # 1 = me, 2 = Tom, 3 = together, 4 = nobody really; the cursor moves on by itself.
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(grid, key)
    assert _cells(journal, sara) == {
        (first.id, Stage.NOTICE): Holder(HolderKind.PERSON, sara.id),
        (first.id, Stage.DECIDE): Holder(HolderKind.PERSON, tom.id),
        (first.id, Stage.DO): Holder(HolderKind.TOGETHER),
        (first.id, Stage.FOLLOW_UP): Holder(HolderKind.NOBODY),
    }
    assert "Tom" in page.editor.holder_text(first.id, Stage.DECIDE)
    # The cursor went on to the next task's first stage; Delete clears an answer again.
    second = journal.careload.tasks()[1]
    assert grid.current_task_stage() == (second.id, Stage.NOTICE)
    page.editor.table.focus_cell(first.id, Stage.DO)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert (first.id, Stage.DO) not in _cells(journal, sara)
    assert page.editor.holder_text(first.id, Stage.DO) == ""


def test_someone_outside_the_household_can_be_named(couple, qtbot, tmp_path):
    journal, sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    editor = window.show_section("samen").editor
    qtbot.keyClicks(editor.outside_name, "oma Rita")
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_5)
    first = journal.careload.tasks()[0]
    assert _cells(journal, sara)[(first.id, Stage.NOTICE)] == Holder(
        HolderKind.OUTSIDE, outside_name="oma Rita"
    )
    assert "oma Rita" in editor.holder_text(first.id, Stage.NOTICE)


def test_partners_fill_in_privately_share_and_see_exactly_their_differences(
    couple, qtbot, tmp_path
):
    journal, sara, tom = couple
    ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    grid = page.editor.table
    tasks = journal.careload.tasks()
    # Sara: first task, noticing = me, deciding = together.
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_3)

    # Tom takes the keyboard: his grid starts empty; nothing of Sara's shows.
    qtbot.keyClick(window.person_box, Qt.Key.Key_Down)
    assert ctx.person_id == tom.id
    assert page.editor.holder_text(tasks[0].id, Stage.NOTICE) == ""
    assert page.side_by_side.current is None
    # Tom: noticing = together (3), deciding = together (3).
    qtbot.keyClick(grid, Qt.Key.Key_3)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    qtbot.mouseClick(page.editor.share_button, Qt.MouseButton.LeftButton)
    assert page.confirm.isVisible()
    qtbot.mouseClick(page.confirm_yes, Qt.MouseButton.LeftButton)
    assert journal.careload.current_picture(tom.id).is_shared

    # Sara is invited, and still sees nothing of Tom's picture.
    qtbot.keyClick(window.person_box, Qt.Key.Key_Up)
    assert ctx.person_id == sara.id
    view = page.side_by_side
    assert "Tom" in view.message.text() and view.share_button.isVisibleTo(view)
    assert view.current is None and view.cards == []
    qtbot.mouseClick(view.share_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm_yes, Qt.MouseButton.LeftButton)

    assert page.tabs.currentWidget() is view
    assert [(d.task_id, d.stage) for d in view.current.differences] == [(tasks[0].id, Stage.NOTICE)]
    [card] = view.cards
    assert "Sara" in card.sentence.text() and "Tom" in card.sentence.text()
    # The map says both holders in words on the differing cell, once on the shared one.
    assert "Sara" in view.table.cell_text(tasks[0].id, Stage.NOTICE)
    assert view.table.cell_text(tasks[0].id, Stage.DECIDE).count("\n") == 0


# The offscreen platform cannot resize real windows; it says so when a dialog opens.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_difference_invites_an_agreement_that_is_kept_with_its_date(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    care = journal.careload
    task = care.tasks()[7]
    for person, holder in (
        (sara, Holder(HolderKind.PERSON, sara.id)),
        (tom, Holder(HolderKind.TOGETHER)),
    ):
        picture, _ = care.start_picture(person.id)
        care.set_cell(person.id, picture.id, task.id, Stage.FOLLOW_UP, holder)
        care.share(person.id, picture.id)
    _ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    [card] = page.side_by_side.cards
    qtbot.mouseClick(card.invite, Qt.MouseButton.LeftButton)
    dialog = page.agreements.findChild(AgreementDialog)
    assert dialog is not None and dialog.task_box.currentData() == task.id
    qtbot.keyClicks(dialog.text, "Vanaf nu volgt Tom de afspraken op")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    [agreement] = care.agreements()
    assert agreement.task_id == task.id and agreement.made_on is not None
    assert "Vanaf nu volgt Tom de afspraken op" in page.agreements.list.item(0).text()


def test_one_adult_sees_my_load_without_partner_screens(journal, qtbot, tmp_path):
    journal.household.set_up([AdultInput("Noor")], [], None)
    [noor] = journal.household.household().people
    _ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert window.nav.currentItem().text() in ("My load", "Mijn draaglast")
    assert page.side_by_side not in [page.tabs.widget(i) for i in range(page.tabs.count())]
    assert page.partner not in [page.tabs.widget(i) for i in range(page.tabs.count())]
    assert len(titles) == 4
    # The choices are me, nobody really and someone outside: no partner, no "together".
    words = [b.accessibleName() for b, _holder in page.editor.choice_buttons]
    assert len(words) == 3
    grid = page.editor.table
    qtbot.keyClick(grid, Qt.Key.Key_1)
    qtbot.keyClick(grid, Qt.Key.Key_3)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    first = journal.careload.tasks()[0]
    kinds = {stage: h.kind for (_task, stage), h in _cells(journal, noor).items()}
    assert kinds == {
        Stage.NOTICE: HolderKind.PERSON,
        Stage.DECIDE: HolderKind.OUTSIDE,
        Stage.DO: HolderKind.NOBODY,
    }
    assert _cells(journal, noor)[(first.id, Stage.NOTICE)].person_id == noor.id
    # Sharing needs nobody else; fill in again keeps the first picture with its date.
    qtbot.mouseClick(page.editor.again_button, Qt.MouseButton.LeftButton)
    assert len(journal.careload.my_pictures(noor.id)) == 2


def test_a_second_adult_turns_my_load_into_together(journal, qtbot, tmp_path):
    journal.household.set_up([AdultInput("Noor")], [], None)
    ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    alone = window.nav.currentItem().text()
    tabs_alone = page.tabs.count()
    ctx.run(lambda: journal.household.add_person("Jamie"))
    assert window.nav.currentItem().text() != alone
    assert page.tabs.count() == tabs_alone + 2  # look together, your partner
    assert "Jamie" in [b.accessibleName() for b, _h in page.editor.choice_buttons]


def test_ctrl_z_puts_the_previous_answer_back(couple, qtbot, tmp_path):
    journal, sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    editor = window.show_section("samen").editor
    first = journal.careload.tasks()[0]
    qtbot.keyClick(editor.table, Qt.Key.Key_1)  # me
    editor.table.focus_cell(first.id, Stage.NOTICE)
    qtbot.keyClick(editor.table, Qt.Key.Key_3)  # together, replacing "me"
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cells(journal, sara)[(first.id, Stage.NOTICE)] == Holder(HolderKind.PERSON, sara.id)
    assert editor.table.current_task_stage() == (first.id, Stage.NOTICE)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert _cells(journal, sara) == {}
    assert not editor.undo_button.isEnabled()


def test_stopping_sharing_takes_the_picture_out_of_the_side_by_side(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    care = journal.careload
    task = care.tasks()[0]
    for person in (sara, tom):
        picture, _ = care.start_picture(person.id)
        care.set_cell(
            person.id, picture.id, task.id, Stage.DO, Holder(HolderKind.PERSON, person.id)
        )
        care.share(person.id, picture.id)
    ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    assert len(page.side_by_side.cards) == 1
    assert page.editor.stop_button.isVisibleTo(page.editor)
    qtbot.mouseClick(page.editor.stop_button, Qt.MouseButton.LeftButton)
    assert page.side_by_side.cards == [] and page.side_by_side.current is None
    assert page.editor.share_button.isVisibleTo(page.editor)
    ctx.set_person(tom.id)
    assert page.side_by_side.current is None
    assert care.cells_for(tom.id, care.current_picture(sara.id).id) == {}


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_an_agreement_can_be_revisited_changed_deleted_and_brought_back(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    journal.careload.add_agreement(sara.id, "Tom belt de opvang")
    ctx, window = open_window(qtbot, journal, tmp_path)
    view = window.show_section("samen").agreements
    ctx.set_person(tom.id)
    note = view.revisit()
    qtbot.keyClicks(note.text, "Loopt goed")
    qtbot.mouseClick(note.close_button, Qt.MouseButton.LeftButton)
    assert "Tom: Loopt goed" in view.notes.text()
    edit = view.edit_current()
    assert edit.text.toPlainText() == "Tom belt de opvang"
    edit.text.selectAll()
    qtbot.keyClicks(edit.text, "Tom belt de opvang op maandag")
    qtbot.mouseClick(edit.close_button, Qt.MouseButton.LeftButton)
    assert "op maandag" in view.list.item(0).text()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.list.count() == 0 and journal.careload.agreements() == []
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in journal.careload.agreements()] == ["Tom belt de opvang op maandag"]
