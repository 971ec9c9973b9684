"""Each person's own lock in the window: set up in Settings, the lock page, the idle lock.

Real widgets on a real journal file; the real service (with a light Argon2id cost).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.store.errors import WrongPassphraseError
from parentjournal.ui.personal_lock.dialogs import SetUpLockDialog
from parentjournal.ui.personal_lock.idle import set_idle_minutes
from tests.ui.journal_helpers import close_window_and_journal, open_window

SARAS = "slapen als een roos"
SECRET = "Vannacht voelde ik me heel alleen"


def ONLY_WAY_BACK() -> str:
    return QCoreApplication.translate(
        "RecoveryCodePage",
        "This code is the only way back to your own items if you ever forget your "
        "passphrase; nobody else can open them for you. Would you print it or write it "
        "down and keep it somewhere safe? It is shown only now.",
    )


def USED_UP() -> str:
    return QCoreApplication.translate("RecoveryCodePage", "The code you just used no longer works.")


CODE_SHAPE = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$")


@pytest.fixture
def home(couple, light_personal_keys):
    """Sara and Tom, with a cheap key derivation so each test takes milliseconds."""
    return couple


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _texts(top: QWidget) -> str:
    """Every text the window holds: labels, fields, editors, buttons, list items."""
    found: list[str] = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            found.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
    return "\n".join(found)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every display text of a model, the children of tree rows included."""
    parent = parent if parent is not None else QModelIndex()
    out = []
    item_at = getattr(model, "item_at", None)
    for row in range(model.rowCount(parent)):
        if callable(item_at):  # the timeline: read the item (see ui/none_refcount.py)
            item = item_at(row)
            out.append(str(getattr(item, "text", "")))
            continue
        lists = isinstance(model, QAbstractListModel)  # its columnCount is private
        for column in range(1 if lists else model.columnCount(parent)):
            value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                out.append(value)
        if not lists and model.hasChildren(model.index(row, 0, parent)):
            out += _model_texts(model, model.index(row, 0, parent))
    return out


def _saras_secret(journal, sara) -> None:
    journal.entries.create(
        EntryDraft(sara.id, date(2026, 11, 20), body=SECRET, visibility=Visibility.PRIVATE)
    )


def _choose_person(qtbot, window, name: str) -> None:
    box = window.person_box
    box.setFocus()
    index = box.findText(name)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_setting_up_an_own_lock_in_settings_shows_the_code_once(qtbot, home, tmp_path):
    journal, sara, _tom = home
    _saras_secret(journal, sara)
    window = open_window(qtbot, journal, tmp_path)
    group = window.show_section("settings").group("own_lock")
    assert group.set_up_button.isVisible() and not group.lock_now_button.isVisible()
    assert not window.lock_guard.idle.is_watching()  # no own lock: nothing to time
    seen: dict[str, str] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SetUpLockDialog):
            QTimer.singleShot(10, in_dialog)
            return
        fields = dialog.fields
        qtbot.keyClicks(fields.new_field, "kort")
        qtbot.keyClicks(fields.again_field, "kort")
        _click(qtbot, dialog.do_button)
        seen["too short"] = dialog.message.text()
        assert not journal.personal_locks.has_passphrase(sara.id)
        qtbot.keyClicks(fields.new_field, SARAS)
        qtbot.keyClicks(fields.again_field, SARAS)
        qtbot.keyClick(fields.again_field, Qt.Key.Key_Return)
        panel = dialog.code_page.panel
        assert dialog.pages.currentWidget() is dialog.code_page
        seen["code"] = panel.code_label.text()
        seen["note"] = panel.note.text()
        seen["printed"] = panel.code_document().toPlainText()
        _click(qtbot, panel.copy_button)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the code is not lost by a stray Escape
        seen["still open"] = str(dialog.isVisible())
        _click(qtbot, dialog.code_page.done_button)

    QTimer.singleShot(0, in_dialog)
    _click(qtbot, group.set_up_button)

    assert seen["too short"]
    code = seen["code"]
    assert CODE_SHAPE.match(code)
    assert seen["clipboard"] == code and code in seen["printed"]
    assert seen["note"] == ONLY_WAY_BACK() and seen["still open"] == "True"
    locks = journal.personal_locks
    assert locks.has_passphrase(sara.id) and locks.is_unlocked(sara.id)
    assert group.lock_now_button.isVisible() and not group.set_up_button.isVisible()
    assert window.lock_guard.idle.is_watching()
    # The code shown is the real one: it opens Sara's items after locking.
    locks.lock(sara.id)
    assert SECRET not in [e.body for e in journal.entries.search(sara.id, "alleen")]
    locks.unlock_with_recovery_code(sara.id, code, "een nieuwe zin")
    assert [h for h in journal.entries.search(sara.id, "alleen")]
    close_window_and_journal(qtbot, window, journal)


def test_switching_away_and_back_shows_the_lock_page_wrong_then_right(qtbot, home, tmp_path):
    journal, sara, _tom = home
    _saras_secret(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    guard = window.lock_guard
    assert not guard.is_locked_out()
    assert SECRET in _texts(window)  # Sara is writing and her lock is open

    _choose_person(qtbot, window, "Tom")
    assert not journal.personal_locks.is_unlocked(sara.id)  # switching locked Sara
    assert not guard.is_locked_out()  # Tom has no own lock
    assert SECRET not in _texts(window)

    _choose_person(qtbot, window, "Sara")
    assert guard.is_locked_out()
    page = window.lock_guard.lock_page
    assert page.isVisible() and page.heading.text() == "Sara"
    assert SECRET not in _texts(window)
    assert all(not a.isEnabled() for a in window.locked_out_actions())

    qtbot.keyClicks(page.field, "slapen als een rots")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert guard.is_locked_out() and page.message.text()
    assert QApplication.activeModalWidget() is None  # a line under the field, no dialog
    assert page.field.hasFocus() or page.field.selectedText()

    page.field.clear()
    qtbot.keyClicks(page.field, SARAS)
    _click(qtbot, page.unlock_button)
    assert not guard.is_locked_out()
    assert all(a.isEnabled() for a in window.locked_out_actions())
    assert SECRET in _texts(window)
    close_window_and_journal(qtbot, window, journal)


def test_whoever_sits_down_can_go_on_as_someone_else(qtbot, home, tmp_path):
    journal, sara, tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    journal.personal_locks.lock(sara.id)
    window = open_window(qtbot, journal, tmp_path)
    window.ctx.set_person(sara.id)
    guard = window.lock_guard
    assert guard.is_locked_out()
    page = guard.lock_page
    [tom_button] = page.other_buttons
    assert "Tom" in tom_button.text()
    _click(qtbot, tom_button)
    assert window.ctx.person_id == tom.id and not guard.is_locked_out()
    assert window.person_box.currentText() == "Tom"  # "Who is writing?" says so too
    close_window_and_journal(qtbot, window, journal)


def test_forgotten_passphrase_the_recovery_code_opens_and_gives_a_new_code(qtbot, home, tmp_path):
    journal, sara, _tom = home
    _saras_secret(journal, sara)
    first_code, _ = journal.personal_locks.set_passphrase(sara.id, SARAS)
    journal.personal_locks.lock(sara.id)
    window = open_window(qtbot, journal, tmp_path)
    page = window.lock_guard.lock_page
    assert window.lock_guard.is_locked_out()

    _click(qtbot, page.forgot_button)
    assert page.code_field.hasFocus()
    qtbot.keyClicks(page.code_field, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.keyClicks(page.new_fields.new_field, "een nieuwe zin")
    qtbot.keyClicks(page.new_fields.again_field, "een nieuwe zin")
    qtbot.keyClick(page.new_fields.again_field, Qt.Key.Key_Return)
    assert page.recovery_message.text() and window.lock_guard.is_locked_out()

    qtbot.keyClicks(page.code_field, first_code.lower().replace("-", " "))
    qtbot.keyClicks(page.new_fields.new_field, "een nieuwe zin")
    qtbot.keyClicks(page.new_fields.again_field, "een nieuwe zin")
    _click(qtbot, page.recover_button)
    new_code = page.code_page.panel.code_label.text()
    assert CODE_SHAPE.match(new_code) and new_code != first_code
    assert page.code_page.panel.note.text() == ONLY_WAY_BACK() + " " + USED_UP()
    assert window.lock_guard.is_locked_out()  # the code page first, then the screens
    _click(qtbot, page.code_page.done_button)
    assert not window.lock_guard.is_locked_out()
    assert SECRET in _texts(window)

    locks = journal.personal_locks
    locks.lock(sara.id)
    with pytest.raises(WrongPassphraseError):
        locks.unlock_with_recovery_code(sara.id, first_code, "nog een andere zin")
    locks.unlock(sara.id, "een nieuwe zin")
    close_window_and_journal(qtbot, window, journal)


def test_idle_lock_saves_what_is_typed_then_hides_everything_of_theirs(qtbot, home, tmp_path):
    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    guard = window.lock_guard
    screen = window.show_section("journal")
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.editor.body, SECRET)
    assert SECRET in _texts(window)

    set_idle_minutes(window.ctx.prefs, 5)
    guard.minute_ms = 4  # five "minutes" of 4 ms: the test waits milliseconds, not minutes
    guard.apply_idle_choice()
    qtbot.waitUntil(guard.is_locked_out, timeout=3000)
    qtbot.wait(10)  # the screens built before the lock are deleted on the next loop turn

    assert not journal.personal_locks.is_unlocked(sara.id)
    assert SECRET not in _texts(window)
    journal.personal_locks.unlock(sara.id, SARAS)
    assert [e.body for e in journal.entries_between(sara.id)] == [SECRET]
    close_window_and_journal(qtbot, window, journal)


def test_activity_keeps_the_lock_open(qtbot, home, tmp_path):
    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    guard = window.lock_guard
    set_idle_minutes(window.ctx.prefs, 5)
    guard.minute_ms = 60  # 300 ms without use
    guard.apply_idle_choice()
    screen = window.show_section("journal")
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(screen.search_field, Qt.Key.Key_A)
    assert not guard.is_locked_out()  # 600 ms went by, but never 300 ms without a key
    qtbot.waitUntil(guard.is_locked_out, timeout=3000)
    screen = window.page("journal")
    close_window_and_journal(qtbot, window, journal)


def test_idle_lock_never_when_chosen_so(qtbot, home, tmp_path):
    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    group = window.show_section("settings").group("own_lock")
    box = group.idle_box
    assert box.currentData() == 15  # the default
    box.setCurrentIndex(box.findData(0))
    box.activated.emit(box.findData(0))
    assert not window.lock_guard.idle.is_watching()
    _click(qtbot, group.lock_now_button)
    assert window.lock_guard.is_locked_out()
    close_window_and_journal(qtbot, window, journal)


def test_switching_person_saves_what_was_typed_before_the_lock_closes(qtbot, home, tmp_path):
    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    screen = window.show_section("journal")
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.editor.body, SECRET)  # private by default, not saved yet

    _choose_person(qtbot, window, "Tom")

    assert not journal.personal_locks.is_unlocked(sara.id)
    assert SECRET not in _texts(window)
    journal.personal_locks.unlock(sara.id, SARAS)
    assert [e.body for e in journal.entries_between(sara.id)] == [SECRET]
    close_window_and_journal(qtbot, window, journal)


def test_the_lock_page_works_by_keyboard_alone_with_names_for_everything(qtbot, home, tmp_path):
    from tests.ui.walk import INTERACTIVE

    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    journal.personal_locks.lock(sara.id)
    window = open_window(qtbot, journal, tmp_path)
    page = window.lock_guard.lock_page
    assert page.field.hasFocus()  # typing can start at once
    for face in (page.show_passphrase, page.show_recovery):
        face()
        shown = [
            w for w in page.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()
        ]
        assert shown and all(w.accessibleName() for w in shown)
        reached = set()
        for _ in range(len(shown) + 2):
            reached.add(QApplication.focusWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert set(shown) <= reached
    qtbot.keyClick(page.code_field, Qt.Key.Key_Escape)  # back to the passphrase face
    assert page.field.isVisible() and page.field.hasFocus()
    qtbot.keyClicks(page.field, SARAS)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert not window.lock_guard.is_locked_out()
    close_window_and_journal(qtbot, window, journal)


def test_a_journal_opened_anew_starts_with_every_own_lock_closed(qtbot, home, tmp_path):
    from parentjournal.core.model import ChangeSet
    from parentjournal.journal import Journal

    journal, sara, _tom = home
    _saras_secret(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    assert not window.lock_guard.is_locked_out()
    # What a restored backup does: the same file opened again, every key forgotten.
    window.flush_pages()
    reopened = Journal.open(journal.paths)
    window.ctx.journal = reopened
    window.ctx.notify(ChangeSet("journal", (), restored=True))
    assert window.lock_guard.is_locked_out()
    qtbot.wait(10)  # the screens built before are deleted on the next loop turn
    assert SECRET not in _texts(window)
    close_window_and_journal(qtbot, window, reopened)


def test_words_that_could_not_be_saved_wait_behind_the_lock(qtbot, home, tmp_path, monkeypatch):
    from parentjournal.store.errors import JournalFullError

    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    screen = window.show_section("journal")
    real_create = journal.entries.create
    disk = {"full": True}

    def create(draft):
        if disk["full"]:
            raise JournalFullError("disk full")
        return real_create(draft)

    monkeypatch.setattr(journal.entries, "create", create)
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.editor.body, SECRET)
    window.lock_guard.lock_now()

    assert window.lock_guard.is_locked_out() and not screen.editor.isVisible()
    disk["full"] = False
    page = window.lock_guard.lock_page
    qtbot.keyClicks(page.field, SARAS)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.page("journal") is screen  # the same editor, with the words still in it
    qtbot.waitUntil(lambda: [e.body for e in journal.entries_between(sara.id)] == [SECRET])
    close_window_and_journal(qtbot, window, journal)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_own_lock_screens_share_no_alt_letter(qtbot, qapp, home, tmp_path, lang):
    from parentjournal.i18n import Translations
    from parentjournal.ui.personal_lock.dialogs import ChangeLockDialog, RemoveLockDialog
    from tests.ui.mnemonics import clashes
    from tests.ui.window_helpers import open_window as open_translated

    journal, sara, _tom = home
    translations = Translations(qapp)
    translations.install(lang)
    try:
        journal.personal_locks.set_passphrase(sara.id, SARAS)
        window = open_translated(qtbot, journal, tmp_path / "prefs.ini", translations)
        problems = [f"settings: {p}" for p in clashes(window)]
        window.show_section("settings")
        problems += [f"settings: {p}" for p in clashes(window)]
        dialogs = [SetUpLockDialog, ChangeLockDialog, RemoveLockDialog]
        for dialog_class in dialogs:
            dialog = dialog_class(window.ctx, window)
            qtbot.addWidget(dialog)
            dialog.show()
            problems += [f"{dialog_class.__name__}: {p}" for p in clashes(dialog)]
            if isinstance(dialog, SetUpLockDialog):
                dialog.pages.setCurrentWidget(dialog.code_page)
                problems += [f"code page: {p}" for p in clashes(dialog)]
            dialog.reject() if not isinstance(dialog, SetUpLockDialog) else dialog.done(0)
        window.lock_guard.lock_now()
        page = window.lock_guard.lock_page
        for face in (page.show_passphrase, page.show_recovery):
            face()
            problems += [f"lock page: {p}" for p in clashes(window)]
        assert not problems, "\n".join(problems)
        close_window_and_journal(qtbot, window, journal)
    finally:
        translations.install("nl")


def test_ctrl_l_locks_at_once_or_offers_to_set_up_a_lock(qtbot, home, tmp_path):
    journal, _sara, tom = home
    journal.personal_locks.set_passphrase(tom.id, "een zin van tom")
    window = open_window(qtbot, journal, tmp_path)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.page("journal").search_field, Qt.Key.Key_L, ctrl)
    group = window.page("settings").group("own_lock")
    assert window.current_section() == "settings" and group.set_up_button.hasFocus()
    assert not window.lock_guard.is_locked_out()  # Sara has no own lock to close

    window.ctx.set_person(tom.id)
    qtbot.keyClick(window.page("settings"), Qt.Key.Key_L, ctrl)
    assert window.lock_guard.is_locked_out()
    assert not journal.personal_locks.is_unlocked(tom.id)
    close_window_and_journal(qtbot, window, journal)


def _run_dialog(qtbot, open_it, dialog_class, act) -> None:
    """Open a modal dialog with ``open_it`` and let ``act(dialog)`` drive it."""

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class):
            QTimer.singleShot(10, in_dialog)
            return
        act(dialog)

    QTimer.singleShot(0, in_dialog)
    open_it()


def test_changing_and_taking_away_ones_own_lock(qtbot, home, tmp_path):
    from parentjournal.ui.personal_lock.dialogs import ChangeLockDialog, RemoveLockDialog

    journal, sara, tom = home
    _saras_secret(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    group = window.show_section("settings").group("own_lock")
    said: list[str] = []

    def change(dialog) -> None:
        qtbot.keyClicks(dialog.current_field, "niet mijn zin")
        qtbot.keyClicks(dialog.fields.new_field, "een nieuwe zin")
        qtbot.keyClicks(dialog.fields.again_field, "een nieuwe zin")
        _click(qtbot, dialog.do_button)
        said.append(dialog.message.text())  # the wrong current passphrase, said calmly
        dialog.current_field.clear()
        qtbot.keyClicks(dialog.current_field, SARAS)
        qtbot.keyClicks(dialog.fields.new_field, "een nieuwe zin")
        qtbot.keyClicks(dialog.fields.again_field, "een nieuwe zin")
        qtbot.keyClick(dialog.fields.again_field, Qt.Key.Key_Return)

    _run_dialog(qtbot, lambda: _click(qtbot, group.change_button), ChangeLockDialog, change)
    assert said[0]
    locks = journal.personal_locks
    locks.lock(sara.id)
    with pytest.raises(WrongPassphraseError):
        locks.unlock(sara.id, SARAS)
    locks.unlock(sara.id, "een nieuwe zin")

    def remove(dialog) -> None:
        qtbot.keyClicks(dialog.current_field, "een nieuwe zin")
        _click(qtbot, dialog.do_button)

    _run_dialog(qtbot, lambda: _click(qtbot, group.remove_button), RemoveLockDialog, remove)
    assert not locks.has_passphrase(sara.id)
    assert group.set_up_button.isVisible() and not group.remove_button.isVisible()
    assert SECRET in _texts(window)

    # Tom only ever sees his own lock offered, with his own name.
    window.ctx.set_person(tom.id)
    assert "Tom" in group.explain.text() and "Sara" not in group.explain.text()
    close_window_and_journal(qtbot, window, journal)


def test_idle_lock_saves_and_closes_an_open_check_in(qtbot, home, tmp_path):
    from parentjournal.ui.samen.checkin_dialog import CheckInDialog

    journal, sara, _tom = home
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.page("journal").search_field, Qt.Key.Key_H, ctrl)
    dialog = window.findChild(CheckInDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.text, "Moe, maar het lukt")  # private unless shared

    set_idle_minutes(window.ctx.prefs, 5)
    window.lock_guard.minute_ms = 4
    window.lock_guard.apply_idle_choice()
    qtbot.waitUntil(window.lock_guard.is_locked_out, timeout=3000)
    qtbot.wait(10)

    assert not any(d.isVisible() for d in window.findChildren(CheckInDialog))
    assert "Moe, maar het lukt" not in _texts(window)
    assert journal.checkins.latest_for(sara.id, sara.id) is None  # sealed while locked
    journal.personal_locks.unlock(sara.id, SARAS)
    assert journal.checkins.latest_for(sara.id, sara.id).text == "Moe, maar het lukt"
    close_window_and_journal(qtbot, window, journal)


def test_locking_and_unlocking_all_ones_items_says_one_moment_while_it_works(
    qtbot, home, tmp_path, monkeypatch
):
    # Setting up or taking away a lock rewrites every "only me" item: seconds with many.
    from PySide6.QtWidgets import QProgressDialog

    from parentjournal.ui.personal_lock.dialogs import RemoveLockDialog

    journal, sara, _tom = home
    _saras_secret(journal, sara)
    window = open_window(qtbot, journal, tmp_path)
    group = window.show_section("settings").group("own_lock")
    locks = journal.personal_locks
    seen: list[str] = []

    def watched(name):
        work = getattr(locks, name)

        def run(*args):
            shown = [
                d.labelText()
                for d in window.findChildren(QProgressDialog, "one_moment")
                if d.isVisible()
            ]
            seen.append(" ".join(shown))
            return work(*args)

        monkeypatch.setattr(locks, name, run)

    watched("set_passphrase")
    watched("remove_passphrase")

    def set_up() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SetUpLockDialog):
            QTimer.singleShot(10, set_up)
            return
        qtbot.keyClicks(dialog.fields.new_field, SARAS)
        qtbot.keyClicks(dialog.fields.again_field, SARAS)
        qtbot.keyClick(dialog.fields.again_field, Qt.Key.Key_Return)
        _click(qtbot, dialog.code_page.done_button)

    QTimer.singleShot(0, set_up)
    _click(qtbot, group.set_up_button)

    def remove(dialog) -> None:
        qtbot.keyClicks(dialog.current_field, SARAS)
        _click(qtbot, dialog.do_button)

    _run_dialog(qtbot, lambda: _click(qtbot, group.remove_button), RemoveLockDialog, remove)
    assert seen == [
        QCoreApplication.translate(
            "SetUpLockDialog", "One moment: your own items are being locked."
        ),
        QCoreApplication.translate(
            "RemoveLockDialog", "One moment: your own lock is being taken away."
        ),
    ]
    # Gone once the work is done.
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert not locks.has_passphrase(sara.id) and SECRET in _texts(window)


def test_a_private_question_for_the_midwife_is_locked_with_the_rest(qtbot, home, tmp_path):
    from parentjournal.core.visits import QuestionDraft

    journal, sara, _tom = home
    question = "Is het normaal dat ik zo vaak huil sinds de bevalling?"
    journal.questions.add(QuestionDraft(author_id=sara.id, text=question))
    journal.personal_locks.set_passphrase(sara.id, SARAS)
    window = open_window(qtbot, journal, tmp_path)
    window.show_section("visit")
    assert question in _texts(window)

    _choose_person(qtbot, window, "Tom")
    assert question not in _texts(window)
    _choose_person(qtbot, window, "Sara")
    assert window.lock_guard.is_locked_out()
    assert question not in _texts(window)

    page = window.lock_guard.lock_page
    qtbot.keyClicks(page.field, SARAS)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    window.show_section("visit")
    assert question in _texts(window)
    close_window_and_journal(qtbot, window, journal)
