"""Translated names of the preset themes; own themes are shown as the person typed them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.core.model import PRESET_THEMES


def theme_name(key: str) -> str:
    """The name to show for a theme key (a preset key, or an own theme's own words)."""
    names = {
        "sleep": QCoreApplication.translate("Themes", "sleep"),
        "feeding": QCoreApplication.translate("Themes", "feeding"),
        "self_care": QCoreApplication.translate("Themes", "care for yourself"),
        "relationship": QCoreApplication.translate("Themes", "relationship"),
        "work_family": QCoreApplication.translate("Themes", "work and family"),
        "health": QCoreApplication.translate("Themes", "health"),
        "feelings": QCoreApplication.translate("Themes", "feelings"),
        "family_friends": QCoreApplication.translate("Themes", "family and friends"),
        "household": QCoreApplication.translate("Themes", "household"),
        "pregnancy": QCoreApplication.translate("Themes", "pregnancy"),
    }
    return names.get(key, key)


def preset_themes() -> list[tuple[str, str]]:
    """(key, translated name) of every preset theme, in the preset order."""
    return [(key, theme_name(key)) for key in PRESET_THEMES]


def split_own_themes(text: str) -> list[str]:
    """Own themes typed as "a, b; c" -> ["a", "b", "c"] (blank parts dropped)."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
