"""The JSON exchange format: building an export document and validating one before import.

Pure: no storage, no Qt. The store describes its tables as :class:`TableShape` values and
hands them in, so every table in ``store.records.RECORD_TABLES`` is carried without this
module knowing about it. The format is documented in ``docs/json-format.md``.

Validation is complete before anything is written: the first problem found raises
:class:`ImportProblem` with a ``code`` and details the command line turns into a sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import field
from datetime import date, datetime

from parentjournal.core.record import record

FORMAT = "parentjournal"
VERSION = 1
TOP_LEVEL_KEYS = frozenset({"format", "version", "app_version", "exported_at", "schema", "tables"})

# Generous limits: the longest entry the app accepts is 2,000,000 characters; sealed with a
# personal passphrase (JSON of its text, encrypted, in base64) it is about 2,700,000.
MAX_TEXT_CHARS = 3_000_000
MAX_ROWS_PER_TABLE = 5_000_000

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$")

Row = dict[str, object]


@record
class ColumnShape:
    """One column as the import needs to know it.

    Attributes:
        kind: "text", "integer", "real" or "any" (SQLite's declared type).
        not_null: NULL is refused.
        required: the column has no default, so every row has to give it.
        value: what the text means: "uuid", "timestamp", "day", "json" or "" (free text).
    """

    name: str
    kind: str = "text"
    not_null: bool = False
    required: bool = False
    value: str = ""


@record
class TableShape:
    """A record table: its key, columns and the tables its columns refer to."""

    name: str
    primary_key: str
    columns: tuple[ColumnShape, ...]
    references: Mapping[str, str] = field(default_factory=dict)

    def column(self, name: str) -> ColumnShape | None:
        return next((c for c in self.columns if c.name == name), None)


class ImportProblem(ValueError):
    """The file cannot be imported; nothing was written.

    Attributes:
        code: a short key saying what is wrong (see ``commands/import_json.py``).
        details: table, record number (1-based), column, value… for the message.
    """

    def __init__(self, code: str, **details: object):
        super().__init__(code, details)
        self.code = code
        self.details = details


def value_kind(column_name: str, is_key_to_id: bool) -> str:
    """What a column's text means, from its name (the conventions in docs/DEVELOPING.md)."""
    if column_name == "id" or is_key_to_id:
        return "uuid"
    if column_name.endswith("_at"):
        return "timestamp"
    if column_name == "day" or column_name.endswith(("_date", "_day", "_on")):
        return "day"
    return ""


def build_document(
    tables: Mapping[str, list[Row]], *, app_version: str, schema: list[str], exported_at: str
) -> dict:
    """The export document (a dict ready for ``json.dump``)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": app_version,
        "exported_at": exported_at,
        "schema": list(schema),
        "tables": {name: list(rows) for name, rows in tables.items()},
    }


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO 8601 UTC timestamp as written by the app (``…Z`` or an offset)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _check_value(table: str, number: int, column: ColumnShape, value: object) -> None:
    where = {"table": table, "record": number, "column": column.name}
    if value is None:
        if column.not_null:
            raise ImportProblem("missing_value", **where)
        return
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ImportProblem("bad_type", **where)
    if column.kind == "text" and not isinstance(value, str):
        raise ImportProblem("bad_type", **where)
    if column.kind == "integer" and not isinstance(value, int):
        raise ImportProblem("bad_type", **where)
    if column.kind == "real" and not isinstance(value, int | float):
        raise ImportProblem("bad_type", **where)
    if isinstance(value, float) and not math.isfinite(value):
        raise ImportProblem("bad_type", **where)
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        raise ImportProblem("bad_type", **where)
    if not isinstance(value, str):
        return
    if len(value) > MAX_TEXT_CHARS:
        raise ImportProblem("too_long", **where)
    if column.value == "uuid" and not _UUID.match(value):
        raise ImportProblem("bad_id", value=value[:60], **where)
    if column.value == "timestamp":
        try:
            if not _TIMESTAMP.match(value):
                raise ValueError(value)
            parse_timestamp(value)
        except ValueError:
            raise ImportProblem("bad_timestamp", value=value[:60], **where) from None
    if column.value == "day":
        try:
            if not _DAY.match(value):
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            raise ImportProblem("bad_day", value=value[:60], **where) from None
    if column.value == "json":
        try:
            json.loads(value)
        except (ValueError, RecursionError):
            raise ImportProblem("bad_json_text", **where) from None


def _check_rows(shape: TableShape, rows: object) -> list[Row]:
    if not isinstance(rows, list):
        raise ImportProblem("not_a_list", table=shape.name)
    if len(rows) > MAX_ROWS_PER_TABLE:
        raise ImportProblem("too_many_rows", table=shape.name, count=len(rows))
    names = {c.name for c in shape.columns}
    required = [c.name for c in shape.columns if c.required or c.name == shape.primary_key]
    seen: set[object] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise ImportProblem("row_not_object", table=shape.name, record=number)
        unknown = sorted(set(row) - names)
        if unknown:
            raise ImportProblem(
                "unknown_column", table=shape.name, record=number, column=unknown[0][:60]
            )
        for name in required:
            if name not in row:
                raise ImportProblem("missing_column", table=shape.name, record=number, column=name)
        for name, value in row.items():
            _check_value(shape.name, number, shape.column(name), value)
        key = row[shape.primary_key]
        if key in seen:
            raise ImportProblem("duplicate_id", table=shape.name, record=number, value=str(key))
        seen.add(key)
    return rows


def validate_document(
    document: object,
    shapes: Mapping[str, TableShape],
    *,
    known_schema: list[str],
    existing_keys: Callable[[str], set[str]],
) -> dict[str, list[Row]]:
    """Check an import document completely; return its rows per table (in ``shapes`` order).

    Args:
        document: the parsed JSON.
        shapes: the record tables of the journal being imported into, in dependency order.
        known_schema: the migration names this app knows; a document from a newer schema
            is refused.
        existing_keys: primary keys already in the journal for a table (for references).

    Raises:
        ImportProblem: the first thing that is wrong.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportProblem("not_our_format")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem("not_our_format")
    if version > VERSION:
        raise ImportProblem("newer_version", version=version)
    unknown_keys = sorted(set(document) - TOP_LEVEL_KEYS)
    if unknown_keys:
        raise ImportProblem("unknown_key", key=unknown_keys[0][:60])
    if not isinstance(document.get("app_version", ""), str):
        raise ImportProblem("not_our_format")
    exported_at = document.get("exported_at")
    if exported_at is not None:
        try:
            if not isinstance(exported_at, str) or not _TIMESTAMP.match(exported_at):
                raise ValueError(exported_at)
            parse_timestamp(exported_at)
        except ValueError:
            raise ImportProblem("not_our_format") from None
    schema = document.get("schema", [])
    if not isinstance(schema, list) or not all(isinstance(s, str) for s in schema):
        raise ImportProblem("not_our_format")
    newer = [name for name in schema if name not in known_schema]
    if newer:
        raise ImportProblem("newer_schema", migration=newer[0][:60])
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportProblem("not_our_format")
    unknown_tables = sorted(set(tables) - set(shapes))
    if unknown_tables:
        raise ImportProblem("unknown_table", table=unknown_tables[0][:60])
    records = {name: _check_rows(shape, tables.get(name, [])) for name, shape in shapes.items()}
    _check_references(records, shapes, existing_keys)
    return records


def _check_references(
    records: Mapping[str, list[Row]],
    shapes: Mapping[str, TableShape],
    existing_keys: Callable[[str], set[str]],
) -> None:
    known: dict[str, set] = {}
    for name, shape in shapes.items():
        for column, target in shape.references.items():
            if target not in known:
                in_file = {r[shapes[target].primary_key] for r in records.get(target, [])}
                known[target] = in_file | existing_keys(target)
            for number, row in enumerate(records[name], start=1):
                value = row.get(column)
                if value is not None and value not in known[target]:
                    raise ImportProblem(
                        "missing_reference",
                        table=name,
                        record=number,
                        column=column,
                        value=str(value)[:60],
                    )
