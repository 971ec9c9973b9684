"""Another kind of record joins the Dagboek's search as one more registered source."""

from __future__ import annotations

from datetime import date

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.search import Found
from parentjournal.core.timeline import TimelineItem, TimelineKey


class NoteSource:
    """Notes kept in memory, for everyone; found when their text holds the word."""

    kinds = ("note",)

    def __init__(self, notes):
        self.items = [
            TimelineItem("note", TimelineKey(day.isoformat(), at, f"note-{n}"), "", "", text,
                         Visibility.SHARED)
            for n, (day, at, text) in enumerate(notes)
        ]  # fmt: skip

    def _matching(self, text):
        return sorted((i for i in self.items if text in i.text), key=lambda i: i.key, reverse=True)

    def page(self, person_id, text, *, after, limit):
        found = [Found(i, i.text) for i in self._matching(text) if after is None or i.key < after]
        return found[:limit]

    def counts(self, person_id, text):
        return {"note": len(self._matching(text))}


def test_a_registered_kind_is_found_on_its_day_and_counted(couple):
    journal, sara, _tom = couple
    for day in (2, 4):
        journal.entries.create(EntryDraft(sara.id, date(2026, 3, day), f"wandeling {day}"))
    journal.search.register(
        NoteSource([(date(2026, 3, 3), "2026-03-03T10:00:00.000000Z", "korte wandeling")])
    )
    for limit in (1, 2, 5):
        found, after = [], None
        while True:
            page = journal.search.page(sara.id, "wandeling", after=after, limit=limit)
            found += page
            if len(page) < limit:
                break
            after = page[-1].key
        assert [(f.kind, f.item.day.day) for f in found] == [
            ("entry", 4),
            ("note", 3),
            ("entry", 2),
        ], limit
    assert journal.search.count(sara.id, "wandeling") == {"entry": 2, "note": 1}
    assert journal.search.kinds == ("entry", "moment", "note")
