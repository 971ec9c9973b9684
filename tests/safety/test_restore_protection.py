"""Restoring works whatever the passphrase state of the backup and of the journal.

A journal keeps its own protection through a restore; a backup that cannot be read with
the journal's key is refused calmly and nothing changes, not even a safety copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.backups import BackupKind
from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.store import backup, encryption, keyfile
from parentjournal.store.errors import BackupLockedError
from tests.safety.helpers import fill, snapshot

LIGHT = keyfile.KdfCost(iterations=1, lanes=1, memory_kib=1024)
PASSPHRASE = "lange nachten"


def _protect(journal: Journal) -> Journal:
    """Turn the passphrase on (light cost) and return the journal opened again."""
    paths = journal.paths
    journal.close()
    key, _code = encryption.turn_on(
        paths.journal, paths.keyfile, paths.backups, PASSPHRASE, cost=LIGHT
    )
    return Journal.open(paths, key=key)


def _unprotect(journal: Journal) -> Journal:
    paths, key = journal.paths, journal.key
    journal.close()
    encryption.turn_off(paths.journal, paths.keyfile, paths.backups, key)
    return Journal.open(paths)


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _later_entry(journal: Journal, author_id: str) -> None:
    journal.entries.create(EntryDraft(author_id, date(2026, 5, 1), "na de back-up geschreven"))


@pytest.mark.parametrize("backup_encrypted", [False, True], ids=["plain-backup", "enc-backup"])
@pytest.mark.parametrize("journal_encrypted", [False, True], ids=["plain-journal", "enc-journal"])
def test_restore_in_every_combination(couple, tmp_path, backup_encrypted, journal_encrypted):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    if backup_encrypted:
        journal = _protect(journal)
    at_backup = snapshot(journal.db)
    # A copy kept outside the backups folder (a USB stick), so turning the passphrase on
    # or off later does not convert it.
    kept, _ = journal.backups.save_copy(tmp_path / "usb" / "dagboek.db")
    if journal_encrypted and not backup_encrypted:
        journal = _protect(journal)
    if backup_encrypted and not journal_encrypted:
        journal = _unprotect(journal)
    try:
        _later_entry(journal, sara.id)
        now = snapshot(journal.db)
        folder_before = _names(journal.paths.backups)
        if backup_encrypted and not journal_encrypted:
            # Its key went with the passphrase: say so, and change nothing at all.
            with pytest.raises(BackupLockedError):
                journal.backups.restore(kept.path)
            assert snapshot(journal.db) == now
            assert _names(journal.paths.backups) == folder_before
            return
        safety, _changes = journal.backups.restore(kept.path)
        assert snapshot(journal.db) == at_backup
        # The journal as it was just before is kept, in the journal's own protection.
        assert safety.kind == BackupKind.BEFORE_RESTORE
        assert backup.check_file(safety.path, journal.key)
        paths, key = journal.paths, journal.key
        assert encryption.is_encrypted(paths.journal, paths.keyfile) == journal_encrypted
        assert not list(paths.backups.glob(".restoring-*"))  # no staged copy left behind
    finally:
        paths, key = journal.paths, journal.key
        journal.close()
    again = Journal.open(paths, key=key)  # and it opens as usual afterwards
    try:
        assert snapshot(again.db) == at_backup
        if journal_encrypted:
            assert b"Eerste nacht thuis" not in paths.journal.read_bytes()
    finally:
        again.close()


def test_a_backup_under_another_passphrase_key_is_refused_calmly(couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    journal = _protect(journal)
    kept, _ = journal.backups.save_copy(tmp_path / "usb" / "dagboek.db")
    # Off and on again: a new random key, so the old copy no longer fits.
    journal = _protect(_unprotect(journal))
    try:
        now = snapshot(journal.db)
        with pytest.raises(BackupLockedError):
            journal.backups.restore(kept.path)
        assert snapshot(journal.db) == now
        assert not [b for b in journal.backups.backups() if b.kind == BackupKind.BEFORE_RESTORE]
    finally:
        journal.close()
