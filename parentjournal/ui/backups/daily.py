"""The journal's start-up check and daily backup, once the window is up, off the UI thread.

The window's start begins this worker once the window has been painted
(:meth:`DailyBackup.start_after_first_paint`). It first begins the file's quick check (on a
thread of its own, ``store/health.py``) and waits for its verdict, and says when it found
damage (:attr:`DailyBackup.damaged`): nothing was written, and start-up then offers the
latest good backup. Only a healthy journal gets its daily backup.

Copying and verifying a large journal takes a second or more; nobody should wait for it
before they can write. It reads through a connection of its own (see
``store.backup.backup_if_due_on_own_connection``), so typing and autosave go on meanwhile.
Only when it takes a while does a quiet line in the status bar say what is happening; a
backup that could not be made is said calmly, once.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from parentjournal.store.errors import (
    JournalDamagedError,
    JournalError,
    JournalNotCheckedError,
)
from parentjournal.store.health import yield_to_the_window
from parentjournal.ui.context import AppContext, explain
from parentjournal.ui.first_paint import after_first_paint

if TYPE_CHECKING:
    from parentjournal.core.backups import Backup

# Below this, a line about the backup would only flicker past.
QUIET_AFTER_MS = 1500


class DailyBackup(QThread):
    """Waits for the file check, then makes the start-up backup (at most once a day), on a
    thread; call :meth:`leave` (or :meth:`wait`) before the journal closes."""

    damaged = Signal()  # the check found damage (emitted on the UI thread)

    def __init__(self, ctx: AppContext, window: QMainWindow):
        # Not a child of the window: it must outlive it until wait() returns.
        super().__init__()
        self.ctx = ctx
        self.window = window
        self.made: Backup | None = None
        self.error: JournalError | None = None
        self.damaged_found = False
        self._leaving = False  # the window closed (see leave())
        self._copying = False  # the backup has begun: it is finished, never cut short
        self._turn = threading.Lock()
        self._message = ""
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_AFTER_MS)
        self._quiet.timeout.connect(self._say_busy)
        self.started.connect(self._quiet.start)
        self.finished.connect(self._done)

    def start_after_first_paint(self) -> None:
        """Start once the window has been painted, unless it has closed by then: until
        the paint, reading the file would only compete with the window for the processor."""
        after_first_paint(self.window, self._start_unless_closed)

    def _start_unless_closed(self) -> None:
        with self._turn:
            if self._leaving or not self.window.isVisible():
                return  # the check and today's backup wait for the next start
        self.start()

    def run(self) -> None:
        # Typing stays quick while a large journal is copied (and checked).
        yield_to_the_window()
        try:
            self.ctx.journal.confirm_healthy()
        except JournalNotCheckedError:
            return  # the window closed before the check was done (see leave())
        except JournalDamagedError:
            self.damaged_found = True
            return
        with self._turn:
            if self._leaving:
                return  # today's backup is made at the next start instead
            self._copying = True
        try:
            self.made = self.ctx.journal.backups.at_start()
        except JournalError as exc:
            self.error = exc

    def leave(self) -> None:
        """The window has closed: finish quickly, then return (instead of :meth:`wait`).

        A check that is still reading the file is stopped (it only reads; the next start
        checks again, and nothing is written without its verdict) and a backup that has
        not begun is left for the next start. A backup that is being made is finished
        and verified first: it is never cut short.
        """
        with self._turn:
            self._leaving = True
            copying = self._copying
        if not copying:
            self.ctx.journal.abandon_check()
        self.wait()

    def _say_busy(self) -> None:
        if self.isFinished():
            return
        self._message = self.tr("Making today's back-up…")
        self.window.statusBar().showMessage(self._message)

    def _done(self) -> None:
        self._quiet.stop()
        # Only a line of ours is cleared (a window without a status bar gets none from us).
        if self._message:
            bar = self.window.statusBar()
            if bar.currentMessage() == self._message:
                bar.clearMessage()
        if self.damaged_found:
            self.damaged.emit()
        elif self.error is not None:
            # A missing backup must not keep anyone from writing; say it calmly once.
            self.ctx.problem.emit(explain(self.error))
