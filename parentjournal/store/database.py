"""The journal's connection wrapper: the few things the store uses of sqlite-utils.

The store only ever needs ``execute``, ``atomic`` (a transaction, savepoints when nested),
``conn`` and ``close``. This class has exactly those, with sqlite-utils' behaviour, so
opening a journal does not import sqlite-utils and what it pulls in (click, pluggy,
dateutil: about 60 ms of every start). sqlite-utils still runs the schema migrations,
loaded only when one is pending (see :mod:`parentjournal.store.migrations`), and any code
may still hand the store a ``sqlite_utils.Database``: both have these four members.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any


class Database:
    """One open SQLite connection in autocommit mode (``isolation_level=None``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        # As sqlite-utils does: a REPLACE fires the delete triggers (the search index).
        self.conn.execute("PRAGMA recursive_triggers=on")

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; a write outside :meth:`atomic` is committed at once."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction around the block; nested blocks use savepoints (as sqlite-utils)."""
        if self.conn.in_transaction:
            savepoint = f"journal_{os.urandom(8).hex()}"  # (secrets would load OpenSSL)
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A trigger's RAISE(ROLLBACK) may have ended the whole transaction already.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
