"""Who is writing, and where the window was: remembered per computer, not in the journal."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from tests.ui.window_helpers import open_window


def test_the_person_chosen_is_remembered_on_this_computer(qtbot, couple, tmp_path):
    journal, _sara, tom = couple
    prefs_file = tmp_path / "config" / "prefs.ini"
    window = open_window(qtbot, journal, prefs_file)
    with qtbot.waitSignal(window.ctx.person_changed) as changed:
        window.person_box.setFocus()
        qtbot.keyClick(window.person_box, Qt.Key.Key_Down)
    assert changed.args == [tom.id]
    # A fresh start on this computer opens as Tom again...
    assert AppContext(journal, Prefs(prefs_file)).person.name == "Tom"
    assert tom.id in prefs_file.read_text(encoding="utf-8")
    # ...while another computer (its own preferences) starts with the first adult, because
    # the choice lives beside the journal, never inside it.
    assert AppContext(journal, Prefs(tmp_path / "other.ini")).person.name == "Sara"
    assert tom.id not in str(journal.db.execute("SELECT * FROM setting").fetchall())


def test_switching_person_reaches_the_screens(qtbot, couple, tmp_path):
    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    writing = window.page("settings").group("writing")
    assert "Sara" in writing.visibility_label.text()
    window.person_box.setFocus()
    qtbot.keyClick(window.person_box, Qt.Key.Key_Down)
    assert "Tom" in writing.visibility_label.text()


def test_window_size_and_position_are_remembered(qtbot, couple, tmp_path):
    journal, *_ = couple
    prefs_file = tmp_path / "prefs.ini"
    window = MainWindow(AppContext(journal, Prefs(prefs_file)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Fits the offscreen test screen (800×600); restoreGeometry keeps windows on screen.
    window.setGeometry(QRect(30, 20, 740, 520))
    QApplication.processEvents()
    placed = window.geometry()
    window.close()

    again = MainWindow(AppContext(journal, Prefs(prefs_file)))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.geometry().size() == placed.size()
    # Window frames may shift the restored position by a few pixels; never more.
    assert (again.geometry().topLeft() - placed.topLeft()).manhattanLength() <= 8


def test_an_adult_added_or_renamed_is_in_who_is_writing_at_once(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    filters = window.page("journal").filters
    # As the Settings screen does it: through the context, which tells every screen.
    window.ctx.run(lambda: journal.household.add_person("Noor", "oma"))
    assert [window.person_box.itemText(i) for i in range(window.person_box.count())] == [
        "Sara",
        "Tom",
        "Noor",
    ]
    window.ctx.run(lambda: journal.household.rename(sara.id, "Sarah", "mama"))
    assert window.person_box.itemText(0) == "Sarah"
    assert [p.name for p in window.ctx.people()] == ["Sarah", "Tom", "Noor"]
    assert filters.person.findText("Sarah") >= 0
