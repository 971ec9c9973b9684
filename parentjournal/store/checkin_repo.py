"""Check-ins. Privacy lives in SQL (``_VISIBLE``): every read takes the viewer's id.

A private check-in of a person with a personal passphrase is sealed (``store/sealing.py``):
its words are opened by the sealer, and it is absent while its author is locked.
"""

from __future__ import annotations

from datetime import date

from parentjournal.core.checkin import CheckIn, CheckInDraft
from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import Visibility
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.rows import dict_rows
from parentjournal.store.sealing import Sealer

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


def _text(draft: CheckInDraft) -> dict[str, object]:
    """The columns a personal passphrase seals."""
    return {"text": draft.text, "energy": draft.energy, "would_help": draft.would_help}


class CheckInRepo:
    """Reads and writes the ``checkin`` table."""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)

    def _checkins(self, cursor) -> list[CheckIn]:
        return [_checkin(r) for r in self.sealer.open_rows("checkin", dict_rows(cursor))]

    def get(self, checkin_id: str) -> CheckIn | None:
        """The check-in (deleted ones too); None when unknown or sealed and locked."""
        found = self._checkins(self.db.execute("SELECT * FROM checkin WHERE id = ?", [checkin_id]))
        return found[0] if found else None

    def author_of(self, checkin_id: str) -> str | None:
        """Who wrote a check-in (readable even while it is sealed); None when unknown."""
        cur = self.db.execute("SELECT author_id FROM checkin WHERE id = ?", [checkin_id])
        row = cur.fetchone()
        return row[0] if row else None

    def _write(self, checkin_id: str, draft: CheckInDraft, sql: str, params) -> None:
        private = draft.visibility is Visibility.PRIVATE
        write = self.sealer.prepare("checkin", checkin_id, draft.author_id, private, _text(draft))
        with transaction(self.db):
            self.db.execute(sql, params(write.values))
        self.sealer.written("checkin", checkin_id, draft.author_id, write)

    def insert(self, draft: CheckInDraft) -> CheckIn:
        """Write a new check-in (sealed when private and its author has a passphrase)."""
        now = utc_now()
        cid = new_id()
        self._write(
            cid,
            draft,
            "INSERT INTO checkin (id, author_id, day, text, energy, would_help, "
            "talk_partner, talk_carer, visibility, created_at, updated_at, sealed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            lambda v: [
                cid,
                draft.author_id,
                draft.day.isoformat(),
                v["text"],
                v["energy"],
                v["would_help"],
                int(draft.talk_partner),
                int(draft.talk_carer),
                str(draft.visibility),
                now,
                now,
                v["sealed"],
            ],
        )
        return self.get(cid)

    def update(self, checkin_id: str, draft: CheckInDraft) -> CheckIn:
        """Save an edit (autosave); sealing follows the visibility, as in insert."""
        self._write(
            checkin_id,
            draft,
            "UPDATE checkin SET day = ?, text = ?, energy = ?, would_help = ?, "
            "talk_partner = ?, talk_carer = ?, visibility = ?, updated_at = ?, sealed = ? "
            "WHERE id = ?",
            lambda v: [
                draft.day.isoformat(),
                v["text"],
                v["energy"],
                v["would_help"],
                int(draft.talk_partner),
                int(draft.talk_carer),
                str(draft.visibility),
                utc_now(),
                v["sealed"],
                checkin_id,
            ],
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
        where = [_VISIBLE, self.sealer.visible_clause(viewer_id, person_param=":viewer")]
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
        return self._checkins(self.db.execute(sql, params))

    def deleted(self, author_id: str) -> list[CheckIn]:
        """The bin: this person's deleted check-ins (sealed ones only while unlocked)."""
        cur = self.db.execute(
            "SELECT * FROM checkin WHERE deleted_at IS NOT NULL AND author_id = :viewer "
            f"AND {self.sealer.visible_clause(author_id, person_param=':viewer')} "
            "ORDER BY deleted_at DESC",
            {"viewer": author_id},
        )
        return self._checkins(cur)
