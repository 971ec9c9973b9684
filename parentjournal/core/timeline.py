"""The timeline: one newest-first stream merged from several kinds of records.

The Dagboek shows journal entries, and other capabilities (goed-bezig moments, …) show their
records on their day between the entries. Each kind plugs in as a :class:`TimelineSource`;
:class:`TimelineService` merges their pages by one sort key: day (newest first), then
``created_at`` (newest first), then ``id``.

Adding a source (e.g. moments)::

    class MomentSource:
        kind = "moment"

        def page(self, person_id, *, after, limit, filt):
            # Return at most ``limit`` TimelineItems visible to ``person_id``, sorted by
            # ``item.key`` descending, each strictly *before* ``after`` (when given), honouring
            # the filter fields you support (return nothing for a filter you cannot apply,
            # e.g. a theme your records do not have).
            ...

    journal.timeline.register(MomentSource(...))   # in parentjournal/journal.py

Paging is keyset-based and stateless: the cursor is the key of the last item shown, so a
journal of 100,000 entries pages as fast as an empty one.
"""

from __future__ import annotations

import heapq
from datetime import date
from typing import Protocol

from parentjournal.core.model import Entry, Visibility
from parentjournal.core.ports import EntryStore
from parentjournal.core.record import record


@record(order=True)
class TimelineKey:
    """The sort key of a timeline item; the timeline is sorted by it, descending."""

    day: str  # ISO date, so string order is date order
    created_at: str
    id: str


# The entry repository's name for a cursor; the same shape.
PageKey = TimelineKey


@record
class TimelineFilter:
    """Optional narrowing of the timeline: one author, one theme, on or before a day."""

    author_id: str | None = None
    theme: str | None = None
    until: date | None = None


@record
class TimelineItem:
    """One row of the timeline, whatever its kind.

    Attributes:
        kind: which source made it ("entry", "moment", …).
        key: its sort key.
        author_id: who wrote it.
        title: a short heading (may be empty).
        text: the text to show a line of.
        visibility: who may see it.
        themes: theme keys or own theme words.
        record: the source's own record (an :class:`Entry` for kind "entry").
    """

    kind: str
    key: TimelineKey
    author_id: str
    title: str
    text: str
    visibility: Visibility
    themes: tuple[str, ...] = ()
    record: object = None

    @property
    def id(self) -> str:
        return self.key.id

    @property
    def day(self) -> date:
        return date.fromisoformat(self.key.day)


class TimelineSource(Protocol):
    """One kind of record in the timeline (see the module docstring)."""

    kind: str

    def page(
        self,
        person_id: str,
        *,
        after: TimelineKey | None,
        limit: int,
        filt: TimelineFilter,
    ) -> list[TimelineItem]: ...


def entry_item(entry: Entry) -> TimelineItem:
    """A journal entry as a timeline item."""
    return TimelineItem(
        kind="entry",
        key=TimelineKey(entry.day.isoformat(), entry.created_at, entry.id),
        author_id=entry.author_id,
        title=entry.title,
        text=entry.body,
        visibility=entry.visibility,
        themes=entry.themes,
        record=entry,
    )


class EntrySource:
    """Journal entries as a timeline source; privacy is applied by the store."""

    kind = "entry"

    def __init__(self, entries: EntryStore):
        self.entries = entries

    def page(
        self,
        person_id: str,
        *,
        after: TimelineKey | None,
        limit: int,
        filt: TimelineFilter,
    ) -> list[TimelineItem]:
        rows = self.entries.page(person_id, after=after, limit=limit, filt=filt)
        return [entry_item(e) for e in rows]

    def days_with_items(self, person_id: str, first: date, last: date) -> set[date]:
        return self.entries.days_with_entries(person_id, first, last)


class TimelineService:
    """Merges the pages of every registered source into one newest-first timeline."""

    def __init__(self, sources: list[TimelineSource] | None = None):
        self._sources: list[TimelineSource] = list(sources or [])

    def register(self, source: TimelineSource) -> None:
        """Add a source; its items appear in the timeline from the next page on."""
        self._sources.append(source)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self._sources)

    def days_with_items(self, person_id: str, first: date, last: date) -> set[date]:
        """Days in [first, last] with something ``person_id`` may see (to mark a calendar).

        A source takes part by having a ``days_with_items(person_id, first, last)`` method.
        """
        days: set[date] = set()
        for source in self._sources:
            method = getattr(source, "days_with_items", None)
            if method is not None:
                days |= method(person_id, first, last)
        return days

    def page(
        self,
        person_id: str,
        *,
        after: TimelineKey | None = None,
        limit: int = 100,
        filt: TimelineFilter | None = None,
    ) -> list[TimelineItem]:
        """The next ``limit`` items for ``person_id`` after the cursor ``after``.

        Each source is asked for ``limit`` items after the same cursor; the merged first
        ``limit`` are exactly the next page, because every source honours the same key.
        Pass the ``key`` of the last returned item as ``after`` for the following page; fewer
        than ``limit`` items means the end.
        """
        filt = filt or TimelineFilter()
        pages = [
            source.page(person_id, after=after, limit=limit, filt=filt) for source in self._sources
        ]
        merged = heapq.merge(*pages, key=lambda item: item.key, reverse=True)
        return [item for _, item in zip(range(limit), merged, strict=False)]
