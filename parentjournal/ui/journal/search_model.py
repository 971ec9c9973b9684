"""A lazy Qt list model over search results: the first page at once, the rest as you scroll.

Results come from ``core.search.SearchService`` (entries, moments and any registered source,
newest first). Only the first page is read when a search runs; the view asks for more
through ``canFetchMore``/``fetchMore`` when the person scrolls near the end, so every match
can be reached and a common word in 100,000 entries costs what a rare one costs.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START
from parentjournal.core.search import Found, SearchService
from parentjournal.core.timeline import TimelineKey
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.rich_delegate import HtmlRole
from parentjournal.ui.journal.timeline_model import KIND_LABELS, KIND_META

# Enough to fill the visible list (and a little more) on a large screen.
FIRST_PAGE = 25


def snippet_html(snippet: str) -> str:
    """Escape the person's text first, then turn the match markers into bold."""
    safe = html.escape(" ".join(snippet.split()))
    return safe.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())


class SearchResultsModel(QAbstractListModel):
    """The results of one query for one person, loaded page by page."""

    def __init__(
        self,
        search: SearchService,
        name_of: Callable[[str], str],
        *,
        page_size: int = FIRST_PAGE,
        parent=None,
    ):
        super().__init__(parent)
        self._search = search
        self._name_of = name_of
        self._page_size = page_size
        self._person_id = ""
        self._text = ""
        self._rows: list[Found] = []
        self._html: dict[int, str] = {}
        self._names: dict[str, str] = {}
        self._at_end = True

    # Loading -----------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    @property
    def at_end(self) -> bool:
        """True when every result is loaded."""
        return self._at_end

    def run(self, person_id: str, text: str, *, at_least: int = 0) -> None:
        """Show the newest results for ``text``; load pages until ``at_least`` rows or the end.

        Raises:
            parentjournal.store.errors.JournalError: the store could not search (the
                model is then empty).
        """
        self.beginResetModel()
        try:
            self._person_id, self._text = person_id, text
            self._rows, self._html, self._names = [], {}, {}
            self._at_end = not text.strip()
            if not self._at_end:
                self._rows = self._next_page()
                while len(self._rows) < at_least and not self._at_end:
                    self._rows += self._next_page()
        except Exception:
            self._rows, self._at_end = [], True
            raise
        finally:
            self.endResetModel()

    def clear(self) -> None:
        self.run(self._person_id, "")

    def _next_page(self) -> list[Found]:
        after: TimelineKey | None = self._rows[-1].key if self._rows else None
        page = self._search.page(self._person_id, self._text, after=after, limit=self._page_size)
        if len(page) < self._page_size:
            self._at_end = True
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._at_end

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._at_end:
            return
        try:
            page = self._next_page()
        except Exception:
            # The journal could not answer (busy, closed): stop asking, keep what is shown.
            self._at_end = True
            return
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # Reading -----------------------------------------------------------------------------
    def found_at(self, row: int) -> Found | None:
        """The result in ``row`` (None outside the list). Python code reads rows this way."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kind: str, item_id: str) -> int:
        """The row showing that item, or -1 when it is not loaded."""
        for row, found in enumerate(self._rows):
            if found.sort_key[2] == item_id and found.kind == kind:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        found = self._rows[index.row()]
        if role == HtmlRole:
            # Built when the row is first painted, not when the page arrives.
            row = index.row()
            if row not in self._html:
                self._html[row] = self._row_html(found)
            return self._html[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_snippet(found.snippet)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            item = found.item
            parts = [format_day(item.day), self._who(found), item.title]
            parts.append(plain_snippet(found.snippet))
            return ". ".join(p for p in parts if p)
        return None

    # Words -------------------------------------------------------------------------------
    def forget_words(self) -> None:
        """Build the rows' texts again (the language or a name changed)."""
        self._html, self._names = {}, {}
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _cached_name(self, person_id: str) -> str:
        if person_id not in self._names:
            self._names[person_id] = self._name_of(person_id)
        return self._names[person_id]

    def _who(self, found: Found) -> str:
        """The quiet line: who wrote it (and, for other kinds, what it is)."""
        item = found.item
        custom = KIND_META.get(item.kind)
        if custom is not None:
            return custom(item, self._cached_name)
        who = self._cached_name(item.author_id)
        label = KIND_LABELS.get(item.kind)
        return f"{who} · {label()}" if label is not None else who

    def _row_html(self, found: Found) -> str:
        item = found.item
        top = f"{html.escape(format_day(item.day))} · {html.escape(self._who(found))}"
        if item.title:
            top += f"<br><b>{html.escape(item.title)}</b>"
        return f"<div>{top}</div><div>{snippet_html(found.snippet)}</div>"
