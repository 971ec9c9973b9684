"""Translated names of the preset themes, for showing the words of a month."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def theme_name(key: str) -> str:
    """The translated name of a preset theme; an own theme is shown as typed."""
    names = {
        "sleep": QCoreApplication.translate("ThemeNames", "sleep"),
        "feeding": QCoreApplication.translate("ThemeNames", "feeding"),
        "self_care": QCoreApplication.translate("ThemeNames", "care for yourself"),
        "relationship": QCoreApplication.translate("ThemeNames", "your relationship"),
        "work_family": QCoreApplication.translate("ThemeNames", "work and family"),
        "health": QCoreApplication.translate("ThemeNames", "health"),
        "feelings": QCoreApplication.translate("ThemeNames", "feelings"),
        "family_friends": QCoreApplication.translate("ThemeNames", "family and friends"),
        "household": QCoreApplication.translate("ThemeNames", "the household"),
        "pregnancy": QCoreApplication.translate("ThemeNames", "pregnancy"),
    }
    return names.get(key, key)
