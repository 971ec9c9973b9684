"""The pure care-load rules: what counts as a difference between two pictures."""

from __future__ import annotations

import pytest

from parentjournal.core.careload import (
    DOMAINS,
    PRESET_TASKS,
    Holder,
    HolderKind,
    Stage,
    differences,
)

SARA, TOM = "sara-id", "tom-id"
ME_SARA = Holder(HolderKind.PERSON, SARA)
TOM_H = Holder(HolderKind.PERSON, TOM)
TOGETHER = Holder(HolderKind.TOGETHER)
NOBODY = Holder(HolderKind.NOBODY)


def test_only_cells_both_answered_differently_are_differences():
    sara = {
        ("bath", Stage.NOTICE): ME_SARA,
        ("bath", Stage.DO): TOGETHER,
        ("vaccins", Stage.FOLLOW_UP): ME_SARA,
        ("bills", Stage.DECIDE): NOBODY,  # Tom skipped this one
    }
    tom = {
        ("bath", Stage.NOTICE): TOGETHER,
        ("bath", Stage.DO): TOGETHER,
        ("vaccins", Stage.FOLLOW_UP): TOM_H,
        ("groceries", Stage.DO): TOM_H,  # Sara skipped this one
    }
    found = differences(sara, tom, ["bath", "vaccins", "bills", "groceries"])
    assert [(d.task_id, d.stage) for d in found] == [
        ("bath", Stage.NOTICE),
        ("vaccins", Stage.FOLLOW_UP),
    ]
    assert found[0].first == ME_SARA and found[0].second == TOGETHER


def test_identical_pictures_have_no_differences():
    cells = {("bath", stage): TOGETHER for stage in Stage}
    assert differences(cells, dict(cells)) == []


def test_the_same_person_named_in_both_pictures_is_agreement():
    # "me" in Sara's picture and "Sara" in Tom's picture are the same holder.
    assert differences({("x", Stage.DO): ME_SARA}, {("x", Stage.DO): ME_SARA}) == []


def test_outside_helpers_agree_whatever_name_was_typed():
    oma = Holder(HolderKind.OUTSIDE, outside_name="oma")
    grandparents = Holder(HolderKind.OUTSIDE, outside_name="grootouders")
    assert differences({("x", Stage.DO): oma}, {("x", Stage.DO): grandparents}) == []
    assert len(differences({("x", Stage.DO): oma}, {("x", Stage.DO): NOBODY})) == 1


def test_differences_follow_the_household_order_then_the_stages():
    a = {("b", Stage.FOLLOW_UP): ME_SARA, ("b", Stage.NOTICE): ME_SARA, ("a", Stage.DO): NOBODY}
    b = {("b", Stage.FOLLOW_UP): TOM_H, ("b", Stage.NOTICE): TOM_H, ("a", Stage.DO): TOM_H}
    found = differences(a, b, ["b", "a"])
    assert [(d.task_id, d.stage) for d in found] == [
        ("b", Stage.NOTICE),
        ("b", Stage.FOLLOW_UP),
        ("a", Stage.DO),
    ]


def test_a_person_holder_needs_a_person():
    with pytest.raises(ValueError):
        Holder(HolderKind.PERSON)
    with pytest.raises(ValueError):
        Holder(HolderKind.TOGETHER, "someone")


def test_every_preset_task_belongs_to_a_known_domain_and_every_domain_has_tasks():
    assert {domain for _key, domain in PRESET_TASKS} == set(DOMAINS)
    keys = [key for key, _domain in PRESET_TASKS]
    assert len(keys) == len(set(keys))
