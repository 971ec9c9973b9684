"""``@record``: the core's immutable records, as frozen dataclasses that start quicker.

A record behaves exactly as ``@dataclass(frozen=True)``: fields, defaults, ``replace``,
``fields``, equal by value, hashable, a readable repr, and no assigning afterwards.

Why not plain ``@dataclass(frozen=True)``: on Python 3.11 the decorator writes six methods
as source text for every class and compiles them, at every start of the app (about 0.7 ms a
class; the first window needs some twenty records). Three of those methods are the same for
every record apart from the field names: ``==``, ``hash`` and ``repr``. Here they are
written once, below, and each class gets them bound to its own field names, so a class
compiles only its ``__init__`` and the two methods that keep it frozen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import TypeVar, dataclass_transform

T = TypeVar("T", bound=type)
Values = Callable[[object], tuple]


@dataclass_transform(frozen_default=True)
def record(cls: T) -> T:
    """Make ``cls`` a frozen dataclass that is compared, hashed and shown by its fields."""
    cls = dataclass(frozen=True, eq=False, repr=False)(cls)
    own = vars(cls)
    every = fields(cls)
    # As dataclasses do: a method the class writes itself is kept.
    if "__eq__" not in own:
        cls.__eq__ = _equal_by(_values_of(f.name for f in every if f.compare))
    if "__hash__" not in own or own["__hash__"] is None:
        hashed = (f.name for f in every if (f.compare if f.hash is None else f.hash))
        cls.__hash__ = _hash_by(_values_of(hashed))
    if "__repr__" not in own:
        cls.__repr__ = _repr_by(tuple(f.name for f in every if f.repr))
    return cls


def _values_of(names: Iterable[str]) -> Values:
    """A function giving a record's values of ``names`` as one tuple (as dataclasses
    compare and hash them)."""
    names = tuple(names)
    if len(names) == 1:
        name = names[0]
        return lambda item: (getattr(item, name),)
    if not names:
        return lambda item: ()
    return attrgetter(*names)


def _equal_by(values: Values) -> Callable[[object, object], bool]:
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    return __eq__


def _hash_by(values: Values) -> Callable[[object], int]:
    def __hash__(self):
        return hash(values(self))

    return __hash__


def _repr_by(names: tuple[str, ...]) -> Callable[[object], str]:
    def __repr__(self):
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__
