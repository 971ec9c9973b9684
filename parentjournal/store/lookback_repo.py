"""Reads for looking back: entries on given days and a person's own writing in a period.

Privacy lives in SQL, as in the entry repository: what others kept private never leaves here,
and entries sealed with a personal passphrase are there only while their author is unlocked.
"""

from __future__ import annotations

from datetime import date

from parentjournal.core.model import Entry
from parentjournal.store.database import Database
from parentjournal.store.rows import dict_rows, entry_from_row
from parentjournal.store.sealing import Sealer

_VISIBLE = "(deleted_at IS NULL AND (visibility = 'shared' OR author_id = :person))"


class LookbackRepo:
    """Entries for the Terugblik screen, always for one person."""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)

    def _entries(self, sql: str, params: dict) -> list[Entry]:
        rows = self.sealer.open_rows("entry", dict_rows(self.db.execute(sql, params)))
        return [entry_from_row(r) for r in rows]

    def visible_on_days(self, person_id: str, days: list[date]) -> list[Entry]:
        """Entries ``person_id`` may see on any of ``days``, newest first."""
        if not days:
            return []
        params: dict[str, object] = {"person": person_id}
        names = []
        for index, day in enumerate(days):
            params[f"d{index}"] = day.isoformat()
            names.append(f":d{index}")
        sql = (
            f"SELECT * FROM entry WHERE {_VISIBLE} AND {self.sealer.visible_clause(person_id)} "
            f"AND day IN ({', '.join(names)}) ORDER BY day DESC, created_at DESC"
        )
        return self._entries(sql, params)

    def written_by(self, person_id: str, first: date, last: date) -> list[Entry]:
        """What ``person_id`` wrote (private or shared) about days in [first, last]."""
        sql = (
            "SELECT * FROM entry WHERE deleted_at IS NULL AND author_id = :person "
            f"AND {self.sealer.visible_clause(person_id)} "
            "AND day BETWEEN :first AND :last ORDER BY day DESC, created_at DESC"
        )
        params = {"person": person_id, "first": first.isoformat(), "last": last.isoformat()}
        return self._entries(sql, params)
