"""The Dagboek editor itself under bad input: a 5 MB paste, a full disk during autosave.

These drive the real window (keyboard, clipboard, the autosave timer) on a real journal
file; the storage-level versions of the same promises are in ``test_bad_input.py``.
"""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from parentjournal.core.journal import MAX_TITLE_CHARS
from parentjournal.store.errors import JournalFullError
from parentjournal.ui.context import explain
from tests.ui.journal_helpers import CTRL, close_window_and_journal, open_window

REFUSED = (
    "That is more text than one entry can hold, so it was not pasted. What you wrote "
    "stays as it was. Would you like to paste it in a few smaller parts?"
)


def bodies_on_disk(journal) -> list[str]:
    """Read with a second, independent connection: what another process would see."""
    conn = sqlite3.connect(str(journal.paths.journal))
    try:
        return [r[0] for r in conn.execute("SELECT body FROM entry WHERE deleted_at IS NULL")]
    finally:
        conn.close()


def test_a_5_mb_paste_is_refused_calmly_and_what_was_typed_stays(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    try:
        editor.focus_text()
        qtbot.keyClicks(editor.body, "Eerst dit")
        QApplication.clipboard().setText("x" * (5 * 1024 * 1024))
        started = time.monotonic()
        with qtbot.waitSignal(window.ctx.problem, timeout=5000) as problem:
            qtbot.keyClick(editor.body, Qt.Key.Key_V, CTRL)
        assert time.monotonic() - started < 2.0  # refused at once, no frozen window
        assert problem.args[0] == QCoreApplication.translate("EntryEditor", REFUSED)
        assert window.statusBar().currentMessage() == problem.args[0]
        assert editor.body.toPlainText() == "Eerst dit"
        # The window goes on as usual: typing continues and is saved.
        qtbot.keyClicks(editor.body, " en dan dat")
        qtbot.waitUntil(lambda: bodies_on_disk(journal) == ["Eerst dit en dan dat"], timeout=10_000)
        # A paste that fits is simply pasted (the limit is not a limit on normal use).
        QApplication.clipboard().setText(" 🍼 nog wat")
        qtbot.keyClick(editor.body, Qt.Key.Key_V, CTRL)
        qtbot.waitUntil(
            lambda: bodies_on_disk(journal) == ["Eerst dit en dan dat 🍼 nog wat"], timeout=10_000
        )
    finally:
        QApplication.clipboard().clear()
        close_window_and_journal(qtbot, window, journal)


def test_a_full_disk_during_autosave_keeps_the_text_and_saves_once_there_is_room(
    qtbot, couple, tmp_path
):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    try:
        editor.focus_text()
        qtbot.keyClicks(editor.body, "al bewaard")
        qtbot.waitUntil(lambda: bodies_on_disk(journal) == ["al bewaard"], timeout=10_000)
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite sees a full disk
        big = " Een lange nacht, en toch." * 2_000  # far more than the two pages left
        with qtbot.waitSignal(window.ctx.problem, timeout=10_000) as problem:
            editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
            editor.body.insertPlainText(big)  # what a paste of a long text does
        assert problem.args[0] == explain(JournalFullError("full"))
        assert editor.status.text() == QCoreApplication.translate(
            "EntryEditor", "Not saved yet; your text stays here and we try again."
        )
        assert editor.body.toPlainText() == "al bewaard" + big
        assert bodies_on_disk(journal) == ["al bewaard"]  # the earlier save is intact
        journal.db.execute("PRAGMA max_page_count = 1073741823")  # space is back
        qtbot.waitUntil(lambda: bodies_on_disk(journal) == ["al bewaard" + big], timeout=10_000)
        assert editor.status.text() == QCoreApplication.translate("EntryEditor", "Saved")
        conn = sqlite3.connect(str(journal.paths.journal))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    finally:
        # Room again before closing, whatever happened above: closing with a failing save
        # asks first (a modal question), which would wait forever in a test.
        journal.db.execute("PRAGMA max_page_count = 1073741823")
        close_window_and_journal(qtbot, window, journal)


def test_a_huge_paste_in_the_title_is_cut_where_the_journal_stops_and_is_saved(
    qtbot, couple, tmp_path
):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    try:
        editor.focus_text()
        qtbot.keyClicks(editor.body, "Over vandaag")
        editor.title.setFocus()
        QApplication.clipboard().setText("t" * (MAX_TITLE_CHARS * 3))
        qtbot.keyClick(editor.title, Qt.Key.Key_V, CTRL)
        assert len(editor.title.text()) == MAX_TITLE_CHARS

        def saved_title() -> int:
            conn = sqlite3.connect(str(journal.paths.journal))
            try:
                row = conn.execute(
                    "SELECT length(title) FROM entry WHERE deleted_at IS NULL"
                ).fetchone()
            finally:
                conn.close()
            return row[0] if row else 0

        # Saved like any title, instead of an autosave that fails again and again.
        qtbot.waitUntil(lambda: saved_title() == MAX_TITLE_CHARS, timeout=10_000)
        assert window.statusBar().currentMessage() != QCoreApplication.translate(
            "EntryEditor", REFUSED
        )
    finally:
        QApplication.clipboard().clear()
        # A title the journal refuses would make closing ask about unsaved text: if this
        # test fails, it fails above instead of waiting on that question.
        editor.title.setText("")
        close_window_and_journal(qtbot, window, journal)
