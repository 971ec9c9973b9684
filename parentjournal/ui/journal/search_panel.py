"""Search results as you type: debounced, privacy-filtered by the store, matches in bold.

Typing restarts a short timer; only the query standing when it fires runs, and a newer
query replaces an older one (its count too). The first page arrives at once, the rest as
the list scrolls (``search_model``), and the number of results is counted right after the
first page is on screen, so a common word never holds up the list.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from parentjournal.core.timeline import TimelineItem
from parentjournal.store.errors import JournalError
from parentjournal.ui.context import AppContext
from parentjournal.ui.journal.rich_delegate import RichTextDelegate
from parentjournal.ui.journal.search_model import SearchResultsModel

DEBOUNCE_MS = 250


class SearchPanel(QWidget):
    """The results list shown instead of the timeline while there is a search."""

    open_requested = Signal(object)  # the TimelineItem of the chosen result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._query = ""
        self._pending = False
        self._counts: dict[str, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.found = SearchResultsModel(ctx.journal.search, ctx.name_of, parent=self)
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setModel(self.found)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A scroll bar that appears after the first layout narrows the rows and lays out
        # every rich-text row a second time; one that is always there costs nothing.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results.activated.connect(self._activated)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        # The count waits until the first page is painted; a new query cancels it.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_now)
        self.retranslate()

    def retranslate(self) -> None:
        self.results.setAccessibleName(self.tr("Search results"))
        self.found.forget_words()
        self._update_message()

    def hideEvent(self, event) -> None:
        # A search still waiting must not run after the window (and the journal) closed.
        if self._timer.isActive() or self._count_timer.isActive():
            self._timer.stop()
            self._count_timer.stop()
            self._pending = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            self._pending = False
            self.run_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        """Search for ``text`` once typing pauses (typing itself never waits for this)."""
        self._query = text
        self._count_timer.stop()
        self._timer.start()

    def run_now(self) -> None:
        """Search at once: the first page of results, then the count."""
        self._run(at_least=0)

    def refresh(self) -> None:
        """Search again after a change, keeping what was loaded and the chosen result."""
        current = self.found.found_at(self.results.currentIndex().row())
        self._run(at_least=self.found.rowCount())
        if current is not None:
            row = self.found.row_of(current.kind, current.item.id)
            if row >= 0:
                index = self.found.index(row)
                self.results.setCurrentIndex(index)
                self.results.scrollTo(index)

    def _run(self, *, at_least: int) -> None:
        self._timer.stop()
        self._count_timer.stop()
        self._counts = None
        # On a storage error the model is empty and the message says nothing was found.
        with contextlib.suppress(JournalError):
            self.found.run(self.ctx.person_id, self._query, at_least=at_least)
        if self.found.rowCount():
            self.results.setCurrentIndex(self.found.index(0))
        if self.found.at_end:
            # Everything is loaded already: the count is what the list holds.
            self._counts = self._loaded_counts()
        elif self._query.strip():
            self._count_timer.start()
        self._update_message()

    def _loaded_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in range(self.found.rowCount()):
            kind = self.found.found_at(row).kind
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def _count_now(self) -> None:
        try:
            self._counts = self.ctx.journal.search.count(self.ctx.person_id, self._query)
        except JournalError:
            self._counts = self._loaded_counts()
        self._update_message()

    def _counted(self) -> str:
        counts = dict(self._counts or {})
        parts = []
        if "entry" in counts:
            parts.append(self.tr("%n entry(s)", "", counts.pop("entry")))
        if "moment" in counts:
            parts.append(self.tr("%n moment(s)", "", counts.pop("moment")))
        if counts:
            parts.append(self.tr("%n other result(s)", "", sum(counts.values())))
        if len(parts) == 1:
            return self.tr("{results} found").format(results=parts[0])
        return self.tr("{results} and {last} found").format(
            results=", ".join(parts[:-1]), last=parts[-1]
        )

    def _update_message(self) -> None:
        if not self._query.strip():
            text = self.tr("Type a word to search everything you may read.")
        elif self.found.rowCount() == 0:
            text = self.tr("Nothing found for “{query}”. Another word, perhaps?").format(
                query=self._query.strip()
            )
        elif self._counts is None:
            text = self.tr("Counting…")
        else:
            text = self._counted()
        self.message.setText(text)

    def open_current(self) -> bool:
        """Open the selected result (Enter in the search field); False when there is none."""
        found = self.found.found_at(self.results.currentIndex().row())
        if found is None:
            return False
        self.open_requested.emit(found.item)
        return True

    def _activated(self, index: QModelIndex) -> None:
        found = self.found.found_at(index.row())
        if found is not None:
            self.open_requested.emit(found.item)

    def item_at(self, row: int) -> TimelineItem | None:
        """The item shown in ``row`` (for tests and the screen)."""
        found = self.found.found_at(row)
        return found.item if found is not None else None
