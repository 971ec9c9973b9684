"""Demo journals: a believable household that writes over months, private and shared."""

from __future__ import annotations

from collections import Counter
from datetime import date

from parentjournal.core.demo import demo_rows
from parentjournal.core.model import PRESET_THEMES

LAST_DAY = date(2026, 11, 20)


def rows_of(entries: int, seed: int = 1):
    return list(demo_rows(entries, last_day=LAST_DAY, seed=seed))


def test_the_same_seed_gives_the_same_journal_and_another_seed_another():
    assert rows_of(50) == rows_of(50)
    assert rows_of(50) != rows_of(50, seed=2)


def test_two_adults_and_a_baby_write_over_many_months():
    rows = rows_of(1000)
    tables = Counter(table for table, _row in rows)
    assert tables == {"person": 2, "child": 1, "setting": 1, "entry": 1000, "moment": 40}
    entries = [row for table, row in rows if table == "entry"]
    people = {row["id"] for table, row in rows if table == "person"}
    assert {e["author_id"] for e in entries} == people
    months = {e["day"][:7] for e in entries}
    assert len(months) >= 6
    assert max(e["day"] for e in entries) <= LAST_DAY.isoformat()
    visibility = Counter(e["visibility"] for e in entries)
    assert visibility["private"] > 100 and visibility["shared"] > 100
    # A few entries sit in the bin, the rest do not.
    assert 0 < sum(e["deleted_at"] is not None for e in entries) < 50


def test_entries_are_about_the_pregnancy_before_the_birth_and_never_after():
    rows = rows_of(1000)
    child = next(row for table, row in rows if table == "child")
    entries = [row for table, row in rows if table == "entry"]
    pregnancy = [e for e in entries if '"pregnancy"' in e["themes"]]
    assert pregnancy
    assert all(e["day"] < child["birth_date"] for e in pregnancy)
    assert all(e["body"].strip() for e in entries)
    themes = {t.strip(' "') for e in entries for t in e["themes"][1:-1].split(",") if t}
    assert set(PRESET_THEMES) <= themes


def test_a_big_demo_spans_years_not_one_crowded_month():
    entries = [row for table, row in rows_of(11_000) if table == "entry"]
    days = sorted({e["day"] for e in entries})
    assert date.fromisoformat(days[0]).year <= LAST_DAY.year - 9


def test_each_adult_writes_about_the_other_by_name_and_in_their_own_role():
    rows = rows_of(3000)
    names = {row["id"]: row["name"] for table, row in rows if table == "person"}
    entries = [row for table, row in rows if table == "entry"]
    assert not any("{" in e["body"] for e in entries)
    for author_id, name in names.items():
        other = next(n for i, n in names.items() if i != author_id)
        own = [e["body"] for e in entries if e["author_id"] == author_id]
        assert not any(f"{name} nam de nachtvoeding over" in body for body in own)
        assert any(f"{other} nam de nachtvoeding over" in body for body in own)


def test_demo_moments_are_for_yourself_and_for_each_other_and_greet_nobody_with_a_pile():
    rows = rows_of(1000)
    people = {row["id"] for table, row in rows if table == "person"}
    moments = [row for table, row in rows if table == "moment"]
    assert {m["author_id"] for m in moments} == people
    for_someone = [m for m in moments if m["recipient_id"]]
    assert for_someone and len(for_someone) < len(moments)
    assert all(m["recipient_id"] != m["author_id"] for m in for_someone)
    waiting = [m for m in for_someone if m["seen_at"] is None]
    assert len(waiting) <= 3
    assert all(m["day"] <= LAST_DAY.isoformat() for m in moments)
