"""The Dagboek's search reads entries and moments in one go: pages in the exact timeline
order across both kinds, the moments' index keyed by day, and older journals upgraded."""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from tests.store.search_helpers import all_pages, index_is_consistent

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def test_entries_and_moments_of_the_same_days_come_in_the_exact_timeline_order(couple):
    """Stored in a shuffled order (as an import or another device may), found newest
    first by day, then by the time of writing, whatever page size the list uses."""
    journal, sara, tom = couple
    rng = random.Random(9)
    start = date(2026, 6, 1)
    written = []
    for n in range(60):
        day = start + timedelta(days=n % 4)
        if n % 3:
            entry, _ = journal.entries.create(EntryDraft(sara.id, day, f"zwemmen {n}"))
            written.append(("entry", entry.id))
        else:
            moment, _ = journal.moments.give(
                MomentDraft(tom.id, day, f"Samen zwemmen {n}.", visibility=Visibility.SHARED)
            )
            written.append(("moment", moment.id))
    # Times of writing that do not follow the order the rows were stored in.
    for kind, item_id in written:
        hour, minute = rng.randrange(24), rng.randrange(60)
        journal.db.execute(
            f"UPDATE {kind} SET created_at = ? WHERE id = ?",
            [f"2026-06-0{rng.randrange(1, 5)}T{hour:02d}:{minute:02d}:00.000000Z", item_id],
        )
    expected = sorted(
        (
            (
                *journal.db.execute(
                    f"SELECT day, created_at FROM {kind} WHERE id = ?", [i]
                ).fetchone(),
                i,
            )
            for kind, i in written
        ),
        reverse=True,
    )
    for size in (1, 7, 25, 60):
        found = all_pages(journal, sara.id, "zwemmen", size)
        assert [f.sort_key for f in found] == expected
    assert journal.search.count(sara.id, "zwemmen") == {"entry": 40, "moment": 20}


def test_a_deleted_moment_leaves_the_index_and_undo_brings_it_back(couple):
    journal, sara, _tom = couple
    moment, _ = journal.moments.give(MomentDraft(sara.id, date(2026, 4, 2), "Even gewandeld."))
    journal.moments.delete(moment.id, sara.id)
    assert journal.search.page(sara.id, "gewandeld") == []
    assert journal.db.execute("SELECT count(*) FROM moment_search_key").fetchone()[0] == 0
    journal.moments.restore(moment.id, sara.id)
    assert [f.item.id for f in journal.search.page(sara.id, "gewandeld")] == [moment.id]
    assert index_is_consistent(journal, "moment_fts")


def test_a_moment_moved_to_another_day_or_reworded_is_found_there(couple):
    journal, sara, _tom = couple
    journal.entries.create(EntryDraft(sara.id, date(2026, 4, 5), "Gewandeld in het bos."))
    moment, _ = journal.moments.give(MomentDraft(sara.id, date(2026, 4, 1), "Gewandeld."))
    journal.moments.edit(moment.id, MomentDraft(sara.id, date(2026, 4, 9), "Lang gewandeld."))
    found = journal.search.page(sara.id, "gewandeld")
    assert [(f.kind, f.item.day) for f in found] == [
        ("moment", date(2026, 4, 9)),
        ("entry", date(2026, 4, 5)),
    ]
    assert found[0].item.text == "Lang gewandeld."
    journal.moments.edit(moment.id, MomentDraft(sara.id, date(2026, 4, 9), "Lang gefietst."))
    assert [f.kind for f in journal.search.page(sara.id, "gewandeld")] == ["entry"]
    assert index_is_consistent(journal, "moment_fts")


def test_a_moment_result_shows_who_it_is_for_and_its_theme(couple):
    journal, sara, tom = couple
    journal.moments.give(
        MomentDraft(tom.id, date(2026, 4, 2), "Jij deed de nacht.", sara.id, theme="sleep")
    )
    (found,) = journal.search.page(sara.id, "nacht")
    moment = found.item.record
    assert (moment.author_id, moment.recipient_id, moment.theme) == (tom.id, sara.id, "sleep")
    assert moment.text == "Jij deed de nacht."


def test_a_moment_found_is_the_moment_as_stored_seen_and_linked_to_an_entry(couple):
    """Opening a found moment uses the record the search made: every field as stored."""
    journal, sara, tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 4, 2), "Een lange nacht."))
    given, _ = journal.moments.give(
        MomentDraft(
            tom.id,
            date(2026, 4, 2),
            "Jij bleef rustig 's nachts. 🌙",
            sara.id,
            theme="sleep",
            entry_id=entry.id,
        )
    )
    journal.db.execute(
        "UPDATE moment SET seen_at = '2026-04-03T07:00:00+00:00' WHERE id = ?", [given.id]
    )
    (found,) = [f for f in journal.search.page(sara.id, "rustig") if f.kind == "moment"]
    assert found.item.record == journal.moments.get_for(given.id, sara.id)
    assert found.item.record.seen_at == "2026-04-03T07:00:00+00:00"
    assert found.item.record.entry_id == entry.id


def test_an_older_journals_moments_are_found_after_the_upgrade(tmp_path):
    folder = tmp_path / "journal"
    folder.mkdir()
    shutil.copy(FIXTURES / "m0008_sealed_care_cells.db", folder / "journal.db")
    journal = Journal.open(JournalPaths(folder))
    try:
        sara, noor = journal.household.household().people
        # Noor's shared moment for Sara, written before the index was keyed by day.
        for person in (sara, noor):
            assert [(f.kind, f.item.day) for f in journal.search.page(person.id, "nacht")] == [
                ("moment", date(2026, 1, 11))
            ]
        assert journal.search.count(sara.id, "nacht") == {"moment": 1}
        assert index_is_consistent(journal, "moment_fts")
        # The Goed bezig screen's own search reads the same index.
        assert [h.moment.day for h in journal.moments.search(sara.id, "nacht")] == [
            date(2026, 1, 11)
        ]
    finally:
        journal.close()
