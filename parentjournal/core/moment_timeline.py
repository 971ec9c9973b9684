"""Goed bezig-momenten in the Dagboek: on their day between entries (the search finds them
through ``store/dagboek_search.py``)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from parentjournal.core.moments import Moment
from parentjournal.core.timeline import TimelineFilter, TimelineItem, TimelineKey


class MomentPages(Protocol):
    """What the source needs from storage (``store.moment_repo.MomentRepo`` fits)."""

    def page_after(
        self,
        person_id: str,
        *,
        after: tuple[str, str, str] | None = None,
        limit: int = 100,
        author_id: str | None = None,
        theme: str | None = None,
        until: date | None = None,
    ) -> list[Moment]: ...
    def on_days(self, person_id: str, first: date, last: date) -> list[Moment]: ...


def moment_item(moment: Moment) -> TimelineItem:
    """A moment as a timeline item (its record is the :class:`Moment`)."""
    return TimelineItem(
        kind="moment",
        key=TimelineKey(moment.day.isoformat(), moment.created_at, moment.id),
        author_id=moment.author_id,
        title="",
        text=moment.text,
        visibility=moment.visibility,
        themes=(moment.theme,) if moment.theme else (),
        record=moment,
    )


class MomentSource:
    """The moments a person may see, newest first; privacy is applied by the store."""

    kind = "moment"

    def __init__(self, store: MomentPages):
        self.store = store

    def page(
        self,
        person_id: str,
        *,
        after: TimelineKey | None,
        limit: int,
        filt: TimelineFilter,
    ) -> list[TimelineItem]:
        rows = self.store.page_after(
            person_id,
            after=(after.day, after.created_at, after.id) if after else None,
            limit=limit,
            author_id=filt.author_id,
            theme=filt.theme,
            until=filt.until,
        )
        return [moment_item(m) for m in rows]

    def days_with_items(self, person_id: str, first: date, last: date) -> set[date]:
        return {m.day for m in self.store.on_days(person_id, first, last)}
