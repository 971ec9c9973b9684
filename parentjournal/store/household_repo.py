"""People, children and household-wide settings."""

from __future__ import annotations

import json
from typing import Any

from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import Child, Person, Visibility
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.rows import child_from_row, dict_rows, person_from_row


class HouseholdRepo:
    """Reads and writes people, children and the ``setting`` table."""

    def __init__(self, db: Database):
        self.db = db

    # People ---------------------------------------------------------------------------
    def people(self, *, include_deleted: bool = False) -> list[Person]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        cur = self.db.execute(f"SELECT * FROM person {where} ORDER BY sort_order, created_at")
        return [person_from_row(r) for r in dict_rows(cur)]

    def add_person(self, name: str, role: str = "") -> Person:
        now = utc_now()
        pid = new_id()
        with transaction(self.db):
            order = self.db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM person")
            sort_order = order.fetchone()[0]
            self.db.execute(
                "INSERT INTO person (id, name, role, default_visibility, sort_order, "
                "created_at, updated_at) VALUES (?, ?, ?, 'private', ?, ?, ?)",
                [pid, name, role, sort_order, now, now],
            )
        return self.person(pid)

    def person(self, person_id: str) -> Person:
        cur = self.db.execute("SELECT * FROM person WHERE id = ?", [person_id])
        rows = dict_rows(cur)
        if not rows:
            raise KeyError(person_id)
        return person_from_row(rows[0])

    def update_person(
        self,
        person_id: str,
        *,
        name: str | None = None,
        role: str | None = None,
        default_visibility: Visibility | None = None,
    ) -> Person:
        current = self.person(person_id)
        with transaction(self.db):
            self.db.execute(
                "UPDATE person SET name = ?, role = ?, default_visibility = ?, updated_at = ? "
                "WHERE id = ?",
                [
                    current.name if name is None else name,
                    current.role if role is None else role,
                    str(default_visibility or current.default_visibility),
                    utc_now(),
                    person_id,
                ],
            )
        return self.person(person_id)

    def remove_person(self, person_id: str) -> None:
        """Soft-delete a person; their writing stays in the journal."""
        with transaction(self.db):
            now = utc_now()
            self.db.execute(
                "UPDATE person SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now, now, person_id],
            )

    # Children -------------------------------------------------------------------------
    def children(self) -> list[Child]:
        cur = self.db.execute("SELECT * FROM child WHERE deleted_at IS NULL ORDER BY created_at")
        return [child_from_row(r) for r in dict_rows(cur)]

    def add_child(self, name: str, due_date=None, birth_date=None) -> Child:
        now = utc_now()
        cid = new_id()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO child (id, name, due_date, birth_date, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    cid,
                    name,
                    due_date.isoformat() if due_date else None,
                    birth_date.isoformat() if birth_date else None,
                    now,
                    now,
                ],
            )
        return next(c for c in self.children() if c.id == cid)

    def update_child(self, child: Child) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE child SET name = ?, due_date = ?, birth_date = ?, updated_at = ? "
                "WHERE id = ?",
                [
                    child.name,
                    child.due_date.isoformat() if child.due_date else None,
                    child.birth_date.isoformat() if child.birth_date else None,
                    utc_now(),
                    child.id,
                ],
            )

    def remove_child(self, child_id: str) -> None:
        with transaction(self.db):
            now = utc_now()
            self.db.execute(
                "UPDATE child SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now, now, child_id],
            )

    def atomic(self):
        """A block of household writes that lands completely or not at all."""
        return transaction(self.db)

    # Settings -------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                [key, json.dumps(value, ensure_ascii=False), utc_now()],
            )
