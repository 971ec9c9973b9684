"""Keep the app's global shortcuts working while the cursor is in a text field.

On Linux, Qt's text fields claim some Ctrl+letter keys for Emacs-style editing (Ctrl+K
deletes to the end of the line), so Ctrl+K "new question" silently ate text instead. This
filter stops a text field from claiming a key that is one of our global shortcuts; Qt then
runs the action as usual.

The filter sits only on widgets of the window that have had the keyboard focus (a key only
ever reaches the focus widget), never on the whole application: an application-wide
filter written in Python makes every event of every object cross into Python, and the
first object of a class PySide does not know (Qt's private helpers) makes PySide create
every Qt enum it has not created yet, about 60 ms at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class GlobalShortcutGuard(QObject):
    """Event filter for one window: its global shortcuts win over text-field bindings."""

    def __init__(self, window: QWidget, shortcuts: list[QKeySequence]):
        super().__init__(window)
        self._window = window
        self._keys = {seq[0].toCombined() for seq in shortcuts if not seq.isEmpty()}
        # A slot of this object: the connection ends when the window (its parent) goes.
        QApplication.instance().focusChanged.connect(self._focus_moved)
        focused = QApplication.focusWidget()
        if focused is not None:
            self._focus_moved(None, focused)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and now.window() is self._window:
            # Qt keeps one copy of a filter per object, however often it is installed.
            now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.keyCombination().toCombined() not in self._keys:
            return False
        # Only for widgets of this window (dialogs keep their own keys). Filtering the event
        # leaves it unaccepted, so Qt hands the key to the window's action.
        return isinstance(watched, QWidget) and watched.window() is self._window
