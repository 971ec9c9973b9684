"""Whole-journal reads and merges: the rules the export, the import and later sync rely on."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store.errors import JournalError
from parentjournal.store.record_io import count_records, merge_records, read_records


@pytest.fixture
def other(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    opened = Journal.open(JournalPaths(folder))
    yield opened
    opened.close()


def write(journal, author, body, visibility=Visibility.SHARED):
    entry, _changes = journal.entries.create(
        EntryDraft(author.id, date(2026, 3, 3), body, visibility=visibility, themes=("sleep",))
    )
    return entry


def test_merging_into_an_empty_journal_gives_the_same_records(couple, other):
    journal, sara, tom = couple
    write(journal, sara, "Alleen voor mij 🌙", Visibility.PRIVATE)
    gone = write(journal, tom, "Weg, maar niet kwijt")
    journal.entries.delete(gone.id, tom.id)
    records = read_records(journal.db)

    # Nobody wrote in the other journal yet, so it takes the file as it is.
    result = merge_records(other.db, records, file_wins=True)

    assert read_records(other.db) == records
    assert {t: result.added[t] for t in ("person", "child", "setting", "entry")} == {
        "person": 2,
        "child": 0,
        "setting": 0,
        "entry": 2,
    }
    # The merged journal works: search and privacy come along.
    assert [h.entry.body for h in other.entries.search(sara.id, "voor mij")] == [
        "Alleen voor mij 🌙"
    ]
    assert other.entries.search(tom.id, "voor mij") == []
    assert [e.id for e in other.entries.bin(tom.id)] == [gone.id]


def test_the_newer_version_of_a_record_wins_and_an_older_one_is_kept_out(couple, other):
    journal, sara, _tom = couple
    entry = write(journal, sara, "eerste versie")
    merge_records(other.db, read_records(journal.db))
    # Edited on this side later: the other journal takes the newer text.
    journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, "tweede versie"))

    result = merge_records(other.db, read_records(journal.db))

    assert result.replaced["entry"] == 1
    assert other.entries.get_for(entry.id, sara.id).body == "tweede versie"
    assert other.entries.search(sara.id, "eerste") == []
    assert len(other.entries.search(sara.id, "tweede")) == 1
    # Merging the old copy back changes nothing.
    other.entries.save(entry.id, EntryDraft(sara.id, entry.day, "derde versie"))
    stale = read_records(journal.db)
    result = merge_records(other.db, stale)
    assert result.replaced["entry"] == 0 and result.kept["entry"] == 1
    assert other.entries.get_for(entry.id, sara.id).body == "derde versie"


def test_a_merge_that_fails_halfway_writes_nothing(couple, other):
    journal, sara, _tom = couple
    write(journal, sara, "een")
    records = read_records(journal.db)
    records["entry"].append(dict(records["entry"][0], id="x", visibility="public"))

    with pytest.raises(JournalError):
        merge_records(other.db, records)

    assert read_records(other.db)["person"] == []


def test_counts_tell_live_records_from_the_bin(couple):
    journal, sara, _tom = couple
    write(journal, sara, "blijft")
    gone = write(journal, sara, "weg")
    journal.entries.delete(gone.id, sara.id)
    counts = {c.table: (c.live, c.deleted) for c in count_records(journal.db)}
    assert counts["entry"] == (1, 1)
    assert counts["person"] == (2, 0)
