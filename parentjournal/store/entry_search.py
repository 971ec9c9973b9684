"""Full-text search over journal entries, newest first, one page at a time.

The index (migration ``m0007_search_newest_first``) is keyed by a *search key*: day number
times 2**32 plus the entry's rowid. FTS5 walks it in that order, so ``ORDER BY rowid DESC
LIMIT n`` reads a handful of matches for the first page however many there are, and makes
snippets for those only. Within one day the key follows the rowid, not the time of writing,
so each page is completed to the end of its last day and sorted by the exact timeline key
(day, created_at, id) in Python: a page then holds exactly the next ``limit`` matches.

Privacy lives in SQL here too: a match is kept only when ``person`` may see it. Soft-deleted
entries are not in the index at all.
"""

from __future__ import annotations

from collections.abc import Callable

from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from parentjournal.core.search_query import to_fts_query
from parentjournal.core.timeline import TimelineKey
from parentjournal.store.database import Database
from parentjournal.store.errors import classify
from parentjournal.store.rows import dict_rows, entry_from_row

_DAY_SPAN = 4294967296  # 2**32: one day of search keys
_FIRST_KEY_OF = f"(COALESCE(CAST(julianday(:{{name}}) AS INTEGER), 0) * {_DAY_SPAN})"
_VISIBLE = "(e.deleted_at IS NULL AND (e.visibility = 'shared' OR e.author_id = :person))"
# The snippet comes from the body (column 1): the title is shown above it in full.
_SELECT = (
    "SELECT f.rowid AS skey, e.*, snippet(entry_fts, 1, :hs, :he, '…', 16) AS snip "
    f"FROM entry_fts f JOIN entry e ON e.rowid = (f.rowid % {_DAY_SPAN}) "
    f"WHERE entry_fts MATCH :q AND {_VISIBLE}"
)


def _text_match(query: str) -> str:
    """Limit the person's query to the text columns (``scope`` holds privacy tokens)."""
    return "{title body} : (" + query + ")"


def scope_phrase(person_id: str) -> str:
    """The index's scope for what ``person_id`` wrote for themselves only, as a phrase.

    The same rule as the view ``entry_search_text`` ("p" + the id without dashes), quoted,
    so no id can ever be read as an FTS5 operator.
    """
    return '"p' + person_id.replace("-", "").replace('"', '""') + '"'


class EntrySearch:
    """Search pages and match counts for one journal file."""

    def __init__(
        self,
        db: Database,
        open_rows: Callable[[str, list[dict]], list[dict]] | None = None,
    ):
        self.db = db
        # Sealed rows have empty text, so they never match here; opening is a safeguard.
        self._open_rows = open_rows or (lambda _table, rows: rows)

    def _rows(self, sql: str, params: dict) -> list[dict]:
        try:
            return dict_rows(self.db.execute(sql, params))
        except Exception as exc:  # a query FTS5 still rejects must not crash the search box
            raise classify(exc) from exc

    def page(
        self, person_id: str, text: str, *, after: TimelineKey | None = None, limit: int = 25
    ) -> list[SearchHit]:
        """The next ``limit`` matches for ``person_id`` strictly after ``after``, newest first.

        Pass the key of the last hit (day, created_at, id) as ``after`` for the next page;
        fewer than ``limit`` hits means there are no more.
        """
        query = to_fts_query(text)
        if query is None or limit <= 0:
            return []
        params: dict[str, object] = {
            "q": _text_match(query),
            "person": person_id,
            "hs": HIGHLIGHT_START,
            "he": HIGHLIGHT_END,
            "limit": limit,
        }
        where = ""
        if after is not None:
            # Days up to the cursor's day from the index, then the exact key on that day.
            where = (
                f" AND f.rowid < {_FIRST_KEY_OF.format(name='a_day')} + {_DAY_SPAN}"
                " AND (e.day, e.created_at, e.id) < (:a_day, :a_created, :a_id)"
            )
            params |= {"a_day": after.day, "a_created": after.created_at, "a_id": after.id}
        # One row more than asked says whether the page ends on a whole day.
        params["limit"] = limit + 1
        rows = self._rows(f"{_SELECT}{where} ORDER BY f.rowid DESC LIMIT :limit", params)
        if len(rows) > limit and rows[limit]["day"] != rows[limit - 1]["day"]:
            rows = rows[:limit]
        elif len(rows) > limit:
            # The page ends inside a day, and the rest of that day may sort before some of it
            # (written earlier that day but stored later, e.g. imported): fetch it whole.
            last = rows[-1]
            rest = f" AND f.rowid < :last_key AND f.rowid >= {_FIRST_KEY_OF.format(name='l_day')}"
            params |= {"last_key": last["skey"], "l_day": last["day"]}
            rows += self._rows(f"{_SELECT}{where}{rest}", params)
        rows = self._open_rows("entry", rows)
        hits = [SearchHit(entry=entry_from_row(r), snippet=r["snip"]) for r in rows]
        hits.sort(key=lambda h: (h.entry.day, h.entry.created_at, h.entry.id), reverse=True)
        return hits[:limit]

    def count(self, person_id: str, text: str) -> int:
        """How many entries ``person_id`` may see match ``text`` (counted in the index)."""
        query = to_fts_query(text)
        if query is None:
            return 0
        match = f"{_text_match(query)} AND scope : (shared OR {scope_phrase(person_id)})"
        try:
            row = self.db.execute(
                "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?", [match]
            ).fetchone()
        except Exception as exc:  # as in page(): never a crash in the search box
            raise classify(exc) from exc
        return row[0]
