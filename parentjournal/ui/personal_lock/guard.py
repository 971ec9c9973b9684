"""Keeps each person's own items behind their lock in the main window.

The window keeps its screens in a stack; the guard adds the :class:`LockPage` to it. It shows the
lock page whenever the person writing now has an own lock and is locked: at start, after
switching to them, after the idle time, after "Lock now". Before anything is locked, every
screen saves what is typed; after locking or unlocking, the screens are built anew so
nothing of the person stays in an editor, a list, a search or an undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget

from parentjournal.core.model import ChangeSet
from parentjournal.ui.personal_lock.idle import IdleWatch, idle_minutes

if TYPE_CHECKING:
    from parentjournal.ui.personal_lock.lock_page import LockPage


def guard_of(widget: QWidget) -> LockGuard | None:
    """The guard of the main window ``widget`` sits in (None outside a main window)."""
    return widget.window().findChild(LockGuard)


class LockGuard(QObject):
    """Shows the lock page instead of the screens while the current person is locked."""

    def __init__(self, window, *, minute_ms: int = 60_000):
        super().__init__(window)
        self.setObjectName("LockGuard")
        self.window = window
        self.ctx = window.ctx
        # How long a "minute" of the idle choice lasts; tests make it a few milliseconds.
        self.minute_ms = minute_ms
        self._kept_unsaved = False
        # The window's screens are the first page of its stack; the lock page joins them
        # there when it is first needed.
        self.stack: QStackedWidget = window.screens_or_lock
        self.content = self.stack.widget(0)
        self._lock_page: LockPage | None = None  # built when first needed (a faster start)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self._idle)
        self.ctx.person_changed.connect(self._person_changed)
        self.ctx.changed.connect(self._on_changed)
        self.apply_idle_choice()
        self.show_what_fits()

    @property
    def lock_page(self) -> LockPage:
        """The lock page (built the first time it is asked for)."""
        if self._lock_page is None:
            from parentjournal.ui.personal_lock.lock_page import LockPage

            self._lock_page = LockPage(self.ctx, self.stack)
            self.stack.addWidget(self._lock_page)
            self._lock_page.unlocked.connect(self._unlocked)
            self._lock_page.switch_requested.connect(self.ctx.set_person)
        return self._lock_page

    # State -------------------------------------------------------------------------------
    def is_locked_out(self) -> bool:
        """True while the lock page stands in for the screens."""
        return self._lock_page is not None and self.stack.currentWidget() is self._lock_page

    def _current_is_locked(self) -> bool:
        locks = self.ctx.journal.personal_locks
        person_id = self.ctx.person_id
        return locks.has_passphrase(person_id) and not locks.is_unlocked(person_id)

    def show_what_fits(self) -> None:
        """The lock page if the person writing now is locked, else the screens."""
        if self._current_is_locked():
            self._show_lock_page()
        else:
            self._show_screens()

    def _show_lock_page(self, *, close_dialogs: bool = True) -> None:
        if close_dialogs:
            self._close_dialogs()
        self.lock_page.show_for(self.ctx.person_id)
        self.stack.setCurrentWidget(self.lock_page)
        self._enable_actions(False)
        self.idle.stop()
        self.lock_page.field.setFocus()

    def _show_screens(self) -> None:
        was_locked = self.is_locked_out()
        self.stack.setCurrentWidget(self.content)
        self._enable_actions(True)
        self._watch_if_needed()
        if was_locked:
            self.window.nav.setFocus()

    def _enable_actions(self, enabled: bool) -> None:
        # Quick capture, section shortcuts and the journal passphrase would reach behind
        # the lock page; help, text size and quitting stay available.
        for action in self.window.locked_out_actions():
            action.setEnabled(enabled)

    def _close_dialogs(self) -> None:
        """Close the window's open dialogs, saving first what they hold (the check-in)."""
        for dialog in self.window.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            flush = getattr(dialog, "flush", None)
            if callable(flush):
                flush()
            dialog.reject()

    # Locking -----------------------------------------------------------------------------
    def lock_now(self) -> None:
        """Save what is typed, lock the person writing now, and show the lock page."""
        saved = self.window.flush_pages()
        self._close_dialogs()
        locks = self.ctx.journal.personal_locks
        person_id = self.ctx.person_id
        if not locks.has_passphrase(person_id):
            return
        self.ctx.run(lambda: locks.lock(person_id))
        if saved:
            # Built anew: no editor, list, search result or undo step keeps their words.
            self._rebuild_screens()
        # else: a save failed (a full disk…), so the words exist only in an editor; it stays,
        # hidden behind the lock page, and saves them after the unlock. Nothing is lost.
        self._kept_unsaved = not saved
        self.show_what_fits()

    def _rebuild_screens(self) -> None:
        # Building every screen takes a moment on a long journal (about a second for
        # several thousand entries on a slow laptop): show that something is happening.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.window.reload_pages()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _idle(self) -> None:
        if self.is_locked_out():
            return
        if QApplication.activeModalWidget() is not None:
            # A modal dialog (a moment, a question…) holds typing it only saves on OK;
            # closing it would throw that away, so the lock waits until it is closed.
            self.idle.restart()
            return
        if self._has_open_lock():
            self.lock_now()
        else:
            self.idle.stop()

    def _has_open_lock(self) -> bool:
        locks = self.ctx.journal.personal_locks
        person_id = self.ctx.person_id
        return locks.has_passphrase(person_id) and locks.is_unlocked(person_id)

    def _person_changed(self, person_id: str) -> None:
        self.show_what_fits()

    def _on_changed(self, changes: ChangeSet) -> None:
        # The journal was opened anew (a restore, the journal passphrase): every own lock
        # starts closed. Or a lock closed elsewhere. Dialogs stay: one may be showing the
        # journal's new recovery code right now.
        closed = changes.kind == "journal" or changes.extra.get("lock") == "locked"
        if closed and not self.is_locked_out() and self._current_is_locked():
            self._show_lock_page(close_dialogs=False)
        elif "lock" in changes.extra and not self.is_locked_out():
            self._watch_if_needed()  # a lock was set up or taken away

    def _watch_if_needed(self) -> None:
        """Watch for idle time only while there is an open own lock to close."""
        if self._has_open_lock():
            self.idle.restart()
        else:
            self.idle.stop()

    def _unlocked(self) -> None:
        # The person's own items are readable again: build the screens with them (unless
        # an editor still holds words that could not be saved before the lock).
        if not self._kept_unsaved:
            self._rebuild_screens()
        self._kept_unsaved = False
        self._show_screens()

    def apply_idle_choice(self) -> None:
        """Use the idle time chosen in Settings (per computer)."""
        self.idle.set_interval(idle_minutes(self.ctx.prefs) * self.minute_ms)
        if self.is_locked_out():
            self.idle.stop()
        else:
            self._watch_if_needed()


def lock_action():
    """The Journal menu's "Lock my own items" (Ctrl+L), for leaving the computer a moment.

    Without an own lock yet, it opens Settings at "Your own lock" instead.
    """
    from PySide6.QtCore import QCoreApplication

    from parentjournal.ui.actions import GlobalAction

    def run(ctx, window) -> None:
        if ctx.journal.personal_locks.has_passphrase(ctx.person_id):
            window.lock_guard.lock_now()
            return
        group = window.show_section("settings").group("own_lock")
        group.set_up_button.setFocus()

    return GlobalAction(
        "lock_now",
        lambda: QCoreApplication.translate("LockGuard", "&Lock my own items"),
        "Ctrl+L",
        run,
    )
