"""Opened for the window, a journal's file check waits until it is asked for (the window,
once painted) or needed (a write, a verdict); it never lets a write reach a damaged file."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import health
from parentjournal.store.errors import JournalDamagedError
from tests.safety.test_startup_check import _damage_the_search_index, _journal


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The real file check, noting each time it reads a file."""
    done: list[str] = []
    real = health.quick_check_connection

    def check(conn) -> list[str]:
        found = real(conn)
        done.append("damaged" if found else "healthy")
        return found

    monkeypatch.setattr(health, "quick_check_connection", check)
    return done


def _checking() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "journal-check"]


def test_the_check_begins_only_when_asked_and_then_runs_beside_the_caller(data_dir, checks):
    _journal(data_dir, with_backup=False)
    journal = Journal.open(JournalPaths(data_dir), check_in_background=True)
    try:
        assert checks == [] and _checking() == []  # opening read nothing yet
        journal.begin_check()
        journal.begin_check()  # asked twice: still one check
        for thread in _checking():
            thread.join(10)
        assert checks == ["healthy"]
        journal.confirm_healthy()
        assert checks == ["healthy"]  # the verdict was kept, not read again
    finally:
        journal.close()


def test_a_write_before_anyone_asked_begins_the_check_and_damage_stops_it(data_dir, checks):
    _journal(data_dir, with_backup=False)
    path = JournalPaths(data_dir).journal
    damaged = _damage_the_search_index(path)
    journal = Journal.open(JournalPaths(data_dir), check_in_background=True)
    try:
        sara = journal.household.household().people[0]
        with pytest.raises(JournalDamagedError):
            journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Voor de check"))
        with pytest.raises(JournalDamagedError):  # and every later write too
            journal.entries.create(EntryDraft(sara.id, date(2026, 5, 2), "Nog eens"))
    finally:
        journal.close()
    assert checks == ["damaged"]
    assert path.read_bytes() == damaged


def test_a_healthy_journal_takes_a_write_after_the_check_it_began(data_dir, checks):
    _journal(data_dir, with_backup=False)
    paths = JournalPaths(data_dir)
    journal = Journal.open(paths, check_in_background=True)
    try:
        sara = journal.household.household().people[0]
        journal.entries.create(EntryDraft(sara.id, date(2026, 5, 1), "Na de check"))
        assert checks == ["healthy"]
        assert "Na de check" in [e.body for e in journal.entries_between(sara.id)]
    finally:
        journal.close()
