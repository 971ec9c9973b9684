"""Checking an opened journal on a thread of its own, with every write waiting for it.

``PRAGMA quick_check`` reads the whole file: about a tenth of a second at 100,000 entries,
more on an old laptop. Opened for the window, a journal's check is left pending: it begins
on a second connection and thread once the window has been painted (:func:`begin`), or as
soon as anything needs its verdict. :func:`confirm` waits for that verdict, and every write
(:func:`parentjournal.store.db.transaction`) calls it first, so a damaged file is still
never written to. The window's start-up worker waits for it too and, on damage, start-up
explains it and offers the latest good backup, as before.

Why not begin at once, while the window is built: on two cores a check reading a large
file slowed the window's first paint (by ~15 ms at 100,000 entries), and nothing the
window shows waits for the verdict.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from pathlib import Path

from parentjournal.store.database import Database
from parentjournal.store.errors import JournalDamagedError, JournalNotCheckedError, db_errors
from parentjournal.store.sqlfile import raw_connect


def quick_check_connection(conn) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds on a DB-API connection (empty when healthy)."""
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except db_errors() as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result


def yield_to_the_window() -> None:
    """Let the window's thread go first when the computer is busy (call on a worker).

    On Linux a thread has its own niceness; elsewhere this is simply not done (the check
    then shares the processor evenly, which is still correct).
    """
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class BackgroundCheck:
    """A quick check of the journal file at ``path``, on a read-only connection of its own."""

    def __init__(self, path: Path, key: bytes | None = None):
        self._path = path
        self._key = key
        self._problems: list[str] = []
        self._open_failed = False
        self._conn = None
        self._stopping = threading.Lock()  # between abandon() and the connection closing
        self.abandoned = False
        self._finished = False
        # Begun by begin(), or by problems() when the verdict is needed first.
        self._thread = threading.Thread(target=self._run, name="journal-check", daemon=True)

    def begin(self) -> None:
        """Start reading the file on the check's own thread (once; never after abandon)."""
        with self._stopping:
            if self._thread.ident is None and not self.abandoned:
                self._thread.start()

    def _run(self) -> None:
        yield_to_the_window()
        try:
            conn = raw_connect(self._path, self._key, read_only=True)
        except db_errors() as exc:
            self._problems = [str(exc)]
            self._open_failed = True
            return
        with self._stopping:
            self._conn = None if self.abandoned else conn
        try:
            if self._conn is not None:
                problems = quick_check_connection(conn)
                with self._stopping:
                    # A verdict that came in before abandon() stands; one cut short
                    # by its interrupt is no verdict at all.
                    if not self.abandoned:
                        self._problems = problems
                        self._finished = True
        finally:
            with self._stopping:
                self._conn = None
            conn.close()

    def abandon(self) -> None:
        """Stop a check that is still reading: the app is closing and writes no more.

        The check only reads, so stopping it halfway changes nothing in the file; its
        verdict is then unknown, which :func:`confirm` treats as "not known to be healthy"
        (no write). The next start checks the file again. A check that already finished
        keeps its verdict.
        """
        with self._stopping:
            if self._finished or self._open_failed:
                return
            self.abandoned = True
        # An interrupt reaches only a statement that is running; one that starts a moment
        # later would not see it, so interrupt until the thread has ended.
        while self._thread.is_alive():
            with self._stopping:
                if self._conn is not None:
                    self._conn.interrupt()
            self._thread.join(0.05)

    def problems(self) -> list[str]:
        """Begin the check if need be and wait for it; what it found (empty when the
        journal is healthy, and when it was abandoned before it began)."""
        self.begin()
        if self._thread.ident is not None:
            self._thread.join()
        return list(self._problems)


# One pending check per open journal; a journal that has passed is no longer listed.
_pending: weakref.WeakKeyDictionary[Database, BackgroundCheck] = weakref.WeakKeyDictionary()


def check_in_background(db: Database, path: Path, key: bytes | None = None) -> None:
    """Leave the check of the journal ``db`` has open pending: it begins on a thread of its
    own at :func:`begin` (the window, once painted) or when its verdict is first needed;
    writes wait until it has passed."""
    _pending[db] = BackgroundCheck(path, key)


def begin(db: Database) -> None:
    """Begin the journal's pending check now, on its own thread (nothing when none is)."""
    check = _pending.get(db)
    if check is not None:
        check.begin()


def confirm(db: Database) -> None:
    """Return once the journal is known to be healthy (at once when it already was).

    Raises:
        JournalDamagedError: the check found damage; nothing may be written, and nothing
            was. Every later call raises again.
        JournalNotCheckedError: the check was abandoned (:func:`abandon`) before its
            verdict; nothing may be written.
    """
    check = _pending.get(db)
    if check is None:
        return
    problems = check.problems()
    if check.abandoned:  # no verdict is not "healthy"
        raise JournalNotCheckedError("the check was stopped before it finished")
    if problems:
        raise JournalDamagedError("; ".join(problems[:5]))
    _pending.pop(db, None)


def abandon(db: Database) -> bool:
    """Stop the journal's check if it has not given its verdict yet (the app is closing right
    after it started); one that has not begun never will. Nothing may be written
    afterwards; the next open checks the file anew.

    Returns True when a check was still pending (then stopped, or already done).
    """
    check = _pending.get(db)
    if check is None:
        return False
    check.abandon()
    return True
