"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12 wheels are built against Python 3.12+ headers, where ``None`` is immortal and
``Py_RETURN_NONE`` takes no new reference. On 3.11 every Qt method that returns nothing
(``setText``, ``setBold``, …) therefore drops one reference to ``None``; after a few thousand
calls (a single scroll through a long timeline) the interpreter aborts with
"deallocating None". Giving ``None`` a huge reference count makes it as immortal as 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def keep_none_alive() -> None:
    """Top up the reference count of ``None`` (no-op on Python 3.12+, where it is immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # CPython 3.11 objects start with ob_refcnt (Py_ssize_t); id() is the object's address.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _RESERVE:
        refcount.value += _RESERVE
