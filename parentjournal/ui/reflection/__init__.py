"""Reflections and looking back: the prompt card, the Terugblik screen and prompt settings."""

from PySide6.QtCore import QCoreApplication


def section_title() -> str:
    """The navigation title of the Terugblik screen (here, so the navigation need not load it)."""
    return QCoreApplication.translate("LookbackPage", "Looking back")
