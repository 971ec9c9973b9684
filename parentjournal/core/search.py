"""Search across the Dagboek: entries, goed-bezig moments and any other source, newest first.

Each kind of record plugs in as a :class:`SearchSource`, the way the timeline merges its
sources (``core.timeline``): every source returns its own next page after one shared cursor,
sorted by the timeline key (day, created_at, id; newest first), and :class:`SearchService`
merges them. Paging is keyset-based, so result 5,000 costs what result 1 costs.

Adding a source (e.g. an unlocked person's sealed items, searched in memory)::

    class SealedSource:
        kind = "entry"          # or its own kind; the screen shows it with KIND_META

        def page(self, person_id, text, *, after, limit):
            # At most ``limit`` Found items visible to ``person_id`` matching ``text``,
            # sorted by ``found.key`` descending, each strictly before ``after`` when given.
            ...

        def count(self, person_id, text):
            # How many items match (for "12 entries found"); never a number about people.
            ...

    journal.search.register(SealedSource(...))   # in parentjournal/journal.py
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Protocol

from parentjournal.core.model import SearchHit
from parentjournal.core.timeline import TimelineItem, TimelineKey, entry_item


@dataclass(frozen=True)
class Found:
    """One search result: the timeline item and a snippet with the matches marked.

    Matches in ``snippet`` are wrapped in ``HIGHLIGHT_START``/``HIGHLIGHT_END`` (see
    ``core.model``), so the screen can escape the person's text first and then mark them.
    """

    item: TimelineItem
    snippet: str

    @property
    def key(self) -> TimelineKey:
        return self.item.key

    @property
    def kind(self) -> str:
        return self.item.kind


class SearchSource(Protocol):
    """One kind of record in the search results (see the module docstring)."""

    kind: str

    def page(
        self, person_id: str, text: str, *, after: TimelineKey | None, limit: int
    ) -> list[Found]: ...

    def count(self, person_id: str, text: str) -> int: ...


class EntryPages(Protocol):
    """What the entry source needs from storage (``store.entry_repo.EntryRepo`` fits)."""

    def search_page(
        self, person_id: str, text: str, *, after: TimelineKey | None = None, limit: int = 25
    ) -> list[SearchHit]: ...

    def count_matches(self, person_id: str, text: str) -> int: ...


class EntrySearchSource:
    """Journal entries in the search results; privacy is applied by the store."""

    kind = "entry"

    def __init__(self, store: EntryPages):
        self.store = store

    def page(
        self, person_id: str, text: str, *, after: TimelineKey | None, limit: int
    ) -> list[Found]:
        hits = self.store.search_page(person_id, text, after=after, limit=limit)
        return [Found(entry_item(h.entry), h.snippet) for h in hits]

    def count(self, person_id: str, text: str) -> int:
        return self.store.count_matches(person_id, text)


class SearchService:
    """Merges the pages of every registered source into one newest-first result list."""

    def __init__(self, sources: list[SearchSource] | None = None):
        self._sources: list[SearchSource] = list(sources or [])

    def register(self, source: SearchSource) -> None:
        """Add a source; its items are found from the next search on."""
        self._sources.append(source)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self._sources)

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
        merged = heapq.merge(*pages, key=lambda found: found.key, reverse=True)
        return [found for _, found in zip(range(limit), merged, strict=False)]

    def count(self, person_id: str, text: str) -> dict[str, int]:
        """How many results each kind holds for ``person_id`` (kinds with none left out)."""
        counts: dict[str, int] = {}
        if not text.strip():
            return counts
        for source in self._sources:
            found = source.count(person_id, text)
            if found:
                counts[source.kind] = counts.get(source.kind, 0) + found
        return counts
