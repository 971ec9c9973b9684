"""Care tasks, pictures, sharing and agreements in a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.careload import PRESET_TASKS, Holder, HolderKind, Stage
from parentjournal.core.careload_service import NotYoursError
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths

TOGETHER = Holder(HolderKind.TOGETHER)


def person(p):
    return Holder(HolderKind.PERSON, p.id)


def test_a_new_journal_starts_with_the_preset_tasks_grouped_by_domain(journal):
    tasks = journal.careload.tasks()
    assert [t.key for t in tasks] == [key for key, _domain in PRESET_TASKS]
    assert all(t.id and t.created_at and t.deleted_at is None for t in tasks)


def test_household_adds_renames_and_hides_tasks(couple):
    journal, _sara, _tom = couple
    task, _ = journal.careload.add_task("  Kind en Gezin  bellen ", "appointments_health")
    assert task.name == "Kind en Gezin bellen" and task.key is None
    first = journal.careload.tasks()[0]
    journal.careload.rename_task(first.id, "Flesjes klaarzetten")
    journal.careload.set_hidden(task.id, True)
    names = {t.id: t.name for t in journal.careload.tasks()}
    assert names[first.id] == "Flesjes klaarzetten"
    assert task.id not in names
    assert task.id in {t.id for t in journal.careload.tasks(include_hidden=True)}
    with pytest.raises(ValueError):
        journal.careload.add_task("   ", "household")


def test_both_fill_in_independently_and_nothing_leaks_before_sharing(couple):
    journal, sara, tom = couple
    care = journal.careload
    task = care.tasks()[0]
    sara_pic, _ = care.start_picture(sara.id)
    tom_pic, _ = care.start_picture(tom.id)
    care.set_cell(sara.id, sara_pic.id, task.id, Stage.NOTICE, person(sara))
    care.set_cell(tom.id, tom_pic.id, task.id, Stage.NOTICE, TOGETHER)

    assert care.cells_for(sara.id, tom_pic.id) == {}
    assert care.cells_for(tom.id, sara_pic.id) == {}
    assert care.side_by_side(sara.id, tom.id) is None
    assert care.cells_for(sara.id, sara_pic.id) == {(task.id, Stage.NOTICE): person(sara)}
    with pytest.raises(NotYoursError):
        care.set_cell(sara.id, tom_pic.id, task.id, Stage.DO, TOGETHER)
    with pytest.raises(NotYoursError):
        care.share(sara.id, tom_pic.id)

    # Tom shares: Sara is invited, but sees nothing of his until she shares hers too.
    care.share(tom.id, tom_pic.id)
    state = care.reveal_state(sara.id, tom.id)
    assert state.other_shared and not state.viewer_shared
    assert care.side_by_side(sara.id, tom.id) is None

    care.share(sara.id, sara_pic.id)
    both = care.side_by_side(sara.id, tom.id)
    assert both is not None
    assert [(d.task_id, d.stage, d.first, d.second) for d in both.differences] == [
        (task.id, Stage.NOTICE, person(sara), TOGETHER)
    ]


def test_side_by_side_lists_exactly_the_differing_cells(couple):
    journal, sara, tom = couple
    care = journal.careload
    t1, t2, t3 = care.tasks()[:3]
    sp, _ = care.start_picture(sara.id)
    tp, _ = care.start_picture(tom.id)
    answers = [
        (t1, Stage.NOTICE, person(sara), TOGETHER),  # differs
        (t1, Stage.DO, TOGETHER, TOGETHER),
        (t2, Stage.FOLLOW_UP, person(sara), person(tom)),  # differs
        (t3, Stage.DECIDE, person(tom), person(tom)),
    ]
    for task, stage, s_holder, t_holder in answers:
        care.set_cell(sara.id, sp.id, task.id, stage, s_holder)
        care.set_cell(tom.id, tp.id, task.id, stage, t_holder)
    care.set_cell(sara.id, sp.id, t3.id, Stage.DO, TOGETHER)  # Tom skipped: no difference
    care.share(sara.id, sp.id)
    care.share(tom.id, tp.id)
    both = care.side_by_side(tom.id, sara.id)
    assert [(d.task_id, d.stage) for d in both.differences] == [
        (t1.id, Stage.NOTICE),
        (t2.id, Stage.FOLLOW_UP),
    ]
    # Hiding a task takes its cells out of the conversation.
    care.set_hidden(t2.id, True)
    assert [d.task_id for d in care.side_by_side(tom.id, sara.id).differences] == [t1.id]


def test_clearing_an_answer_and_giving_it_again(couple):
    journal, sara, _tom = couple
    care = journal.careload
    task = care.tasks()[0]
    pic, _ = care.start_picture(sara.id)
    care.set_cell(sara.id, pic.id, task.id, Stage.DO, TOGETHER)
    care.set_cell(sara.id, pic.id, task.id, Stage.DO, None)
    assert care.cells_for(sara.id, pic.id) == {}
    oma = Holder(HolderKind.OUTSIDE, outside_name="  oma   Rita ")
    care.set_cell(sara.id, pic.id, task.id, Stage.DO, oma)
    assert care.cells_for(sara.id, pic.id)[(task.id, Stage.DO)].outside_name == "oma Rita"


def test_redoing_keeps_earlier_pictures_with_their_date(couple, monkeypatch):
    journal, sara, _tom = couple
    care = journal.careload
    task = care.tasks()[0]
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 1, 5))
    first, _ = care.start_picture(sara.id)
    care.set_cell(sara.id, first.id, task.id, Stage.NOTICE, person(sara))
    care.set_cell(sara.id, first.id, task.id, Stage.DO, TOGETHER)
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 3, 9))
    second, _ = care.start_picture(sara.id)
    # The new round starts as a copy, then Sara changes one answer.
    assert care.cells_for(sara.id, second.id) == care.cells_for(sara.id, first.id)
    care.set_cell(sara.id, second.id, task.id, Stage.NOTICE, TOGETHER)

    pictures = care.my_pictures(sara.id)
    assert [p.made_on for p in pictures] == [date(2026, 3, 9), date(2026, 1, 5)]
    assert care.cells_for(sara.id, first.id)[(task.id, Stage.NOTICE)] == person(sara)
    changed = care.changes_since(sara.id, first.id)
    assert [(d.stage, d.first, d.second) for d in changed] == [
        (Stage.NOTICE, person(sara), TOGETHER)
    ]


def test_agreements_are_stored_dated_and_revisited(couple, monkeypatch):
    journal, sara, tom = couple
    care = journal.careload
    task = care.tasks()[8]
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 2, 1))
    agreement, changes = care.add_agreement(
        sara.id, "Vanaf nu volgt Tom de afspraken bij Kind en Gezin op", task.id
    )
    assert changes.kind == "agreement"
    assert agreement.made_on == date(2026, 2, 1) and agreement.task_id == task.id
    monkeypatch.setattr("parentjournal.core.careload_service.today", lambda: date(2026, 3, 1))
    care.add_note(agreement.id, tom.id, "Loopt goed, de herinneringen staan in mijn agenda.")
    [note] = care.notes(agreement.id)
    assert note.day == date(2026, 3, 1) and note.author_id == tom.id
    care.delete_agreement(agreement.id)
    assert care.agreements() == []
    care.restore_agreement(agreement.id)
    assert [a.text for a in care.agreements()] == [agreement.text]
    with pytest.raises(ValueError):
        care.add_agreement(sara.id, "   ")


def test_care_load_survives_closing_and_reopening(couple):
    journal, sara, _tom = couple
    care = journal.careload
    task = care.tasks()[0]
    pic, _ = care.start_picture(sara.id)
    care.set_cell(sara.id, pic.id, task.id, Stage.FOLLOW_UP, TOGETHER)
    care.share(sara.id, pic.id)
    paths = journal.paths
    journal.close()
    again = Journal.open(JournalPaths(paths.data_dir))
    try:
        shared = again.careload.side_by_side(sara.id, sara.id)
        assert shared is not None
        assert shared.first_cells == {(task.id, Stage.FOLLOW_UP): TOGETHER}
        assert len(again.careload.tasks()) == len(PRESET_TASKS)
    finally:
        again.close()


def test_a_note_is_changed_by_its_writer_only_and_an_agreement_gets_its_task_later(couple):
    journal, sara, tom = couple
    care = journal.careload
    agreement, _ = care.add_agreement(sara.id, "Om de beurt naar de opvang")
    note, _ = care.add_note(agreement.id, tom.id, "Loopt")
    changes = care.edit_note(note.id, tom.id, "  Loopt goed  ")
    assert changes.ids == (agreement.id,)
    with pytest.raises(NotYoursError):
        care.edit_note(note.id, sara.id, "Niet van mij")
    with pytest.raises(ValueError):
        care.edit_note(note.id, tom.id, "   ")
    assert [n.text for n in care.notes(agreement.id)] == ["Loopt goed"]
    task = care.tasks()[2]
    care.set_agreement_task(agreement.id, task.id)
    assert care.agreement(agreement.id).task_id == task.id
