"""``@record``: the core's immutable records, as frozen dataclasses that start quicker.

A record behaves as ``@dataclass(frozen=True)``: fields, defaults and default factories,
``__post_init__``, ``replace``, ``fields``, ``asdict``, pattern matching, equal by value,
hashable, a readable repr, pickling, and no assigning afterwards. ``@record(order=True)``
also sorts by its fields, in their order.

Why not plain ``@dataclass(frozen=True)``: on Python 3.11 the decorator writes its methods
(six for a record, ten when ordered) as source text for every class and compiles them, at
every start of the app: about 0.6 ms a class, and the first window needs some twenty
records. None of those methods differs between records except by the field names. Here
each is written once, below, and every class gets them bound to its own fields, so a
record compiles nothing. The ``dataclass`` call only collects the fields (it is asked for
no method at all, so it reports ``frozen=False`` in ``__dataclass_params__``; the frozen
behaviour comes from the shared ``__setattr__`` and ``__delattr__``).

Differences from a frozen dataclass, none of which the app relies on:
``inspect.signature`` of a record shows ``(*args, **kwargs)``, and a record class cannot
be subclassed by a plain frozen dataclass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import TypeVar, dataclass_transform

T = TypeVar("T", bound=type)
Values = Callable[[object], tuple]


@dataclass_transform(frozen_default=True)
def record(cls: T | None = None, /, *, order: bool = False):
    """Make ``cls`` a frozen dataclass that is built, compared, hashed and shown by its
    fields; with ``order=True`` also ``<``, ``<=``, ``>`` and ``>=``."""

    def make(cls: T) -> T:
        own = dict(vars(cls))  # what the class writes itself, before fields are collected
        cls = dataclass(init=False, repr=False, eq=False)(cls)
        every = fields(cls)
        # As dataclasses do: a method the class writes itself is kept.
        if "__init__" not in own:
            cls.__init__ = _init_for(cls, every)
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
        compared = _values_of(f.name for f in every if f.compare)
        if "__eq__" not in own:
            cls.__eq__ = _equal_by(compared)
        if "__hash__" not in own or own["__hash__"] is None:
            hashed = (f.name for f in every if (f.compare if f.hash is None else f.hash))
            cls.__hash__ = _hash_by(_values_of(hashed))
        if "__repr__" not in own:
            cls.__repr__ = _repr_by(tuple(f.name for f in every if f.repr))
        if order:
            for name, compare in _ORDERINGS.items():
                if name in own:
                    raise TypeError(f"{cls.__name__} writes {name} itself and asks for order")
                setattr(cls, name, _order_by(compare, compared))
        return cls

    return make if cls is None else make(cls)


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _init_for(cls: type, every) -> Callable[..., None]:
    """An ``__init__`` that takes the fields by position or by name, as a dataclass's
    does, fills in defaults and factories, and calls ``__post_init__`` if there is one."""
    names = tuple(f.name for f in every if f.init)
    count = len(names)
    known = frozenset(names)
    defaults = {f.name: f.default for f in every if f.init and f.default is not MISSING}
    factories = {
        f.name: f.default_factory
        for f in every
        if f.init and f.default is MISSING and f.default_factory is not MISSING
    }
    # Fields left out of __init__ still get their default, as with a dataclass.
    fixed = [(f.name, f.default, f.default_factory) for f in every if not f.init]
    post_init = getattr(cls, "__post_init__", None)
    where = f"{cls.__qualname__}.__init__()"
    set_attribute = object.__setattr__

    def __init__(self, /, *args, **kwargs):
        given = len(args)
        if given == count and not kwargs:  # every field by position: nothing to check
            values = dict(zip(names, args, strict=False))
        else:
            if given > count:
                raise TypeError(
                    f"{where} takes {count + 1} positional arguments but {given + 1} were given"
                )
            if given:
                values = defaults | dict(zip(names, args, strict=False))
                for name in names[:given]:
                    if name in kwargs:
                        raise TypeError(f"{where} got multiple values for argument {name!r}")
                values.update(kwargs)
            else:
                values = defaults | kwargs
            if len(values) != count or not known.issuperset(values):
                _complete(values, factories, known, names, where)
        if fixed:
            for name, default, factory in fixed:
                if default is not MISSING:
                    values[name] = default
                elif factory is not MISSING:
                    values[name] = factory()
        # The filled dict becomes the record's attributes (a frozen dataclass sets each
        # through object.__setattr__, past its own refusal; this is the same, at once).
        set_attribute(self, "__dict__", values)
        if post_init is not None:
            self.__post_init__()

    return __init__


def _complete(values: dict, factories: dict, known: frozenset, names: tuple, where: str):
    """The rare path of ``__init__``: default factories, then what is unknown or missing."""
    unknown = values.keys() - known
    if unknown:
        raise TypeError(f"{where} got an unexpected keyword argument {min(unknown)!r}")
    for name, factory in factories.items():
        if name not in values:
            values[name] = factory()
    missing = [name for name in names if name not in values]
    if missing:
        listed = " and ".join(", ".join(repr(n) for n in missing).rsplit(", ", 1))
        plural = "s" if len(missing) > 1 else ""
        raise TypeError(f"{where} missing {len(missing)} required argument{plural}: {listed}")


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


_ORDERINGS: dict[str, Callable[[tuple, tuple], bool]] = {
    "__lt__": tuple.__lt__,
    "__le__": tuple.__le__,
    "__gt__": tuple.__gt__,
    "__ge__": tuple.__ge__,
}


def _order_by(compare: Callable[[tuple, tuple], bool], values: Values):
    def ordering(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return compare(values(self), values(other))

    ordering.__name__ = compare.__name__
    return ordering
