"""Narrowing the timeline: by person, by theme, and jumping back to a day on a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import PRESET_THEMES
from parentjournal.core.timeline import TimelineFilter
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.journal.themes import theme_name


class DayPicker(QDialog):
    """A calendar to jump to a day; days with something to read are shown in bold."""

    def __init__(self, ctx: AppContext, start: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("day_picker")
        self.setWindowTitle(self.tr("Go to a day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        self.hint = QLabel(self.tr("Days with writing are in bold."), self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("day_calendar")
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(False)
        # Calm: no week numbers, and weekends in the ordinary text colour instead of red.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekend, QTextCharFormat())
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.currentPageChanged.connect(self._mark_month)
        self.calendar.activated.connect(lambda _d: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Go there"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.hint)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.marked: set[date] = set()
        self._mark_month(start.year, start.month)

    def _mark_month(self, year: int, month: int) -> None:
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1)
        for day in self.marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), QTextCharFormat())
        self.marked = self.ctx.journal.timeline.days_with_items(self.ctx.person_id, first, last)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        for day in self.marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)

    def chosen(self) -> date:
        q = self.calendar.selectedDate()
        return date(q.year(), q.month(), q.day())


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
        self._fill_theme_box()
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
        self._fill_theme_box()
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
