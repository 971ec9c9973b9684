"""Jumping back to a day: a calendar where days with something to read are in bold.

Loaded when the person first asks for it (Qt's calendar and text formats are not needed to
show the Dagboek).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui.context import AppContext


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
