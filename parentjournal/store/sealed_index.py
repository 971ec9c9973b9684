"""An in-memory full-text index over one unlocked person's sealed text.

Sealed rows keep empty text columns in the journal file, so the file's FTS indexes never
hold their words. While a person is unlocked, their decrypted text is indexed here instead,
in a ``:memory:`` SQLite database that is never written to disk, with the same tokenizer as
the file's indexes (accents ignored), so a search finds the same things either way. Locking
the person closes it; nothing of it survives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


class SealedIndex:
    """Words of one person's sealed records, by kind ("entry", "moment", ...) and record id."""

    def __init__(self) -> None:
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._conn.execute(
            "CREATE VIRTUAL TABLE items USING fts5(kind UNINDEXED, record_id UNINDEXED, "
            'title, body, tokenize="unicode61 remove_diacritics 2")'
        )
        # (kind, record id) -> rowid, so replacing or removing one item needs no scan.
        self._rowids: dict[tuple[str, str], int] = {}

    def put(self, kind: str, record_id: str, title: str, body: str) -> None:
        """Index (or re-index) one record's text."""
        self.remove(kind, record_id)
        cur = self._conn.execute(
            "INSERT INTO items (kind, record_id, title, body) VALUES (?, ?, ?, ?)",
            [kind, record_id, title, body],
        )
        self._rowids[(kind, record_id)] = cur.lastrowid

    def put_many(self, kind: str, items: Iterable[tuple[str, str, str]]) -> None:
        """Index many ``(record id, title, body)`` at once (when a person unlocks)."""
        for record_id, title, body in items:
            self.put(kind, record_id, title, body)

    def remove(self, kind: str, record_id: str) -> None:
        """Forget one record (it was shared, so it is in the file's index now)."""
        rowid = self._rowids.pop((kind, record_id), None)
        if rowid is not None:
            self._conn.execute("DELETE FROM items WHERE rowid = ?", [rowid])

    def matching_ids(self, kind: str, fts_query: str) -> list[str]:
        """Ids of the records of ``kind`` whose text matches an FTS5 query (any order)."""
        try:
            cur = self._conn.execute(
                "SELECT record_id FROM items WHERE items MATCH ? AND kind = ?", [fts_query, kind]
            )
            return [r[0] for r in cur.fetchall()]
        except sqlite3.Error:
            # The same query runs on the file's index first; one it rejects never gets here.
            return []

    def snippets(
        self,
        kind: str,
        fts_query: str,
        record_ids: Iterable[str],
        start: str,
        end: str,
        *,
        whole_text: bool = False,
    ) -> dict[str, str]:
        """Snippets for some matching records, made as the file's search makes them: a
        ``snippet()`` of title or body, or with ``whole_text`` the body with every match
        marked (``highlight()``, as the moments' search shows short texts)."""
        wanted = [self._rowids[(kind, rid)] for rid in record_ids if (kind, rid) in self._rowids]
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        made = "highlight(items, 3, ?, ?)" if whole_text else "snippet(items, -1, ?, ?, '…', 16)"
        cur = self._conn.execute(
            f"SELECT record_id, {made} FROM items WHERE items MATCH ? AND rowid IN ({marks})",
            [start, end, fts_query, *wanted],
        )
        return dict(cur.fetchall())

    def close(self) -> None:
        """Drop every word (the person locked)."""
        self._rowids.clear()
        self._conn.close()
