"""Opening the journal file: connection, pragmas, migrations and transactions.

The connection runs in SQLite's autocommit mode (``isolation_level=None``); every write goes
through :func:`transaction`, which is ``db.atomic()`` plus error classification. Reads need no
transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from parentjournal.core.backups import BackupKind
from parentjournal.store import backup, health, migrations
from parentjournal.store.database import Database
from parentjournal.store.errors import (
    JournalDamagedError,
    JournalError,
    JournalNewerError,
    classify,
    db_errors,
)
from parentjournal.store.sqlfile import raw_connect

SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: Path, key: bytes | None = None) -> Database:
    """Open a connection with the journal's pragmas (WAL, foreign keys); no migrations."""
    try:
        conn = raw_connect(path, key)
        # WAL: readers never block the writer and a killed process loses no committed write.
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable against a crash of the app (the WAL is in the OS cache); only a
        # power cut could lose the last commit, and the editor still holds that text.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=3000")
        conn.execute("PRAGMA temp_store=MEMORY")
    except db_errors() as exc:
        raise classify(exc) from exc
    return database(conn)


def database(conn) -> Database:
    """Wrap a connection (sqlite3 or SQLCipher) for the store.

    Not a ``sqlite_utils.Database``: importing sqlite-utils costs every start about 60 ms,
    and its plugins are third-party code that has no business in a private journal.
    """
    return Database(conn)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run a block of writes atomically; raise a classified :class:`JournalError` on failure."""
    # A journal still being checked in the background is written only once it has passed.
    health.confirm(db)
    try:
        with db.atomic():
            yield db
    except (*db_errors(), OSError) as exc:
        raise classify(exc) from exc


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty/new file or one that starts with the SQLite header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def backup_to(db: Database, target: Path) -> Path:
    """Copy the open database to ``target`` with SQLite's online backup API, verified."""
    backup.write_copy(db.conn, target)
    return target


def _has_leftover_wal(path: Path) -> bool:
    """True when a write-ahead log with content lies next to ``path`` before it is opened."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def open_journal(
    path: Path,
    *,
    backup_dir: Path | None = None,
    key: bytes | None = None,
    check_in_background: bool = False,
) -> Database:
    """Open (or create) the journal at ``path`` and bring its schema up to date.

    An existing journal must pass ``PRAGMA quick_check`` before anything is written to it.
    Before any migration runs on an existing journal, a copy is written to ``backup_dir``.
    A journal written by a newer app version is refused without being modified. An
    encrypted journal needs its ``key`` (see ``store/keyfile.py``).

    With ``check_in_background`` (the window's start), a journal that needs no migration is
    checked later, on a thread of its own (begun by ``health.begin`` or by the first need of
    its verdict), and every write waits until it has passed (see
    :mod:`parentjournal.store.health`); a migration still waits for the check first.

    Raises:
        JournalError: a subclass saying what went wrong, in terms the UI can explain.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is None and not looks_like_sqlite(path):
        raise JournalDamagedError(f"{path} is not a journal database")
    existed = path.exists() and path.stat().st_size > 0
    crashed = _has_leftover_wal(path)
    db = connect(path, key)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pending = migrations.MIGRATIONS.pending(db) if existed else []
        if existed and check_in_background and not pending and not crashed:
            health.check_in_background(db, path, key)
        elif existed:
            # Before anything may write (a migration, say): a damaged file is refused as
            # it is, so it can still be rescued or replaced by a backup.
            problems = backup.quick_check(db)
            if problems:
                raise JournalDamagedError("; ".join(problems[:5]))
        if crashed:
            # The last session ended without closing (a crash, a kill, a power cut): its
            # WAL still holds old page images, which may include words that were sealed
            # or deleted since. Move the latest pages into the file and empty the WAL now,
            # once the file is known to be healthy, rather than at the end of this session.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        unknown = migrations.unknown_applied(db)
        if unknown:
            raise JournalNewerError(", ".join(unknown))
        pending = migrations.MIGRATIONS.pending(db)
        if pending and existed and migrations.MIGRATIONS.applied(db):
            folder = backup_dir or path.parent / "backups"
            backup.make_backup(db, folder, BackupKind.BEFORE_MIGRATION, key=key)
        if pending:
            migrations.MIGRATIONS.apply(db)
    except JournalError:
        db.close()
        raise
    except (*db_errors(), OSError) as exc:
        db.close()
        raise classify(exc) from exc
    return db
