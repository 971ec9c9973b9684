"""Backups of the journal file: written with SQLite's online backup API, verified, rotated.

A backup is a complete journal file in the ``backups/`` folder next to the journal, named
``<kind>-<UTC stamp>.db``. Every backup is written to a temporary name, checked
(``integrity_check`` and the number of records in every record table must match the
journal), and only then given its real name: a file with a backup's name is always a good
backup.

Automatic backups are rotated (newest per day for 7 days, per week for 4 weeks, per month
for 6 months); backups someone made on purpose are never removed.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from parentjournal.core.backups import Backup, BackupKind
from parentjournal.store.database import Database
from parentjournal.store.errors import (
    JournalDamagedError,
    JournalError,
    classify,
    db_errors,
)
from parentjournal.store.records import RECORD_TABLES
from parentjournal.store.sqlfile import raw_connect

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 6
# Safety copies taken just before a restore, import or migration: the newest few are kept
# whatever their age, so "undo that restore" is always possible.
KEEP_SAFETY_COPIES = 5

_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{12}Z)(?:-[0-9a-z-]+)?\.db$")


class BackupVerificationError(JournalError):
    """A backup that was just written does not match the journal; it was removed."""


# Reading and checking ----------------------------------------------------------------------
def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Number of rows (deleted ones included) in every record table the file has."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        for table in RECORD_TABLES
        if table in present
    }


def _open_read_only(path: Path, key: bytes | None = None):
    # immutable=1 would skip a WAL that belongs to the file; mode=ro reads it correctly.
    return raw_connect(path, key, read_only=True)


def check_file(path: Path, key: bytes | None = None) -> dict[str, int]:
    """Verify a journal file on disk (encrypted with ``key``, if given); return its counts.

    Raises:
        JournalDamagedError: the file is not a database or fails ``integrity_check``.
    """
    if not path.is_file():
        raise JournalDamagedError(f"{path} does not exist")
    try:
        conn = _open_read_only(path, key)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise JournalDamagedError("; ".join(result[:5]))
            return record_counts(conn)
        finally:
            conn.close()
    except db_errors() as exc:
        raise JournalDamagedError(str(exc)) from exc


def quick_check(db: Database) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds in an open journal (empty when healthy)."""
    try:
        result = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except db_errors() as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result


def parse_name(path: Path) -> tuple[str, datetime] | None:
    """``(kind, taken_at)`` from a backup's file name, or None for any other file."""
    match = _NAME.match(path.name)
    if not match or match["kind"] not in BackupKind.ALL:
        return None
    # Read by position rather than with strptime: its module (and locale, calendar) would be
    # loaded for this alone, on every start (the daily backup lists the folder).
    stamp = match["stamp"]  # YYYYmmddTHHMMSSffffffZ, as _STAMP_FORMAT writes it
    try:
        taken = datetime(
            int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
            int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]), int(stamp[15:21]),
            tzinfo=UTC,
        )  # fmt: skip
    except ValueError:  # an impossible date: not one of ours, so left alone like any other
        return None
    return match["kind"], taken


def list_backups(folder: Path) -> list[Backup]:
    """All backups in ``folder``, newest first. Unknown files are ignored, never touched."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        parsed = parse_name(path)
        if parsed is None:
            continue
        with contextlib.suppress(OSError):  # a file removed meanwhile is simply not listed
            found.append(Backup(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# Writing -----------------------------------------------------------------------------------
def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_copy(source, target: Path, key: bytes | None = None) -> dict[str, int]:
    """Copy an open database to ``target`` with the online backup API, verified.

    An encrypted journal (``key``) gets an encrypted copy with the same key.

    The copy is written next to ``target`` under a temporary name and renamed only after
    ``integrity_check`` passes and its record counts equal the source's. Returns the counts.

    Raises:
        BackupVerificationError: the copy does not match (it is removed).
        JournalError: the copy could not be written (disk full, read-only folder, ...).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        dest = raw_connect(partial, key)
        try:
            source.backup(dest)
            # A backup is one self-contained file: no WAL next to it.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        expected = record_counts(source)
        try:
            found = check_file(partial, key)
        except JournalDamagedError as exc:
            raise BackupVerificationError(str(exc)) from exc
        if found != expected:
            raise BackupVerificationError(f"records differ: {found} != {expected}")
        _fsync(partial)
        partial.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, (*db_errors(), OSError)):
            raise classify(exc) from exc
        raise
    return expected


def backup_name(kind: str, when: datetime | None = None) -> str:
    """File name of a backup of ``kind`` taken at ``when`` (UTC, now by default)."""
    when = when or datetime.now(UTC)
    return f"{kind}-{when.astimezone(UTC).strftime(_STAMP_FORMAT)}.db"


def make_backup(
    db: Database,
    folder: Path,
    kind: str,
    *,
    when: datetime | None = None,
    rotate_after: bool = True,
    key: bytes | None = None,
) -> Backup:
    """Write a verified backup of the open journal into ``folder`` and rotate old ones."""
    if kind not in BackupKind.ALL:
        raise ValueError(kind)
    when = when or datetime.now(UTC)
    target = folder / backup_name(kind, when)
    write_copy(db.conn, target, key)
    info = Backup(target, kind, when.astimezone(UTC), target.stat().st_size)
    if rotate_after:
        rotate(folder)
    return info


def backup_if_due(
    db: Database,
    folder: Path,
    *,
    when: datetime | None = None,
    key: bytes | None = None,
) -> Backup | None:
    """The start-up backup: made unless one was already made on this (local) day."""
    when = when or datetime.now(UTC)
    today = when.astimezone().date()
    if any(b.kind == BackupKind.DAILY and b.local_day == today for b in list_backups(folder)):
        return None
    if not record_counts(db.conn).get("person"):
        return None  # an empty, new journal has nothing to keep yet
    return make_backup(db, folder, BackupKind.DAILY, when=when, key=key)


def backup_if_due_on_own_connection(
    path: Path,
    folder: Path,
    *,
    when: datetime | None = None,
    key: bytes | None = None,
) -> Backup | None:
    """:func:`backup_if_due` through a read-only connection of its own to ``path``.

    Safe on another thread while the window writes through its connection: the copy and
    the record counts it is verified against come from one read snapshot (WAL).
    """
    try:
        conn = _open_read_only(path, key)
    except db_errors() as exc:
        raise classify(exc) from exc
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = Database(conn)
        return backup_if_due(db, folder, when=when, key=key)
    except db_errors() as exc:
        raise classify(exc) from exc
    finally:
        conn.close()


# Rotation ----------------------------------------------------------------------------------
def to_keep(backups: list[Backup]) -> set[Path]:
    """Which backups the rotation keeps.

    Manual backups always; the newest few safety copies (before a restore, import,
    migration or encryption change) whatever their age; and of the daily backups the newest
    of each of the last 7 days, 4 weeks and 6 months that have one.
    """
    keep = {b.path for b in backups if b.kind == BackupKind.MANUAL}
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    safety = [b for b in newest_first if b.kind.startswith("before-")]
    keep |= {b.path for b in safety[:KEEP_SAFETY_COPIES]}
    daily = [b for b in newest_first if b.kind == BackupKind.DAILY]
    periods = (
        (lambda b: b.local_day, KEEP_DAYS),
        (lambda b: b.local_day.isocalendar()[:2], KEEP_WEEKS),
        (lambda b: (b.local_day.year, b.local_day.month), KEEP_MONTHS),
    )
    for period_of, how_many in periods:
        seen: list[object] = []
        for backup in daily:
            period = period_of(backup)
            if period in seen:
                continue
            if len(seen) == how_many:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Remove backups the rotation no longer keeps; returns what was removed.

    Periods are counted among the backups that exist, not on the calendar: after a month
    away, the last backups before the break are still there.
    """
    backups = list_backups(folder)
    keep = to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


class BackupRepo:
    """The backups of one open journal, in ``folder`` (implements ``core.backups.BackupStore``)."""

    def __init__(
        self,
        db: Database,
        folder: Path,
        key: bytes | None = None,
        *,
        journal_path: Path | None = None,
        after_restore: Callable[[], None] | None = None,
    ):
        self.db = db
        self.folder = folder
        self._key = key
        # Known: the start-up backup reads through a connection of its own (any thread).
        self._journal_path = journal_path
        # Called once a restore replaced the records (the journal re-reads what it keeps
        # in memory about them: the unlocked people's search index).
        self._after_restore = after_restore

    def backups(self) -> list[Backup]:
        return list_backups(self.folder)

    def make(self, kind: str) -> Backup:
        return make_backup(self.db, self.folder, kind, key=self._key)

    def make_if_due(self) -> Backup | None:
        if self._journal_path is None:
            return backup_if_due(self.db, self.folder, key=self._key)
        return backup_if_due_on_own_connection(self._journal_path, self.folder, key=self._key)

    def restore(self, source: Path) -> Backup:
        # Restoring may re-encrypt a plain backup (store.encryption), which builds on this
        # module; importing it here keeps the two modules free of an import cycle.
        from parentjournal.store.restore import restore_into

        safety = restore_into(self.db, source, self.folder, key=self._key)
        if self._after_restore is not None:
            self._after_restore()
        return safety

    def export(self, target: Path) -> Backup:
        write_copy(self.db.conn, target, self._key)
        return Backup(target, BackupKind.MANUAL, datetime.now(UTC), target.stat().st_size)
