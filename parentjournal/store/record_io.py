"""Whole-journal reads and writes of records, table by table, for export, import and demos.

Works generically from ``store.records.RECORD_TABLES`` and SQLite's own description of each
table, so a capability that adds a table is carried without changes here.

Merging follows the rule the two-device sync will use: records are matched by primary key,
and the one with the newer ``updated_at`` wins (a tie keeps what the journal has).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby

from parentjournal.core.exchange import ColumnShape, TableShape, parse_timestamp, value_kind
from parentjournal.store import migrations
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.records import JSON_COLUMNS, RECORD_TABLES, primary_key

Row = dict[str, object]


def _exists(db: Database, table: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return db.execute(sql, [table]).fetchone() is not None


def record_tables(db: Database) -> list[str]:
    """The record tables this journal has, in dependency order."""
    return [t for t in RECORD_TABLES if _exists(db, t)]


def _kind(declared: str) -> str:
    declared = declared.upper()
    if "INT" in declared:
        return "integer"
    if any(word in declared for word in ("CHAR", "TEXT", "CLOB")):
        return "text"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return "any"


def table_shape(db: Database, table: str) -> TableShape:
    """Describe one record table for the import's validation."""
    references = {
        row[3]: row[2]
        for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
        if row[2] in RECORD_TABLES
    }
    key_to_id = {col for col, target in references.items() if primary_key(target) == "id"}
    columns = []
    for _cid, name, declared, not_null, default, _pk in db.execute(
        f"PRAGMA table_info([{table}])"
    ).fetchall():
        json_text = name in JSON_COLUMNS.get(table, ()) or str(default or "").startswith(
            ("'[", "'{")
        )
        columns.append(
            ColumnShape(
                name=name,
                kind=_kind(declared or ""),
                not_null=bool(not_null),
                required=bool(not_null) and default is None,
                value="json" if json_text else value_kind(name, name in key_to_id),
            )
        )
    return TableShape(table, primary_key(table), tuple(columns), references)


def table_shapes(db: Database) -> dict[str, TableShape]:
    """Shapes of every record table, in dependency order."""
    return {table: table_shape(db, table) for table in record_tables(db)}


def schema_names(db: Database) -> list[str]:
    """Names of the migrations applied to this journal, oldest first."""
    return [m.name for m in migrations.MIGRATIONS.applied(db)]


def known_schema() -> list[str]:
    """Names of the migrations this version of the app knows."""
    return [m.name for m in migrations.MIGRATIONS._migrations]


def read_records(db: Database) -> dict[str, list[Row]]:
    """Every row of every record table (deleted ones too), ordered by primary key."""
    tables = {}
    for table in record_tables(db):
        cur = db.execute(f"SELECT * FROM [{table}] ORDER BY [{primary_key(table)}]")
        names = [c[0] for c in cur.description]
        tables[table] = [dict(zip(names, row, strict=True)) for row in cur]
    return tables


def keys(db: Database, table: str) -> set[str]:
    """All primary keys of a record table."""
    if not _exists(db, table):
        return set()
    return {r[0] for r in db.execute(f"SELECT [{primary_key(table)}] FROM [{table}]")}


def _insert_many(db: Database, table: str, rows: list[Row]) -> None:
    # Rows of one table may name different columns (an older export); group by the names.
    for columns, group in groupby(rows, key=lambda r: tuple(r)):
        names = ", ".join(f"[{c}]" for c in columns)
        marks = ", ".join("?" for _ in columns)
        db.conn.executemany(
            f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
            [tuple(r[c] for c in columns) for r in group],
        )


def insert_rows(db: Database, rows: Iterable[tuple[str, Row]]) -> dict[str, int]:
    """Insert ``(table, row)`` pairs in one transaction; returns how many rows per table.

    Used for demo journals: batches of one table go through ``executemany``.
    """
    counts: dict[str, int] = {}
    with transaction(db):
        batch: list[Row] = []
        current = None
        for table, row in rows:
            if table != current or len(batch) >= 5000:
                if batch:
                    _insert_many(db, current, batch)
                batch, current = [], table
            batch.append(row)
            counts[table] = counts.get(table, 0) + 1
        if batch:
            _insert_many(db, current, batch)
    return counts


@dataclass
class MergeResult:
    """What an import did, per table: new records, replaced ones and ones kept as they were."""

    added: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)


def _updated(row: Row) -> object:
    value = row.get("updated_at")
    return parse_timestamp(value) if isinstance(value, str) else None


def merge_records(
    db: Database, records: dict[str, list[Row]], *, file_wins: bool = False
) -> MergeResult:
    """Merge validated records into the journal in one transaction (newer ``updated_at`` wins).

    With ``file_wins`` every record of the file replaces the journal's copy: for a journal
    nobody has written in yet, whose only records are the ones its migrations seeded (preset
    care tasks), so that it becomes exactly what was exported.

    Raises:
        parentjournal.store.errors.JournalError: nothing was written.
    """
    result = MergeResult()
    with transaction(db):
        for table, rows in records.items():
            key = primary_key(table)
            current = {
                r[0]: r[1]
                for r in db.execute(f"SELECT [{key}], updated_at FROM [{table}]").fetchall()
            }
            new, newer, kept = [], [], 0
            for row in rows:
                if row[key] not in current:
                    new.append(row)
                    continue
                theirs, ours = _updated(row), current[row[key]]
                if file_wins or (
                    theirs is not None and ours is not None and theirs > parse_timestamp(ours)
                ):
                    newer.append(row)
                else:
                    kept += 1
            _insert_many(db, table, new)
            for row in newer:
                columns = [c for c in row if c != key]
                assignments = ", ".join(f"[{c}] = ?" for c in columns)
                db.execute(
                    f"UPDATE [{table}] SET {assignments} WHERE [{key}] = ?",
                    [*(row[c] for c in columns), row[key]],
                )
            result.added[table] = len(new)
            result.replaced[table] = len(newer)
            result.kept[table] = kept
    return result


@dataclass(frozen=True)
class TableCount:
    """How many records a table holds, and how many of them are in the bin."""

    table: str
    live: int
    deleted: int


def count_records(db: Database) -> list[TableCount]:
    """Record counts per table (for ``parentjournal check``)."""
    counts = []
    for table in record_tables(db):
        columns = {r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()}
        if "deleted_at" in columns:
            live, deleted = db.execute(
                f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM [{table}]"
            ).fetchone()
        else:
            live, deleted = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0], 0
        counts.append(TableCount(table, live, deleted))
    return counts
