"""Translated names of the preset themes, for the moment dialog and the collection filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.core.model import PRESET_THEMES


def theme_label(key: str) -> str:
    """The theme's name in the active language; an own theme is shown as typed."""
    labels = {
        "sleep": QCoreApplication.translate("MomentThemes", "Sleep"),
        "feeding": QCoreApplication.translate("MomentThemes", "Feeding"),
        "self_care": QCoreApplication.translate("MomentThemes", "Care for yourself"),
        "relationship": QCoreApplication.translate("MomentThemes", "Relationship"),
        "work_family": QCoreApplication.translate("MomentThemes", "Work and family"),
        "health": QCoreApplication.translate("MomentThemes", "Health"),
        "feelings": QCoreApplication.translate("MomentThemes", "Feelings"),
        "family_friends": QCoreApplication.translate("MomentThemes", "Family and friends"),
        "household": QCoreApplication.translate("MomentThemes", "Household"),
        "pregnancy": QCoreApplication.translate("MomentThemes", "Pregnancy"),
    }
    return labels.get(key, key)


def preset_themes() -> list[tuple[str, str]]:
    """(key, translated name) of every preset theme, in the model's order."""
    return [(key, theme_label(key)) for key in PRESET_THEMES]
