"""Agreements save as you type, like the Dagboek and the check-in: no Save button to forget.

The words reach the journal file within a second of typing, and at once when the dialog
or the whole window closes; switching screens while writing loses nothing either.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from parentjournal.i18n import Translations
from parentjournal.journal import Journal
from tests.ui.samen_helpers import open_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _stored_texts(journal: Journal) -> list[str]:
    """What another process would read from the file now (not this window's memory)."""
    conn = sqlite3.connect(str(journal.paths.journal))
    try:
        query = "SELECT text FROM care_agreement WHERE deleted_at IS NULL ORDER BY created_at"
        return [row[0] for row in conn.execute(query)]
    finally:
        conn.close()


@pytest.fixture
def dutch(qapp):
    translations = Translations(qapp)
    translations.install("nl")
    yield
    translations.install("nl")


def test_typing_an_agreement_reaches_disk_within_a_second_without_a_button(
    couple, qtbot, tmp_path, dutch
):
    journal, *_ = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    view = window.show_section("samen").agreements
    dialog = view.open_dialog()
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    qtbot.keyClicks(dialog.text, "Wie de fles geeft, wast ook de flessen")
    qtbot.waitUntil(lambda: _stored_texts(journal) != [], timeout=1000)
    assert _stored_texts(journal) == ["Wie de fles geeft, wast ook de flessen"]
    assert dialog.status.text() == "Bewaard"
    # More words change the same agreement; they never make a second one.
    qtbot.keyClicks(dialog.text, " en droogt ze af")
    qtbot.waitUntil(lambda: "droogt" in " ".join(_stored_texts(journal)), timeout=1000)
    assert _stored_texts(journal) == ["Wie de fles geeft, wast ook de flessen en droogt ze af"]
    assert "droogt ze af" in view.list.item(0).text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_closing_the_window_mid_sentence_keeps_the_words(couple, qtbot, tmp_path):
    journal, *_ = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = window.show_section("samen").agreements.open_dialog()
    qtbot.keyClicks(dialog.text, "Zondag plannen we samen de week")
    window.close()  # before the autosave timer had its turn
    QApplication.processEvents()
    assert _stored_texts(journal) == ["Zondag plannen we samen de week"]


def test_switching_screens_while_writing_loses_nothing(couple, qtbot, tmp_path):
    journal, *_ = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = window.show_section("samen").agreements.open_dialog()
    qtbot.keyClicks(dialog.text, "Tom houdt de opvangformulieren bij")
    window.show_section("journal")  # the dialog is not modal: the window stays usable
    qtbot.waitUntil(lambda: _stored_texts(journal) != [], timeout=1000)
    assert _stored_texts(journal) == ["Tom houdt de opvangformulieren bij"]
    dialog.close()


def test_a_note_saves_as_you_type_into_one_note(couple, qtbot, tmp_path):
    journal, sara, tom = couple
    agreement, _ = journal.careload.add_agreement(sara.id, "Tom belt de opvang")
    ctx, window = open_window(qtbot, journal, tmp_path)
    view = window.show_section("samen").agreements
    ctx.set_person(tom.id)
    note = view.revisit()
    qtbot.keyClicks(note.text, "Loopt goed")
    qtbot.waitUntil(lambda: len(journal.careload.notes(agreement.id)) == 1, timeout=1000)
    qtbot.keyClicks(note.text, ", ook op maandag")
    # "ook op maandag", not "maandag": on a Monday the note's own date says that already.
    qtbot.waitUntil(lambda: "ook op maandag" in view.notes.text(), timeout=1000)
    [saved] = journal.careload.notes(agreement.id)
    assert saved.text == "Loopt goed, ook op maandag" and saved.author_id == tom.id
    note.close()


def test_emptying_the_text_keeps_the_last_words(couple, qtbot, tmp_path):
    journal, *_ = couple
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = window.show_section("samen").agreements.open_dialog()
    qtbot.keyClicks(dialog.text, "Samen boodschappen")
    qtbot.waitUntil(lambda: _stored_texts(journal) != [], timeout=1000)
    dialog.text.selectAll()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert _stored_texts(journal) == ["Samen boodschappen"]


def test_the_task_chosen_after_the_first_words_is_kept(couple, qtbot, tmp_path):
    journal, *_ = couple
    task = journal.careload.tasks()[3]
    _ctx, window = open_window(qtbot, journal, tmp_path)
    dialog = window.show_section("samen").agreements.open_dialog()
    qtbot.keyClicks(dialog.text, "Om de beurt")
    qtbot.waitUntil(lambda: journal.careload.agreements() != [], timeout=1000)
    dialog.task_box.setCurrentIndex(dialog.task_box.findData(task.id))
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    [agreement] = journal.careload.agreements()
    assert agreement.task_id == task.id
