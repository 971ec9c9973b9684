"""Recovering from a damaged journal file, before any journal is open.

Shared by the window's start-up and the command line. Nothing here overwrites a damaged
file: it is moved aside under a new name and stays there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from parentjournal.core.backups import Backup
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from parentjournal.store.errors import JournalDamagedError, JournalError, db_errors
from parentjournal.store.sqlfile import raw_connect


def health_problems(journal: Journal) -> list[str]:
    """What a quick integrity check finds wrong with an open journal (empty when healthy)."""
    return backup.quick_check(journal.db)


def latest_good_backup(paths: JournalPaths, key: bytes | None = None) -> Backup | None:
    """The newest backup that passes its own integrity check (with ``key``, if encrypted)."""
    for candidate in backup.list_backups(paths.backups):
        try:
            backup.check_file(candidate.path, key)
        except JournalError:
            continue
        return candidate
    return None


def set_aside_and_restore(paths: JournalPaths, good: Backup, key: bytes | None = None) -> Path:
    """Keep the damaged journal aside under a new name and put ``good`` in its place.

    Returns where the damaged file now is. The WAL and shared-memory files go with it,
    since they belong to that file.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.journal.with_name(f"journal-damaged-{stamp}.db")
    try:
        source = raw_connect(good.path, key, read_only=True)
        try:
            staged = paths.journal.with_name("journal-from-backup.db")
            backup.write_copy(source, staged, key)
        finally:
            source.close()
        paths.journal.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = paths.journal.with_name(paths.journal.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
        staged.replace(paths.journal)
    except db_errors() as exc:
        raise JournalDamagedError(str(exc)) from exc
    return aside


def open_checked(
    paths: JournalPaths, key: bytes | None = None, *, check_in_background: bool = False
) -> Journal:
    """Open the journal; ``store.db.open_journal`` checks an existing file before any write.

    With ``check_in_background``, the check runs while the caller goes on; the caller
    calls ``journal.confirm_healthy()`` before showing anything.

    Raises:
        JournalDamagedError: the file is not a journal or the check finds damage (nothing
            was written).
        JournalError: any other reason it could not be opened.
    """
    return Journal.open(paths, key=key, check_in_background=check_in_background)
