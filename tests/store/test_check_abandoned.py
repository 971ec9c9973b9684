"""Closing right after opening does not wait for the journal's file check: a check that is
still reading is stopped, and then nothing may be written; a verdict already given stands;
the next open checks the file again."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import health
from parentjournal.store.errors import JournalNotCheckedError
from tests.safety.test_startup_check import _journal

# A query that reads for half a minute or more unless it is interrupted: a check on a file
# far larger than any here (bounded, so a failing test cannot keep the run busy for ever).
ENDLESS = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) "
    "SELECT count(*) FROM n"
)


@pytest.fixture
def endless_check(monkeypatch):
    """Make the file check read until it is stopped; the event says it began reading."""
    reading = threading.Event()

    def check(conn) -> list[str]:
        reading.set()
        try:
            conn.execute(ENDLESS).fetchall()
        except sqlite3.OperationalError as exc:  # "interrupted", as the real check says it
            return [str(exc)]
        return []

    monkeypatch.setattr(health, "quick_check_connection", check)
    return reading


def _abandon_within(journal: Journal, seconds: float) -> bool:
    done = threading.Thread(target=journal.abandon_check)
    done.start()
    done.join(seconds)
    return not done.is_alive()


def test_a_check_still_reading_is_stopped_and_then_nothing_is_written(data_dir, endless_check):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    before = paths.journal.read_bytes()
    journal = Journal.open(paths, check_in_background=True)
    try:
        journal.begin_check()  # as the window does once it is painted
        assert endless_check.wait(10)
        assert _abandon_within(journal, 10), "closing waited for the check"
        sara = journal.household.household().people[0]
        with pytest.raises(JournalNotCheckedError):
            journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Na het sluiten"))
        with pytest.raises(JournalNotCheckedError):
            journal.confirm_healthy()  # no verdict is not "healthy"
    finally:
        journal.close()
    assert paths.journal.read_bytes() == before


def test_a_verdict_already_given_stands_and_the_next_open_checks_again(data_dir):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    journal = Journal.open(paths, check_in_background=True)
    try:
        journal.begin_check()
        for thread in threading.enumerate():
            if thread.name == "journal-check":
                thread.join()  # it has passed
        journal.abandon_check()
        sara = journal.household.household().people[0]
        journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Gewoon bewaard"))
    finally:
        journal.close()
    again = Journal.open(paths, check_in_background=True)
    try:
        again.confirm_healthy()
        assert "Gewoon bewaard" in [e.body for e in again.entries_between(sara.id)]
    finally:
        again.close()


def test_a_check_abandoned_before_it_began_never_reads_and_nothing_is_written(
    data_dir, monkeypatch
):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    before = paths.journal.read_bytes()
    read: list[str] = []
    monkeypatch.setattr(health, "quick_check_connection", lambda conn: read.append("x") or [])
    journal = Journal.open(paths, check_in_background=True)
    try:
        assert _abandon_within(journal, 10)  # closed before the window was painted
        journal.begin_check()  # too late: an abandoned check does not begin
        sara = journal.household.household().people[0]
        with pytest.raises(JournalNotCheckedError):
            journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Te vroeg"))
    finally:
        journal.close()
    assert read == []
    assert not [t for t in threading.enumerate() if t.name == "journal-check"]
    assert paths.journal.read_bytes() == before
