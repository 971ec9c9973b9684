"""Backups: what a backup is, and the service the Back-ups screen and the CLI use.

The files themselves are written and checked by the store (``store/backup.py``); this layer
says what may be done with them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from parentjournal.core.model import ChangeSet
from parentjournal.core.record import record


class BackupKind:
    """Why a backup was made; the first part of its file name."""

    DAILY = "daily"  # the automatic one at start, at most once a day
    MANUAL = "manual"  # made on purpose (menu or ``parentjournal backup``); never rotated
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"
    BEFORE_ENCRYPTION = "before-encryption"

    ALL = (DAILY, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_IMPORT, BEFORE_ENCRYPTION)


@record
class Backup:
    """One verified backup file."""

    path: Path
    kind: str
    taken_at: datetime  # UTC
    size: int

    @property
    def local_day(self) -> date:
        """The calendar day (on this computer) the backup was made."""
        return self.taken_at.astimezone().date()


class BackupStore(Protocol):
    def backups(self) -> list[Backup]: ...
    def make(self, kind: str) -> Backup: ...
    def make_if_due(self) -> Backup | None: ...
    def restore(self, source: Path) -> Backup: ...
    def export(self, target: Path) -> Backup: ...


class BackupService:
    """Listing, making and restoring backups of one open journal."""

    def __init__(self, store: BackupStore):
        self.store = store

    def backups(self) -> list[Backup]:
        """Every backup in the journal's backups folder, newest first."""
        return self.store.backups()

    def latest(self) -> Backup | None:
        """The newest backup, if there is one."""
        found = self.store.backups()
        return found[0] if found else None

    def make_now(self) -> tuple[Backup, ChangeSet]:
        """A backup made on purpose (kept until the person removes it)."""
        made = self.store.make(BackupKind.MANUAL)
        return made, ChangeSet("backup", (made.path.name,))

    def save_copy(self, target: Path) -> tuple[Backup, ChangeSet]:
        """A verified copy of the journal at a place the person chose."""
        made = self.store.export(target)
        return made, ChangeSet("backup", (made.path.name,))

    def at_start(self) -> Backup | None:
        """The automatic start-up backup, at most one a day (safe on a worker thread)."""
        return self.store.make_if_due()

    def before(self, kind: str) -> Backup:
        """A safety copy before something that replaces many records (an import, say)."""
        return self.store.make(kind)

    def restore(self, source: Path) -> tuple[Backup, ChangeSet]:
        """Bring back the journal as it was in ``source``.

        The journal as it is now is backed up first; the returned backup is that copy, so
        the restore itself can be undone.
        """
        safety = self.store.restore(source)
        return safety, ChangeSet("journal", (), restored=True)
