"""Search that finds everything: newest-first pages, counts, privacy and the bin, in a real file."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from tests.store.search_helpers import all_pages, index_is_consistent

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def write(journal, author, body, *, day=date(2026, 3, 3), visibility=Visibility.SHARED):
    entry, _changes = journal.entries.create(
        EntryDraft(author.id, day, body, visibility=visibility)
    )
    return entry


def test_every_match_is_reachable_page_by_page_newest_first(couple):
    journal, sara, _tom = couple
    start = date(2026, 1, 1)
    written = [write(journal, sara, f"nacht {n}", day=start + timedelta(days=n)) for n in range(70)]
    found = all_pages(journal, sara.id, "nacht", 25)
    assert [f.item.id for f in found] == [e.id for e in reversed(written)]
    assert journal.search.count(sara.id, "nacht") == {"entry": 70}


def test_entries_of_one_day_follow_the_time_they_were_written_not_storage_order(couple):
    journal, sara, _tom = couple
    day = date(2026, 3, 10)
    entries = [write(journal, sara, f"koorts {n}", day=day) for n in range(9)]
    # An import (or another device) can store an entry written earlier after later ones.
    times = [f"2026-03-10T{hour:02d}:00:00.000000Z" for hour in (5, 1, 8, 3, 7, 2, 6, 4, 0)]
    for entry, written_at in zip(entries, times, strict=True):
        journal.db.execute("UPDATE entry SET created_at = ? WHERE id = ?", [written_at, entry.id])
    write(journal, sara, "koorts later", day=day + timedelta(days=1))
    write(journal, sara, "koorts eerder", day=day - timedelta(days=1))
    found = all_pages(journal, sara.id, "koorts", 4)
    expected = sorted(
        (journal.entries.get_for(e.id, sara.id) for e in entries),
        key=lambda e: e.created_at,
        reverse=True,
    )
    assert [f.item.text for f in found] == [
        "koorts later",
        *(e.body for e in expected),
        "koorts eerder",
    ]


def test_a_partners_private_entries_are_never_found_nor_counted(couple):
    journal, sara, tom = couple
    write(journal, sara, "alleen voor mij: bang", visibility=Visibility.PRIVATE)
    write(journal, sara, "samen: bang maar blij")
    write(journal, tom, "ik was ook bang", visibility=Visibility.PRIVATE)
    tom_sees = [f.item.text for f in all_pages(journal, tom.id, "bang", 25)]
    assert tom_sees == ["ik was ook bang", "samen: bang maar blij"]
    assert journal.search.count(tom.id, "bang") == {"entry": 2}
    assert journal.search.count(sara.id, "bang") == {"entry": 2}


def test_sharing_and_unsharing_change_who_finds_it(couple):
    journal, sara, tom = couple
    entry = write(journal, sara, "de vroedvrouw kwam", visibility=Visibility.PRIVATE)
    assert journal.search.page(tom.id, "vroedvrouw") == []
    journal.entries.save(
        entry.id, EntryDraft(sara.id, entry.day, entry.body, visibility=Visibility.SHARED)
    )
    assert [f.item.id for f in journal.search.page(tom.id, "vroedvrouw")] == [entry.id]
    assert journal.search.count(tom.id, "vroedvrouw") == {"entry": 1}
    journal.entries.save(
        entry.id, EntryDraft(sara.id, entry.day, entry.body, visibility=Visibility.PRIVATE)
    )
    assert journal.search.page(tom.id, "vroedvrouw") == []
    assert journal.search.count(tom.id, "vroedvrouw") == {}
    assert index_is_consistent(journal)


def test_the_bin_is_not_searched_and_undo_brings_it_back(couple):
    journal, sara, _tom = couple
    entry = write(journal, sara, "de eerste glimlach")
    journal.entries.delete(entry.id, sara.id)
    assert journal.search.page(sara.id, "glimlach") == []
    assert journal.search.count(sara.id, "glimlach") == {}
    journal.entries.restore(entry.id, sara.id)
    assert [f.item.id for f in journal.search.page(sara.id, "glimlach")] == [entry.id]
    assert index_is_consistent(journal)


def test_moving_an_entry_to_another_day_moves_it_in_the_results(couple):
    journal, sara, _tom = couple
    moved = write(journal, sara, "zwemles", day=date(2026, 1, 5))
    write(journal, sara, "zwemles weer", day=date(2026, 2, 5))
    journal.entries.save(moved.id, EntryDraft(sara.id, date(2026, 3, 5), "zwemles"))
    assert [f.item.day for f in journal.search.page(sara.id, "zwemles")] == [
        date(2026, 3, 5),
        date(2026, 2, 5),
    ]
    assert index_is_consistent(journal)


def test_moments_are_found_between_entries_and_only_by_who_may_see_them(couple):
    journal, sara, tom = couple
    write(journal, sara, "een lange nacht", day=date(2026, 4, 1))
    write(journal, sara, "weer een nacht", day=date(2026, 4, 3))
    journal.moments.give(
        MomentDraft(tom.id, date(2026, 4, 2), "Ik zag dat jij de nacht deed.", recipient_id=sara.id)
    )
    journal.moments.give(
        MomentDraft(tom.id, date(2026, 4, 4), "Mijn eigen nacht, alleen voor mij.")
    )
    sara_sees = [(f.kind, f.item.day.day) for f in all_pages(journal, sara.id, "nacht", 2)]
    assert sara_sees == [("entry", 3), ("moment", 2), ("entry", 1)]
    assert journal.search.count(sara.id, "nacht") == {"entry": 2, "moment": 1}
    tom_sees = [(f.kind, f.item.day.day) for f in all_pages(journal, tom.id, "nacht", 2)]
    assert tom_sees == [("moment", 4), ("entry", 3), ("moment", 2), ("entry", 1)]


def test_a_deleted_moment_is_not_found(couple):
    journal, sara, _tom = couple
    moment, _ = journal.moments.give(MomentDraft(sara.id, date(2026, 4, 2), "Om hulp gevraagd."))
    journal.moments.delete(moment.id, sara.id)
    assert journal.search.page(sara.id, "hulp") == []
    assert journal.search.count(sara.id, "hulp") == {}


def test_a_journal_made_with_the_old_index_is_searched_the_new_way(tmp_path):
    folder = tmp_path / "journal"
    folder.mkdir()
    shutil.copy(FIXTURES / "m0005_reflection_choice.db", folder / "journal.db")
    journal = Journal.open(JournalPaths(folder))
    try:
        sara, noor = journal.household.household().people
        # Noor's private entry, Sara's shared one, and one in the bin, all written before.
        assert [f.item.text for f in journal.search.page(noor.id, "bang")] == [
            "Alleen voor mij: ik ben wat bang voor de bevalling."
        ]
        assert journal.search.page(sara.id, "bang") == []
        assert journal.search.page(sara.id, "prullenbak") == []
        assert journal.search.count(noor.id, "creche") == {"entry": 1}
        assert index_is_consistent(journal)
        # And new writing is found next to the old.
        write(journal, sara, "Terug naar de crèche", day=date(2026, 2, 1))
        assert [f.item.day for f in journal.search.page(sara.id, "creche")] == [
            date(2026, 2, 1),
            date(2026, 1, 6),
        ]
    finally:
        journal.close()


@pytest.mark.usefixtures("light_personal_keys")
def test_sealed_entries_join_the_pages_and_the_count_only_while_unlocked(couple):
    journal, sara, tom = couple
    start = date(2026, 5, 1)
    for n in range(6):
        # Every other one "only me": sealed once Sara has a passphrase.
        private = Visibility.PRIVATE if n % 2 else Visibility.SHARED
        write(journal, sara, f"wiegje {n}", day=start + timedelta(days=n), visibility=private)
    journal.personal_locks.set_passphrase(sara.id, "lange nachten")
    found = all_pages(journal, sara.id, "wiegje", 2)
    assert [f.item.text for f in found] == [f"wiegje {n}" for n in range(5, -1, -1)]
    assert journal.search.count(sara.id, "wiegje") == {"entry": 6}
    assert journal.search.count(tom.id, "wiegje") == {"entry": 3}
    journal.personal_locks.lock(sara.id)
    assert [f.item.text for f in all_pages(journal, sara.id, "wiegje", 2)] == [
        "wiegje 4",
        "wiegje 2",
        "wiegje 0",
    ]
    assert journal.search.count(sara.id, "wiegje") == {"entry": 3}
