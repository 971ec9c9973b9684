"""The timeline service: entries and other sources merged newest first, page by page."""

from __future__ import annotations

from datetime import date

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.timeline import (
    TimelineFilter,
    TimelineItem,
    TimelineKey,
    TimelineService,
)


def write(journal, author, body, day, visibility=Visibility.SHARED, themes=()):
    entry, _ = journal.entries.create(
        EntryDraft(author.id, day, body, visibility=visibility, themes=themes)
    )
    return entry


class NoteSource:
    """A second kind of record, like goed-bezig moments, kept in memory for the test."""

    kind = "note"

    def __init__(self, notes: list[tuple[date, str, str]]):
        self.items = sorted(
            (
                TimelineItem(
                    kind="note",
                    key=TimelineKey(day.isoformat(), created, f"note-{i}"),
                    author_id="someone",
                    title="",
                    text=text,
                    visibility=Visibility.SHARED,
                )
                for i, (day, created, text) in enumerate(notes)
            ),
            key=lambda item: item.key,
            reverse=True,
        )

    def page(self, person_id, *, after, limit, filt):
        rows = [i for i in self.items if after is None or i.key < after]
        if filt.theme or filt.author_id:
            return []
        return rows[:limit]

    def days_with_items(self, person_id, first, last):
        return {i.day for i in self.items if first <= i.day <= last}


def all_pages(service: TimelineService, person_id: str, limit: int, filt=None):
    seen, after = [], None
    while True:
        page = service.page(person_id, after=after, limit=limit, filt=filt)
        seen.extend(page)
        if len(page) < limit:
            return seen
        after = page[-1].key


def test_entries_come_newest_day_first_across_pages(couple):
    journal, sara, _tom = couple
    for n in range(1, 8):
        write(journal, sara, f"dag {n}", date(2026, 3, n))
    texts = [i.text for i in all_pages(journal.timeline, sara.id, limit=3)]
    assert texts == [f"dag {n}" for n in range(7, 0, -1)]


def test_a_registered_source_appears_on_its_day_between_entries(couple):
    journal, sara, _tom = couple
    write(journal, sara, "maandag", date(2026, 3, 2))
    write(journal, sara, "woensdag", date(2026, 3, 4))
    journal.timeline.register(
        NoteSource([(date(2026, 3, 3), "2026-03-03T10:00:00.000000Z", "dinsdag: goed bezig")])
    )
    for limit in (1, 2, 5):
        texts = [i.text for i in all_pages(journal.timeline, sara.id, limit=limit)]
        assert texts == ["woensdag", "dinsdag: goed bezig", "maandag"], limit
    assert "note" in journal.timeline.kinds
    days = journal.timeline.days_with_items(sara.id, date(2026, 3, 1), date(2026, 3, 31))
    assert days == {date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)}


def test_a_partners_private_entry_is_not_in_my_timeline(couple):
    journal, sara, tom = couple
    write(journal, sara, "alleen voor mij", date(2026, 3, 3), Visibility.PRIVATE)
    write(journal, sara, "voor ons", date(2026, 3, 3), Visibility.SHARED)
    assert [i.text for i in journal.timeline.page(tom.id)] == ["voor ons"]
    assert sorted(i.text for i in journal.timeline.page(sara.id)) == ["alleen voor mij", "voor ons"]
    assert journal.timeline.days_with_items(tom.id, date(2026, 3, 3), date(2026, 3, 3)) == {
        date(2026, 3, 3)
    }


def test_filters_by_person_theme_and_day(couple):
    journal, sara, tom = couple
    write(journal, sara, "slaap sara", date(2026, 3, 1), themes=("sleep",))
    write(journal, tom, "slaap tom", date(2026, 3, 2), themes=("sleep",))
    write(journal, tom, "werk tom", date(2026, 3, 5), themes=("work_family", "eigen woord"))
    page = journal.timeline.page
    assert [i.text for i in page(sara.id, filt=TimelineFilter(author_id=tom.id))] == [
        "werk tom",
        "slaap tom",
    ]
    assert [i.text for i in page(sara.id, filt=TimelineFilter(theme="sleep"))] == [
        "slaap tom",
        "slaap sara",
    ]
    assert [i.text for i in page(sara.id, filt=TimelineFilter(theme="eigen woord"))] == ["werk tom"]
    assert [i.text for i in page(sara.id, filt=TimelineFilter(until=date(2026, 3, 2)))] == [
        "slaap tom",
        "slaap sara",
    ]


def test_deleted_entries_leave_the_timeline(couple):
    journal, sara, _tom = couple
    entry = write(journal, sara, "weg", date(2026, 3, 3))
    journal.entries.delete(entry.id, sara.id)
    assert journal.timeline.page(sara.id) == []
    journal.entries.restore(entry.id, sara.id)
    assert [i.id for i in journal.timeline.page(sara.id)] == [entry.id]


def test_own_themes_come_only_from_entries_i_may_see(couple):
    journal, sara, tom = couple
    write(journal, tom, "a", date(2026, 3, 1), Visibility.PRIVATE, themes=("geheim thema",))
    write(journal, tom, "b", date(2026, 3, 1), Visibility.SHARED, themes=("borstvoeding", "sleep"))
    write(journal, sara, "c", date(2026, 3, 1), Visibility.PRIVATE, themes=("Avondwandeling",))
    assert journal.entries.own_themes(sara.id) == ["Avondwandeling", "borstvoeding"]
    assert journal.entries.own_themes(tom.id) == ["borstvoeding", "geheim thema"]
