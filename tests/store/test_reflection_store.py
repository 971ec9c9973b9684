"""Prompt choices and looking back, in a real journal file."""

from __future__ import annotations

import random
from datetime import date

from parentjournal.core.model import EntryDraft, Phase, Visibility
from parentjournal.journal import Journal
from parentjournal.store.records import RECORD_TABLES


def test_not_for_me_hides_a_prompt_for_that_person_only_and_persists(couple):
    journal, sara, tom = couple
    journal.reflection.hide(sara.id, "you-body")
    paths = journal.paths
    journal.close()
    reopened = Journal.open(paths)
    try:
        assert reopened.reflection.store.hidden_prompts(sara.id) == {"you-body"}
        assert reopened.reflection.store.hidden_prompts(tom.id) == set()
        offered = {
            reopened.reflection.next_prompt(sara.id, "nl", rng=random.Random(i)).id
            for i in range(400)
        }
        assert "you-body" not in offered
        assert [p.id for p in reopened.reflection.hidden(sara.id, "en")] == ["you-body"]
    finally:
        reopened.close()


def test_a_hidden_prompt_can_be_brought_back(couple):
    journal, sara, _tom = couple
    journal.reflection.hide(sara.id, "you-body")
    journal.reflection.unhide(sara.id, "you-body")
    journal.reflection.hide(sara.id, "you-body")
    journal.reflection.unhide(sara.id, "you-body")
    assert journal.reflection.hidden(sara.id, "nl") == []
    rows = journal.db.execute("SELECT deleted_at FROM reflection_choice").fetchall()
    assert len(rows) == 1 and rows[0][0] is not None  # one row, soft-deleted, never removed


def test_prompts_can_be_switched_off_per_person(couple):
    journal, sara, tom = couple
    journal.reflection.set_enabled(sara.id, False)
    assert journal.reflection.next_prompt(sara.id, "nl") is None
    assert journal.reflection.next_prompt(tom.id, "nl") is not None
    journal.reflection.set_enabled(sara.id, True)
    assert journal.reflection.next_prompt(sara.id, "nl") is not None


def test_the_household_phase_selects_prompts(couple):
    journal, sara, _tom = couple
    journal.household.set_phase(Phase.PREGNANT)
    offered = {
        journal.reflection.next_prompt(sara.id, "nl", rng=random.Random(i)) for i in range(300)
    }
    assert all(Phase.PREGNANT in p.phases for p in offered)
    assert "hard-fear" in {p.id for p in offered}


def test_writing_from_a_prompt_links_the_entry(couple):
    journal, sara, _tom = couple
    prompt = journal.reflection.prompt("rest-what", "nl")
    entry, _ = journal.entries.create(
        EntryDraft(sara.id, date(2026, 3, 3), "een warm bad", prompt_id=prompt.id)
    )
    assert journal.entries.get_for(entry.id, sara.id).prompt_id == "rest-what"


def test_choices_travel_with_the_journal_records():
    assert RECORD_TABLES.index("reflection_choice") > RECORD_TABLES.index("person")


def _write(journal, person, day, body, visibility=Visibility.SHARED, themes=()):
    entry, _ = journal.entries.create(
        EntryDraft(person.id, day, body, visibility=visibility, themes=tuple(themes))
    )
    return entry


def test_on_this_day_shows_earlier_entries_on_the_same_date(couple):
    journal, sara, tom = couple
    _write(journal, sara, date(2026, 4, 12), "een maand terug")
    _write(journal, sara, date(2025, 5, 12), "een jaar terug")
    _write(journal, sara, date(2026, 5, 11), "de dag ervoor")
    _write(journal, tom, date(2026, 3, 12), "Toms geheim", visibility=Visibility.PRIVATE)
    found = journal.lookback.on_this_day(sara.id, date(2026, 5, 12))
    assert [e.body for e in found] == ["een maand terug", "een jaar terug"]
    assert [e.body for e in journal.lookback.on_this_day(tom.id, date(2026, 5, 12))] == [
        "een maand terug",
        "Toms geheim",
        "een jaar terug",
    ]


def test_on_this_day_is_empty_without_matches(couple):
    journal, sara, _tom = couple
    _write(journal, sara, date(2026, 5, 11), "niet dezelfde datum")
    assert journal.lookback.on_this_day(sara.id, date(2026, 5, 12)) == []
    assert journal.lookback.gather(sara.id, date(2026, 5, 12)).on_this_day == ()


def test_lookback_never_shows_a_partners_private_writing(couple):
    journal, sara, tom = couple
    _write(
        journal,
        tom,
        date(2026, 4, 12),
        "Toms geheim",
        visibility=Visibility.PRIVATE,
        themes=("sleep",),
    )
    _write(
        journal,
        tom,
        date(2026, 5, 1),
        "ook geheim",
        visibility=Visibility.PRIVATE,
        themes=("sleep",),
    )
    seen = journal.lookback.gather(sara.id, date(2026, 5, 12))
    assert seen.is_empty
    toms = journal.lookback.gather(tom.id, date(2026, 5, 12))
    assert [e.body for e in toms.on_this_day] == ["Toms geheim"]
    assert toms.a_while_ago.body == "Toms geheim"
    assert toms.month_words == ("sleep",)


def test_month_words_come_from_own_writing_this_month(couple):
    journal, sara, tom = couple
    _write(journal, sara, date(2026, 5, 2), "a", themes=("sleep", "feelings"))
    _write(journal, sara, date(2026, 5, 9), "b", themes=("feelings",))
    _write(journal, sara, date(2026, 4, 30), "vorige maand", themes=("health",))
    _write(journal, tom, date(2026, 5, 3), "gedeeld door Tom", themes=("household",))
    assert journal.lookback.month_words(sara.id, date(2026, 5, 12)) == ["feelings", "sleep"]


def test_moments_from_this_date_and_a_random_moment_respect_privacy(couple):
    from parentjournal.core.moments import MomentDraft

    journal, sara, tom = couple
    journal.moments.give(MomentDraft(sara.id, date(2026, 4, 12), "rustig gebleven om 3 uur"))
    journal.moments.give(
        MomentDraft(tom.id, date(2026, 3, 12), "Tom voor zichzelf", visibility=Visibility.PRIVATE)
    )
    seen = journal.lookback.gather(sara.id, date(2026, 5, 12))
    assert [m.text for m in seen.moments_on_this_day] == ["rustig gebleven om 3 uur"]
    assert seen.a_moment.text == "rustig gebleven om 3 uur"
    toms = journal.lookback.gather(tom.id, date(2026, 5, 12))
    assert [m.text for m in toms.moments_on_this_day] == ["Tom voor zichzelf"]
