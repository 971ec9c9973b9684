"""Writing in the Dagboek: by keyboard, autosaved, surviving a restart, never empty by accident."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.journal import Journal
from parentjournal.store.errors import JournalFullError
from parentjournal.ui.context import AppContext, explain
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from tests.ui.journal_helpers import (
    CTRL,
    close_window_and_journal,
    open_window,
    timeline_texts,
)

ROOT = Path(__file__).resolve().parents[2]


def bodies_on_disk(journal: Journal) -> list[str]:
    """Read with a second, independent connection: what another process would see."""
    conn = sqlite3.connect(str(journal.paths.journal))
    try:
        return [r[0] for r in conn.execute("SELECT body FROM entry WHERE deleted_at IS NULL")]
    finally:
        conn.close()


def test_entry_typed_by_keyboard_is_there_after_reopening(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    assert screen.editor.body.hasFocus()
    qtbot.keyClicks(screen.editor.body, "Eerste keer samen in bad")
    close_window_and_journal(qtbot, window, journal)

    again = Journal.open(journal.paths)
    window2 = open_window(qtbot, again, tmp_path)
    try:
        assert timeline_texts(window2.page("journal")) == ["Eerste keer samen in bad"]
    finally:
        close_window_and_journal(qtbot, window2, again)


def test_autosave_reaches_disk_within_a_second_without_pressing_anything(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    qtbot.keyClicks(editor.body, "Nachtje goed geslapen")
    typed = time.monotonic()
    qtbot.waitUntil(lambda: bodies_on_disk(journal) == ["Nachtje goed geslapen"], timeout=1000)
    assert time.monotonic() - typed < 1.0
    assert editor.status.text() == QCoreApplication.translate("EntryEditor", "Saved")


def test_ctrl_s_saves_at_once(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    qtbot.keyClicks(editor.body, "meteen")
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)
    assert bodies_on_disk(journal) == ["meteen"]


def test_new_without_typing_keeps_nothing(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    for _ in range(3):
        qtbot.keyClick(screen.editor.body, Qt.Key.Key_N, CTRL)
    screen.editor.themes.menu.actions()[0].setChecked(True)  # a theme alone is not an entry
    window.close()
    assert journal.entry_repo.count_visible(sara.id) == 0


def test_switching_to_another_entry_saves_the_one_being_typed(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date(2026, 1, 5), "ouder stukje"))
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.keyClicks(screen.editor.body, "net getypt")
    # Straight away, before the autosave timer: choose the older entry in the timeline.
    screen.timeline.setCurrentIndex(
        screen.model.index(screen.model.row_of(journal.timeline.page(sara.id)[-1].id))
    )
    assert sorted(bodies_on_disk(journal)) == ["net getypt", "ouder stukje"]
    assert screen.editor.body.toPlainText() == "ouder stukje"


def test_emoji_and_right_to_left_text_round_trip(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    text = "שלום 👶🏽 مرحبا — crème brûlée\n\n- eerste\n- tweede 🍼"
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    qtbot.keyClicks(editor.title, "Zondag ")
    # QTest cannot type characters outside a keyboard layout; paste them, as a person would.
    editor.title.insert("☀️")
    editor.body.insertPlainText(text)
    close_window_and_journal(qtbot, window, journal)
    again = Journal.open(journal.paths)
    window2 = open_window(qtbot, again, tmp_path)
    try:
        screen = window2.page("journal")
        screen.timeline.setCurrentIndex(screen.model.index(1))
        assert screen.editor.body.toPlainText() == text
        assert screen.editor.title.text() == "Zondag ☀️"
    finally:
        close_window_and_journal(qtbot, window2, again)


def test_a_failed_save_keeps_the_text_and_tries_again(qtbot, couple, tmp_path, monkeypatch):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    real_create = journal.entries.create
    calls = []

    def full_disk_once(draft):
        calls.append(draft)
        if len(calls) == 1:
            raise JournalFullError("disk full")
        return real_create(draft)

    monkeypatch.setattr(journal.entries, "create", full_disk_once)
    with qtbot.waitSignal(window.ctx.problem, timeout=2000) as problem:
        qtbot.keyClicks(editor.body, "niet kwijtraken")
    assert problem.args[0] == explain(JournalFullError("disk full"))
    assert editor.body.toPlainText() == "niet kwijtraken"
    assert bodies_on_disk(journal) == []
    qtbot.waitUntil(lambda: bodies_on_disk(journal) == ["niet kwijtraken"], timeout=5000)
    assert editor.status.text() == QCoreApplication.translate("EntryEditor", "Saved")
    assert journal.entry_repo.count_visible(sara.id) == 1


def test_a_partners_shared_entry_opens_to_read_not_to_change(qtbot, couple, tmp_path):
    journal, _sara, tom = couple
    journal.entries.create(
        EntryDraft(tom.id, date.today(), "van Tom", visibility=Visibility.SHARED)
    )
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    screen.timeline.setCurrentIndex(screen.model.index(1))
    assert screen.editor.body.isReadOnly()
    assert "Tom" in screen.editor.author_note.text()
    assert not screen.editor.delete_button.isVisibleTo(screen.editor)


def test_quit_after_startup_shows_the_first_page_and_exits_cleanly(couple, tmp_path):
    journal, sara, _tom = couple
    for n in range(150):
        journal.entries.create(EntryDraft(sara.id, date(2026, 1, 1 + n % 28), f"stukje {n}"))
    journal.close()
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "parentjournal",
            "--data-dir",
            str(journal.paths.data_dir),
            "--config-dir",
            str(tmp_path / "config"),
            "--quit-after-startup",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_markdown_can_be_read_formatted_and_written_again(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    editor = open_window(qtbot, journal, tmp_path).page("journal").editor
    qtbot.keyClicks(editor.body, "Een **goede** dag")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.preview
    assert editor.preview.toPlainText().strip() == "Een goede dag"
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.body
    assert editor.body.toPlainText() == "Een **goede** dag"


def test_switching_screen_saves_at_once(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    qtbot.keyClicks(editor.body, "nog snel")
    window.nav.setCurrentRow(1)  # another screen, before the autosave timer runs
    assert bodies_on_disk(journal) == ["nog snel"]


def test_switching_person_keeps_the_words_with_who_wrote_them(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.keyClicks(screen.editor.body, "van Sara, alleen voor mij")
    window.ctx.set_person(tom.id)
    (entry,) = journal.timeline.page(sara.id)
    assert (entry.text, entry.author_id) == ("van Sara, alleen voor mij", sara.id)
    assert entry.visibility is Visibility.PRIVATE
    assert timeline_texts(screen) == []  # Tom does not see Sara's private words
    assert screen.editor.body.toPlainText() == ""


def _answer_close_question(qtbot, button_name: str, asked: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "unsaved_close":
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_closing_while_a_save_fails_asks_first_and_keeps_the_text(
    qtbot, couple, tmp_path, monkeypatch
):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor

    def full_disk(_draft):
        raise JournalFullError("disk full")

    monkeypatch.setattr(journal.entries, "create", full_disk)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "nog niet bewaard")
    asked: list[str] = []
    _answer_close_question(qtbot, "keep_open", asked)
    window.close()
    assert asked, "closing with unsaved text must ask first"
    assert window.isVisible()
    assert editor.body.toPlainText() == "nog niet bewaard"
    # Once the disk has room again, closing saves and goes without a question.
    monkeypatch.undo()
    window.close()
    assert not window.isVisible()
    assert bodies_on_disk(journal) == ["nog niet bewaard"]


def test_closing_anyway_is_the_persons_choice(qtbot, couple, tmp_path, monkeypatch):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    monkeypatch.setattr(
        journal.entries, "create", lambda _d: (_ for _ in ()).throw(JournalFullError("full"))
    )
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "weg")
    asked: list[str] = []
    _answer_close_question(qtbot, "close_anyway", asked)
    window.close()
    assert asked and not window.isVisible()


def test_after_closing_anyway_nothing_tries_to_write_to_the_closed_journal(
    qtbot, couple, tmp_path, monkeypatch
):
    # The person let the unsaved words go; the editor's "try again" must not fire later on
    # a journal that is closed by then (it would raise inside Qt's event loop).
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    editor._retry.setInterval(50)  # instead of seconds
    calls: list[object] = []

    def full_disk(draft):
        calls.append(draft)
        raise JournalFullError("full")

    monkeypatch.setattr(journal.entries, "create", full_disk)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "weg")
    _answer_close_question(qtbot, "close_anyway", [])
    window.close()
    tries = len(calls)
    journal.close()
    qtbot.wait(300)
    assert len(calls) == tries
    assert editor.body.toPlainText() == "weg"


def test_quit_after_startup_leaves_only_once_the_first_page_is_painted(qtbot, couple, tmp_path):
    # The start-up measurement ends when a person would see the first screen, not before.
    from PySide6.QtCore import QEvent, QObject

    from parentjournal.ui.startup import quit_once_painted

    journal, sara, _tom = couple
    for n in range(40):
        journal.entries.create(EntryDraft(sara.id, date(2026, 1, 1 + n % 28), f"stukje {n}"))
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    timeline = window.page("journal").timeline.viewport()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints(window)
    timeline.installEventFilter(paints)
    left: list[int] = []

    class App:
        def quit(self) -> None:
            left.append(Paints.count)

    window.show()  # as start-up does: shown, and not yet exposed by the platform
    quit_once_painted(App(), window)
    qtbot.waitUntil(lambda: bool(left), timeout=5000)
    assert left[0] >= 1, "left before the timeline was painted"
    assert not window.isVisible()
    journal.close()
