"""Small helpers to turn rows into core dataclasses and back."""

from __future__ import annotations

import json
from datetime import date

from parentjournal.core.model import Child, Entry, Person, Visibility


def opt_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def person_from_row(row: dict) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        role=row["role"] or "",
        default_visibility=Visibility(row["default_visibility"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def child_from_row(row: dict) -> Child:
    return Child(
        id=row["id"],
        name=row["name"],
        due_date=opt_day(row["due_date"]),
        birth_date=opt_day(row["birth_date"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def entry_from_row(row: dict) -> Entry:
    return Entry(
        id=row["id"],
        author_id=row["author_id"],
        day=date.fromisoformat(row["day"]),
        title=row["title"],
        body=row["body"],
        visibility=Visibility(row["visibility"]),
        themes=tuple(json.loads(row["themes"] or "[]")),
        prompt_id=row["prompt_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def dict_rows(cursor) -> list[dict]:
    """Materialise a cursor as a list of dicts keyed by column name."""
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]
