"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12 wheels are built against Python 3.12+ headers, where these singletons are
immortal and ``Py_RETURN_NONE`` / ``Py_RETURN_TRUE`` take no new reference. On 3.11 every Qt
method that returns nothing (``setText``, ``setBold``, …) therefore drops one reference to
``None`` (and some paths one to ``True``/``False``); after a few thousand calls (a single
scroll through a long timeline, or a long test run) the interpreter aborts with
"deallocating None". Giving them a huge reference count makes them as immortal as 3.12 does.
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 48
_SINGLETONS = (None, True, False, NotImplemented, Ellipsis)


def keep_none_alive() -> None:
    """Top up the singletons' reference counts (no-op on 3.12+, where they are immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount_at = _ssize_t()
    for singleton in _SINGLETONS:
        # CPython 3.11 objects start with ob_refcnt (Py_ssize_t); id() is the address.
        refcount = refcount_at.from_address(id(singleton))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE


def _ssize_t():
    """``ctypes.c_ssize_t``, made from ``_ctypes`` itself: this runs at every start, and
    ``import ctypes`` costs about 2 ms there for one type (Py_ssize_t is as wide as a
    pointer; "q" is a 64-bit and "i" a 32-bit C integer, as ctypes chooses them)."""
    from _ctypes import _SimpleCData

    class SSizeT(_SimpleCData):
        _type_ = "q" if sys.maxsize > 2**32 else "i"

    return SSizeT
