"""Journals written at every earlier schema open in this version with all their records.

The fixtures are built by ``tools/make_schema_fixture.py`` (see docs/DEVELOPING.md).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from parentjournal.core.backups import BackupKind
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import migrations
from parentjournal.store.backup import list_backups
from parentjournal.store.records import RECORD_TABLES, primary_key

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"
NAMES = [m.name for m in migrations.MIGRATIONS._migrations]
PRESENT = [name for name in NAMES if (FIXTURES / f"{name}.db").exists()]


def _records(path: Path) -> dict[str, dict[str, dict]]:
    """Every record of every record table, by primary key (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = {}
        for table in RECORD_TABLES:
            exists = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
            ).fetchone()
            if not exists:
                continue
            cur = conn.execute(f"SELECT * FROM [{table}]")
            names = [c[0] for c in cur.description]
            key = primary_key(table)
            found[table] = {
                row[names.index(key)]: dict(zip(names, row, strict=True)) for row in cur
            }
        return found
    finally:
        conn.close()


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_every_earlier_schema_has_a_fixture():
    missing = [name for name in NAMES[:-1] if name not in PRESENT]
    assert not missing, (
        f"No journal fixture for the earlier schema {missing[0]}: run "
        f"'python -m tools.make_schema_fixture {missing[0]}' and commit "
        f"tests/fixtures/schema/{missing[0]}.db (see docs/DEVELOPING.md, Migrations)."
    )


@pytest.mark.parametrize("name", PRESENT)
def test_a_journal_from_an_earlier_schema_upgrades_with_its_records(name, tmp_path):
    folder = tmp_path / "journal"
    folder.mkdir()
    paths = JournalPaths(folder)
    shutil.copy(FIXTURES / f"{name}.db", paths.journal)
    before = _records(paths.journal)
    assert before.get("entry"), f"the fixture {name} holds no entries; rebuild it"
    was_applied = _applied(paths.journal)
    assert was_applied[-1] == name

    journal = Journal.open(paths)
    try:
        assert [m.name for m in migrations.MIGRATIONS.applied(journal.db)] == NAMES
        # Search (FTS) still finds the old entries after the upgrade.
        people = journal.household.household().people
        assert people, "the adults of the old journal are gone"
        found = journal.entries.search(people[0].id, "creche")
        assert [h.entry.id for h in found] == ["44444444-4444-4444-8444-444444444444"]
    finally:
        journal.close()

    after = _records(paths.journal)
    for table, rows in before.items():
        assert set(after[table]) == set(rows), f"records of {table} were lost or invented"
        for key, row in rows.items():
            kept = {column: after[table][key][column] for column in row}
            assert kept == row, f"{table} {key} changed during the upgrade"

    backups = list_backups(paths.backups)
    if was_applied == NAMES:
        assert backups == [], "nothing to migrate, so no backup is needed"
    else:
        assert [b.kind for b in backups] == [BackupKind.BEFORE_MIGRATION]
        # The backup is the journal exactly as it was before the upgrade.
        assert _applied(backups[0].path) == was_applied
        assert _records(backups[0].path) == before
