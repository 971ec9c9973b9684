"""The core's records (``@record``) behave as frozen dataclasses: an entry is the same entry
when its words are the same, a changed one is not, and nothing changes one in place. The
editor's "saved?" check, undo and the screens' refreshes rely on that."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from parentjournal.core.model import ChangeSet, Entry, EntryDraft, Person, Visibility
from parentjournal.core.record import record


def _entry(**changes) -> Entry:
    made = Entry("e1", "p1", date(2026, 3, 1), body="We sliepen 🌙 vier uur", themes=("sleep",))
    return dataclasses.replace(made, **changes)


def test_records_with_the_same_values_are_equal_and_hash_alike():
    assert _entry() == _entry()
    assert hash(_entry()) == hash(_entry())
    assert len({_entry(), _entry(), _entry(body="anders")}) == 2


def test_a_changed_value_or_another_kind_of_record_is_not_equal():
    assert _entry() != _entry(body="We sliepen vijf uur")
    assert _entry() != _entry(visibility=Visibility.SHARED)
    draft = EntryDraft("p1", date(2026, 3, 1))
    assert draft != EntryDraft("p1", date(2026, 3, 2))
    # Same field values in another record type are still another record.
    assert Person("x", "Sara") != Person("x", "Sara", role="mama")
    assert _entry() != ("e1", "p1")


def test_a_record_cannot_be_changed_in_place():
    entry = _entry()
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.body = "overschreven"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del entry.body
    assert entry.body == "We sliepen 🌙 vier uur"


def test_replace_and_fields_work_as_for_any_dataclass():
    shared = dataclasses.replace(_entry(), visibility=Visibility.SHARED)
    assert shared.visibility is Visibility.SHARED and shared.body == _entry().body
    assert [f.name for f in dataclasses.fields(Entry)][:3] == ["id", "author_id", "day"]


def test_repr_shows_the_fields_as_dataclasses_do():
    person = Person("p1", "Sara")
    assert repr(person) == (
        "Person(id='p1', name='Sara', role='', default_visibility=<Visibility.PRIVATE: "
        "'private'>, created_at='', updated_at='', deleted_at=None)"
    )


def test_a_record_with_an_unhashable_field_compares_but_does_not_hash():
    # As with a frozen dataclass: the change set's extra details are a dict.
    assert ChangeSet("entry", ("e1",), extra={"day": 1}) == ChangeSet(
        "entry", ("e1",), extra={"day": 1}
    )
    with pytest.raises(TypeError):
        hash(ChangeSet("entry", extra={"day": 1}))


def test_fields_left_out_of_comparing_and_showing_are_left_out():
    @record
    class Note:
        text: str
        seen_at: str = dataclasses.field(default="", compare=False, repr=False)

    assert Note("hallo", "maandag") == Note("hallo", "dinsdag")
    assert hash(Note("hallo", "maandag")) == hash(Note("hallo", "dinsdag"))
    assert repr(Note("hallo", "maandag")).endswith(".Note(text='hallo')")  # qualified name


def test_a_method_the_record_writes_itself_is_kept():
    @record
    class Loose:
        text: str

        def __eq__(self, other):
            return isinstance(other, Loose) and self.text.lower() == other.text.lower()

        def __hash__(self):
            return hash(self.text.lower())

    assert Loose("Hallo") == Loose("hallo")
    assert hash(Loose("Hallo")) == hash(Loose("hallo"))


def test_a_record_of_one_field_or_none():
    @record
    class One:
        text: str

    @record
    class Empty:
        pass

    assert One("a") == One("a") and One("a") != One("b")
    assert hash(One("a")) == hash(("a",))  # as a dataclass hashes its one field
    assert Empty() == Empty() and hash(Empty()) == hash(())
    assert repr(Empty()).endswith(".Empty()")
