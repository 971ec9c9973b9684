"""The journal passphrase in the window: asked at start, turned on with a code, off again.

Run by ``test_passphrase_ui.py`` in a process of its own (see there why); it can also be
run directly: ``python -m pytest tests/safety/passphrase_ui_cases.py``.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from parentjournal import protection
from parentjournal.journal import Journal
from parentjournal.store import encryption
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.passphrase.dialog import PassphraseDialog
from parentjournal.ui.passphrase.unlock import UnlockDialog
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.startup import open_journal_calmly
from tests.safety.helpers import fill, snapshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSPHRASE = "slapen als een roos"


@pytest.fixture(autouse=True)
def _free_sqlcipher_objects_while_alive():
    """Free SQLCipher cursors left in reference cycles by the screens now, not at exit.

    sqlcipher3 objects that are only collected while Python shuts down can crash the
    interpreter there (after every test passed); collecting them here avoids that.
    """
    yield
    gc.collect()


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_turning_it_on_shows_the_code_once_and_the_screens_go_on(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = PassphraseDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.off_button.isVisibleTo(dialog)

    qtbot.keyClicks(dialog.new_field, "kort")
    qtbot.keyClicks(dialog.again_field, "kort")
    _click(qtbot, dialog.set_button)
    assert dialog.message.text() and not encryption.is_encrypted(
        journal.paths.journal, journal.paths.keyfile
    )
    qtbot.keyClicks(dialog.new_field, PASSPHRASE)
    qtbot.keyClicks(dialog.again_field, PASSPHRASE + "!")
    _click(qtbot, dialog.set_button)
    assert dialog.pages.currentIndex() == 0

    qtbot.keyClicks(dialog.new_field, PASSPHRASE)
    qtbot.keyClicks(dialog.again_field, PASSPHRASE)
    _click(qtbot, dialog.set_button)
    assert dialog.pages.currentIndex() == 1
    code = dialog.code_label.text()
    assert len(code) == 29 and code in dialog.code_document().toPlainText()
    paths = ctx.journal.paths
    assert encryption.is_encrypted(paths.journal, paths.keyfile)
    assert ctx.journal is not journal and protection.is_protected(ctx.journal)
    assert snapshot(ctx.journal.db) == before
    assert encryption.unlock_with_recovery_code(paths.keyfile, code) == ctx.journal.key
    qtbot.wait(50)  # the rebuilt screens settle before the journal is closed
    ctx.journal.close()


def test_the_start_asks_for_the_passphrase_and_a_wrong_one_is_met_calmly(qtbot, couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    opened, _code = protection.turn_on(journal, PASSPHRASE)
    paths = opened.paths
    opened.close()
    files_before = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.keyClicks(dialog.field, "slapen als een rots")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        seen.append(dialog.message.text())
        assert dialog.isVisible()  # still asking, and nothing on disk changed
        assert {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()} == (
            files_before
        )
        qtbot.keyClicks(dialog.field, PASSPHRASE)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    again = open_journal_calmly(paths)
    assert again is not None
    try:
        assert seen and seen[0]
        assert snapshot(again.db) == before
    finally:
        again.close()


def test_turning_it_off_asks_first_then_rewrites_the_journal_readable(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    opened, _code = protection.turn_on(journal, PASSPHRASE)
    ctx = AppContext(opened, Prefs(tmp_path / "prefs.ini"))
    dialog = PassphraseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.off_button.isVisible()

    def answer(name: str) -> None:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, click)
                return
            _click(qtbot, box.findChild(QPushButton, name))

        QTimer.singleShot(0, click)

    answer("keep_it")
    _click(qtbot, dialog.off_button)
    assert protection.is_protected(ctx.journal)
    answer("yes_turn_off")
    _click(qtbot, dialog.off_button)
    assert not protection.is_protected(ctx.journal)
    paths = ctx.journal.paths
    assert not paths.keyfile.exists()
    assert snapshot(ctx.journal.db) == before
    ctx.journal.close()
    plain = Journal.open(paths)
    plain.close()
