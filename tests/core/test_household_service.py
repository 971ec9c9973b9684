"""The household as people set it up and change it (real SQLite file in tmp_path)."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.household import AdultInput, ChildInput
from parentjournal.core.model import EntryDraft, Phase
from parentjournal.store.errors import JournalFullError


def test_one_adult_is_enough_and_blank_rows_are_skipped(journal):
    journal.household.set_up([AdultInput("Noor"), AdultInput("   ", "papa")], [], None)
    household = journal.household.household()
    assert [p.name for p in household.people] == ["Noor"]
    assert household.phase is None


def test_a_failed_welcome_leaves_no_half_made_household(journal, monkeypatch):
    def disk_full(*_args, **_kwargs):
        raise JournalFullError("disk full")

    monkeypatch.setattr(journal.household_repo, "add_child", disk_full)
    with pytest.raises(JournalFullError):
        journal.household.set_up(
            [AdultInput("Sara", "mama"), AdultInput("Tom")],
            [ChildInput("Boontje", due_date=date(2027, 1, 14))],
            Phase.PREGNANT,
        )
    household = journal.household.household()
    assert household.people == ()
    assert household.children == ()
    assert household.phase is None


def test_children_can_be_added_changed_and_taken_out(journal):
    journal.household.set_up([AdultInput("Sam")], [], None)
    child, _ = journal.household.add_child(ChildInput("", due_date=date(2027, 2, 1)))
    journal.household.update_child(child.id, ChildInput("Mo", birth_date=date(2027, 1, 28)))
    (changed,) = journal.household.household().children
    assert (changed.name, changed.due_date, changed.birth_date) == ("Mo", None, date(2027, 1, 28))
    journal.household.remove_child(child.id)
    assert journal.household.household().children == ()


def test_a_child_without_name_or_date_is_refused(journal):
    with pytest.raises(ValueError):
        journal.household.add_child(ChildInput("  "))


def test_taking_someone_out_keeps_their_writing(couple):
    journal, sara, tom = couple
    entry, _ = journal.entries.create(EntryDraft(author_id=tom.id, day=date(2026, 11, 2), body="x"))
    journal.household.remove_person(tom.id)
    assert [p.name for p in journal.household.household().people] == ["Sara"]
    assert journal.entry_repo.get(entry.id).body == "x"
    with pytest.raises(ValueError):
        journal.household.remove_person(sara.id)


def test_the_phase_can_be_chosen_and_unchosen(journal):
    journal.household.set_up([AdultInput("Sam")], [], Phase.PREGNANT)
    journal.household.set_phase(Phase.FIRST_WEEKS)
    assert journal.household.household().phase is Phase.FIRST_WEEKS
    journal.household.set_phase(None)
    assert journal.household.household().phase is None
