"""Check-ins. Privacy lives in SQL (``_VISIBLE``): every read takes the viewer's id."""

from __future__ import annotations

from datetime import date

from parentjournal.core.checkin import CheckIn, CheckInDraft
from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import Visibility
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.rows import dict_rows

_VISIBLE = "(deleted_at IS NULL AND (visibility = 'shared' OR author_id = :viewer))"


def _checkin(row: dict) -> CheckIn:
    return CheckIn(
        id=row["id"],
        author_id=row["author_id"],
        day=date.fromisoformat(row["day"]),
        text=row["text"],
        energy=row["energy"],
        would_help=row["would_help"],
        talk_partner=bool(row["talk_partner"]),
        talk_carer=bool(row["talk_carer"]),
        visibility=Visibility(row["visibility"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def _values(draft: CheckInDraft) -> list:
    return [
        draft.day.isoformat(),
        draft.text,
        draft.energy,
        draft.would_help,
        int(draft.talk_partner),
        int(draft.talk_carer),
        str(draft.visibility),
    ]


class CheckInRepo:
    """Reads and writes the ``checkin`` table."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, checkin_id: str) -> CheckIn | None:
        rows = dict_rows(self.db.execute("SELECT * FROM checkin WHERE id = ?", [checkin_id]))
        return _checkin(rows[0]) if rows else None

    def insert(self, draft: CheckInDraft) -> CheckIn:
        now = utc_now()
        cid = new_id()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO checkin (id, author_id, day, text, energy, would_help, "
                "talk_partner, talk_carer, visibility, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [cid, draft.author_id, *_values(draft), now, now],
            )
        return self.get(cid)

    def update(self, checkin_id: str, draft: CheckInDraft) -> CheckIn:
        with transaction(self.db):
            self.db.execute(
                "UPDATE checkin SET day = ?, text = ?, energy = ?, would_help = ?, "
                "talk_partner = ?, talk_carer = ?, visibility = ?, updated_at = ? WHERE id = ?",
                [*_values(draft), utc_now(), checkin_id],
            )
        return self.get(checkin_id)

    def set_deleted(self, checkin_id: str, deleted: bool) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "UPDATE checkin SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now if deleted else None, now, checkin_id],
            )

    def visible(
        self, viewer_id: str, *, author_id: str | None = None, carer_only: bool = False
    ) -> list[CheckIn]:
        """Check-ins ``viewer_id`` may see, newest first, optionally narrowed."""
        where = [_VISIBLE]
        params: dict[str, object] = {"viewer": viewer_id}
        if author_id is not None:
            where.append("author_id = :author")
            params["author"] = author_id
        if carer_only:
            where.append("talk_carer = 1")
        sql = (
            "SELECT * FROM checkin WHERE "
            + " AND ".join(where)
            + " ORDER BY day DESC, created_at DESC"
        )
        return [_checkin(r) for r in dict_rows(self.db.execute(sql, params))]

    def deleted(self, author_id: str) -> list[CheckIn]:
        cur = self.db.execute(
            "SELECT * FROM checkin WHERE deleted_at IS NOT NULL AND author_id = ? "
            "ORDER BY deleted_at DESC",
            [author_id],
        )
        return [_checkin(r) for r in dict_rows(cur)]
