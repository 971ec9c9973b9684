"""Narrowing the timeline: by person and by theme (the calendar is in ``day_picker``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from parentjournal.core.model import PRESET_THEMES
from parentjournal.core.timeline import TimelineFilter
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.journal.themes import theme_name

# Anything that reaches the theme filter before its list opens or changes (mouse, wheel, Tab).
_FIRST_USE = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class FilterBar(QWidget):
    """Person and theme filters plus the buttons for the calendar and the bin."""

    filter_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # Rows of their own: with one adult the person filter is hidden and the theme
        # filter takes the whole row instead of leaving a hole.
        # The two buttons share their row, or take a line each when the column is too
        # narrow for both (smallest window, long translation, larger text).
        choices, buttons = QHBoxLayout(), FlowLayout(spacing=8, fill_rows=True)
        choices.setSpacing(8)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        self.person = QComboBox(self)
        self.person.setObjectName("filter_person")
        self.theme = QComboBox(self)
        self.theme.setObjectName("filter_theme")
        self.day_button = QPushButton(self)
        self.day_button.setObjectName("day_button")
        self.bin_button = QPushButton(self)
        self.bin_button.setObjectName("bin_button")
        for widget in (self.person, self.theme, self.day_button, self.bin_button):
            widget.setMinimumHeight(34)
        choices.addWidget(self.person, 1)
        choices.addWidget(self.theme, 1)
        buttons.addWidget(self.day_button)
        buttons.addWidget(self.bin_button)
        # Own themes are read when the theme filter is first used, not at start: finding
        # them reads every entry (about 80 ms at 100,000 entries).
        self._own_themes: list[str] | None = None
        self.theme.installEventFilter(self)
        self.fill_people()
        self.person.activated.connect(lambda _i: self.filter_changed.emit())
        self.theme.activated.connect(lambda _i: self.filter_changed.emit())
        self.retranslate()

    def fill_people(self) -> None:
        """Everyone in the household; hidden when there is nobody else to choose."""
        chosen = self.person.currentData()
        self.person.clear()
        # "" rather than None: PySide 6.12 mis-counts None read back from item data.
        self.person.addItem(self.tr("Everyone"), "")
        for person in self.ctx.people():
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.setVisible(len(self.ctx.people()) > 1)

    def fill_themes(self) -> None:
        """The preset themes, then the own themes in use (read again on a person switch)."""
        self._own_themes = self.ctx.journal.entries.own_themes(self.ctx.person_id)
        self._fill_theme_box()

    def knows_theme(self, theme: str) -> bool:
        return theme in PRESET_THEMES or theme in (self._own_themes or [])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.theme and self._own_themes is None and event.type() in _FIRST_USE:
            self.fill_themes()
        return super().eventFilter(watched, event)

    def _fill_theme_box(self) -> None:
        chosen_theme = self.theme.currentData()
        self.theme.clear()
        self.theme.addItem(self.tr("All themes"), "")
        for key in PRESET_THEMES:
            self.theme.addItem(theme_name(key), key)
        for own in self._own_themes or []:
            self.theme.addItem(own, own)
        self.theme.setCurrentIndex(max(self.theme.findData(chosen_theme), 0))

    def retranslate(self) -> None:
        self._fill_theme_box()  # also its first filling, from __init__
        # Names come from the journal (fill_people); only our own words change language.
        if self.person.count():
            self.person.setItemText(0, self.tr("Everyone"))
        self.person.setAccessibleName(self.tr("Show writing by"))
        self.theme.setAccessibleName(self.tr("Show theme"))
        self.day_button.setText(self.tr("Go to a &day…"))
        self.day_button.setAccessibleName(self.tr("Go to a day"))
        self.bin_button.setText(self.tr("&Bin"))
        self.bin_button.setAccessibleName(self.tr("Bin: deleted entries"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def timeline_filter(self, until: date | None) -> TimelineFilter:
        return TimelineFilter(
            author_id=self.person.currentData() or None,
            theme=self.theme.currentData() or None,
            until=until,
        )

    def reset(self) -> None:
        self.person.setCurrentIndex(0)
        self.theme.setCurrentIndex(0)
