"""Dates follow the active language."""

from __future__ import annotations

from datetime import date

from parentjournal.i18n import Translations
from parentjournal.ui.formatting import format_day


def test_flemish_day_names(qapp):
    translations = Translations(qapp)
    try:
        translations.install("nl")
        assert format_day(date(2025, 3, 3), with_year=False) == "maandag 3 maart"
        translations.install("en")
        assert format_day(date(2025, 3, 3), with_year=False) == "Monday 3 March"
    finally:
        translations.install("nl")
