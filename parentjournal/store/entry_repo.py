"""Journal entries: paging for the timeline, full-text search, soft delete and restore.

Privacy lives in SQL here (``_VISIBLE``), so no caller can forget it: every read that serves
a person takes that person's id. Entries sealed with a personal passphrase are opened by the
:class:`~parentjournal.store.sealing.Sealer` and are absent while their author is locked
(``self._visible``).
"""

from __future__ import annotations

import json
from datetime import date

from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Entry,
    EntryDraft,
    SearchHit,
    Visibility,
)
from parentjournal.core.search_query import to_fts_query

# One definition of the filter and the cursor, shared with the core's timeline service.
from parentjournal.core.timeline import PageKey, TimelineFilter
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.entry_search import EntrySearch
from parentjournal.store.rows import dict_rows, entry_from_row
from parentjournal.store.sealing import Sealer

_VISIBLE = "(e.deleted_at IS NULL AND (e.visibility = 'shared' OR e.author_id = :person))"
# What a sealed entry's themes are in SQL: its own when the author is unlocked, else none.
_THEMES = (
    "(CASE WHEN e.sealed IS NULL THEN e.themes "
    "ELSE sealed_field('entry', e.id, e.author_id, e.sealed, 'themes') END)"
)


def _text(draft: EntryDraft) -> dict[str, object]:
    """The columns a personal passphrase seals."""
    return {
        "title": draft.title,
        "body": draft.body,
        "themes": json.dumps(list(draft.themes), ensure_ascii=False),
    }


class EntryRepo:
    """Reads and writes the ``entry`` table (and through triggers, ``entry_fts``)."""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)
        self._search = EntrySearch(db, self.sealer.open_rows)

    def _visible(self, person_id: str) -> str:
        return f"({_VISIBLE} AND {self.sealer.visible_clause(person_id, 'e.')})"

    def _entries(self, rows: list[dict]) -> list[Entry]:
        return [entry_from_row(r) for r in self.sealer.open_rows("entry", rows)]

    def get(self, entry_id: str) -> Entry | None:
        """The entry (deleted ones too); None when unknown or sealed and locked."""
        rows = self._entries(
            dict_rows(self.db.execute("SELECT * FROM entry WHERE id = ?", [entry_id]))
        )
        return rows[0] if rows else None

    def author_of(self, entry_id: str) -> str | None:
        """Who wrote an entry (readable even while it is sealed); None when unknown."""
        row = self.db.execute("SELECT author_id FROM entry WHERE id = ?", [entry_id]).fetchone()
        return row[0] if row else None

    def insert(self, draft: EntryDraft) -> Entry:
        """Write a new entry ("only me" text sealed; PersonLockedError if the author is locked)."""
        now = utc_now()
        eid = new_id()
        private = draft.visibility is Visibility.PRIVATE
        write = self.sealer.prepare("entry", eid, draft.author_id, private, _text(draft))
        values = write.values
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO entry (id, author_id, day, title, body, visibility, themes, "
                "prompt_id, created_at, updated_at, sealed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    eid,
                    draft.author_id,
                    draft.day.isoformat(),
                    values["title"],
                    values["body"],
                    str(draft.visibility),
                    values["themes"],
                    draft.prompt_id,
                    now,
                    now,
                    values["sealed"],
                ],
            )
            self.sealer.sealing_in("entry", write)
        self.sealer.written("entry", eid, draft.author_id, write)
        return self.get(eid)

    def update(self, entry_id: str, draft: EntryDraft) -> Entry:
        """Save an edit (the autosave path); sealing follows the visibility, as in insert."""
        private = draft.visibility is Visibility.PRIVATE
        write = self.sealer.prepare("entry", entry_id, draft.author_id, private, _text(draft))
        values = write.values
        with transaction(self.db):
            self.db.execute(
                "UPDATE entry SET day = ?, title = ?, body = ?, visibility = ?, themes = ?, "
                "prompt_id = ?, updated_at = ?, sealed = ? WHERE id = ?",
                [
                    draft.day.isoformat(),
                    values["title"],
                    values["body"],
                    str(draft.visibility),
                    values["themes"],
                    draft.prompt_id,
                    utc_now(),
                    values["sealed"],
                    entry_id,
                ],
            )
            self.sealer.sealing_in("entry", write)
        self.sealer.written("entry", entry_id, draft.author_id, write)
        return self.get(entry_id)

    def set_deleted(self, entry_id: str, deleted: bool) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                "UPDATE entry SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now if deleted else None, now, entry_id],
            )

    # Reads for one person ---------------------------------------------------------------
    def page(
        self,
        person_id: str,
        *,
        after: PageKey | None = None,
        limit: int = 100,
        filt: TimelineFilter | None = None,
    ) -> list[Entry]:
        """One page of the timeline for ``person_id``, newest first."""
        filt = filt or TimelineFilter()
        where = [self._visible(person_id)]
        params: dict[str, object] = {"person": person_id, "limit": limit}
        if after is not None:
            where.append("(e.day, e.created_at, e.id) < (:k_day, :k_created, :k_id)")
            params |= {"k_day": after.day, "k_created": after.created_at, "k_id": after.id}
        if filt.author_id:
            where.append("e.author_id = :author")
            params["author"] = filt.author_id
        if filt.theme:
            where.append(f"EXISTS (SELECT 1 FROM json_each({_THEMES}) WHERE value = :theme)")
            params["theme"] = filt.theme
        if filt.until:
            where.append("e.day <= :until")
            params["until"] = filt.until.isoformat()
        sql = (
            "SELECT e.* FROM entry e WHERE "
            + " AND ".join(where)
            + " ORDER BY e.day DESC, e.created_at DESC, e.id DESC LIMIT :limit"
        )
        return self._entries(dict_rows(self.db.execute(sql, params)))

    def count_visible(self, person_id: str) -> int:
        sql = f"SELECT count(*) FROM entry e WHERE {self._visible(person_id)}"
        return self.db.execute(sql, {"person": person_id}).fetchone()[0]

    def days_with_entries(self, person_id: str, first: date, last: date) -> set[date]:
        """Days in [first, last] with at least one entry the person may see (for a calendar)."""
        sql = (
            f"SELECT DISTINCT e.day FROM entry e WHERE {self._visible(person_id)} "
            "AND e.day BETWEEN :first AND :last"
        )
        cur = self.db.execute(
            sql, {"person": person_id, "first": first.isoformat(), "last": last.isoformat()}
        )
        return {date.fromisoformat(r[0]) for r in cur.fetchall()}

    def themes_in_use(self, person_id: str) -> list[str]:
        """Every theme on an entry the person may see, alphabetically (for the filter)."""
        sql = (
            f"SELECT DISTINCT t.value FROM entry e, json_each({_THEMES}) t "
            f"WHERE {self._visible(person_id)} "
            "ORDER BY t.value COLLATE NOCASE"
        )
        return [r[0] for r in self.db.execute(sql, {"person": person_id}).fetchall()]

    def deleted(self, person_id: str) -> list[Entry]:
        """The bin: deleted entries this person wrote, most recently deleted first."""
        cur = self.db.execute(
            "SELECT * FROM entry e WHERE e.deleted_at IS NOT NULL AND e.author_id = :person "
            f"AND {self.sealer.visible_clause(person_id, 'e.')} ORDER BY e.deleted_at DESC",
            {"person": person_id},
        )
        return self._entries(dict_rows(cur))

    # Search (see ``store.entry_search``) ------------------------------------------------
    def search(self, person_id: str, text: str, *, limit: int = 50) -> list[SearchHit]:
        """The newest ``limit`` entries ``person_id`` may see that match ``text``.

        Accents are ignored ("creche" finds "crèche"), ``word*`` is a prefix and quotes make a
        phrase. Any input is safe: it is rewritten by ``to_fts_query``.
        """
        return self.search_page(person_id, text, limit=limit)

    def search_page(
        self, person_id: str, text: str, *, after: PageKey | None = None, limit: int = 25
    ) -> list[SearchHit]:
        """The next ``limit`` matches strictly after the key ``after``, newest first.

        Two sources merged by the timeline key: the file's index, and (only while the
        person is unlocked) the in-memory index of their own sealed entries.
        """
        hits = self._search.page(person_id, text, after=after, limit=limit)
        sealed = self.sealed_search_page(person_id, text, after=after, limit=limit)
        if not sealed:
            return hits
        merged = hits + sealed
        merged.sort(key=lambda h: (h.entry.day, h.entry.created_at, h.entry.id), reverse=True)
        return merged[:limit]

    def count_matches(self, person_id: str, text: str) -> int:
        """How many entries ``person_id`` may see match ``text`` (sealed ones while unlocked)."""
        return self._search.count(person_id, text) + len(self._sealed_ids(person_id, text))

    def _sealed_ids(self, person_id: str, text: str) -> list[str]:
        """Ids of the person's own sealed entries whose words match (only while unlocked).

        Sealed entries are not in ``entry_fts`` (their columns are empty); their words are
        in the person's in-memory index (``store/sealed_index.py``).
        """
        index = self.sealer.keyring.index(person_id)
        query = to_fts_query(text)
        if index is None or query is None:
            return []
        ids = index.matching_ids("entry", query)
        if not ids:
            return []
        sql = (
            "SELECT e.id FROM entry e WHERE e.id IN (SELECT value FROM json_each(:ids)) "
            f"AND e.sealed IS NOT NULL AND {self._visible(person_id)}"
        )
        cur = self.db.execute(sql, {"ids": json.dumps(ids), "person": person_id})
        return [r[0] for r in cur.fetchall()]

    def sealed_search_page(
        self, person_id: str, text: str, *, after: PageKey | None, limit: int
    ) -> list[SearchHit]:
        """The person's matching sealed entries after ``after``, newest first, with snippets
        (only while they are unlocked; searches merge them with the file's matches)."""
        ids = self._sealed_ids(person_id, text)
        if not ids:
            return []
        where = "e.id IN (SELECT value FROM json_each(:ids))"
        params: dict[str, object] = {"ids": json.dumps(ids), "limit": limit}
        if after is not None:
            where += " AND (e.day, e.created_at, e.id) < (:a_day, :a_created, :a_id)"
            params |= {"a_day": after.day, "a_created": after.created_at, "a_id": after.id}
        sql = (
            f"SELECT e.* FROM entry e WHERE {where} "
            "ORDER BY e.day DESC, e.created_at DESC, e.id DESC LIMIT :limit"
        )
        sealed = self._entries(dict_rows(self.db.execute(sql, params)))
        index = self.sealer.keyring.index(person_id)
        snippets = index.snippets(
            "entry", to_fts_query(text), [e.id for e in sealed], HIGHLIGHT_START, HIGHLIGHT_END
        )
        return [SearchHit(entry=e, snippet=snippets.get(e.id, "")) for e in sealed]
