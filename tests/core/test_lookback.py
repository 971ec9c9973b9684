"""The dates behind looking back: same date earlier, about a month ago, this month's words."""

from __future__ import annotations

from datetime import date

from parentjournal.core.lookback import month_words, pick_a_while_ago, same_date_earlier
from parentjournal.core.model import Entry


def test_same_date_in_earlier_months_skips_months_without_that_day():
    days = same_date_earlier(date(2026, 5, 31), months=6)
    assert days == [date(2026, 3, 31), date(2026, 1, 31), date(2025, 12, 31)]


def test_same_date_crosses_the_year():
    assert same_date_earlier(date(2026, 2, 10), months=3) == [
        date(2026, 1, 10),
        date(2025, 12, 10),
        date(2025, 11, 10),
    ]


def _entry(day, body="iets", themes=(), eid="e"):
    return Entry(id=eid, author_id="p", day=day, body=body, themes=tuple(themes))


def test_a_while_ago_prefers_the_entry_closest_to_a_month_ago():
    today = date(2026, 6, 30)
    entries = [
        _entry(date(2026, 5, 24), eid="near"),
        _entry(date(2026, 5, 31), body="", eid="empty"),
        _entry(date(2026, 5, 22), eid="further"),
    ]
    assert pick_a_while_ago(today, entries).id == "near"


def test_a_while_ago_is_nothing_when_nothing_was_written_then():
    today = date(2026, 6, 30)
    assert pick_a_while_ago(today, [_entry(date(2026, 6, 28))]) is None


def test_month_words_are_ordered_by_how_often_they_came_up():
    entries = [
        _entry(date(2026, 6, 1), themes=("sleep", "work_family")),
        _entry(date(2026, 6, 2), themes=("sleep",)),
        _entry(date(2026, 6, 3), themes=("relationship", "sleep", "sleep")),
        _entry(date(2026, 6, 4), themes=("relationship",)),
    ]
    words = month_words(entries)
    assert words == ["sleep", "relationship", "work_family"]
    assert all(isinstance(w, str) and not any(c.isdigit() for c in w) for w in words)
