"""The Goed bezig screen: a calm collection to leaf through, search, or be surprised by.

Newest first, or "Surprise me" (one random moment the current person may see). Filters by
whose moment it is and by theme; search is the journal's search. The only number shown is
how many moments are in the current view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import ChangeSet
from parentjournal.core.moments import Moment, MomentFilter
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.moments import section_title
from parentjournal.ui.moments.bin import MomentBinDialog
from parentjournal.ui.moments.capture import MomentDialog, open_capture
from parentjournal.ui.moments.card import MomentCard
from parentjournal.ui.moments.icon import soften
from parentjournal.ui.moments.themes import preset_themes
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.text_size import set_relative_font

# Cards are widgets; past this many the newest are shown and "Show more" adds the next batch.
BATCH = 60


class MomentsPage(RetranslateWhenShown, QWidget):
    """The collection of moments the current person may see."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MomentsPage")
        self._shown_limit = BATCH
        self._surprise: Moment | None = None
        self._last_deleted: str | None = None
        self.cards: list[MomentCard] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        set_relative_font(self.heading, 1.3, bold=True)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("moments_new")
        self.surprise_button = QPushButton(self)
        self.surprise_button.setObjectName("moments_surprise")
        self.bin_button = QPushButton(self)
        self.bin_button.setObjectName("moments_bin")
        for button in (self.new_button, self.surprise_button, self.bin_button):
            button.setMinimumHeight(36)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        filters = FlowLayout(spacing=12, fill_rows=True)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("moments_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        self.search_label.setBuddy(self.search)
        self.about_label = QLabel(self)
        self.about_box = QComboBox(self)
        self.about_box.setObjectName("moments_about")
        self.about_label.setBuddy(self.about_box)
        self.theme_label = QLabel(self)
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("moments_theme")
        self.theme_label.setBuddy(self.theme_box)
        # Each label stays with its field; in a narrow window a pair moves to the next
        # line instead of squeezing the search field to a letter or two.
        for label, field in (
            (self.search_label, self.search),
            (self.about_label, self.about_box),
            (self.theme_label, self.theme_box),
        ):
            pair = QWidget(self)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.setSpacing(8)
            pair_layout.addWidget(label)
            pair_layout.addWidget(field, 1)
            filters.addWidget(pair)
        layout.addLayout(filters)

        # A quiet bar after a move to the bin, with the way back.
        self.undo_bar = QFrame(self)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_text = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.undo_bar)
        self.undo_button.setObjectName("moments_undo")
        self.undo_button.setMinimumHeight(32)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        layout.addWidget(self.undo_bar)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("moments_count")
        soften(self.count_label)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("moments_back")
        self.back_button.setMinimumHeight(32)
        self.back_button.clicked.connect(self.show_all)
        self.another_button = QPushButton(self)
        self.another_button.setObjectName("moments_another")
        self.another_button.setMinimumHeight(32)
        self.another_button.clicked.connect(self.surprise_me)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.another_button)
        status.addWidget(self.back_button)
        layout.addLayout(status)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("moments_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list_widget = QWidget(self.scroll)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 12, 0)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll.setWidget(self.list_widget)
        layout.addWidget(self.scroll, 1)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moments_more")
        self.more_button.setMinimumHeight(32)
        self.more_button.clicked.connect(self.show_more)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        # The empty note takes the list's place (and its stretch), so the heading and the
        # buttons stay at the top instead of spreading down a tall window.
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)

        self.new_button.clicked.connect(self.new_moment)
        self.surprise_button.clicked.connect(self.surprise_me)
        self.bin_button.clicked.connect(self.open_bin)
        # Typing searches after a short pause, so each keystroke does not rebuild the list.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.about_box.activated.connect(lambda _i: self.show_all())
        self.theme_box.activated.connect(lambda _i: self.show_all())

        # Keyboard paths that work while this screen is shown (a hidden page's shortcut sleeps).
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self._focus_search)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)
        undo.activated.connect(self.undo_delete)

        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(self._on_person_changed)
        self.retranslate()

    # Building ----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        about = self.about_box.currentData()
        self.about_box.clear()
        self.about_box.addItem(self.tr("Everyone"), None)
        people = self.ctx.people()
        for person in people:
            self.about_box.addItem(person.name, person.id)
        self.about_box.setCurrentIndex(max(self.about_box.findData(about), 0))
        # With one adult there is nobody to filter by.
        self.about_label.setVisible(len(people) > 1)
        self.about_box.setVisible(len(people) > 1)
        theme = self.theme_box.currentData()
        self.theme_box.clear()
        self.theme_box.addItem(self.tr("All themes"), None)
        for key, label in preset_themes():
            self.theme_box.addItem(label, key)
        self.theme_box.setCurrentIndex(max(self.theme_box.findData(theme), 0))

    def retranslate(self) -> None:
        self.heading.setText(section_title().replace("&", ""))
        self.intro.setText(
            self.tr(
                "Small things that went well, or took effort. Yours, and what you noticed "
                "in each other. To read back whenever you like."
            )
        )
        self.new_button.setText(self.tr("&New moment…"))
        self.new_button.setAccessibleName(self.tr("New moment"))
        self.new_button.setToolTip(self.tr("New moment (Ctrl+G)"))
        self.surprise_button.setText(self.tr("&Surprise me"))
        self.surprise_button.setAccessibleName(self.tr("Surprise me: show one moment at random"))
        self.bin_button.setText(self.tr("&Bin…"))
        self.bin_button.setAccessibleName(self.tr("Bin: moments you moved there"))
        self.search_label.setText(self.tr("Sea&rch"))
        self.search.setAccessibleName(self.tr("Search in Good going"))
        self.search.setPlaceholderText(self.tr("A word, or the start of one with *"))
        self.about_label.setText(self.tr("F&or whom"))
        self.about_box.setAccessibleName(self.tr("For whom the moments are"))
        self.theme_label.setText(self.tr("Th&eme"))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: bring the moment back"))
        self.undo_text.setText(self.tr("The moment is in the bin."))
        self.back_button.setText(self.tr("Show &all"))
        self.back_button.setAccessibleName(self.tr("Show all moments"))
        self.another_button.setText(self.tr("Ano&ther one"))
        self.another_button.setAccessibleName(self.tr("Another moment at random"))
        self.more_button.setText(self.tr("Show &more"))
        self.more_button.setAccessibleName(self.tr("Show more moments"))
        # The filters' first choices, the count and the cards carry words too (what is
        # typed in the search stays).
        self._fill_filters()
        self.reload()

    # Reading -----------------------------------------------------------------------------
    def current_filter(self) -> MomentFilter:
        return MomentFilter(
            about_id=self.about_box.currentData(), theme=self.theme_box.currentData()
        )

    def reload(self) -> None:
        """Show the current view: the surprise, search results, or the collection."""
        self._search_timer.stop()
        service = self.ctx.journal.moments
        person = self.ctx.person_id
        filt = self.current_filter()
        query = self.search.text().strip()
        more = False
        if self._surprise is not None:
            surprise = service.get_for(self._surprise.id, person)
            shown = [(surprise, None)] if surprise else []
            self.count_label.setText(self.tr("One moment, picked at random"))
        elif query:
            hits = service.search(person, query, filt)
            shown = [(hit.moment, hit.snippet) for hit in hits]
            self.count_label.setText(self.tr("%n moment(s) found", "", len(shown)))
        else:
            moments = service.collection(person, filt)
            more = len(moments) > self._shown_limit
            shown = [(m, None) for m in moments[: self._shown_limit]]
            self.count_label.setText(self.tr("%n moment(s)", "", service.count(person, filt)))
        surprising = self._surprise is not None
        self.another_button.setVisible(surprising)
        self.back_button.setVisible(surprising)
        self.more_button.setVisible(more)
        self._show_cards(shown)
        # An empty view says so once, in the middle of the page, instead of "0 moments"
        # at the top and a sentence far below an empty list.
        self.empty.setVisible(not shown)
        self.scroll.setVisible(bool(shown))
        self.count_label.setVisible(bool(shown))
        if query:
            self.empty.setText(self.tr("No moment has these words. Another word, perhaps?"))
        elif filt.about_id or filt.theme:
            self.empty.setText(self.tr("No moments with this choice yet."))
        else:
            self.empty.setText(
                self.tr(
                    "No moments yet. Did something go well today, or take effort? "
                    "Ctrl+G is enough to keep it."
                )
            )

    def _show_cards(self, shown: list[tuple[Moment, str | None]]) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.hide()  # gone from the screen now, freed when the event loop turns
            card.deleteLater()
        self.cards = []
        for index, (moment, snippet) in enumerate(shown):
            card = MomentCard(self.ctx, moment, self.list_widget, snippet=snippet)
            card.edit_requested.connect(self.edit_moment)
            card.delete_requested.connect(self.delete_moment)
            self.list_layout.insertWidget(index, card)
            self.cards.append(card)

    def shown_texts(self) -> list[str]:
        """The words of the moments on screen, in order (what a person reads)."""
        return [card.moment.text for card in self.cards]

    # Actions -----------------------------------------------------------------------------
    def new_moment(self) -> MomentDialog:
        return open_capture(self.ctx, self.window())

    def edit_moment(self, moment_id: str) -> MomentDialog | None:
        moment = self.ctx.journal.moments.get_for(moment_id, self.ctx.person_id)
        if moment is None:
            return None
        dialog = MomentDialog(self.ctx, self.window(), moment)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_moment(self, moment_id: str) -> None:
        person = self.ctx.person_id
        changes = self.ctx.run(lambda: self.ctx.journal.moments.delete(moment_id, person))
        if changes is not None:
            self._last_deleted = moment_id
            self.undo_bar.setVisible(True)
            self.undo_button.setFocus()

    def undo_delete(self) -> None:
        moment_id = self._last_deleted
        if moment_id is None:
            return
        person = self.ctx.person_id
        if self.ctx.run(lambda: self.ctx.journal.moments.restore(moment_id, person)) is not None:
            self._last_deleted = None
            self.undo_bar.setVisible(False)

    def surprise_me(self) -> None:
        current = self._surprise.id if self._surprise else None
        self._surprise = self.ctx.journal.moments.surprise(
            self.ctx.person_id, self.current_filter(), not_id=current
        )
        self.reload()
        if self._surprise is not None:
            self.another_button.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_all(self) -> None:
        self._surprise = None
        self._shown_limit = BATCH
        self.reload()

    def show_more(self) -> None:
        self._shown_limit += BATCH
        self.reload()

    def open_bin(self) -> MomentBinDialog:
        dialog = MomentBinDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Refreshing --------------------------------------------------------------------------
    def hideEvent(self, event) -> None:
        # A search still waiting must not run after the window (and the journal) closed;
        # it runs when the screen is shown again.
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._search_pending = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_search_pending", False):
            self._search_pending = False
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind == "person":
            self._fill_filters()
            self.reload()
        elif changes.kind in ("moment", "entry") and not changes.extra.get("seen"):
            self.reload()

    def _on_person_changed(self, _person_id: str) -> None:
        self._surprise = None
        self._last_deleted = None
        self.undo_bar.setVisible(False)
        self.reload()
