"""Storage of entries in a real SQLite file: migrations, FTS, privacy, soft delete."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import migrations
from parentjournal.store.errors import JournalDamagedError, JournalNewerError


def write(journal, author, body, visibility=Visibility.SHARED, day=date(2026, 3, 3), **kw):
    entry, _changes = journal.entries.create(
        EntryDraft(author.id, day, body, visibility=visibility, **kw)
    )
    return entry


def test_new_journal_uses_wal_and_foreign_keys(journal):
    assert journal.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert journal.paths.journal.exists()


def test_accents_are_ignored_and_prefixes_work(couple):
    journal, sara, _tom = couple
    write(journal, sara, "Vandaag voor het eerst naar de crèche. Borstvoeding ging vlot.")
    assert len(journal.entries.search(sara.id, "creche")) == 1
    assert len(journal.entries.search(sara.id, "CRÈCHE")) == 1
    assert len(journal.entries.search(sara.id, "borstvoed*")) == 1
    assert journal.entries.search(sara.id, "borstvoed") == []


@pytest.mark.parametrize(
    "query", ['"', '""', "AND", "OR NOT", "(", "crèche)", "NEAR(a b", "*", "-x", "😴", "a:b", "'"]
)
def test_odd_search_input_never_raises(couple, query):
    journal, sara, _tom = couple
    write(journal, sara, "crèche")
    assert isinstance(journal.entries.search(sara.id, query), list)


def test_phrase_search(couple):
    journal, sara, _tom = couple
    write(journal, sara, "slecht geslapen vannacht")
    write(journal, sara, "geslapen, niet slecht")
    assert len(journal.entries.search(sara.id, '"slecht geslapen"')) == 1


def test_partner_private_entry_is_invisible(couple):
    journal, sara, tom = couple
    write(journal, sara, "alleen voor mij crèche", visibility=Visibility.PRIVATE)
    write(journal, sara, "voor ons samen crèche", visibility=Visibility.SHARED)
    assert [h.entry.body for h in journal.entries.search(tom.id, "creche")] == [
        "voor ons samen crèche"
    ]
    assert len(journal.entries.search(sara.id, "creche")) == 2
    assert [e.body for e in journal.entry_repo.page(tom.id)] == ["voor ons samen crèche"]
    assert journal.entry_repo.count_visible(tom.id) == 1


def test_search_follows_edits_and_delete_goes_to_the_bin(couple):
    journal, sara, _tom = couple
    entry = write(journal, sara, "eerste versie")
    journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, "tweede versie"))
    assert journal.entries.search(sara.id, "eerste") == []
    assert len(journal.entries.search(sara.id, "tweede")) == 1
    journal.entries.delete(entry.id, sara.id)
    assert journal.entries.search(sara.id, "tweede") == []
    assert [e.id for e in journal.entries.bin(sara.id)] == [entry.id]
    journal.entries.restore(entry.id, sara.id)
    assert len(journal.entries.search(sara.id, "tweede")) == 1


def test_timeline_pages_newest_first_without_gaps(couple):
    from parentjournal.store.entry_repo import PageKey

    journal, sara, _tom = couple
    for day in range(1, 29):
        write(journal, sara, f"dag {day}", day=date(2026, 2, day))
    seen, after = [], None
    while True:
        page = journal.entry_repo.page(sara.id, after=after, limit=5)
        if not page:
            break
        seen += [e.day.day for e in page]
        last = page[-1]
        after = PageKey(last.day.isoformat(), last.created_at, last.id)
    assert seen == list(range(28, 0, -1))


def test_reopening_keeps_everything(data_dir, couple):
    journal, sara, _tom = couple
    write(journal, sara, "blijft bewaard 🌙 مرحبا")
    journal.close()
    again = Journal.open(JournalPaths(data_dir))
    try:
        assert [e.body for e in again.entry_repo.page(sara.id)] == ["blijft bewaard 🌙 مرحبا"]
    finally:
        again.close()


def test_journal_from_a_newer_version_is_refused_untouched(data_dir, journal):
    journal.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('parentjournal', 'm9999_from_the_future', '2030-01-01')"
    )
    journal.close()
    before = journal.paths.journal.read_bytes()
    with pytest.raises(JournalNewerError):
        Journal.open(JournalPaths(data_dir))
    assert journal.paths.journal.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_kept(data_dir):
    path = JournalPaths(data_dir).journal
    path.write_text("dit is geen dagboek", encoding="utf-8")
    with pytest.raises(JournalDamagedError):
        Journal.open(JournalPaths(data_dir))
    assert path.read_text(encoding="utf-8") == "dit is geen dagboek"


def test_every_migration_is_applied_to_an_empty_file(journal):
    applied = [m.name for m in migrations.MIGRATIONS.applied(journal.db)]
    assert applied == [m.name for m in migrations.MIGRATIONS._migrations]


def test_a_failed_write_raises_a_journal_error_and_keeps_the_rest(couple):
    """A failed write is reported as a classified error, never silently ignored."""
    from parentjournal.store.errors import JournalError

    journal, sara, _tom = couple
    write(journal, sara, "al bewaard")
    journal.db.execute("PRAGMA query_only=ON")
    with pytest.raises(JournalError):
        write(journal, sara, "niet bewaard")
    journal.db.execute("PRAGMA query_only=OFF")
    assert [e.body for e in journal.entry_repo.page(sara.id)] == ["al bewaard"]
