"""Global actions available from every screen (quick capture dialogs and the like).

A capability adds an :class:`GlobalAction` to :func:`global_actions`; the main window puts it
in the header as a button, in the menu, and binds its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from parentjournal.ui.context import AppContext
from parentjournal.ui.shortcut_guard import GlobalShortcutGuard


class GlobalAction(NamedTuple):
    """An action reachable everywhere.

    Attributes:
        key: stable identifier.
        text: returns the translated label (with & mnemonic).
        shortcut: key sequence, e.g. "Ctrl+G".
        run: called with (context, main window).
        button: also show a button in the header.
    """

    key: str
    text: Callable[[], str]
    shortcut: str
    run: Callable[[AppContext, object], None]
    button: bool = False


def global_actions() -> list[GlobalAction]:
    """All global actions, in menu order.

    Dialog modules are imported when their action is first used, not at start.
    """
    from parentjournal.ui import moments
    from parentjournal.ui.personal_lock.guard import lock_action
    from parentjournal.ui.visit.actions import visit_actions

    return [
        GlobalAction("give_moment", moments.action_text, "Ctrl+G", moments.give_moment, True),
        GlobalAction(
            key="backups",
            text=lambda: QCoreApplication.translate("actions", "&Back-ups…"),
            shortcut="Ctrl+Shift+B",
            run=_open_backups,
        ),
        GlobalAction(
            key="passphrase",
            text=lambda: QCoreApplication.translate("actions", "Journal &passphrase…"),
            shortcut="Ctrl+Shift+L",
            run=_open_passphrase,
        ),
        lock_action(),
        *visit_actions(),
        _check_in(),
    ]


def _open_backups(ctx: AppContext, window) -> None:
    from parentjournal.ui.backups.dialog import open_backups

    open_backups(ctx, window)


def _open_passphrase(ctx: AppContext, window) -> None:
    from parentjournal.ui.passphrase.dialog import open_passphrase

    open_passphrase(ctx, window)


def _check_in() -> GlobalAction:
    """ "How are you doing?": the check-in, the same for every adult, from anywhere."""

    def run(ctx: AppContext, window) -> None:
        from parentjournal.ui.samen.checkin_dialog import CheckInDialog

        dialog = CheckInDialog(ctx, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not modal: it saves as you type, and the help page or the journal stay reachable.
        dialog.show()

    return GlobalAction(
        "check_in",
        lambda: QCoreApplication.translate("GlobalActions", "&How are you doing?"),
        "Ctrl+H",
        run,
        button=True,
    )


class BuiltAction(NamedTuple):
    """A global action as built on a window: its QAction and its header button, if any."""

    spec: GlobalAction
    action: QAction
    button: QPushButton | None


def build(ctx: AppContext, window) -> list[BuiltAction]:
    """Create QActions (and header buttons) for every global action on ``window``."""
    built = []
    for spec in global_actions():
        action = QAction(window)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _=False, s=spec: s.run(ctx, window))
        window.addAction(action)
        window.file_menu.insertAction(window.close_action, action)
        button = None
        if spec.button:
            button = QPushButton(window)
            button.setObjectName(f"button_{spec.key}")
            button.clicked.connect(action.trigger)
            button.setMinimumHeight(36)
            window.header_buttons.addWidget(button)
        built.append(BuiltAction(spec, action, button))
    if built:
        window.file_menu.insertSeparator(window.close_action)
        # Parented to the window: it goes with the window.
        GlobalShortcutGuard(window, [b.action.shortcut() for b in built])
    return built


def retranslate(built: list[BuiltAction]) -> None:
    for item in built:
        text = item.spec.text()
        item.action.setText(text)
        if item.button is not None:
            # The header buttons are on every screen: an Alt+letter of theirs would be taken
            # from every screen too. Their Ctrl shortcut (in the tooltip) reaches them; the
            # mnemonic stays in the menu, where it only needs to differ from its neighbours.
            plain = text.replace("&", "")
            item.button.setText(plain)
            item.button.setAccessibleName(plain)
            item.button.setToolTip(f"{plain} ({item.spec.shortcut})")
