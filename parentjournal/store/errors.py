"""Storage errors, classified so the UI can say in plain words what happened.

Every error the store raises to callers is one of these; the raw sqlite3 error is kept as
``__cause__`` for logs.
"""

from __future__ import annotations

import errno
import sqlite3
import sys


def db_errors() -> tuple[type[Exception], ...]:
    """The errors of either SQLite build, for ``except db_errors():``.

    SQLCipher (an encrypted journal) has exception classes of its own. It is imported only
    when a file with a key is opened (``store/sqlfile.py``): until then none of its errors
    can happen, and a journal without a passphrase never loads it (some 10 ms per start).
    An ``except`` clause evaluates this when an error arrives, so it is always current.
    """
    sqlcipher = sys.modules.get("sqlcipher3.dbapi2")
    if sqlcipher is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher.Error)


class JournalError(Exception):
    """Base class for problems with the journal file."""


class JournalNewerError(JournalError):
    """The journal was written by a newer version of the app; we do not touch it."""


class JournalDamagedError(JournalError):
    """The file is not a journal database, or it fails its integrity check."""


class JournalNotCheckedError(JournalError):
    """The file's check was stopped before it gave a verdict (the app was closing), so
    nothing may be written to it in this session."""


class JournalReadOnlyError(JournalError):
    """The journal or its folder cannot be written."""


class JournalFullError(JournalError):
    """The disk is full; the last change was not saved."""


class JournalBusyError(JournalError):
    """Another program (or another copy of the app) holds the journal."""


class JournalLockedError(JournalError):
    """The journal has a passphrase and none was given; nothing was opened."""


class WrongPassphraseError(JournalError):
    """The passphrase (or recovery code) does not open this journal; nothing was changed."""


class PersonLockedError(JournalError):
    """A person with a personal passphrase is locked: their "only me" text cannot be
    written (or read) until they unlock; nothing was written."""


class JournalWriteError(JournalError):
    """Any other failure to write; the last change was not saved."""


def classify(exc: BaseException) -> JournalError:
    """Map a sqlite3 or OS error to one of the journal errors above."""
    if isinstance(exc, JournalError):
        return exc
    message = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return JournalFullError(str(exc))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return JournalReadOnlyError(str(exc))
        return JournalWriteError(str(exc))
    code = getattr(exc, "sqlite_errorname", "") or ""
    if code.startswith("SQLITE_FULL") or "database or disk is full" in message:
        return JournalFullError(str(exc))
    if code.startswith("SQLITE_READONLY") or "readonly" in message or "read-only" in message:
        return JournalReadOnlyError(str(exc))
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in message:
        return JournalBusyError(str(exc))
    if (
        code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))
        or "not a database" in message
        or "malformed" in message
    ):
        return JournalDamagedError(str(exc))
    if code.startswith("SQLITE_CANTOPEN") or "unable to open" in message:
        return JournalReadOnlyError(str(exc))
    if isinstance(exc, db_errors()):
        return JournalWriteError(str(exc))
    return JournalWriteError(str(exc))


class BackupLockedError(JournalError):
    """The backup is encrypted with a key this journal does not have; nothing was changed."""
