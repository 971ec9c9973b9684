"""Goed bezig-momenten in a real SQLite file: privacy, the once-only notice, search, bin."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.household import AdultInput
from parentjournal.core.model import Visibility
from parentjournal.core.moments import (
    MomentDraft,
    MomentFilter,
    MomentTextError,
    NotYoursError,
)


def give(journal, author, text, to=None, visibility=Visibility.PRIVATE, **kw):
    moment, changes = journal.moments.give(
        MomentDraft(
            author.id,
            kw.pop("day", date(2026, 3, 3)),
            text,
            recipient_id=to.id if to else None,
            visibility=visibility,
            **kw,
        )
    )
    assert changes.kind == "moment" and changes.ids == (moment.id,)
    return moment


@pytest.fixture
def three(couple):
    """Sara, Tom and a grandmother who helps (Mia), to test who sees a moment for someone."""
    journal, sara, tom = couple
    mia, _ = journal.household.add_person("Mia", "oma")
    return journal, sara, tom, mia


def texts(moments):
    return {m.text for m in moments}


def test_private_moment_for_yourself_is_only_yours(couple):
    journal, sara, tom = couple
    give(journal, sara, "Ik heb vandaag om hulp gevraagd")
    assert texts(journal.moments.collection(sara.id)) == {"Ik heb vandaag om hulp gevraagd"}
    assert journal.moments.collection(tom.id) == []
    assert journal.moments.search(tom.id, "hulp") == []
    assert journal.moments.count(tom.id) == 0


def test_moment_for_someone_is_seen_by_author_and_recipient_only(three):
    journal, sara, tom, mia = three
    give(journal, sara, "Ik zag dat jij rustig bleef vannacht", to=tom)
    assert len(journal.moments.collection(sara.id)) == 1
    assert len(journal.moments.collection(tom.id)) == 1
    assert journal.moments.collection(mia.id) == []
    assert journal.moments.search(mia.id, "rustig") == []
    assert journal.moments.surprise(mia.id) is None


def test_shared_moment_is_seen_by_the_household(three):
    journal, sara, tom, mia = three
    give(journal, sara, "Samen de eerste nacht doorgekomen", to=tom, visibility=Visibility.SHARED)
    assert len(journal.moments.collection(mia.id)) == 1


def test_moment_for_partner_waits_once_then_stays_in_their_collection(couple):
    journal, sara, tom = couple
    moment = give(journal, sara, "Ik zag dat jij de fles klaarzette", to=tom)
    assert [m.id for m in journal.moments.waiting_for(tom.id)] == [moment.id]
    assert journal.moments.waiting_for(sara.id) == []

    changes = journal.moments.mark_shown(tom.id, [moment.id])
    assert changes.ids == (moment.id,)
    assert journal.moments.waiting_for(tom.id) == []
    assert [m.id for m in journal.moments.collection(tom.id)] == [moment.id]


def test_only_the_recipient_can_mark_a_moment_as_shown(couple):
    journal, sara, tom = couple
    moment = give(journal, sara, "Ik zag dat jij even rustte", to=tom)
    journal.moments.mark_shown(sara.id, [moment.id])
    assert len(journal.moments.waiting_for(tom.id)) == 1


def test_giving_a_moment_to_someone_else_makes_it_new_for_them(three):
    journal, sara, tom, mia = three
    moment = give(journal, sara, "Ik zag dat jij hielp", to=tom)
    journal.moments.mark_shown(tom.id, [moment.id])
    journal.moments.edit(
        moment.id, MomentDraft(sara.id, moment.day, moment.text, recipient_id=mia.id)
    )
    assert [m.id for m in journal.moments.waiting_for(mia.id)] == [moment.id]
    assert journal.moments.collection(tom.id) == []


def test_a_moment_for_yourself_addressed_to_yourself_is_just_yours(couple):
    journal, sara, _tom = couple
    moment = give(journal, sara, "Even gerust", to=sara)
    assert moment.recipient_id is None
    assert journal.moments.waiting_for(sara.id) == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00"])
def test_a_moment_needs_a_few_words(couple, text):
    journal, sara, _tom = couple
    with pytest.raises(MomentTextError):
        give(journal, sara, text)
    assert journal.moments.collection(sara.id) == []


def test_one_word_is_enough_and_whitespace_is_trimmed(couple):
    journal, sara, _tom = couple
    assert give(journal, sara, "  Gerust.  ").text == "Gerust."


def test_only_the_author_edits_or_deletes(couple):
    journal, sara, tom = couple
    moment = give(journal, sara, "Ik zag dat jij geduldig was", to=tom)
    with pytest.raises(NotYoursError):
        journal.moments.delete(moment.id, tom.id)
    with pytest.raises(NotYoursError):
        journal.moments.edit(moment.id, MomentDraft(tom.id, moment.day, "anders"))
    assert journal.moments.get_for(moment.id, tom.id).text == "Ik zag dat jij geduldig was"


def test_delete_goes_to_the_bin_and_restores(couple):
    journal, sara, tom = couple
    moment = give(journal, sara, "Ik zag dat jij sorry zei", to=tom)
    changes = journal.moments.delete(moment.id, sara.id)
    assert changes.deleted
    assert journal.moments.collection(tom.id) == []
    assert journal.moments.waiting_for(tom.id) == []
    assert [m.id for m in journal.moments.bin(sara.id)] == [moment.id]
    assert journal.moments.bin(tom.id) == []
    journal.moments.restore(moment.id, sara.id)
    assert [m.id for m in journal.moments.collection(tom.id)] == [moment.id]
    assert journal.moments.bin(sara.id) == []


def test_edit_changes_text_theme_and_day_and_search_follows(couple):
    journal, sara, _tom = couple
    moment = give(journal, sara, "Vandaag een dutje gedaan")
    journal.moments.edit(
        moment.id, MomentDraft(sara.id, date(2026, 3, 1), "Om hulp gevraagd", theme="self_care")
    )
    again = journal.moments.get_for(moment.id, sara.id)
    assert (again.text, again.theme, again.day) == (
        "Om hulp gevraagd",
        "self_care",
        date(2026, 3, 1),
    )
    assert journal.moments.search(sara.id, "dutje") == []
    assert len(journal.moments.search(sara.id, "hulp")) == 1


def test_search_ignores_accents_and_marks_matches(couple):
    journal, sara, tom = couple
    give(journal, sara, "Ik zag dat jij naar de crèche reed", to=tom)
    hits = journal.moments.search(tom.id, "creche")
    assert len(hits) == 1
    assert "\x02crèche\x03" in hits[0].snippet
    assert len(journal.moments.search(tom.id, "cre*")) == 1


@pytest.mark.parametrize("query", ['"', "AND", "(", "NEAR(a b", "*", "😴", "a:b"])
def test_odd_search_input_never_raises(couple, query):
    journal, sara, _tom = couple
    give(journal, sara, "crèche")
    assert isinstance(journal.moments.search(sara.id, query), list)


def test_newest_first_and_filter_by_person_and_theme(couple):
    journal, sara, tom = couple
    give(journal, sara, "oud", day=date(2026, 1, 1))
    give(journal, sara, "nieuw voor Tom", to=tom, day=date(2026, 3, 1), theme="sleep")
    give(journal, tom, "Tom voor zichzelf", day=date(2026, 2, 1), visibility=Visibility.SHARED)
    assert [m.text for m in journal.moments.collection(sara.id)] == [
        "nieuw voor Tom",
        "Tom voor zichzelf",
        "oud",
    ]
    about_tom = journal.moments.collection(sara.id, MomentFilter(about_id=tom.id))
    assert texts(about_tom) == {"nieuw voor Tom", "Tom voor zichzelf"}
    assert texts(journal.moments.collection(sara.id, MomentFilter(theme="sleep"))) == {
        "nieuw voor Tom"
    }
    assert journal.moments.count(sara.id, MomentFilter(about_id=tom.id)) == 2


def test_surprise_only_picks_what_the_person_may_see(couple):
    journal, sara, tom = couple
    give(journal, sara, "Sara privé")
    for n in range(3):
        give(journal, sara, f"Sara privé {n}")
    seen = give(journal, tom, "Tom voor Sara", to=sara)
    picks = {journal.moments.surprise(tom.id).id for _ in range(30)}
    assert picks == {seen.id}


def test_surprise_tries_another_one(couple):
    journal, sara, _tom = couple
    first = give(journal, sara, "een")
    second = give(journal, sara, "twee")
    for _ in range(10):
        assert journal.moments.surprise(sara.id, not_id=first.id).id == second.id
    # With a single moment, "another one" is that same one rather than nothing.
    journal.moments.delete(second.id, sara.id)
    assert journal.moments.surprise(sara.id, not_id=first.id).id == first.id


def test_on_days_serves_the_timeline_with_privacy(couple):
    journal, sara, tom = couple
    give(journal, sara, "in maart", day=date(2026, 3, 3))
    give(journal, sara, "in januari", day=date(2026, 1, 3), visibility=Visibility.SHARED)
    assert texts(journal.moments.on_days(sara.id, date(2026, 3, 1), date(2026, 3, 31))) == {
        "in maart"
    }
    assert journal.moments.on_days(tom.id, date(2026, 3, 1), date(2026, 3, 31)) == []
    assert texts(journal.moments.on_days(tom.id, date(2026, 1, 1), date(2026, 1, 31))) == {
        "in januari"
    }


def test_one_adult_household_works(journal):
    journal.household.set_up([AdultInput("Noor")], [], None)
    (noor,) = journal.household.household().people
    give(journal, noor, "Ik heb vandaag rust genomen")
    assert journal.moments.count(noor.id) == 1
    assert journal.moments.surprise(noor.id).text == "Ik heb vandaag rust genomen"


def test_moments_survive_reopening_the_file(couple, data_dir):
    from parentjournal.journal import Journal

    journal, sara, tom = couple
    give(journal, sara, "Ik zag dat jij bleef proberen", to=tom)
    journal.close()
    again = Journal.open_dir(data_dir)
    try:
        assert len(again.moments.waiting_for(tom.id)) == 1
        assert len(again.moments.search(tom.id, "proberen")) == 1
    finally:
        again.close()


def test_timeline_pages_follow_the_key_and_privacy(couple):
    from parentjournal.store.moment_repo import MomentRepo

    journal, sara, tom = couple
    for day in range(1, 8):
        give(journal, sara, f"dag {day}", day=date(2026, 3, day), visibility=Visibility.SHARED)
    give(journal, sara, "privé", day=date(2026, 3, 5))
    give(journal, tom, "Tom voor Sara", to=sara, day=date(2026, 3, 6), theme="sleep")
    repo = MomentRepo(journal.db)
    first = repo.page_after(tom.id, limit=3)
    assert [m.text for m in first] == ["dag 7", "Tom voor Sara", "dag 6"]
    last = first[-1]
    rest = repo.page_after(tom.id, after=(last.day.isoformat(), last.created_at, last.id))
    assert [m.text for m in rest] == ["dag 5", "dag 4", "dag 3", "dag 2", "dag 1"]
    assert "privé" in {m.text for m in repo.page_after(sara.id)}
    assert [m.text for m in repo.page_after(sara.id, theme="sleep")] == ["Tom voor Sara"]
    assert {m.text for m in repo.page_after(sara.id, author_id=tom.id)} == {"Tom voor Sara"}
    assert [m.text for m in repo.page_after(tom.id, until=date(2026, 3, 2))] == ["dag 2", "dag 1"]
