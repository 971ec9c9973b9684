"""Bringing an open journal back as it was in a backup, whatever the protection of either.

A journal keeps its own protection through a restore: an encrypted journal stays encrypted
(with its own key) and a journal without a passphrase stays readable. So a backup made
before the passphrase was turned on is encrypted with the journal's key on the way in; a
backup encrypted with a key this journal does not have cannot be read, and is refused with
:class:`~parentjournal.store.errors.BackupLockedError` before anything changes.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime
from pathlib import Path

from parentjournal.core.backups import Backup, BackupKind
from parentjournal.store import migrations
from parentjournal.store.backup import (
    check_file,
    make_backup,
    quick_check,
    record_counts,
    rotate,
)
from parentjournal.store.database import Database
from parentjournal.store.encryption import SQLITE_HEADER, rewrite
from parentjournal.store.errors import (
    BackupLockedError,
    JournalDamagedError,
    JournalNewerError,
    classify,
    db_errors,
)
from parentjournal.store.sqlfile import raw_connect

# SQLite and SQLCipher files are whole pages; anything else is not a journal at all.
_PAGE_MULTIPLE = 512


def _is_plain(source: Path) -> bool:
    """True for a readable SQLite file, False for an encrypted one.

    Raises:
        JournalDamagedError: neither (missing, empty, or not made of pages).
    """
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise JournalDamagedError(str(exc)) from exc
    if header == SQLITE_HEADER:
        return True
    if size == 0 or size % _PAGE_MULTIPLE:
        raise JournalDamagedError(f"{source} is not a journal file")
    return False


def _refuse_newer(source: Path, key: bytes | None) -> None:
    conn = raw_connect(source, key, read_only=True)
    try:
        db = Database(conn)
        unknown = migrations.unknown_applied(db)
        if not migrations.MIGRATIONS.applied(db):
            raise JournalDamagedError(f"{source} is not a Parent Journal file")
    except db_errors() as exc:
        raise JournalDamagedError(str(exc)) from exc
    finally:
        conn.close()
    if unknown:
        raise JournalNewerError(", ".join(unknown))


def _checked(source: Path, key: bytes | None) -> tuple[dict[str, int], bytes | None]:
    """Verify the backup; returns its record counts and the key it opens with (or None)."""
    if _is_plain(source):
        return check_file(source), None
    if key is None:
        raise BackupLockedError(f"{source} is encrypted and this journal has no key")
    try:
        return check_file(source, key), key
    except JournalDamagedError as exc:
        # Encrypted with another key, or not a journal: from outside the two look the same.
        raise BackupLockedError(str(exc)) from exc


def restore_into(
    db: Database,
    source: Path,
    folder: Path,
    *,
    when: datetime | None = None,
    key: bytes | None = None,
) -> Backup:
    """Replace the open journal's content with the backup ``source``.

    The backup is verified first; then the journal as it is now is backed up
    (``before-restore``); then the backup API copies ``source`` over the journal in one
    step and the result is verified. A plain backup into an encrypted journal (``key``) is
    first encrypted with that key into a staged copy, so the journal never holds plain
    pages. Returns the safety copy of what was replaced.

    Raises:
        JournalDamagedError: ``source`` is not a good backup (nothing was changed).
        BackupLockedError: ``source`` is encrypted with a key this journal does not have
            (nothing was changed).
        JournalNewerError: ``source`` was written by a newer app (nothing was changed).
        JournalError: the restore could not be written.
    """
    expected, source_key = _checked(source, key)
    _refuse_newer(source, source_key)
    # No rotation yet: it could remove the very backup that is about to be restored.
    safety = make_backup(
        db, folder, BackupKind.BEFORE_RESTORE, when=when, rotate_after=False, key=key
    )
    staged = None
    if source_key != key:
        staged = folder / f".restoring-{uuid.uuid4().hex}.db"
        rewrite(source, staged, None, key)  # verified: same records, integrity_check
        source = staged
    try:
        src = raw_connect(source, key, read_only=True)
        try:
            src.backup(db.conn)
        finally:
            src.close()
    except db_errors() as exc:
        raise classify(exc) from exc
    finally:
        if staged is not None:
            with contextlib.suppress(OSError):
                staged.unlink()
    if quick_check(db) or record_counts(db.conn) != expected:
        raise JournalDamagedError(f"restored journal does not match {source}")
    if migrations.MIGRATIONS.pending(db):
        # An older backup: bring its schema up to date, as opening it would.
        try:
            migrations.MIGRATIONS.apply(db)
        except db_errors() as exc:
            raise classify(exc) from exc
    rotate(folder)
    return safety
