"""Looking back (Terugblik): on this day, a while ago, and the words of this month.

Everything here is computed from what one person may see: their own writing and what others
shared. Nothing is counted out loud, nothing is missing: an empty day is just an empty day,
and when there is nothing to look back on, nothing is shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol

from parentjournal.core.model import Entry
from parentjournal.core.moments import Moment, MomentService
from parentjournal.core.record import record

# "About a month ago" is a window, not a date: people do not write every day.
A_WHILE_AGO_DAYS = 30
A_WHILE_AGO_SPREAD = 10
# How far "on this day" looks back; a journal of the first 1000 days fits easily.
ON_THIS_DAY_MONTHS = 120
MONTH_WORDS = 8


def same_date_earlier(today: date, months: int = ON_THIS_DAY_MONTHS) -> list[date]:
    """The same day of the month in each earlier month, newest first.

    Months without that day (the 31st in April, the 29th of February in most years) are
    skipped rather than moved, so "op deze dag" always means the same date.
    """
    days = []
    year, month = today.year, today.month
    for _ in range(months):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        if year < 1:
            break
        try:
            days.append(date(year, month, today.day))
        except ValueError:
            continue
    return days


def a_while_ago_window(today: date) -> tuple[date, date]:
    """The days that count as "about a month ago"."""
    centre = today - timedelta(days=A_WHILE_AGO_DAYS)
    return centre - timedelta(days=A_WHILE_AGO_SPREAD), centre + timedelta(days=A_WHILE_AGO_SPREAD)


def pick_a_while_ago(today: date, own_entries: Iterable[Entry]) -> Entry | None:
    """The person's own entry closest to a month ago that has words in it, or None."""
    first, last = a_while_ago_window(today)
    centre = today - timedelta(days=A_WHILE_AGO_DAYS)
    candidates = [
        e
        for e in own_entries
        if first <= e.day <= last and (e.body.strip() or e.title.strip()) and not e.deleted_at
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda e: (abs((e.day - centre).days), e.day, e.id))


def month_words(entries: Iterable[Entry], limit: int = MONTH_WORDS) -> list[str]:
    """The themes that came up most in these entries, most frequent first, without counts.

    Ties keep the order in which the themes first appeared, so the list is stable.
    """
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update(dict.fromkeys(entry.themes, 1))
    return [theme for theme, _n in counts.most_common(limit)]


def month_bounds(today: date) -> tuple[date, date]:
    """First and last day of the month ``today`` is in."""
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


class LookbackStore(Protocol):
    """Reads for looking back; every one serves one person and applies the privacy rule."""

    def visible_on_days(self, person_id: str, days: list[date]) -> list[Entry]: ...
    def written_by(self, person_id: str, first: date, last: date) -> list[Entry]: ...


@record
class Lookback:
    """What the Terugblik screen shows for one person on one day."""

    on_this_day: tuple[Entry, ...]
    a_while_ago: Entry | None
    month_words: tuple[str, ...]
    moments_on_this_day: tuple[Moment, ...] = ()
    a_moment: Moment | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.on_this_day
            or self.a_while_ago
            or self.month_words
            or self.moments_on_this_day
            or self.a_moment
        )


class LookbackService:
    """Gathers what a person may look back on."""

    def __init__(self, store: LookbackStore, moments: MomentService | None = None):
        self.store = store
        self.moments = moments

    def on_this_day(self, person_id: str, today: date) -> list[Entry]:
        """Entries the person may see from this date in earlier months and years."""
        return self.store.visible_on_days(person_id, same_date_earlier(today))

    def moments_on_this_day(self, person_id: str, today: date) -> list[Moment]:
        """Goed bezig-moments the person may see from this date in earlier months and years."""
        days = same_date_earlier(today)
        if self.moments is None or not days:
            return []
        wanted = set(days)
        found = self.moments.on_days(person_id, min(days), max(days))
        return sorted((m for m in found if m.day in wanted), key=lambda m: m.day, reverse=True)

    def a_moment(self, person_id: str, *, not_id: str | None = None) -> Moment | None:
        """A random goed-bezig moment the person may see, or None when there are none."""
        if self.moments is None:
            return None
        return self.moments.surprise(person_id, not_id=not_id)

    def a_while_ago(self, person_id: str, today: date) -> Entry | None:
        """Something this person wrote about a month ago, if anything."""
        first, last = a_while_ago_window(today)
        return pick_a_while_ago(today, self.store.written_by(person_id, first, last))

    def month_words(self, person_id: str, today: date) -> list[str]:
        """The themes that came up most in this person's own writing this month."""
        first, last = month_bounds(today)
        return month_words(self.store.written_by(person_id, first, last))

    def gather(self, person_id: str, today: date) -> Lookback:
        """Everything for the Terugblik screen in one call."""
        return Lookback(
            on_this_day=tuple(self.on_this_day(person_id, today)),
            a_while_ago=self.a_while_ago(person_id, today),
            month_words=tuple(self.month_words(person_id, today)),
            moments_on_this_day=tuple(self.moments_on_this_day(person_id, today)),
            a_moment=self.a_moment(person_id),
        )
