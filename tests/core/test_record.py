"""The core's records (``@record``) behave as frozen dataclasses: an entry is the same entry
when its words are the same, a changed one is not, and nothing changes one in place. The
editor's "saved?" check, undo and the screens' refreshes rely on that."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date

import pytest

from parentjournal.core.model import ChangeSet, Entry, EntryDraft, Person, Visibility
from parentjournal.core.record import record
from parentjournal.core.timeline import TimelineKey


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


# Building a record: the same rules as a dataclass's __init__ ----------------------------
@record
class _Note:
    text: str
    by: str = "ik"
    tags: list = dataclasses.field(default_factory=list)
    seen: str = dataclasses.field(default="nog niet", init=False)
    marks: list = dataclasses.field(default_factory=list, init=False)


def test_a_record_is_built_by_position_by_name_or_both_with_defaults_filled_in():
    assert _Note("hallo") == _Note(text="hallo") == _Note("hallo", "ik", [])
    assert _Note("hallo", by="jij").by == "jij"
    both = _Note("hallo", "jij", ["slaap"])
    assert (both.text, both.by, both.tags, both.seen) == ("hallo", "jij", ["slaap"], "nog niet")
    # Field order is kept, as dataclasses keep it (asdict, fields, pattern matching).
    assert list(dataclasses.asdict(both)) == ["text", "by", "tags", "seen", "marks"]
    match both:
        case _Note("hallo", by):
            assert by == "jij"
        case _:
            pytest.fail("a record matches by position")


def test_a_default_factory_gives_every_record_its_own_value():
    first, second = _Note("a"), _Note("b")
    first.tags.append("slaap")
    first.marks.append("gelezen")
    assert second.tags == [] and _Note("c").tags == []
    assert second.marks == [] and first.marks == ["gelezen"]


def test_wrong_arguments_are_refused_with_the_field_named():
    with pytest.raises(TypeError, match="missing 1 required argument: 'text'"):
        _Note()
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        _Note("hallo", colour="rood")
    with pytest.raises(TypeError, match="multiple values for argument 'text'"):
        _Note("hallo", text="dag")
    with pytest.raises(TypeError, match="takes 4 positional arguments but 5 were given"):
        _Note("a", "b", [], "d")
    with pytest.raises(TypeError, match="unexpected keyword argument 'seen'"):
        _Note("hallo", seen="gisteren")  # not a parameter: init=False
    with pytest.raises(TypeError, match="missing 2 required arguments: 'id' and 'day'"):
        Entry(author_id="p1")
    assert dataclasses.replace(_Note("a"), by="jij") == _Note("a", "jij")


def test_post_init_runs_and_can_refuse_a_record():
    @record
    class Span:
        start: int
        end: int

        def __post_init__(self):
            if self.end < self.start:
                raise ValueError("an end before its start")

    assert Span(1, 2).end == 2
    with pytest.raises(ValueError, match="an end before its start"):
        Span(2, 1)
    with pytest.raises(ValueError):
        dataclasses.replace(Span(1, 2), end=0)


def test_a_record_survives_pickling_and_deep_copies_unchanged_and_still_frozen():
    entry = _entry()
    for copied in (pickle.loads(pickle.dumps(entry)), copy.deepcopy(entry)):
        assert copied == entry and copied is not entry
        with pytest.raises(dataclasses.FrozenInstanceError):
            copied.body = "anders"


def test_an_ordered_record_sorts_by_its_fields_in_order():
    newest = TimelineKey("2026-03-02", "2026-03-02T08:00:00", "b")
    same_day = TimelineKey("2026-03-02", "2026-03-02T07:00:00", "c")
    oldest = TimelineKey("2026-03-01", "2026-03-01T23:00:00", "a")
    assert sorted([newest, oldest, same_day]) == [oldest, same_day, newest]
    assert oldest < same_day <= same_day < newest and newest > oldest >= oldest
    assert max([oldest, newest, same_day]) is newest
    with pytest.raises(TypeError):
        _ = oldest < ("2026-03-02", "", "")  # only against its own kind, as dataclasses
    assert len({newest, TimelineKey("2026-03-02", "2026-03-02T08:00:00", "b")}) == 1
