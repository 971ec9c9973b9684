"""SQLite storage through sqlite-utils: connection, migrations, FTS and repositories."""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """Load sqlite-utils without letting it load numpy.

    sqlite-utils imports numpy whenever it is installed, only to recognise numpy values as
    column types; the journal never stores one, and loading numpy costs 0.1–0.3 s of every
    start. A ``None`` entry in ``sys.modules`` makes that one ``import numpy`` fail as if it
    were not installed; the entry is removed again, so any later ``import numpy`` works.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()
