"""Recovering from a damaged journal file, before any journal is open.

Shared by the window's start-up and the command line. Nothing here overwrites a damaged
file: it is moved aside under a new name and stays there.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from parentjournal.core.backups import Backup
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from parentjournal.store.errors import JournalDamagedError, JournalError


def health_problems(journal: Journal) -> list[str]:
    """What a quick integrity check finds wrong with an open journal (empty when healthy)."""
    return backup.quick_check(journal.db)


def latest_good_backup(paths: JournalPaths) -> Backup | None:
    """The newest backup that passes its own integrity check."""
    for candidate in backup.list_backups(paths.backups):
        try:
            backup.check_file(candidate.path)
        except JournalError:
            continue
        return candidate
    return None


def set_aside_and_restore(paths: JournalPaths, good: Backup) -> Path:
    """Keep the damaged journal aside under a new name and put ``good`` in its place.

    Returns where the damaged file now is. The WAL and shared-memory files go with it,
    since they belong to that file.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = paths.journal.with_name(f"journal-damaged-{stamp}.db")
    try:
        source = sqlite3.connect(f"file:{good.path}?mode=ro", uri=True)
        try:
            staged = paths.journal.with_name("journal-from-backup.db")
            backup.write_copy(source, staged)
        finally:
            source.close()
        paths.journal.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = paths.journal.with_name(paths.journal.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
        staged.replace(paths.journal)
    except sqlite3.Error as exc:
        raise JournalDamagedError(str(exc)) from exc
    return aside


def open_checked(paths: JournalPaths) -> Journal:
    """Open the journal; ``store.db.open_journal`` checks an existing file before any write.

    Raises:
        JournalDamagedError: the file is not a journal or the check finds damage (nothing
            was written).
        JournalError: any other reason it could not be opened.
    """
    return Journal.open(paths)
