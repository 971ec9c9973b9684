"""Moments in the Dagboek timeline: on their day between entries, with the same privacy."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.core.timeline import TimelineFilter


@pytest.fixture
def three_people(couple):
    """Sara, Tom and Mia (a grandmother who helps), to see who a moment for Tom reaches."""
    journal, sara, tom = couple
    mia, _ = journal.household.add_person("Mia", "oma")
    return journal, sara, tom, mia


def write(journal, author, body, day):
    journal.entries.create(EntryDraft(author.id, day, body, visibility=Visibility.SHARED))


def give(journal, author, text, day, to=None, visibility=Visibility.PRIVATE, theme=None):
    journal.moments.give(
        MomentDraft(
            author.id,
            day,
            text,
            recipient_id=to.id if to else None,
            visibility=visibility,
            theme=theme,
        )
    )


def kinds_and_texts(items):
    return [(i.kind, i.text) for i in items]


def test_moments_sit_on_their_day_between_entries(couple):
    journal, sara, _tom = couple
    write(journal, sara, "maandag", date(2026, 3, 2))
    give(journal, sara, "even gerust", date(2026, 3, 3))
    write(journal, sara, "woensdag", date(2026, 3, 4))
    items = journal.timeline.page(sara.id)
    assert kinds_and_texts(items) == [
        ("entry", "woensdag"),
        ("moment", "even gerust"),
        ("entry", "maandag"),
    ]
    assert items[1].record.text == "even gerust"


def test_the_timeline_keeps_moment_privacy(three_people):
    journal, sara, tom, mia = three_people
    give(journal, sara, "Sara privé", date(2026, 3, 3))
    give(journal, sara, "Sara voor Tom", date(2026, 3, 3), to=tom)
    give(journal, sara, "Sara voor iedereen", date(2026, 3, 3), visibility=Visibility.SHARED)
    texts = {
        name: {i.text for i in journal.timeline.page(p.id)}
        for name, p in (("sara", sara), ("tom", tom), ("mia", mia))
    }
    assert texts["sara"] == {"Sara privé", "Sara voor Tom", "Sara voor iedereen"}
    assert texts["tom"] == {"Sara voor Tom", "Sara voor iedereen"}
    assert texts["mia"] == {"Sara voor iedereen"}
    assert journal.timeline.days_with_items(mia.id, date(2026, 3, 1), date(2026, 3, 31)) == {
        date(2026, 3, 3)
    }


def test_pages_across_entries_and_moments_lose_nothing_and_repeat_nothing(couple):
    journal, sara, _tom = couple
    for day in range(1, 11):
        write(journal, sara, f"entry {day}", date(2026, 3, day))
        give(journal, sara, f"moment {day}", date(2026, 3, day))
    seen, after = [], None
    while True:
        page = journal.timeline.page(sara.id, after=after, limit=3)
        seen += [i.text for i in page]
        if len(page) < 3:
            break
        after = page[-1].key
    assert len(seen) == 20 and len(set(seen)) == 20
    assert seen[:2] == ["moment 10", "entry 10"] or seen[:2] == ["entry 10", "moment 10"]


def test_theme_and_author_filters_apply_to_moments(couple):
    journal, sara, tom = couple
    give(journal, tom, "Tom slaap", date(2026, 3, 3), theme="sleep", visibility=Visibility.SHARED)
    give(journal, sara, "Sara zonder thema", date(2026, 3, 3))
    sleep = journal.timeline.page(sara.id, filt=TimelineFilter(theme="sleep"))
    assert [i.text for i in sleep] == ["Tom slaap"]
    assert sleep[0].themes == ("sleep",)
    by_sara = journal.timeline.page(sara.id, filt=TimelineFilter(author_id=sara.id))
    assert [i.text for i in by_sara] == ["Sara zonder thema"]
