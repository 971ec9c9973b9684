"""No two visible things of one window answer the same Alt+letter, in Dutch and English.

Qt does not activate anything when two buttons share a mnemonic: Alt+letter only moves the
focus back and forth. Every section (from :func:`parentjournal.ui.sections.sections`, so a
screen added later is checked too), every menu, and every dialog the app builds is shown
in both languages and its visible buttons, labels, group boxes, tabs and menus compared.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTabWidget, QWidget

from parentjournal.core.model import EntryDraft
from parentjournal.core.moments import MomentDraft
from parentjournal.core.visits import QuestionDraft
from parentjournal.i18n import Translations
from parentjournal.ui.context import AppContext
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.sections import sections
from tests.ui.mnemonics import clashes, mnemonic
from tests.ui.window_helpers import open_window

LANGUAGES = ["nl", "en"]


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    translations = Translations(qapp)
    translations.install(request.param)
    yield translations
    translations.install("nl")


@pytest.fixture
def window(qtbot, couple, tmp_path, language):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(author_id=sara.id, day=date(2026, 3, 2), body="Rustig."))
    window = open_window(qtbot, journal, tmp_path / "prefs.ini", language)
    yield window
    window.close()
    for timer in window.findChildren(QTimer):
        timer.stop()


def test_the_check_finds_a_shared_letter(qtbot):
    """The checker itself: two buttons on &Save and &Search clash; && is no mnemonic."""
    assert mnemonic("Good go&ing") == "i"
    assert mnemonic("Tom && Sara") == ""
    top = QWidget()
    qtbot.addWidget(top)
    QPushButton("&Save", top)
    QPushButton("&Search", top).move(0, 40)
    QPushButton("Tom && Sara", top).move(0, 80)
    top.show()
    assert clashes(top) == [
        "Alt+S: '&Save' (QPushButton('') in ?) / '&Search' (QPushButton('') in ?)"
    ]


def test_no_two_things_of_a_screen_share_an_alt_letter(window):
    """Every section (and each of its tabs) next to the window's header and menus."""
    problems = []
    for section in sections():
        page = window.show_section(section.key)
        QApplication.processEvents()
        assert page.isVisible()
        problems += [f"{section.key}: {problem}" for problem in clashes(window)]
        # Each tab shows other buttons next to the same tab titles, header and menus.
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                where = f"{section.key}, tab {tabs.tabText(index)!r}"
                problems += [f"{where}: {problem}" for problem in clashes(window)]
    assert not problems, "shared mnemonics\n" + "\n".join(dict.fromkeys(problems))


def test_the_dagboek_editor_open_shares_no_alt_letter(window):
    screen = window.show_section("journal")
    screen.new_entry()
    QApplication.processEvents()
    problems = clashes(window)
    assert not problems, "Dagboek with the editor open:\n" + "\n".join(problems)


def _dialogs() -> dict[str, tuple[type, Callable]]:
    """Every dialog the app builds (name -> class and how to build it from a context)."""
    from parentjournal.ui.backups.dialog import BackupsDialog
    from parentjournal.ui.journal.bin_dialog import BinDialog
    from parentjournal.ui.journal.day_picker import DayPicker
    from parentjournal.ui.moments.bin import MomentBinDialog
    from parentjournal.ui.moments.capture import MomentDialog
    from parentjournal.ui.moments.waiting import WaitingMomentsDialog
    from parentjournal.ui.passphrase.dialog import PassphraseDialog
    from parentjournal.ui.passphrase.unlock import UnlockDialog
    from parentjournal.ui.personal_lock.dialogs import (
        ChangeLockDialog,
        RemoveLockDialog,
        SetUpLockDialog,
    )
    from parentjournal.ui.privacy.page import PrivacyDialog
    from parentjournal.ui.samen.agreements import AgreementDialog
    from parentjournal.ui.samen.checkin_dialog import CheckInDialog
    from parentjournal.ui.support.page import SupportDialog
    from parentjournal.ui.visit.advice_dialog import AdviceDialog
    from parentjournal.ui.visit.journal_export import JournalExportDialog
    from parentjournal.ui.visit.prepare_dialog import PrepareVisitDialog
    from parentjournal.ui.visit.question_dialog import QuestionDialog
    from parentjournal.ui.welcome import WelcomeDialog

    def asked_question(ctx):
        draft = QuestionDraft(ctx.person_id, "Hoeveel mag ze drinken?")
        question, _ = ctx.journal.questions.add(draft)
        return QuestionDialog(ctx, question)  # with the answer rows shown

    def waiting_moments(ctx):
        sara, tom = ctx.people()
        draft = MomentDraft(tom.id, date(2026, 3, 2), "Jij bleef zo rustig", sara.id)
        moment, _ = ctx.journal.moments.give(draft)
        return WaitingMomentsDialog(ctx, [moment])

    return {
        "backups": (BackupsDialog, lambda ctx: BackupsDialog(ctx)),
        "journal_bin": (BinDialog, lambda ctx: BinDialog(ctx)),
        "day_picker": (DayPicker, lambda ctx: DayPicker(ctx, date(2026, 3, 2))),
        "moment_bin": (MomentBinDialog, lambda ctx: MomentBinDialog(ctx)),
        "moment": (MomentDialog, lambda ctx: MomentDialog(ctx)),
        "waiting_moments": (WaitingMomentsDialog, waiting_moments),
        "passphrase": (PassphraseDialog, lambda ctx: PassphraseDialog(ctx)),
        "unlock": (UnlockDialog, lambda ctx: UnlockDialog(ctx.journal.paths)),
        "set_up_own_lock": (SetUpLockDialog, lambda ctx: SetUpLockDialog(ctx)),
        "change_own_lock": (ChangeLockDialog, lambda ctx: ChangeLockDialog(ctx)),
        "remove_own_lock": (RemoveLockDialog, lambda ctx: RemoveLockDialog(ctx)),
        "privacy": (PrivacyDialog, lambda ctx: PrivacyDialog(ctx)),
        "agreement": (AgreementDialog, lambda ctx: AgreementDialog(ctx)),
        "check_in": (CheckInDialog, lambda ctx: CheckInDialog(ctx)),
        "support": (SupportDialog, lambda ctx: SupportDialog(ctx)),
        "advice": (AdviceDialog, lambda ctx: AdviceDialog(ctx)),
        "journal_export": (JournalExportDialog, lambda ctx: JournalExportDialog(ctx)),
        "prepare_visit": (PrepareVisitDialog, lambda ctx: PrepareVisitDialog(ctx)),
        "question": (QuestionDialog, lambda ctx: QuestionDialog(ctx)),
        "asked_question": (QuestionDialog, asked_question),
        "welcome": (WelcomeDialog, lambda ctx: WelcomeDialog()),
    }


def _dialog_classes_in_the_app() -> set[type]:
    """Every QDialog subclass under ``parentjournal.ui`` (frames others build on excluded)."""
    import parentjournal.ui as ui

    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.__path__, "parentjournal.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found.add(cls)
    return {c for c in found if not any(o is not c and issubclass(o, c) for o in found)}


def test_every_dialog_of_the_app_is_in_the_check():
    """A dialog added later fails here until it is added to ``_dialogs()`` above."""
    checked = {cls for cls, _build in _dialogs().values()}
    missing = sorted(f"{c.__module__}.{c.__name__}" for c in _dialog_classes_in_the_app() - checked)
    assert missing == [], "add these to _dialogs() in tests/ui/test_mnemonics.py: " + str(missing)


def test_no_two_things_of_a_dialog_share_an_alt_letter(qtbot, couple, tmp_path, language):
    journal, *_ = couple
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"), language)
    problems = []
    for name, (_cls, build) in _dialogs().items():
        dialog = build(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += [f"{name}: {problem}" for problem in clashes(dialog)]
        dialog.reject()
        # No preview or autosave timer may fire later, on a journal this test has closed.
        for timer in dialog.findChildren(QTimer):
            timer.stop()
    assert not problems, "shared mnemonics\n" + "\n".join(problems)


def test_header_buttons_leave_alt_letters_to_the_screens(window):
    """The quick buttons above every screen are reached by Ctrl+key, named in the tooltip."""
    for key, shortcut in (("give_moment", "Ctrl+G"), ("check_in", "Ctrl+H")):
        button = window.findChild(QPushButton, f"button_{key}")
        assert button.isVisible()
        assert "&" not in button.text() and mnemonic(button.text()) == ""
        assert button.toolTip().endswith(f"({shortcut})")
