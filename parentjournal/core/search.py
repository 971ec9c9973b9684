"""Search across the Dagboek: entries, goed-bezig moments and any other source, newest first.

Each kind of record plugs in through a :class:`SearchSource`, the way the timeline merges its
sources (``core.timeline``): every source returns its own next page after one shared cursor,
sorted by the timeline key (day, created_at, id; newest first), and :class:`SearchService`
merges them. Paging is keyset-based, so result 5,000 costs what result 1 costs. Entries and
moments come from one source (``store.dagboek_search``), which reads both in one statement.

Adding a source (e.g. another kind of record, searched by its own index)::

    class NoteSource:
        kinds = ("note",)        # the screen shows it with KIND_META

        def page(self, person_id, text, *, after, limit):
            # At most ``limit`` Found items visible to ``person_id`` matching ``text``,
            # sorted by ``found.sort_key`` descending, each strictly before ``after``.
            ...

        def counts(self, person_id, text):
            # {"note": how many match} (for "12 entries found"); never a number about people.
            ...

    journal.search.register(NoteSource(...))   # in parentjournal/journal.py
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Protocol

from parentjournal.core.timeline import TimelineItem, TimelineKey


class Found:
    """One search result: the timeline item and a snippet with the matches marked.

    Matches in ``snippet`` are wrapped in ``HIGHLIGHT_START``/``HIGHLIGHT_END`` (see
    ``core.model``), so the screen can escape the person's text first and then mark them.
    A source may hand over its row and a function that makes the item from it
    (:meth:`of_row`): a search runs at every pause in typing, and the item of a row is only
    needed once that row is painted or opened.
    """

    __slots__ = ("_item", "_make", "_row", "kind", "snippet", "sort_key")

    def __init__(self, item: TimelineItem, snippet: str):
        self.kind = item.kind
        self.sort_key = (item.key.day, item.key.created_at, item.key.id)
        self.snippet = snippet
        self._item: TimelineItem | None = item
        self._row = None
        self._make: Callable[[object], TimelineItem] | None = None

    @classmethod
    def of_row(
        cls,
        kind: str,
        sort_key: tuple[str, str, str],
        snippet: str,
        row: object,
        make: Callable[[object], TimelineItem],
    ) -> Found:
        """A result whose item ``make(row)`` builds when it is first asked for."""
        found = cls.__new__(cls)
        found.kind, found.sort_key, found.snippet = kind, sort_key, snippet
        found._item, found._row, found._make = None, row, make
        return found

    @property
    def item(self) -> TimelineItem:
        if self._item is None:
            self._item = self._make(self._row)
            self._row = self._make = None
        return self._item

    @property
    def key(self) -> TimelineKey:
        """The timeline key (day, created_at, id): the cursor for the next page."""
        return TimelineKey(*self.sort_key)

    def __repr__(self) -> str:
        return f"Found({self.kind!r}, {self.sort_key!r})"


class SearchSource(Protocol):
    """One or more kinds of record in the search results (see the module docstring)."""

    kinds: tuple[str, ...]

    def page(
        self, person_id: str, text: str, *, after: TimelineKey | None, limit: int
    ) -> list[Found]: ...

    def counts(self, person_id: str, text: str) -> dict[str, int]: ...


class SearchService:
    """Merges the pages of every registered source into one newest-first result list."""

    def __init__(self, sources: list[SearchSource] | None = None):
        self._sources: list[SearchSource] = list(sources or [])

    def register(self, source: SearchSource) -> None:
        """Add a source; its items are found from the next search on."""
        self._sources.append(source)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for s in self._sources for kind in s.kinds)

    def page(
        self,
        person_id: str,
        text: str,
        *,
        after: TimelineKey | None = None,
        limit: int = 25,
    ) -> list[Found]:
        """The next ``limit`` results for ``person_id`` after the cursor ``after``.

        Every source is asked for ``limit`` results after the same cursor; the merged first
        ``limit`` are exactly the next page because each source honours the same key. Pass
        the ``key`` of the last result as ``after`` for the following page; fewer than
        ``limit`` results means the end.
        """
        if not text.strip():
            return []
        pages = [source.page(person_id, text, after=after, limit=limit) for source in self._sources]
        if len(pages) == 1:
            return pages[0][:limit]
        merged = heapq.merge(*pages, key=lambda found: found.sort_key, reverse=True)
        return [found for _, found in zip(range(limit), merged, strict=False)]

    def count(self, person_id: str, text: str) -> dict[str, int]:
        """How many results each kind holds for ``person_id`` (kinds with none left out)."""
        counts: dict[str, int] = {}
        if not text.strip():
            return counts
        for source in self._sources:
            for kind, found in source.counts(person_id, text).items():
                if found:
                    counts[kind] = counts.get(kind, 0) + found
        return counts
