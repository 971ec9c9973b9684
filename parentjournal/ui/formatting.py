"""Dates and numbers as people read them, in the active language (Flemish: "maandag 3 maart")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_day(day: date, *, with_year: bool | None = None) -> str:
    """A calendar day in words, e.g. "maandag 3 maart" (year added when not this year)."""
    if with_year is None:
        with_year = day.year != date.today().year
    pattern = "dddd d MMMM yyyy" if with_year else "dddd d MMMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_short_day(day: date) -> str:
    """A compact day, e.g. "3 mrt. 2026", for lists and tables."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_edit_format() -> str:
    """Display format for date fields: the month in words, so "3/4" is never ambiguous."""
    return "d MMMM yyyy"


def format_number(value: int | float, decimals: int = 0) -> str:
    """A number with the active language's separators, e.g. "1.250" (nl) or "1,250" (en)."""
    if isinstance(value, int) or decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
