"""The window's start begins the journal's file check before opening it (while Qt loads);
the open relies on that check, and never on one that could be stale or meaningless."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import health
from parentjournal.store.db import open_journal, start_check_early
from parentjournal.store.errors import JournalDamagedError
from tests.safety.test_startup_check import _damage_the_search_index, _journal


def _open_and_write(data_dir) -> None:
    """Open as the window does, then write: the write waits for the check's verdict."""
    journal = Journal.open(JournalPaths(data_dir), check_in_background=True)
    try:
        sara = journal.household.household().people[0]
        journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Na de check"))
    finally:
        journal.close()


def _verdict(data_dir) -> None:
    """Open as the window does and wait for the check; raises only on what it found."""
    journal = Journal.open(JournalPaths(data_dir), check_in_background=True)
    try:
        journal.confirm_healthy()
    finally:
        journal.close()


def test_damage_found_by_the_early_check_stops_every_write(data_dir):
    _journal(data_dir, with_backup=False)
    path = JournalPaths(data_dir).journal
    damaged = _damage_the_search_index(path)
    start_check_early(path)
    with pytest.raises(JournalDamagedError):
        _open_and_write(data_dir)
    assert path.read_bytes() == damaged


def test_a_check_begun_before_the_file_changed_is_not_trusted(data_dir, tmp_path):
    _journal(data_dir, with_backup=False)
    path = JournalPaths(data_dir).journal
    start_check_early(path)
    # Another journal is opened first: the early check is dropped, not kept for later.
    open_journal(tmp_path / "other" / "journal.db").close()
    for thread in threading.enumerate():
        if thread.name == "journal-check":
            thread.join()  # it has passed, on the file as it was then
    damaged = _damage_the_search_index(path)
    with pytest.raises(JournalDamagedError):
        _verdict(data_dir)
    assert path.read_bytes() == damaged


def test_only_a_plain_journal_in_wal_mode_without_a_crash_is_checked_early(data_dir, tmp_path):
    _journal(data_dir, with_backup=False)
    path = JournalPaths(data_dir).journal
    start_check_early(path)
    assert health.take_early(path) is not None

    start_check_early(tmp_path / "nothing" / "journal.db")  # a new journal: nothing to check
    assert health.take_early(tmp_path / "nothing" / "journal.db") is None

    rollback = tmp_path / "rollback.db"  # opening it switches it to WAL: a write
    sqlite3.connect(rollback).execute("CREATE TABLE t (x)").connection.close()
    start_check_early(rollback)
    assert health.take_early(rollback) is None

    wal = path.with_name(path.name + "-wal")  # what a crash leaves: checked at the open
    wal.write_bytes(b"\0" * 32)
    start_check_early(path)
    assert health.take_early(path) is None
    wal.unlink()
