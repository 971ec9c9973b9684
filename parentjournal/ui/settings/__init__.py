"""The Settings section: household, writing, language and text size, plus groups that other
capabilities register in :func:`parentjournal.ui.settings.groups.settings_groups`."""

from PySide6.QtCore import QCoreApplication


def settings_title() -> str:
    """The section's name in the navigation (here, so the navigation need not load the page)."""
    return QCoreApplication.translate("SettingsPage", "Settings")
