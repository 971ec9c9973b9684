"""Theme names for the moment dialog and the collection filter.

The names themselves live in one place (``ui/journal/themes.py``); here they start with a
capital because they stand alone as choices in a list.
"""

from __future__ import annotations

from parentjournal.core.model import PRESET_THEMES
from parentjournal.ui.journal.themes import theme_name


def theme_label(key: str) -> str:
    """The theme's name in the active language; an own theme is shown as typed."""
    if key not in PRESET_THEMES:
        return key
    name = theme_name(key)
    return name[:1].upper() + name[1:]


def preset_themes() -> list[tuple[str, str]]:
    """(key, translated name) of every preset theme, in the model's order."""
    return [(key, theme_label(key)) for key in PRESET_THEMES]
