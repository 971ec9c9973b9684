"""The Dagboek by keyboard and screen reader: every control reachable with Tab and named."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget

from parentjournal.core.model import EntryDraft, Visibility
from tests.ui.journal_helpers import open_window


def focusable(screen) -> list[QWidget]:
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a date or combo box; the box itself is named
        found.append(widget)
    return found


def test_every_control_has_a_name_for_screen_readers(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), "iets"))
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    nameless = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in focusable(screen)
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert nameless == []


def test_tab_reaches_every_control_of_the_screen(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), "iets"))
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    wanted = {w for w in focusable(screen)}
    screen.new_button.setFocus()
    reached = set()
    for _ in range(60):
        widget = QApplication.focusWidget()
        reached.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    inner = {w.parent() for w in reached if isinstance(w.parent(), (QAbstractSpinBox, QComboBox))}
    assert wanted - reached - inner == set()


def test_arrow_keys_move_between_entries_and_skip_the_day_headers(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    for n, day in enumerate((date(2026, 3, 3), date(2026, 3, 2), date(2026, 3, 1))):
        journal.entries.create(EntryDraft(sara.id, day, f"stukje {n}"))
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    screen.timeline.setFocus()
    opened = [screen.editor.body.toPlainText()]
    for _ in range(2):
        qtbot.keyClick(screen.timeline, Qt.Key.Key_Down)
        opened.append(screen.editor.body.toPlainText())
    assert opened == ["stukje 0", "stukje 1", "stukje 2"]


def test_a_new_entry_starts_with_the_persons_own_default_visibility(qtbot, couple, tmp_path):
    journal, _sara, tom = couple
    journal.household.set_default_visibility(tom.id, Visibility.SHARED)
    window = open_window(qtbot, journal, tmp_path)
    editor = window.page("journal").editor
    assert editor.visibility.currentData() == "private"  # Sara: "only me" to start with
    window.ctx.set_person(tom.id)
    assert editor.visibility.currentData() == "shared"
    qtbot.keyClicks(editor.body, "voor ons allebei")
    editor.save_now()
    (entry,) = journal.timeline.page(tom.id)
    assert entry.visibility is Visibility.SHARED
    assert entry.author_id == tom.id
