"""Goed bezig-momenten: the ``moment`` table and its full-text index ``moment_fts``.

Privacy lives in SQL (``_VISIBLE``): a moment is seen by its author, by its recipient, and by
everyone only when it is shared. Every read that serves a person takes that person's id.
A private moment for oneself, written by a person with a personal passphrase, is sealed
(``store/sealing.py``): absent while they are locked, found through their in-memory index.
"""

from __future__ import annotations

import json
from datetime import date

from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START, Visibility
from parentjournal.core.moment_timeline import moment_item
from parentjournal.core.moments import Moment, MomentDraft, MomentFilter, MomentHit
from parentjournal.core.search import Found
from parentjournal.core.search_query import to_fts_query
from parentjournal.core.timeline import TimelineKey
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.errors import classify
from parentjournal.store.rows import dict_rows
from parentjournal.store.sealing import Sealer

_VISIBLE = (
    "(m.deleted_at IS NULL AND (m.visibility = 'shared' "
    "OR m.author_id = :person OR m.recipient_id = :person))"
)
_NEWEST = "ORDER BY m.day DESC, m.created_at DESC, m.id DESC"
# The index's rowid is day number * 2**32 + the moment's rowid (migration m0009).
_MATCHED = "moment_fts JOIN moment m ON m.rowid = (moment_fts.rowid % 4294967296)"


def moment_from_row(row: dict) -> Moment:
    return Moment(
        id=row["id"],
        author_id=row["author_id"],
        recipient_id=row["recipient_id"],
        day=date.fromisoformat(row["day"]),
        text=row["text"],
        theme=row["theme"],
        entry_id=row["entry_id"],
        visibility=Visibility(row["visibility"]),
        seen_at=row["seen_at"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def _where(person_id: str, filt: MomentFilter, sealed: str) -> tuple[str, dict[str, object]]:
    where = [_VISIBLE, sealed]
    params: dict[str, object] = {"person": person_id}
    if filt.about_id:
        where.append("coalesce(m.recipient_id, m.author_id) = :about")
        params["about"] = filt.about_id
    if filt.theme:
        where.append("m.theme = :theme")
        params["theme"] = filt.theme
    return " AND ".join(where), params


class MomentRepo:
    """Reads and writes moments; fits ``core.moments.MomentStore``."""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)

    def _select(self, sql: str, params) -> list[Moment]:
        rows = self.sealer.open_rows("moment", dict_rows(self.db.execute(sql, params)))
        return [moment_from_row(r) for r in rows]

    def _sealed(self, person_id: str) -> str:
        """Sealed moments are there only for their author, and only while unlocked."""
        return self.sealer.visible_clause(person_id, "m.")

    def _where(self, person_id: str, filt: MomentFilter) -> tuple[str, dict[str, object]]:
        return _where(person_id, filt, self._sealed(person_id))

    def author_of(self, moment_id: str) -> str | None:
        """Who wrote a moment (readable even while it is sealed); None when unknown."""
        row = self.db.execute("SELECT author_id FROM moment WHERE id = ?", [moment_id]).fetchone()
        return row[0] if row else None

    def _prepare(self, moment_id: str, draft: MomentDraft):
        for_me = draft.recipient_id in (None, draft.author_id)
        only_me = for_me and draft.visibility is Visibility.PRIVATE
        return self.sealer.prepare(
            "moment", moment_id, draft.author_id, only_me, {"text": draft.text}
        )

    def get(self, moment_id: str) -> Moment | None:
        found = self._select("SELECT * FROM moment WHERE id = ?", [moment_id])
        return found[0] if found else None

    def insert(self, draft: MomentDraft) -> Moment:
        """Write a new moment (sealed when it is only for its author, who has a passphrase)."""
        now = utc_now()
        mid = new_id()
        write = self._prepare(mid, draft)
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO moment (id, author_id, recipient_id, day, text, theme, entry_id, "
                "visibility, created_at, updated_at, sealed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    mid,
                    draft.author_id,
                    draft.recipient_id,
                    draft.day.isoformat(),
                    write.values["text"],
                    draft.theme,
                    draft.entry_id,
                    str(draft.visibility),
                    now,
                    now,
                    write.values["sealed"],
                ],
            )
            self.sealer.sealing_in("moment", write)
        self.sealer.written("moment", mid, draft.author_id, write)
        return self.get(mid)

    def update(self, moment_id: str, draft: MomentDraft) -> Moment:
        """Save an edit. A moment given to a different person is new to them (seen_at reset)."""
        write = self._prepare(moment_id, draft)
        with transaction(self.db):
            self.db.execute(
                "UPDATE moment SET recipient_id = ?, day = ?, text = ?, theme = ?, "
                "entry_id = ?, visibility = ?, updated_at = ?, sealed = ?, "
                "seen_at = CASE WHEN recipient_id IS ? THEN seen_at ELSE NULL END "
                "WHERE id = ?",
                [
                    draft.recipient_id,
                    draft.day.isoformat(),
                    write.values["text"],
                    draft.theme,
                    draft.entry_id,
                    str(draft.visibility),
                    utc_now(),
                    write.values["sealed"],
                    draft.recipient_id,
                    moment_id,
                ],
            )
            self.sealer.sealing_in("moment", write)
        self.sealer.written("moment", moment_id, draft.author_id, write)
        return self.get(moment_id)

    def set_deleted(self, moment_id: str, deleted: bool) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "UPDATE moment SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now if deleted else None, now, moment_id],
            )

    def mark_seen(self, moment_ids: list[str]) -> None:
        now = utc_now()
        with transaction(self.db):
            for moment_id in moment_ids:
                self.db.execute(
                    "UPDATE moment SET seen_at = ?, updated_at = ? "
                    "WHERE id = ? AND seen_at IS NULL",
                    [now, now, moment_id],
                )

    # Reads for one person ----------------------------------------------------------------
    def collection(self, person_id: str, filt: MomentFilter, *, limit: int = 500) -> list[Moment]:
        """Visible moments, newest first."""
        where, params = self._where(person_id, filt)
        sql = f"SELECT m.* FROM moment m WHERE {where} {_NEWEST} LIMIT :limit"
        return self._select(sql, params | {"limit": limit})

    def count(self, person_id: str, filt: MomentFilter) -> int:
        where, params = self._where(person_id, filt)
        row = self.db.execute(f"SELECT count(*) FROM moment m WHERE {where}", params).fetchone()
        return row[0]

    def random_one(
        self, person_id: str, filt: MomentFilter, exclude_id: str | None = None
    ) -> Moment | None:
        """One visible moment picked at random (SQLite's random(), fine for a surprise)."""
        where, params = self._where(person_id, filt)
        if exclude_id:
            where += " AND m.id != :exclude"
            params["exclude"] = exclude_id
        found = self._select(
            f"SELECT m.* FROM moment m WHERE {where} ORDER BY random() LIMIT 1", params
        )
        return found[0] if found else None

    def search(
        self, person_id: str, text: str, filt: MomentFilter, *, limit: int = 200
    ) -> list[MomentHit]:
        """Full-text search with the journal's rules (see ``core.search_query``)."""
        query = to_fts_query(text)
        if query is None:
            return []
        where, params = self._where(person_id, filt)
        sql = (
            "SELECT m.*, highlight(moment_fts, 0, :hs, :he) AS snip "
            f"FROM {_MATCHED} "
            f"WHERE moment_fts MATCH :q AND {where} {_NEWEST} LIMIT :limit"
        )
        params |= {"q": query, "limit": limit, "hs": HIGHLIGHT_START, "he": HIGHLIGHT_END}
        try:
            rows = dict_rows(self.db.execute(sql, params))
        except Exception as exc:  # a query FTS5 still rejects must not crash the search box
            raise classify(exc) from exc
        hits = [MomentHit(moment=moment_from_row(r), snippet=r["snip"]) for r in rows]
        return self._with_sealed_hits(person_id, query, filt, hits, limit)

    def _with_sealed_hits(
        self,
        person_id: str,
        query: str,
        filt: MomentFilter,
        hits: list[MomentHit],
        limit: int,
        after: tuple[str, str, str] | None = None,
    ) -> list[MomentHit]:
        """Merge in matches among the person's own sealed moments (only while unlocked),
        ordered like the file's hits and after the same cursor; see
        ``EntryRepo._with_sealed_hits``."""
        index = self.sealer.keyring.index(person_id)
        ids = index.matching_ids("moment", query) if index is not None else []
        if not ids:
            return hits
        where, params = self._where(person_id, filt)
        if after is not None:
            where += " AND (m.day, m.created_at, m.id) < (:a_day, :a_created, :a_id)"
            params |= {"a_day": after[0], "a_created": after[1], "a_id": after[2]}
        sealed = self._select(
            "SELECT m.* FROM moment m WHERE m.id IN (SELECT value FROM json_each(:ids)) "
            f"AND m.sealed IS NOT NULL AND {where} {_NEWEST} LIMIT :limit",
            params | {"ids": json.dumps(ids), "limit": limit},
        )
        marked = index.snippets(
            "moment",
            query,
            [m.id for m in sealed],
            HIGHLIGHT_START,
            HIGHLIGHT_END,
            whole_text=True,
        )
        merged = hits + [MomentHit(moment=m, snippet=marked.get(m.id, m.text)) for m in sealed]
        merged.sort(key=lambda h: (h.moment.day, h.moment.created_at, h.moment.id), reverse=True)
        return merged[:limit]

    def _sealed_match_count(self, person_id: str, query: str) -> int:
        index = self.sealer.keyring.index(person_id)
        ids = index.matching_ids("moment", query) if index is not None else []
        if not ids:
            return 0
        where, params = self._where(person_id, MomentFilter())
        return self.db.execute(
            "SELECT count(*) FROM moment m WHERE m.id IN (SELECT value FROM json_each(:ids)) "
            f"AND m.sealed IS NOT NULL AND {where}",
            params | {"ids": json.dumps(ids)},
        ).fetchone()[0]

    def sealed_search_found(
        self, person_id: str, text: str, *, after: TimelineKey | None = None, limit: int = 25
    ) -> list[Found]:
        """The person's own sealed moments matching ``text`` after ``after``, newest first,
        as search results (only while they are unlocked; the Dagboek's search merges them
        with the file's matches, ``store/dagboek_search.py``)."""
        query = to_fts_query(text)
        if query is None or limit <= 0:
            return []
        cursor = (after.day, after.created_at, after.id) if after is not None else None
        hits = self._with_sealed_hits(person_id, query, MomentFilter(), [], limit, cursor)
        return [Found(moment_item(h.moment), h.snippet) for h in hits]

    def count_matches(self, person_id: str, text: str) -> int:
        """How many moments ``person_id`` may see match ``text``."""
        query = to_fts_query(text)
        if query is None:
            return 0
        sql = f"SELECT count(*) FROM {_MATCHED} WHERE moment_fts MATCH :q AND {_VISIBLE}"
        try:
            found = self.db.execute(sql, {"q": query, "person": person_id}).fetchone()[0]
        except Exception as exc:  # as above: never a crash in the search box
            raise classify(exc) from exc
        return found + self._sealed_match_count(person_id, query)

    def unseen_for(self, person_id: str) -> list[Moment]:
        """Moments for ``person_id`` not shown to them yet, oldest first (the order written)."""
        return self._select(
            "SELECT m.* FROM moment m WHERE m.recipient_id = :person AND m.seen_at IS NULL "
            f"AND m.deleted_at IS NULL AND {self._sealed(person_id)} ORDER BY m.created_at",
            {"person": person_id},
        )

    def deleted(self, person_id: str) -> list[Moment]:
        """The bin: deleted moments this person wrote, most recently deleted first."""
        return self._select(
            "SELECT m.* FROM moment m WHERE m.deleted_at IS NOT NULL AND m.author_id = :person "
            f"AND {self._sealed(person_id)} ORDER BY m.deleted_at DESC",
            {"person": person_id},
        )

    def page_after(
        self,
        person_id: str,
        *,
        after: tuple[str, str, str] | None = None,
        limit: int = 100,
        author_id: str | None = None,
        theme: str | None = None,
        until: date | None = None,
    ) -> list[Moment]:
        """One newest-first page for the timeline, strictly after the key ``after``.

        ``after`` is (day, created_at, id) of the last item already shown: keyset paging, so
        a long journal pages as fast as a short one.
        """
        where = [_VISIBLE, self._sealed(person_id)]
        params: dict[str, object] = {"person": person_id, "limit": limit}
        if after is not None:
            where.append("(m.day, m.created_at, m.id) < (:k_day, :k_created, :k_id)")
            params |= {"k_day": after[0], "k_created": after[1], "k_id": after[2]}
        if author_id:
            where.append("m.author_id = :author")
            params["author"] = author_id
        if theme:
            where.append("m.theme = :theme")
            params["theme"] = theme
        if until:
            where.append("m.day <= :until")
            params["until"] = until.isoformat()
        sql = f"SELECT m.* FROM moment m WHERE {' AND '.join(where)} {_NEWEST} LIMIT :limit"
        return self._select(sql, params)

    def on_days(self, person_id: str, first: date, last: date) -> list[Moment]:
        """Visible moments about days in [first, last], newest first (for the timeline)."""
        sql = (
            f"SELECT m.* FROM moment m WHERE {_VISIBLE} AND {self._sealed(person_id)} "
            "AND m.day BETWEEN :first AND :last "
        )
        return self._select(
            sql + _NEWEST,
            {"person": person_id, "first": first.isoformat(), "last": last.isoformat()},
        )
