"""The Dagboek screen: the timeline (or search results) on the left, the editor on the right.

Refreshes come from ``ctx.changed`` and ``ctx.person_changed``; nothing is re-read wholesale
except a timeline reset when an item moved, appeared or went to the bin.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import ChangeSet
from parentjournal.core.timeline import TimelineItem, entry_item
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.editor import EntryEditor
from parentjournal.ui.journal.editor_scroll import EditorScroll
from parentjournal.ui.journal.filters import FilterBar
from parentjournal.ui.journal.notice_bar import NoticeBar
from parentjournal.ui.journal.search_field import SearchField
from parentjournal.ui.journal.timeline_delegate import TimelineDelegate
from parentjournal.ui.journal.timeline_model import TimelineModel
from parentjournal.ui.reflection.prompt_card import PromptCard

if TYPE_CHECKING:
    from parentjournal.ui.journal.search_panel import SearchPanel

# What Enter or a double click does on an item of another kind (e.g. a moment):
# KIND_OPENERS["moment"] = lambda ctx, screen, item: ...; entries open in the editor.
KIND_OPENERS: dict[str, Callable[[AppContext, QWidget, TimelineItem], None]] = {}


class JournalScreen(QWidget):
    """The heart of the app: write, read back, search, and find things in the bin."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("journal_screen")
        self._until: date | None = None
        self._last_deleted: str | None = None
        self._syncing = False
        self._shown_once = False
        self._build()
        self._build_actions()
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(self._on_person_changed)
        self.retranslate()

    # Building ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(10)
        self.new_button = QPushButton(left)
        self.new_button.setObjectName("new_entry_button")
        self.new_button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_entry)
        self.search_field = SearchField(self._into_results, left)
        self.search_field.setObjectName("search_field")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumHeight(36)
        self.search_field.textChanged.connect(self._search_typed)
        self.search_field.returnPressed.connect(self._search_enter)
        self.filters = FilterBar(self.ctx, left)
        self.filters.filter_changed.connect(self._apply_filter)
        self.filters.day_button.clicked.connect(self.choose_day)
        self.filters.bin_button.clicked.connect(self.open_bin)

        self.jump_bar = NoticeBar("show_all_button", left)
        self.jump_label, self.show_all_button = self.jump_bar.label, self.jump_bar.button
        self.show_all_button.clicked.connect(self.show_all)

        self.list_stack = QStackedWidget(left)
        self.model = TimelineModel(
            self.ctx.journal.timeline, self.ctx.person_id, self.ctx.name_of, parent=self
        )
        self.timeline = QListView(self.list_stack)
        self.timeline.setObjectName("timeline")
        # Before the model: set afterwards, it lays every loaded row out at once, only for
        # the list to be laid out again at its real size when the window is shown.
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.timeline.activated.connect(self._row_activated)
        self.empty_label = QLabel(self.list_stack)
        self.empty_label.setObjectName("timeline_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The search results list is built at the first search (a faster start).
        self._search_panel: SearchPanel | None = None
        self.list_stack.addWidget(self.timeline)
        self.list_stack.addWidget(self.empty_label)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)

        for widget in (self.new_button, self.search_field, self.filters, self.jump_bar):
            left_layout.addWidget(widget)
        left_layout.addWidget(self.list_stack, 1)

        # A window too short for the whole editor scrolls it, rather than squeezing its rows
        # on top of each other; at any ordinary size it simply fills the column.
        right_scroll = EditorScroll(self.splitter)
        right = QWidget(right_scroll)
        right_scroll.setWidget(right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(8)
        self.undo_bar = NoticeBar("undo_delete_button", right)
        self.undo_label, self.undo_button = self.undo_bar.label, self.undo_bar.button
        self.undo_button.clicked.connect(self.undo_delete)
        self.editor = EntryEditor(self.ctx, right)
        self.editor.saved.connect(self._entry_saved)
        self.editor.delete_requested.connect(self.delete_entry)
        # One optional question to write from; it steps aside when prompts are off.
        self.prompt_card = PromptCard(self.ctx, right)
        self.prompt_card.write_requested.connect(self.write_about)
        right_layout.addWidget(self.prompt_card)
        right_layout.addWidget(self.undo_bar)
        right_layout.addWidget(self.editor, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right_scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 640])
        self._update_empty()

    def _build_actions(self) -> None:
        def action(shortcut, slot) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            # Window-wide, but Qt only fires it while this screen is visible: other
            # screens have their own keys, and focus in the navigation still reaches these.
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, self.new_entry)
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.save_action = action(QKeySequence.StandardKey.Save, self.editor.save_now)
        self.undo_action = action(QKeySequence.StandardKey.Undo, self.undo_delete)
        self.undo_action.setEnabled(False)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.search_field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.show_all_button.setText(self.tr("Show a&ll"))
        self.show_all_button.setAccessibleName(self.tr("Show all days again"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Put the entry back"))
        self.undo_label.setText(self.tr("The entry is in the bin."))
        self._update_jump_label()
        self._update_empty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # Opening the journal means: ready to write, without a click.
            self._shown_once = True
            self.editor.focus_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Writing -----------------------------------------------------------------------------
    def new_entry(self) -> None:
        """Ctrl+N: an empty page for the current person (stored once something is typed)."""
        self.editor.new_entry()
        self._select_editor_entry()
        self.editor.focus_text()

    def write_about(self, prompt) -> None:
        """Start a new entry answering a reflection prompt: linked by id, the question as title."""
        self.editor.new_entry(title=prompt.text, prompt_id=prompt.id)
        self._select_editor_entry()
        self.editor.focus_text()
        # The question is now in the editor; the card offers a different one.
        self.prompt_card.another()

    def flush(self) -> bool:
        """Save what is typed (the main window calls this on close)."""
        return self.editor.flush()

    def stop_retrying(self) -> None:
        """The window closes: no more tries to save (see :meth:`EntryEditor.stop_retrying`)."""
        self.editor.stop_retrying()

    def open_entry_id(self, entry_id: str) -> None:
        entry = self.ctx.journal.entries.get_for(entry_id, self.ctx.person_id)
        if entry is None:
            return
        self.editor.open_entry(entry)
        self._select_editor_entry()
        self.editor.focus_text()

    def _open_found(self, item: TimelineItem) -> None:
        """A search result chosen: entries open in the editor, other kinds as they register."""
        if item.kind == "entry":
            self.open_entry_id(item.id)
        elif item.kind in KIND_OPENERS:
            KIND_OPENERS[item.kind](self.ctx, self, item)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        item = self.model.item_at(current.row())
        if item is not None and item.kind == "entry":
            entry = self.ctx.journal.entries.get_for(item.id, self.ctx.person_id)
            if entry is not None:
                self.editor.open_entry(entry)

    def _row_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None and item.kind == "entry":
            self.editor.focus_text()
        elif item is not None and item.kind in KIND_OPENERS:
            KIND_OPENERS[item.kind](self.ctx, self, item)

    def _entry_saved(self, entry_id: str, _created: bool) -> None:
        self._select_editor_entry()
        # A newly typed own theme joins the filter; known ones cost no query while typing.
        if not all(self.filters.knows_theme(t) for t in self.editor.themes.themes()):
            self.filters.fill_themes()

    def _select_editor_entry(self) -> None:
        """Mark the entry in the editor in the timeline, without opening anything."""
        self._syncing = True
        try:
            row = self.model.row_of(self.editor.entry_id) if self.editor.entry_id else -1
            if row >= 0:
                self.timeline.setCurrentIndex(self.model.index(row))
            else:
                self.timeline.selectionModel().clearSelection()
                self.timeline.selectionModel().setCurrentIndex(
                    QModelIndex(), self.timeline.selectionModel().SelectionFlag.NoUpdate
                )
        finally:
            self._syncing = False

    # Bin ---------------------------------------------------------------------------------
    def delete_entry(self, entry_id: str) -> None:
        """Move an entry to the bin; Ctrl+Z (or "Undo") right after puts it back."""
        person_id = self.ctx.person_id
        if self.ctx.run(lambda: self.ctx.journal.entries.delete(entry_id, person_id)) is None:
            return
        self._last_deleted = entry_id
        self.undo_action.setEnabled(True)
        self.undo_bar.show()
        self.editor.new_entry()
        # Focus on "Undo" (Enter, Space or Ctrl+Z put it back). Not on the timeline: a list
        # that gets focus picks its first item, which would open someone else's entry.
        self.undo_button.setFocus()

    def undo_delete(self) -> None:
        entry_id = self._last_deleted
        if entry_id is None:
            return
        person_id = self.ctx.person_id
        if self.ctx.run(lambda: self.ctx.journal.entries.restore(entry_id, person_id)) is None:
            return
        self._forget_undo()
        self.open_entry_id(entry_id)

    def _forget_undo(self) -> None:
        self._last_deleted = None
        self.undo_action.setEnabled(False)
        self.undo_bar.hide()

    def open_bin(self) -> None:
        from parentjournal.ui.journal.bin_dialog import BinDialog

        self.editor.flush()
        dialog = BinDialog(self.ctx, self)
        dialog.exec()
        if self._last_deleted in dialog.restored_ids:
            self._forget_undo()

    # Search and filters ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    @property
    def search_panel(self) -> SearchPanel:
        """The list of search results, built when it is first needed."""
        if self._search_panel is None:
            from parentjournal.ui.journal.search_panel import SearchPanel

            panel = SearchPanel(self.ctx, self.list_stack)
            panel.open_requested.connect(self._open_found)
            self.list_stack.addWidget(panel)
            self._search_panel = panel
        return self._search_panel

    def _into_results(self) -> bool:
        """Down in the search field: into the results, when they are shown."""
        panel = self._search_panel
        if panel is None or self.list_stack.currentWidget() is not panel:
            return False
        panel.results.setFocus()
        return True

    def _search_typed(self, text: str) -> None:
        if self._search_panel is not None or text.strip():
            self.search_panel.set_query(text)
        if text.strip():
            self.list_stack.setCurrentWidget(self.search_panel)
        else:
            self._update_empty()

    def _search_enter(self) -> None:
        if not self.search_field.text().strip():
            return
        self.search_panel.run_now()
        self.search_panel.open_current()

    def _apply_filter(self) -> None:
        self.editor.flush()
        self.model.set_filter(self.filters.timeline_filter(self._until))
        self._select_editor_entry()

    def choose_day(self) -> None:
        """Show the timeline from a chosen day back (days with writing are marked)."""
        from parentjournal.ui.journal.day_picker import DayPicker

        picker = DayPicker(self.ctx, self._until or date.today(), self)
        if picker.exec():
            self.go_to_day(picker.chosen())

    def go_to_day(self, day: date | None) -> None:
        self._until = day
        self.jump_bar.setVisible(day is not None)
        self._update_jump_label()
        self._apply_filter()
        self.timeline.scrollToTop()

    def show_all(self) -> None:
        self.filters.reset()
        self.go_to_day(None)

    def _update_jump_label(self) -> None:
        if self._until is not None:
            self.jump_label.setText(self.tr("From {day} back").format(day=format_day(self._until)))

    def _update_empty(self, *_args) -> None:
        if self.search_field.text().strip():
            return
        has_rows = self.model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.timeline if has_rows else self.empty_label)
        filtered = self.model.timeline_filter != self.filters.timeline_filter(None)
        if filtered or self._until is not None:
            self.empty_label.setText(self.tr("Nothing here with this choice."))
        else:
            self.empty_label.setText(
                self.tr("Nothing written yet. Whatever you write appears here, day by day.")
            )

    # Refreshing --------------------------------------------------------------------------
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind == "person":
            self.filters.fill_people()
            self.model.reload(at_least=self.model.rowCount())  # names may have changed
            self._select_editor_entry()
            return
        if changes.kind != "entry" and changes.kind not in self.ctx.journal.timeline.kinds:
            return
        if self.search_field.text().strip():
            self.search_panel.refresh()
        in_place = changes.kind == "entry" and not (changes.deleted or changes.restored)
        if in_place and all(self._update_in_place(eid) for eid in changes.ids):
            return
        self.model.reload(at_least=self.model.rowCount())
        self._select_editor_entry()

    def _update_in_place(self, entry_id: str) -> bool:
        entry = self.ctx.journal.entries.get_for(entry_id, self.ctx.person_id)
        return entry is not None and self.model.replace_item(entry_item(entry))

    def _on_person_changed(self, person_id: str) -> None:
        # The editor remembers whose words it holds, so this saves them under that name.
        self.editor.flush()
        self._forget_undo()
        self.filters.reset()
        self.filters.fill_people()
        self.filters.fill_themes()
        self.model.set_person(person_id)
        if self._search_panel is not None:
            self._search_panel.run_now()
        self.editor.new_entry()
        self._update_empty()
