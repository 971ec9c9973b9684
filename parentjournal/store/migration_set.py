"""A set of numbered migrations with sqlite-utils' ``Migrations`` interface, loaded lazily.

Every open asks which migrations are applied (a read of ``_sqlite_migrations``); only a
journal that needs one runs sqlite-utils' own ``Migrations.apply``, imported then. That
keeps sqlite-utils out of every ordinary start (see :mod:`parentjournal.store.database`)
while migrations are still registered, recorded and applied exactly as sqlite-utils does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' table, shared with its CLI


# Immutable records made as NamedTuples rather than frozen dataclasses: Python 3.11 builds
# a NamedTuple class several times faster, and every start imports this module.


class Migration(NamedTuple):
    """One registered migration."""

    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class AppliedMigration(NamedTuple):
    """A migration recorded in the journal, with when it was applied."""

    name: str
    applied_at: str


class MigrationSet:
    """Register with ``@MIGRATIONS()``; read with :meth:`applied` / :meth:`pending`."""

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            found = name or fn.__name__
            if any(m.name == found for m in self._migrations):
                raise ValueError(f"Migration '{found}' is already registered in '{self.name}'")
            self._migrations.append(Migration(found, fn, transactional))
            return fn

        return register

    def applied(self, db) -> list[AppliedMigration]:
        """The migrations of this set recorded in ``db``, in the order they were applied."""
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
        ).fetchone()
        if not exists:
            return []
        rows = db.execute(
            f"SELECT name, applied_at FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? "
            "ORDER BY rowid",
            [self.name],
        ).fetchall()
        return [AppliedMigration(name, applied_at) for name, applied_at in rows]

    def pending(self, db) -> list[Migration]:
        """Registered migrations not yet applied to ``db`` (read-only)."""
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply what is pending with sqlite-utils' ``Migrations`` (imported only now)."""
        from parentjournal.store import import_sqlite_utils

        sqlite_utils = import_sqlite_utils()
        real = sqlite_utils.Migrations(self.name)
        for migration in self._migrations:
            real(name=migration.name, transactional=migration.transactional)(migration.fn)
        if not isinstance(db, sqlite_utils.Database):
            db = sqlite_utils.Database(db.conn, execute_plugins=False)
        real.apply(db, stop_before=stop_before)
