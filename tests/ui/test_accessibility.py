"""Accessibility of every screen (issue 8): names, mnemonics, keyboard reach.

Walks all sections from :func:`parentjournal.ui.sections.sections` plus the welcome
dialog, so screens added later are checked too. A failure names the widget and its module.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from parentjournal.ui.sections import sections
from parentjournal.ui.welcome import WelcomeDialog
from tests.ui.walk import accessible_name, describe, interactive_widgets
from tests.ui.window_helpers import open_window

SECTION_KEYS = [section.key for section in sections()]


@pytest.fixture
def window(qtbot, couple, tmp_path):
    journal, *_ = couple
    return open_window(qtbot, journal, tmp_path / "prefs.ini")


def _screens(window, key: str) -> list[QWidget]:
    page = window.show_section(key)
    QApplication.processEvents()
    return [page]


def _check_names(top: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(top) if not accessible_name(w)]


def _check_mnemonics(top: QWidget) -> list[str]:
    return [
        f"label {label.text()!r} for {describe(label.buddy())}"
        for label in top.findChildren(QLabel)
        if label.buddy() is not None and "&" not in label.text()
    ]


def _check_keyboard(top: QWidget) -> list[str]:
    return [
        describe(w)
        for w in interactive_widgets(top)
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]


def test_there_are_sections_to_check():
    assert "settings" in SECTION_KEYS


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_every_interactive_widget_has_an_accessible_name(window, key):
    (page,) = _screens(window, key)
    missing = _check_names(page)
    assert not missing, f"no accessible name in section {key!r}:\n" + "\n".join(missing)


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_labels_with_a_field_have_a_mnemonic(window, key):
    (page,) = _screens(window, key)
    missing = _check_mnemonics(page)
    assert not missing, f"no & mnemonic in section {key!r}:\n" + "\n".join(missing)


@pytest.mark.parametrize("key", SECTION_KEYS)
def test_everything_can_be_reached_with_tab(window, key):
    (page,) = _screens(window, key)
    unreachable = _check_keyboard(page)
    assert not unreachable, f"not reachable by Tab in {key!r}:\n" + "\n".join(unreachable)


def test_the_window_frame_itself_is_named_and_reachable(window):
    for problems in (_check_names(window), _check_mnemonics(window), _check_keyboard(window)):
        assert not problems, "\n".join(problems)


def test_the_welcome_dialog_is_accessible(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.add_adult()
    for problems in (_check_names(dialog), _check_mnemonics(dialog), _check_keyboard(dialog)):
        assert not problems, "\n".join(problems)


def test_settings_tab_order_reads_top_to_bottom(qtbot, window):
    people = window.show_section("settings").group("people")
    order = [people.rows[0].name]
    for _ in range(5):
        order.append(order[-1].nextInFocusChain())
    first, second = people.rows
    assert order == [first.name, first.role, first.remove, second.name, second.role, second.remove]


def _global_action_keys() -> list[str]:
    from parentjournal.ui.actions import global_actions

    return [action.key for action in global_actions()]


@pytest.mark.parametrize("key", _global_action_keys())
def test_dialogs_of_global_actions_are_accessible(qtbot, window, key):
    """Quick-capture and other dialogs reachable from everywhere get the same checks."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    before = set(QApplication.topLevelWidgets())
    checked: dict[str, list[str]] = {}

    def inspect_new_dialogs() -> bool:
        new = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and w.isVisible() and isinstance(w, QDialog)
        ]
        for dialog in new:
            # Qt's own dialogs (file choosers, message boxes) are Qt's business.
            if type(dialog).__module__.startswith("parentjournal"):
                checked[type(dialog).__name__] = (
                    _check_names(dialog) + _check_mnemonics(dialog) + _check_keyboard(dialog)
                )
            dialog.reject()
            # No preview or autosave timer may fire later on this test's closed journal.
            for pending in dialog.findChildren(QTimer):
                pending.stop()
        return bool(new)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(inspect_new_dialogs)  # also runs inside a modal dialog's exec()
    timer.start()
    try:
        window.findChild(QAction, f"action_{key}").trigger()
        qtbot.waitUntil(lambda: inspect_new_dialogs() or bool(checked), timeout=2000)
    except (AssertionError, qtbot.TimeoutError):
        pass  # an action without a dialog of its own (Ctrl+L locks) has nothing to check here
    finally:
        timer.stop()
    problems = [f"{name}: {p}" for name, found in checked.items() for p in found]
    assert not problems, "\n".join(problems)
