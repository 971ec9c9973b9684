"""Encrypting the whole journal file with SQLCipher, and turning that off again.

Turning the passphrase on or off never edits the journal in place: a new file is written
next to it with ``sqlcipher_export``, checked (``integrity_check`` and the same number of
records), and only then renamed over the journal. The backups in the backups folder are
converted the same way, so no readable copy stays behind there.

A journal is encrypted when its key file exists *and* the journal file does not start
with the plain SQLite header; the header decides, so an interrupted change is never
mistaken for the other state.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from parentjournal.core.backups import BackupKind
from parentjournal.store import backup, keyfile
from parentjournal.store.database import Database
from parentjournal.store.errors import JournalWriteError, classify, db_errors
from parentjournal.store.keyfile import DEFAULT_COST, KdfCost
from parentjournal.store.sqlfile import raw_connect

SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(journal: Path, keyfile_path: Path) -> bool:
    """True when the journal needs its passphrase to be opened."""
    if not keyfile_path.exists() or not journal.exists() or journal.stat().st_size == 0:
        return False
    with journal.open("rb") as fh:
        return fh.read(16) != SQLITE_HEADER


def unlock(keyfile_path: Path, passphrase: str) -> bytes:
    """The journal key; raises ``WrongPassphraseError`` (nothing is changed) if it does not fit."""
    keys = keyfile.load(keyfile_path)
    if keys is None:
        raise JournalWriteError(f"{keyfile_path} is missing")
    return keyfile.unlock(keys, passphrase)


def unlock_with_recovery_code(keyfile_path: Path, code: str) -> bytes:
    """The journal key from the recovery code written down at set-up."""
    keys = keyfile.load(keyfile_path)
    if keys is None:
        raise JournalWriteError(f"{keyfile_path} is missing")
    return keyfile.unlock_with_recovery_code(keys, code)


def _key_literal(key: bytes | None) -> str:
    return f"\"x'{key.hex()}'\"" if key else "''"


def rewrite(source: Path, target: Path, source_key: bytes | None, target_key: bytes | None):
    """Write ``source`` into a new file ``target`` under another key (or none), verified."""
    staged = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        conn = raw_connect(source, source_key, sqlcipher=True)
        try:
            # The WAL belongs to the old file: fold it in so nothing is left outside.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = backup.record_counts(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(
                f"ATTACH DATABASE ? AS target KEY {_key_literal(target_key)}", [str(staged)]
            )
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {int(version)}")
            conn.execute("DETACH DATABASE target")
        finally:
            conn.close()
        found = backup.check_file(staged, target_key)
        if found != expected:
            raise JournalWriteError(f"records differ after rewriting: {found} != {expected}")
        staged.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        if isinstance(exc, (*db_errors(), OSError)):
            raise classify(exc) from exc
        raise


def _swap_in(journal: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    new = journal.with_name(journal.name + ".new")
    rewrite(journal, new, source_key, target_key)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            journal.with_name(journal.name + suffix).unlink()
    new.replace(journal)


def _convert_backups(folder: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    for old in backup.list_backups(folder):
        try:
            rewrite(old.path, old.path, source_key, target_key)
        except Exception:  # a damaged backup stays as it is; the others are still converted
            continue


def turn_on(
    journal: Path, keyfile_path: Path, backups: Path, passphrase: str, cost: KdfCost = DEFAULT_COST
) -> tuple[bytes, str]:
    """Encrypt a closed journal and its backups; returns ``(key, recovery code)``.

    The key file is written before the swap, so there is never an encrypted journal
    without its key next to it.
    """
    raw_key, code, keys = keyfile.create(passphrase, cost)
    conn = raw_connect(journal, None)
    try:
        backup.make_backup(
            Database(conn),
            backups,
            BackupKind.BEFORE_ENCRYPTION,
        )
    finally:
        conn.close()
    keyfile.save(keyfile_path, keys)
    _swap_in(journal, None, raw_key)
    _convert_backups(backups, None, raw_key)
    return raw_key, code


def turn_off(journal: Path, keyfile_path: Path, backups: Path, key: bytes) -> None:
    """Decrypt a closed journal and its backups, then remove the key file."""
    _swap_in(journal, key, None)
    _convert_backups(backups, key, None)
    with contextlib.suppress(FileNotFoundError):
        keyfile_path.unlink()


def change_passphrase(
    keyfile_path: Path, key: bytes, passphrase: str, cost: KdfCost = DEFAULT_COST
) -> None:
    """Wrap the same key with a new passphrase; the file and the recovery code stay."""
    keys = keyfile.load(keyfile_path)
    if keys is None:
        raise JournalWriteError(f"{keyfile_path} is missing")
    keyfile.save(keyfile_path, keyfile.with_new_passphrase(keys, key, passphrase, cost))
