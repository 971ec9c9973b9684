"""The household edits its own task list; a person looks back at their own earlier picture."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from parentjournal.core.careload import Holder, HolderKind, Stage
from parentjournal.ui.samen import labels
from tests.ui.samen_helpers import open_window


def test_adding_renaming_hiding_and_showing_a_task_again(couple, qtbot, tmp_path):
    journal, _sara, _tom = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    editor = window.show_section("samen").editor
    tools = editor.task_tools
    before = {t.id for t in journal.careload.tasks()}

    qtbot.mouseClick(tools.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tools.name_edit, "Kind en Gezin bellen")
    qtbot.keyClick(tools.name_edit, Qt.Key.Key_Return)
    [added] = [t for t in journal.careload.tasks() if t.id not in before]
    assert added.name == "Kind en Gezin bellen"
    assert added.domain == journal.careload.tasks()[0].domain  # the group under the cursor
    assert "Kind en Gezin bellen" in [
        editor.table.item(r, 0).text() for r in range(editor.table.rowCount())
    ]

    editor.table.focus_cell(added.id, Stage.NOTICE)
    qtbot.mouseClick(tools.rename_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tools.name_edit, "Kind en Gezin")
    qtbot.mouseClick(tools.save_button, Qt.MouseButton.LeftButton)
    assert journal.careload.task(added.id).name == "Kind en Gezin"

    qtbot.mouseClick(tools.hide_button, Qt.MouseButton.LeftButton)
    assert added.id not in {t.id for t in journal.careload.tasks()}
    assert "Kind en Gezin" in tools.notice.text() and tools.show_button.isVisibleTo(tools)
    qtbot.mouseClick(tools.show_button, Qt.MouseButton.LeftButton)
    assert added.id in {t.id for t in journal.careload.tasks()}
    assert not tools.show_button.isVisibleTo(tools)


def test_a_person_sees_how_their_own_picture_changed(couple, qtbot, tmp_path, monkeypatch):
    journal, sara, _tom = couple
    care = journal.careload
    task = care.tasks()[0]
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 1, 5))
    first, _ = care.start_picture(sara.id)
    care.set_cell(sara.id, first.id, task.id, Stage.NOTICE, Holder(HolderKind.PERSON, sara.id))
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 3, 9))
    _ctx, window = open_window(qtbot, journal, tmp_path)
    page = window.show_section("samen")
    assert not page.history.since_box.isVisibleTo(page.history)
    qtbot.mouseClick(page.editor.again_button, Qt.MouseButton.LeftButton)
    page.editor.table.focus_cell(task.id, Stage.NOTICE)
    qtbot.keyClick(page.editor.table, Qt.Key.Key_3)  # together
    history = page.history
    assert history.since_box.count() == 1 and "2026" in history.since_box.currentText()
    text = history.changes.text()
    assert text.count("\n") == 0  # exactly one change
    assert labels.task_name(task) in text
    assert labels.holder_word(Holder(HolderKind.TOGETHER), {}, sara.id).lower() in text
    assert care.changes_since(sara.id, first.id)[0].second.kind is HolderKind.TOGETHER
