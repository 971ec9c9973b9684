"""Sparing PySide6 from reading the source of the modules a start imports after it.

Once PySide6 is loaded it wraps Python's import: the first time an ``import`` statement
names a module after that (whether the module is new or was loaded before Qt), PySide
reads the module's whole source file (``inspect.getsource``) to note whether it names
PySide6, so that its opt-in ``__feature__`` switches (``snake_case``, ``true_property``)
apply only where they were asked for. It keeps the answer in a table. A start names some
ninety modules after Qt (ours: the windows are made of them; and the standard library's
that those import): ~10 ms of reading files whose bytecode is already compiled, and every
text then stays in memory in ``linecache``.

The answers are known without reading: none of our modules uses ``__feature__`` and all
want Qt's ordinary API, which is the table's ``0`` (what PySide answers for a module that
names PySide6); the standard library never names PySide6, which is ``-1`` (what PySide
answers for it). The finder below writes those answers as modules are first looked for,
so PySide finds them already there and reads nothing. Other packages are left to PySide.
A PySide without that table makes this do nothing.
"""

from __future__ import annotations

import sys

_OURS = __name__.partition(".")[0]
_STANDARD = sys.stdlib_module_names
_QT_API = 0  # the module uses Qt's ordinary API (no __feature__ switches)
_NOT_QT = -1  # the module does not name PySide6


def _answer(name: str) -> int | None:
    top = name.partition(".")[0]
    if top == _OURS:
        return _QT_API
    if top in _STANDARD:
        return _NOT_QT
    return None


class _AnsweredForPySide:
    """A meta path finder that finds nothing: it fills in PySide's table (see above)."""

    def __init__(self) -> None:
        self._table: dict | None = None

    def find_spec(self, name, path=None, target=None):
        table = self._table
        if table is None:
            table = self._table = _pyside_table()
            if table is None:
                return None
            # PySide has just been loaded: the modules loaded before it will be named again.
            for loaded in list(sys.modules):
                _note(table, loaded)
        _note(table, name)
        return None


def _note(table: dict, name: str) -> None:
    answer = _answer(name)
    if answer is not None:
        table.setdefault(name, answer)  # an answer already there stays


def _pyside_table() -> dict | None:
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once; a dictionary look-up per import)."""
    if not any(isinstance(finder, _AnsweredForPySide) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AnsweredForPySide())
