"""Search results as you type: debounced, privacy-filtered by the store, matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from parentjournal.core.model import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from parentjournal.store.errors import JournalError
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.rich_delegate import HtmlRole, RichTextDelegate

DEBOUNCE_MS = 250
EntryIdRole = Qt.ItemDataRole.UserRole + 1


def snippet_html(snippet: str) -> str:
    """Escape the person's text first, then turn the match markers into bold."""
    safe = html.escape(" ".join(snippet.split()))
    return safe.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())


class SearchPanel(QWidget):
    """The results list shown instead of the timeline while there is a search."""

    open_requested = Signal(str)  # entry id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._query = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self.retranslate()

    def retranslate(self) -> None:
        self.results.setAccessibleName(self.tr("Search results"))
        self._update_message()

    def hideEvent(self, event) -> None:
        # A search still waiting must not run after the window (and the journal) closed.
        if self._timer.isActive():
            self._timer.stop()
            self._pending = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_pending", False):
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
        self._timer.start()

    def run_now(self) -> None:
        """Search at once (also used to refresh after a change or a person switch)."""
        self._timer.stop()
        hits: list[SearchHit] = []
        if self._query.strip():
            try:
                hits = self.ctx.journal.entries.search(self.ctx.person_id, self._query)
            except JournalError:
                hits = []
        self._show(hits)

    def _show(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            entry = hit.entry
            heading = html.escape(entry.title) if entry.title else ""
            day = html.escape(format_day(entry.day))
            who = html.escape(self.ctx.name_of(entry.author_id))
            top = f"{day} · {who}" + (f"<br><b>{heading}</b>" if heading else "")
            item = QListWidgetItem()
            item.setData(HtmlRole, f"<div>{top}</div><div>{snippet_html(hit.snippet)}</div>")
            item.setData(EntryIdRole, entry.id)
            accessible = [format_day(entry.day), entry.title, plain_snippet(hit.snippet)]
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(p for p in accessible if p))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._update_message()

    def _update_message(self) -> None:
        count = self.results.count()
        if not self._query.strip():
            text = self.tr("Type a word to search everything you may read.")
        elif count == 0:
            text = self.tr("Nothing found for “{query}”. Another word, perhaps?").format(
                query=self._query.strip()
            )
        else:
            text = self.tr("%n entry(s) found", "", count)
        self.message.setText(text)

    def open_current(self) -> bool:
        """Open the selected result (Enter in the search field); False when there is none."""
        item = self.results.currentItem()
        if item is None:
            return False
        self.open_requested.emit(item.data(EntryIdRole))
        return True

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(EntryIdRole))
