"""Care tasks, pictures with their cells, and agreements (the Samen capability).

Every read that could reveal a picture takes the picture id and is checked by the service;
the ``latest_shared`` read only ever returns shared pictures.

The cells of a picture that is not shared, made by a person with a personal passphrase,
are sealed (``store/sealing.py``): who holds each cell is encrypted, and while that person
is locked their unshared pictures are absent from ``pictures_of`` and their cells from
``cells``. Sharing a picture unseals its cells; taking it back seals them again.
"""

from __future__ import annotations

import uuid
from datetime import date

from parentjournal.core.careload import (
    PRESET_TASKS,
    Agreement,
    AgreementNote,
    CareTask,
    Cells,
    Holder,
    HolderKind,
    Picture,
    Stage,
)
from parentjournal.core.clock import new_id, utc_now
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.rows import dict_rows
from parentjournal.store.sealing import SealedWrite, Sealer

# Preset tasks get ids derived from their key, so two devices that each set up a journal
# agree on them when the journal is later synced or imported.
_PRESET_NAMESPACE = uuid.UUID("6f1c3f5e-2b1a-4f57-9a5e-8d3b2c1e0a47")


def preset_task_id(key: str) -> str:
    """The stable id of the preset task with this key."""
    return str(uuid.uuid5(_PRESET_NAMESPACE, key))


def seed_preset_tasks(db: Database) -> None:
    """Add the preset tasks that are not there yet (by key); runs inside a migration."""
    now = utc_now()
    for order, (key, domain) in enumerate(PRESET_TASKS):
        db.execute(
            "INSERT OR IGNORE INTO care_task (id, key, domain, name, hidden, sort_order, "
            "created_at, updated_at) VALUES (?, ?, ?, '', 0, ?, ?, ?)",
            [preset_task_id(key), key, domain, order, now, now],
        )


def _task(row: dict) -> CareTask:
    return CareTask(
        id=row["id"],
        domain=row["domain"],
        key=row["key"],
        name=row["name"] or "",
        hidden=bool(row["hidden"]),
        sort_order=row["sort_order"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def _picture(row: dict) -> Picture:
    return Picture(
        id=row["id"],
        author_id=row["author_id"],
        made_on=date.fromisoformat(row["made_on"]),
        shared_at=row["shared_at"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def _agreement(row: dict) -> Agreement:
    return Agreement(
        id=row["id"],
        author_id=row["author_id"],
        text=row["text"],
        made_on=date.fromisoformat(row["made_on"]),
        task_id=row["task_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def _note(row: dict) -> AgreementNote:
    return AgreementNote(
        id=row["id"],
        agreement_id=row["agreement_id"],
        author_id=row["author_id"],
        text=row["text"],
        day=date.fromisoformat(row["day"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


class CareLoadRepo:
    """Reads and writes ``care_task``, ``care_picture``, ``care_cell`` and agreements."""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)

    # Tasks ------------------------------------------------------------------------------
    def tasks(self, *, include_hidden: bool = False) -> list[CareTask]:
        where = "deleted_at IS NULL" + ("" if include_hidden else " AND hidden = 0")
        cur = self.db.execute(f"SELECT * FROM care_task WHERE {where} ORDER BY sort_order")
        return [_task(r) for r in dict_rows(cur)]

    def task(self, task_id: str) -> CareTask | None:
        rows = dict_rows(self.db.execute("SELECT * FROM care_task WHERE id = ?", [task_id]))
        return _task(rows[0]) if rows else None

    def add_task(self, name: str, domain: str) -> CareTask:
        now = utc_now()
        tid = new_id()
        with transaction(self.db):
            order = self.db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM care_task")
            self.db.execute(
                "INSERT INTO care_task (id, key, domain, name, hidden, sort_order, created_at, "
                "updated_at) VALUES (?, NULL, ?, ?, 0, ?, ?, ?)",
                [tid, domain, name, order.fetchone()[0], now, now],
            )
        return self.task(tid)

    def update_task(
        self, task_id: str, *, name: str | None = None, hidden: bool | None = None
    ) -> None:
        current = self.task(task_id)
        if current is None:
            raise KeyError(task_id)
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_task SET name = ?, hidden = ?, updated_at = ? WHERE id = ?",
                [
                    current.name if name is None else name,
                    int(current.hidden if hidden is None else hidden),
                    utc_now(),
                    task_id,
                ],
            )

    # Pictures ---------------------------------------------------------------------------
    def _locked(self, author_id: str) -> bool:
        return self.sealer.has_passphrase(author_id) and not self.sealer.is_open(author_id)

    def pictures_of(self, author_id: str) -> list[Picture]:
        """The person's pictures, newest first; unshared ones only while they are unlocked."""
        hide = " AND shared_at IS NOT NULL" if self._locked(author_id) else ""
        cur = self.db.execute(
            f"SELECT * FROM care_picture WHERE author_id = ? AND deleted_at IS NULL{hide} "
            "ORDER BY made_on DESC, created_at DESC",
            [author_id],
        )
        return [_picture(r) for r in dict_rows(cur)]

    def picture(self, picture_id: str) -> Picture | None:
        rows = dict_rows(
            self.db.execute(
                "SELECT * FROM care_picture WHERE id = ? AND deleted_at IS NULL", [picture_id]
            )
        )
        return _picture(rows[0]) if rows else None

    def latest_shared(self, author_id: str) -> Picture | None:
        rows = dict_rows(
            self.db.execute(
                "SELECT * FROM care_picture WHERE author_id = ? AND deleted_at IS NULL "
                "AND shared_at IS NOT NULL ORDER BY made_on DESC, created_at DESC LIMIT 1",
                [author_id],
            )
        )
        return _picture(rows[0]) if rows else None

    def add_picture(self, author_id: str, made_on: date, copy_from: str | None) -> Picture:
        """A new round; with ``copy_from`` it starts with that picture's answers."""
        now = utc_now()
        pid = new_id()
        writes = []
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO care_picture (id, author_id, made_on, shared_at, created_at, "
                "updated_at) VALUES (?, ?, ?, NULL, ?, ?)",
                [pid, author_id, made_on.isoformat(), now, now],
            )
            if copy_from is not None:
                for (task_id, stage), holder in self.cells(copy_from).items():
                    writes.append(self._write_cell(pid, task_id, stage, holder, now))
        self._written(author_id, writes)
        return self.picture(pid)

    def cells(self, picture_id: str) -> Cells:
        """The answers of a picture (sealed ones only while their author is unlocked)."""
        cur = self.db.execute(
            "SELECT c.*, p.author_id AS author_id FROM care_cell c "
            "JOIN care_picture p ON p.id = c.picture_id "
            "WHERE c.picture_id = ? AND c.deleted_at IS NULL",
            [picture_id],
        )
        return {
            (r["task_id"], Stage(r["stage"])): Holder(
                HolderKind(r["holder_kind"]), r["holder_person_id"], r["outside_name"] or ""
            )
            for r in self.sealer.open_rows("care_cell", dict_rows(cur))
        }

    def set_cell(self, picture_id: str, task_id: str, stage: Stage, holder: Holder | None) -> None:
        """Save one answer; on an unshared picture of a locked person: PersonLockedError."""
        now = utc_now()
        write = None
        with transaction(self.db):
            if holder is None:
                self.db.execute(
                    "UPDATE care_cell SET deleted_at = ?, updated_at = ? WHERE picture_id = ? "
                    "AND task_id = ? AND stage = ? AND deleted_at IS NULL",
                    [now, now, picture_id, task_id, str(stage)],
                )
            else:
                write = self._write_cell(picture_id, task_id, stage, holder, now)
            self.db.execute(
                "UPDATE care_picture SET updated_at = ? WHERE id = ?", [now, picture_id]
            )
        if write is not None:
            self._written(write[1], [write])

    def _write_cell(
        self, picture_id: str, task_id: str, stage: Stage, holder: Holder, now: str
    ) -> tuple[str, str, SealedWrite]:
        # One row per (picture, task, stage): a changed answer updates it in place, so a
        # cleared answer can come back without a second row. The sealed text is bound to
        # the row's id, so the id it will have is looked up first.
        author_id, shared_at = self.db.execute(
            "SELECT author_id, shared_at FROM care_picture WHERE id = ?", [picture_id]
        ).fetchone()
        found = self.db.execute(
            "SELECT id FROM care_cell WHERE picture_id = ? AND task_id = ? AND stage = ?",
            [picture_id, task_id, str(stage)],
        ).fetchone()
        cell_id = found[0] if found else new_id()
        text = {
            "holder_kind": str(holder.kind),
            "holder_person_id": holder.person_id,
            "outside_name": holder.outside_name,
        }
        write = self.sealer.prepare("care_cell", cell_id, author_id, shared_at is None, text)
        values = write.values
        self.db.execute(
            "INSERT INTO care_cell (id, picture_id, task_id, stage, holder_kind, "
            "holder_person_id, outside_name, created_at, updated_at, deleted_at, sealed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) "
            "ON CONFLICT(picture_id, task_id, stage) DO UPDATE SET "
            "holder_kind = excluded.holder_kind, holder_person_id = excluded.holder_person_id, "
            "outside_name = excluded.outside_name, updated_at = excluded.updated_at, "
            "deleted_at = NULL, sealed = excluded.sealed",
            [
                cell_id,
                picture_id,
                task_id,
                str(stage),
                values["holder_kind"],
                values["holder_person_id"],
                values["outside_name"],
                now,
                now,
                values["sealed"],
            ],
        )
        return cell_id, author_id, write

    def _written(self, author_id: str, writes: list[tuple[str, str, SealedWrite]]) -> None:
        for cell_id, _author, write in writes:
            self.sealer.written("care_cell", cell_id, author_id, write)

    def _author(self, picture_id: str) -> str | None:
        row = self.db.execute(
            "SELECT author_id FROM care_picture WHERE id = ?", [picture_id]
        ).fetchone()
        return row[0] if row else None

    def share_picture(self, picture_id: str) -> None:
        """Share a picture; its sealed cells are opened for the household, in one transaction.

        Raises:
            PersonLockedError: its author has a passphrase and is locked; nothing changed.
        """
        now = utc_now()
        author_id = self._author(picture_id)
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_picture SET shared_at = coalesce(shared_at, ?), updated_at = ? "
                "WHERE id = ?",
                [now, now, picture_id],
            )
            if author_id is not None and self.sealer.has_passphrase(author_id):
                self.sealer.unseal_some(
                    "care_cell", author_id, now, "AND picture_id = ?", [picture_id]
                )

    def unshare_picture(self, picture_id: str) -> None:
        """Take a picture back; with a personal passphrase its cells are sealed again.

        Raises:
            PersonLockedError: its author has a passphrase and is locked; nothing changed.
        """
        now = utc_now()
        author_id = self._author(picture_id)
        sealed = 0
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_picture SET shared_at = NULL, updated_at = ? WHERE id = ?",
                [now, picture_id],
            )
            if author_id is not None and self.sealer.has_passphrase(author_id):
                sealed = self.sealer.seal_some(
                    "care_cell", author_id, now, "AND picture_id = ?", [picture_id]
                )
        if sealed:
            self.sealer.scrub(["care_cell"])

    # Agreements -------------------------------------------------------------------------
    def agreements(self, *, deleted: bool = False) -> list[Agreement]:
        where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
        cur = self.db.execute(
            f"SELECT * FROM care_agreement WHERE {where} ORDER BY made_on DESC, created_at DESC"
        )
        return [_agreement(r) for r in dict_rows(cur)]

    def agreement(self, agreement_id: str) -> Agreement | None:
        rows = dict_rows(
            self.db.execute("SELECT * FROM care_agreement WHERE id = ?", [agreement_id])
        )
        return _agreement(rows[0]) if rows else None

    def add_agreement(
        self, author_id: str, text: str, made_on: date, task_id: str | None
    ) -> Agreement:
        now = utc_now()
        aid = new_id()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO care_agreement (id, author_id, text, made_on, task_id, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [aid, author_id, text, made_on.isoformat(), task_id, now, now],
            )
        return self.agreement(aid)

    def update_agreement(self, agreement_id: str, text: str) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_agreement SET text = ?, updated_at = ? WHERE id = ?",
                [text, utc_now(), agreement_id],
            )

    def set_agreement_task(self, agreement_id: str, task_id: str | None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_agreement SET task_id = ?, updated_at = ? WHERE id = ?",
                [task_id, utc_now(), agreement_id],
            )

    def set_agreement_deleted(self, agreement_id: str, deleted: bool) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "UPDATE care_agreement SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now if deleted else None, now, agreement_id],
            )

    def notes(self, agreement_id: str) -> list[AgreementNote]:
        cur = self.db.execute(
            "SELECT * FROM care_agreement_note WHERE agreement_id = ? AND deleted_at IS NULL "
            "ORDER BY day, created_at",
            [agreement_id],
        )
        return [_note(r) for r in dict_rows(cur)]

    def add_note(self, agreement_id: str, author_id: str, text: str, day: date) -> AgreementNote:
        now = utc_now()
        nid = new_id()
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO care_agreement_note (id, agreement_id, author_id, text, day, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [nid, agreement_id, author_id, text, day.isoformat(), now, now],
            )
        return next(n for n in self.notes(agreement_id) if n.id == nid)

    def update_note(self, note_id: str, author_id: str, text: str) -> str | None:
        """New words for a note of ``author_id``; its agreement's id, or None if not theirs."""
        with transaction(self.db):
            cur = self.db.execute(
                "UPDATE care_agreement_note SET text = ?, updated_at = ? "
                "WHERE id = ? AND author_id = ? AND deleted_at IS NULL",
                [text, utc_now(), note_id, author_id],
            )
            if cur.rowcount == 0:
                return None
        row = self.db.execute(
            "SELECT agreement_id FROM care_agreement_note WHERE id = ?", [note_id]
        ).fetchone()
        return row[0]
