"""A lazy Qt list model over the timeline: day headers and items, newest first.

Only a first page, about what a tall screen shows, is read when the model is built; views
ask for more through ``canFetchMore``/``fetchMore`` as the person scrolls (and at once while
the last row is still in sight), so a journal of 100,000 entries opens as fast as an empty
one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from parentjournal.core.model import Visibility
from parentjournal.core.timeline import TimelineFilter, TimelineItem, TimelineService
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.themes import theme_name

ItemRole = Qt.ItemDataRole.UserRole + 1  # the TimelineItem (None on a day header)
DayRole = Qt.ItemDataRole.UserRole + 2  # the date of the row
ExcerptRole = Qt.ItemDataRole.UserRole + 3  # a line of text under the heading
MetaRole = Qt.ItemDataRole.UserRole + 4  # who wrote it, for whom, themes
IsHeaderRole = Qt.ItemDataRole.UserRole + 5  # True for a day header

# The roles :meth:`TimelineModel.data` answers.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ItemRole,
        DayRole,
        ExcerptRole,
        MetaRole,
        IsHeaderRole,
    }
)

PAGE_SIZE = 100
# Items read when the timeline is (re)built: rows of about 70 pixels fill a tall screen. Every
# row read before the first paint is laid out (and its size measured) before the window shows.
FIRST_PAGE = 30

# Another kind of timeline item (e.g. "moment") may add a translated label here, shown in
# its quiet line: KIND_LABELS["moment"] = lambda: QCoreApplication.translate("…", "moment").
KIND_LABELS: dict[str, Callable[[], str]] = {}
# A kind whose "who may see it" differs from entries (e.g. a moment written *for* someone)
# may write its own quiet line: KIND_META["moment"] = lambda item, name_of: "Sara for Tom · …".
KIND_META: dict[str, Callable[[TimelineItem, Callable[[str], str]], str]] = {}
_MARKDOWN_LEAD = "#>*-+ \t"
# Emphasis marks and link targets read as noise in a one-line excerpt.
_MARKDOWN_INLINE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|\]\([^)]*\)|\[")


class TimelineRow:
    """One row: a day header (``item`` is None) or an item on that day.

    A plain class rather than a dataclass: this module is imported on the way to the first
    window, and making a frozen dataclass costs about a millisecond.
    """

    __slots__ = ("_words", "day", "item")

    def __init__(self, day: date, item: TimelineItem | None = None):
        self.day = day
        self.item = item
        self._words: tuple[str, str] | None = None

    @property
    def heading_and_excerpt(self) -> tuple[str, str]:
        """:func:`heading_and_excerpt` of the item, worked out once: the list asks for a
        row's words each time it measures or paints it, in several roles."""
        if self._words is None:
            self._words = heading_and_excerpt(self.item)
        return self._words


EXCERPT_CHARS = 300
# Characters the inline marks are looked for in, and how much of a long line is cleaned.
_MARKS = "*_`[]"
_READ_AHEAD = 4 * EXCERPT_CHARS


def heading_and_excerpt(item: TimelineItem) -> tuple[str, str]:
    """The bold first line and the quieter line under it, from title and text.

    Only the lines the two can show are cleaned of their Markdown: a long entry's later
    paragraphs are never read for the list (the timeline measures every row it loads).
    """
    lines = _plain_lines(item.text)
    if item.title:
        return item.title, _first_chars(lines, EXCERPT_CHARS)
    heading = next(lines, "")
    return heading[:EXCERPT_CHARS], _first_chars(lines, EXCERPT_CHARS)


def _plain_lines(text: str) -> Iterator[str]:
    """The text's non-empty lines without Markdown marks, one at a time.

    Only each line's first :data:`EXCERPT_CHARS` characters are sure to be whole: a row
    never shows more.
    """
    for line in text.splitlines():
        plain = _plain(line.strip().lstrip(_MARKDOWN_LEAD))
        if plain:
            yield plain


def _plain(line: str) -> str:
    """The line without Markdown marks (exact for its first :data:`EXCERPT_CHARS` characters).

    A line without a mark is left as it is; a very long one (a pasted text without line
    breaks can be 20,000 characters) is cleaned only as far as a row can show, plus room
    for a mark or a link that the cut would split.
    """
    if not any(mark in line for mark in _MARKS):
        return line.strip()
    if len(line) > _READ_AHEAD:
        head = line[:_READ_AHEAD]
        link = head.rfind("](")
        if link >= 0 and head.find(")", link) < 0:
            # A link's target reaches past the cut: read up to its end, as the whole line would.
            end = line.find(")", _READ_AHEAD)
            head = line[: end + 1] if end >= 0 else head
        plain = _MARKDOWN_INLINE.sub("", head).strip()
        # The last characters before the cut may be cleaned differently than in the whole
        # line (a mark's neighbour is missing); what comes before them is the same.
        if len(plain) >= EXCERPT_CHARS + 8:
            return plain
    return _MARKDOWN_INLINE.sub("", line).strip()


def _first_chars(lines: Iterator[str], limit: int) -> str:
    """The lines joined by spaces, cut at ``limit`` characters; reads no line beyond that."""
    taken: list[str] = []
    length = -1  # no space before the first line
    for line in lines:
        taken.append(line)
        length += len(line) + 1
        if length >= limit:
            break
    return " ".join(taken)[:limit]


class TimelineModel(QAbstractListModel):
    """The timeline of one person, optionally filtered, loaded page by page."""

    def __init__(
        self,
        timeline: TimelineService,
        person_id: str,
        name_of: Callable[[str], str],
        *,
        page_size: int = PAGE_SIZE,
        parent=None,
    ):
        super().__init__(parent)
        self._timeline = timeline
        self._person_id = person_id
        self._name_of = name_of
        self._page_size = page_size
        self._filter = TimelineFilter()
        self._rows: list[TimelineRow] = []
        # Painting asks for names often; read each once per reset, not once per paint.
        self._names: dict[str, str] = {}
        self._at_end = False
        self._resetting = False
        self._fetch_page()

    # Loading -----------------------------------------------------------------------------
    @property
    def person_id(self) -> str:
        return self._person_id

    @property
    def timeline_filter(self) -> TimelineFilter:
        return self._filter

    def set_person(self, person_id: str) -> None:
        self._person_id = person_id
        self.reload()

    def set_filter(self, filt: TimelineFilter) -> None:
        self._filter = filt
        self.reload()

    def reload(self, *, at_least: int = 0) -> None:
        """Start again from the newest item; load pages until ``at_least`` rows (or the end)."""
        self.beginResetModel()
        self._resetting = True
        try:
            self._rows = []
            self._names = {}
            self._at_end = False
            self._fetch_page()
            while len(self._rows) < at_least and not self._at_end:
                self._fetch_page()
            self.endResetModel()
        finally:
            # Listeners of modelReset may ask for more; that waits until the reset is done.
            self._resetting = False

    def _last_key(self):
        for row in reversed(self._rows):
            if row.item is not None:
                return row.item.key
        return None

    def _page_rows(self, limit: int) -> list[TimelineRow]:
        items = self._timeline.page(
            self._person_id, after=self._last_key(), limit=limit, filt=self._filter
        )
        if len(items) < limit:
            self._at_end = True
        last_day = self._rows[-1].day if self._rows else None
        rows: list[TimelineRow] = []
        for item in items:
            if item.day != last_day:
                rows.append(TimelineRow(item.day))
                last_day = item.day
            rows.append(TimelineRow(item.day, item))
        return rows

    def _fetch_page(self) -> None:
        # Used inside a reset only: no insert signals. Only the first page is a short one.
        limit = self._page_size if self._rows else min(FIRST_PAGE, self._page_size)
        self._rows.extend(self._page_rows(limit))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._at_end and not self._resetting

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._at_end or self._resetting:
            return
        rows = self._page_rows(self._page_size)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # Changes in place --------------------------------------------------------------------
    def row_of(self, item_id: str, kind: str = "entry") -> int:
        """The row showing the item, or -1 when it is not loaded (yet)."""
        for row, entry in enumerate(self._rows):
            if entry.item is not None and entry.item.id == item_id and entry.item.kind == kind:
                return row
        return -1

    def replace_item(self, item: TimelineItem) -> bool:
        """Show a changed item in place; False when its place in the timeline moved."""
        row = self.row_of(item.id, item.kind)
        if row < 0 or self._rows[row].item.key != item.key:
            return False
        self._rows[row] = TimelineRow(item.day, item)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def item_at(self, row: int) -> TimelineItem | None:
        """The item in ``row`` (None for a day header).

        Python code should use this rather than ``index.data(ItemRole)``: PySide 6.12 drops a
        reference to None each time an empty QVariant is read back, which ends in a crash.
        """
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def loaded_item_count(self) -> int:
        return sum(1 for r in self._rows if r.item is not None)

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].item is None:
            # Day headers are read but not chosen: arrow keys skip them.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # The view and its delegate also ask for roles this model leaves to the style (font,
        # colours, icon, alignment…), several per row for every paint: say no at once.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == IsHeaderRole:
            return row.item is None
        if role == DayRole:
            return row.day
        if row.item is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return format_day(row.day)
            return None
        item = row.item
        if role == ItemRole:
            return item
        heading, excerpt = row.heading_and_excerpt
        if role == Qt.ItemDataRole.DisplayRole:
            return heading or self.tr("(no text yet)")
        if role == ExcerptRole:
            return excerpt
        if role == MetaRole:
            return self.meta_text(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [format_day(item.day), heading, excerpt, self.meta_text(item)]
            return ". ".join(p for p in parts if p)
        return None

    def _cached_name(self, person_id: str) -> str:
        if person_id not in self._names:
            self._names[person_id] = self._name_of(person_id)
        return self._names[person_id]

    def meta_text(self, item: TimelineItem) -> str:
        """Who wrote it, who may see it, and its themes, in one quiet line."""
        custom = KIND_META.get(item.kind)
        if custom is not None:
            return custom(item, self._cached_name)
        parts = [self._cached_name(item.author_id)]
        if item.visibility is Visibility.PRIVATE:
            parts.append(self.tr("only me"))
        else:
            parts.append(self.tr("shared"))
        label = KIND_LABELS.get(item.kind)
        if label is not None:
            parts.append(label())
        parts.extend(theme_name(t) for t in item.themes)
        return " · ".join(parts)
