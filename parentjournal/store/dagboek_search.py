"""The Dagboek's search in one statement: entries and goed-bezig moments, newest first.

Both full-text indexes are keyed by day (search key = day number * 2**32 + rowid; see the
migrations ``m0007`` and ``m0009``), so ``ORDER BY`` that key on a ``UNION ALL`` of the two
is merged by SQLite from both indexes in their own order: it stops after one page and
makes snippets only for the rows on it, however many match.

Within one day the key follows the rowid, not the time of writing, so the scan reads on
to the end of the page's last day (a handful of rows: one day's matches) and the page is
sorted by the exact timeline key (day, created_at, id): it then holds exactly the next
``limit`` matches, also when rows were stored out of writing order (an import, a sync).

Privacy lives in SQL here: a match is kept only when ``person`` may see it. Soft-deleted
records are not in the indexes at all. Sealed ("only me") text is not in the file's
indexes either: while its author is unlocked, it comes from their in-memory index
(``store/sealed_index.py``) through the repositories, and is merged in by the same key.
"""

from __future__ import annotations

from datetime import date
from operator import itemgetter

from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START, Visibility
from parentjournal.core.moments import Moment
from parentjournal.core.search import Found
from parentjournal.core.search_query import to_fts_query
from parentjournal.core.timeline import TimelineItem, TimelineKey, entry_item
from parentjournal.store.database import Database
from parentjournal.store.entry_repo import EntryRepo
from parentjournal.store.errors import classify
from parentjournal.store.moment_repo import MomentRepo
from parentjournal.store.sealing import Sealer

_DAY_SPAN = 4294967296  # 2**32: one day of search keys
# Row layout of both arms (a moment's text is its whole snippet without the marks). A
# moment's own fields travel as one JSON array, read only when its row is painted or
# opened: an entry's row then carries one NULL rather than five, and every column of every
# row read costs a conversion to Python at each pause in typing.
_SKEY, _KIND, _ID, _DAY, _CREATED, _AUTHOR, _TITLE, _VIS, _MOMENT, _SNIPPET = range(10)
_NEWEST = itemgetter(_DAY, _CREATED, _ID)


def _key_of(name: str) -> str:
    """The first search key of the day in parameter ``name`` (an ISO date)."""
    return f"(COALESCE(CAST(julianday(:{name}) AS INTEGER), 0) * {_DAY_SPAN})"


def _after(fts: str, table: str) -> str:
    """The cursor: days up to its day from the index, then the exact key on that day."""
    return (
        f" AND {fts}.rowid < {_key_of('a_day')} + {_DAY_SPAN}"
        f" AND ({table}.day, {table}.created_at, {table}.id) < (:a_day, :a_created, :a_id)"
    )


def _arms(*, after: bool) -> str:
    """Both kinds' matches as one compound SELECT, in the row layout above. Only what a
    result shows is read: no entry body (its snippet stands for it)."""
    return (
        "SELECT f.rowid AS skey, 0, e.id, e.day, e.created_at, e.author_id, e.title, "
        "e.visibility, NULL, snippet(entry_fts, 1, :hs, :he, '…', 16) "
        f"FROM entry_fts f JOIN entry e ON e.rowid = (f.rowid % {_DAY_SPAN}) "
        "WHERE entry_fts MATCH :eq AND e.deleted_at IS NULL "
        "AND (e.visibility = 'shared' OR e.author_id = :person)"
        f"{_after('f', 'e') if after else ''} "
        "UNION ALL "
        "SELECT g.rowid, 1, m.id, m.day, m.created_at, m.author_id, '', m.visibility, "
        "json_array(m.recipient_id, m.theme, m.entry_id, m.seen_at, m.updated_at), "
        "highlight(moment_fts, 0, :hs, :he) "
        f"FROM moment_fts g JOIN moment m ON m.rowid = (g.rowid % {_DAY_SPAN}) "
        "WHERE moment_fts MATCH :mq AND m.deleted_at IS NULL AND (m.visibility = 'shared' "
        f"OR m.author_id = :person OR m.recipient_id = :person){_after('g', 'm') if after else ''}"
    )


def _plain(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def _entry(row: tuple) -> TimelineItem:
    # What the list shows of an entry: its day, author, title and the passage that matched
    # (the whole body of a short entry). Opening it reads the whole entry, so the body is
    # not carried here.
    return TimelineItem(
        kind="entry",
        key=TimelineKey(row[_DAY], row[_CREATED], row[_ID]),
        author_id=row[_AUTHOR],
        title=row[_TITLE],
        text=_plain(row[_SNIPPET] or ""),
        visibility=Visibility(row[_VIS]),
    )


def _moment(row: tuple) -> TimelineItem:
    import json  # at first use: only a painted or opened moment needs it

    text = _plain(row[_SNIPPET] or "")
    recipient_id, theme, entry_id, seen_at, updated_at = json.loads(row[_MOMENT])
    moment = Moment(
        id=row[_ID],
        author_id=row[_AUTHOR],
        recipient_id=recipient_id,
        day=date.fromisoformat(row[_DAY]),
        text=text,
        theme=theme,
        entry_id=entry_id,
        visibility=Visibility(row[_VIS]),
        seen_at=seen_at,
        created_at=row[_CREATED],
        updated_at=updated_at,
    )
    return TimelineItem(
        kind="moment",
        key=TimelineKey(row[_DAY], row[_CREATED], row[_ID]),
        author_id=row[_AUTHOR],
        title="",
        text=text,
        visibility=moment.visibility,
        themes=(moment.theme,) if moment.theme else (),
        record=moment,
    )


# The kind column holds 0 or 1 (a number costs less to read than a word): its kind and
# the function that makes its item.
_KINDS = ("entry", "moment")
_ITEM_OF = (_entry, _moment)


def _found_of(rows: list[tuple]) -> list[Found]:
    """The results of a page's rows, each making its item when it is first painted or
    opened. Spelled out rather than ``Found.of_row`` per row: this runs at every pause in
    typing, and the call per row was a tenth of the Python a search costs."""
    new, found = Found.__new__, []
    for r in rows:
        result = new(Found)
        kind = r[_KIND]
        result.kind = _KINDS[kind]
        result.sort_key = (r[_DAY], r[_CREATED], r[_ID])
        result.snippet = r[_SNIPPET]
        result._item, result._row, result._make = None, r, _ITEM_OF[kind]
        found.append(result)
    return found


# The two statements a search runs: a first page, and a page after a cursor.
_FIRST_PAGE = _arms(after=False) + " ORDER BY skey DESC"
_NEXT_PAGE = _arms(after=True) + " ORDER BY skey DESC"


class DagboekSearch:
    """Entries and moments in the Dagboek's search: pages newest first and match counts.

    Fits ``core.search.SearchSource`` (register it with ``SearchService``).
    """

    kinds = ("entry", "moment")

    def __init__(self, db: Database, entries: EntryRepo, moments: MomentRepo, sealer: Sealer):
        self.db = db
        self.entries = entries
        self.moments = moments
        self.sealer = sealer

    def page(
        self, person_id: str, text: str, *, after: TimelineKey | None = None, limit: int = 25
    ) -> list[Found]:
        """The next ``limit`` matches ``person_id`` may see strictly after ``after``.

        Pass the key of the last result (day, created_at, id) as ``after`` for the next
        page; fewer than ``limit`` results means there are no more.
        """
        query = to_fts_query(text)
        if query is None or limit <= 0:
            return []
        params: dict[str, object] = {
            "eq": "{title body} : (" + query + ")",
            "mq": query,
            "person": person_id,
            "hs": HIGHLIGHT_START,
            "he": HIGHLIGHT_END,
        }
        sql = _FIRST_PAGE
        if after is not None:
            params |= {"a_day": after.day, "a_created": after.created_at, "a_id": after.id}
            sql = _NEXT_PAGE
        rows = self._first_rows(sql, params, limit)
        rows.sort(key=_NEWEST, reverse=True)
        found = _found_of(rows[:limit])
        if self.sealer.keyring.index(person_id) is not None:
            found = self._with_sealed(found, person_id, text, after, limit)
        return found

    def _first_rows(self, sql: str, params: dict, limit: int) -> list[tuple]:
        """The next ``limit`` matches in the indexes' order, completed to the end of the
        last one's day: read on from the same scan (one more row says whether the page
        ends inside a day), so the day's other matches cost no second query."""
        try:
            cursor = self.db.execute(sql, params)
            try:
                rows = cursor.fetchmany(limit + 1)
                if len(rows) > limit and rows[limit][_DAY] == rows[limit - 1][_DAY]:
                    day = rows[limit][_DAY]
                    for row in cursor:
                        if row[_DAY] != day:
                            break
                        rows.append(row)
            finally:
                cursor.close()
        except Exception as exc:  # a query FTS5 still rejects must not crash the search box
            raise classify(exc) from exc
        return rows

    def _with_sealed(
        self,
        found: list[Found],
        person_id: str,
        text: str,
        after: TimelineKey | None,
        limit: int,
    ) -> list[Found]:
        """Merge in the person's own sealed matches (only while they are unlocked)."""
        sealed = [
            Found(entry_item(h.entry), h.snippet)
            for h in self.entries.sealed_search_page(person_id, text, after=after, limit=limit)
        ]
        sealed += self.moments.sealed_search_found(person_id, text, after=after, limit=limit)
        if not sealed:
            return found
        merged = found + sealed
        merged.sort(key=lambda f: f.sort_key, reverse=True)
        return merged[:limit]

    def counts(self, person_id: str, text: str) -> dict[str, int]:
        """How many entries and moments ``person_id`` may see match ``text`` (kinds with
        none left out); sealed ones too while their author is unlocked."""
        found = {
            "entry": self.entries.count_matches(person_id, text),
            "moment": self.moments.count_matches(person_id, text),
        }
        return {kind: n for kind, n in found.items() if n}
