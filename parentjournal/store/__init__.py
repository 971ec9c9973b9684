"""SQLite storage: connection, migrations, FTS and repositories."""

import sys


def import_sqlite_utils():
    """sqlite-utils, loaded without letting it load numpy; only migrations and imports need it.

    sqlite-utils imports numpy whenever it is installed, only to recognise numpy values as
    column types; the journal never stores one, and loading numpy costs 0.1–0.3 s. A
    ``None`` entry in ``sys.modules`` makes that one ``import numpy`` fail as if it were
    not installed; the entry is removed again, so any later ``import numpy`` works.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
    return sqlite_utils
