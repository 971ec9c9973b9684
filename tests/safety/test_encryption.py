"""The whole-journal passphrase: SQLCipher with a wrapped random key, on and off safely."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup, encryption, keyfile
from parentjournal.store.errors import JournalLockedError, WrongPassphraseError
from tests.safety.helpers import fill, snapshot

# Tests use a light Argon2id cost; one test below checks the real cost once.
LIGHT = keyfile.KdfCost(iterations=1, lanes=1, memory_kib=1024)
SECRET_WORD = "Zeldzaamgeheimwoord"


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _protect(journal: Journal, passphrase: str = "lange nachten") -> tuple[JournalPaths, str]:
    paths = journal.paths
    journal.close()
    _key, code = encryption.turn_on(
        paths.journal, paths.keyfile, paths.backups, passphrase, cost=LIGHT
    )
    return paths, code


def test_key_wrapping_opens_with_the_passphrase_or_the_recovery_code_only():
    raw, code, keys = keyfile.create("lange nachten", LIGHT)
    assert len(raw) == 32
    assert keyfile.unlock(keys, "lange nachten") == raw
    assert keyfile.unlock_with_recovery_code(keys, code.lower().replace("-", " ")) == raw
    with pytest.raises(WrongPassphraseError):
        keyfile.unlock(keys, "Lange nachten")
    with pytest.raises(WrongPassphraseError):
        keyfile.unlock_with_recovery_code(keys, keyfile.new_recovery_code())
    renewed = keyfile.with_new_passphrase(keys, raw, "korte dagen", LIGHT)
    assert keyfile.unlock(renewed, "korte dagen") == raw
    assert keyfile.unlock_with_recovery_code(renewed, code) == raw  # the code stays valid


def test_the_real_argon2id_cost_is_stored_with_the_key(tmp_path):
    _raw, _code, keys = keyfile.create("lange nachten")
    keyfile.save(tmp_path / "journal.key", keys)
    loaded = keyfile.load(tmp_path / "journal.key")
    assert loaded.by_passphrase.cost.memory_kib >= 64 * 1024
    assert loaded == keys


def test_turning_it_on_leaves_no_plaintext_in_the_folder(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 9), f"{SECRET_WORD} vannacht"))
    journal.backups.make_now()
    at_start = snapshot(journal.db)
    assert SECRET_WORD.encode() in _all_bytes(journal.paths.data_dir)
    paths, code = _protect(journal)
    assert encryption.is_encrypted(paths.journal, paths.keyfile)
    with pytest.raises(JournalLockedError):
        Journal.open(paths)
    opened = Journal.open(paths, passphrase="lange nachten")
    try:
        assert snapshot(opened.db) == at_start
        opened.entries.create(EntryDraft(sara.id, date(2026, 3, 10), f"nog {SECRET_WORD}"))
        assert len(opened.entries.search(sara.id, SECRET_WORD)) == 2
        opened.backups.make_now()
        # While open, with a WAL: still nothing readable anywhere in the folder.
        assert SECRET_WORD.encode() not in _all_bytes(paths.data_dir)
        assert b"nachten" not in _all_bytes(paths.data_dir)
    finally:
        opened.close()
    assert SECRET_WORD.encode() not in _all_bytes(paths.data_dir)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.journal).execute("SELECT * FROM entry").fetchall()
    assert len(code) == 29


def test_a_wrong_passphrase_is_refused_calmly_and_changes_nothing(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    paths, _code = _protect(journal)
    before = _all_bytes(paths.data_dir)
    with pytest.raises(WrongPassphraseError):
        Journal.open(paths, passphrase="korte nachten")
    assert _all_bytes(paths.data_dir) == before


def test_backups_of_an_encrypted_journal_are_encrypted_and_restore(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    journal.backups.make_now()
    paths, code = _protect(journal)
    key = encryption.unlock_with_recovery_code(paths.keyfile, code)
    opened = Journal.open(paths, key=key)
    try:
        kinds = {b.kind for b in opened.backups.backups()}
        assert {"manual", "before-encryption"} <= kinds
        for made in opened.backups.backups():
            with pytest.raises(Exception):  # noqa: B017 - unreadable without the key
                backup.check_file(made.path)
            backup.check_file(made.path, key)
        at_backup = snapshot(opened.db)
        opened.entries.create(EntryDraft(sara.id, date(2026, 4, 1), "later"))
        opened.backups.restore(opened.backups.backups()[0].path)
        assert snapshot(opened.db) == at_backup
    finally:
        opened.close()


def test_change_passphrase_then_turn_it_off_again(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    at_start = snapshot(journal.db)
    paths, _code = _protect(journal)
    key = encryption.unlock(paths.keyfile, "lange nachten")
    encryption.change_passphrase(paths.keyfile, key, "korte dagen", cost=LIGHT)
    with pytest.raises(WrongPassphraseError):
        encryption.unlock(paths.keyfile, "lange nachten")
    assert encryption.unlock(paths.keyfile, "korte dagen") == key
    encryption.turn_off(paths.journal, paths.keyfile, paths.backups, key)
    assert not paths.keyfile.exists()
    assert not encryption.is_encrypted(paths.journal, paths.keyfile)
    plain = Journal.open(paths)
    try:
        assert snapshot(plain.db) == at_start
        for made in plain.backups.backups():
            backup.check_file(made.path)  # readable again without a key
    finally:
        plain.close()
