"""Which groups the Settings screen shows, in which order.

A capability adds its own settings (hidden prompts, passphrases, backups…) by appending one
:class:`SettingsGroup` to :func:`settings_groups`, with a local import of its widget module,
the same way screens are added to :func:`parentjournal.ui.sections.sections`. The Settings
screen puts each group in a titled box; the widget handles its own language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from parentjournal.ui.context import AppContext


@dataclass(frozen=True)
class SettingsGroup:
    """One titled group on the Settings screen.

    Attributes:
        key: stable identifier (object name of the group box, used in tests).
        title: returns the translated title (called again after a language switch).
        factory: builds the group's widget for a context.
    """

    key: str
    title: Callable[[], str]
    factory: Callable[[AppContext], QWidget]


class GroupWidget(QWidget):
    """Convenience base for a settings group: calls :meth:`retranslate` on language change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set all texts; override in each group."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def settings_groups() -> list[SettingsGroup]:
    """All settings groups, in screen order. Imports are local so start-up stays lean."""
    from PySide6.QtCore import QCoreApplication

    from parentjournal.ui.personal_lock.settings import PersonalLockSettings
    from parentjournal.ui.personal_lock.settings import group_title as own_lock_title
    from parentjournal.ui.reflection.prompt_settings import PromptSettings
    from parentjournal.ui.reflection.prompt_settings import group_title as prompts_title
    from parentjournal.ui.settings.children import ChildrenSettings
    from parentjournal.ui.settings.display import DisplaySettings
    from parentjournal.ui.settings.people import PeopleSettings
    from parentjournal.ui.settings.writing import WritingSettings

    found = [
        SettingsGroup(
            "people",
            lambda: QCoreApplication.translate("SettingsGroups", "Who writes here"),
            PeopleSettings,
        ),
        SettingsGroup(
            "children",
            lambda: QCoreApplication.translate("SettingsGroups", "Children and phase"),
            ChildrenSettings,
        ),
        SettingsGroup(
            "writing",
            lambda: QCoreApplication.translate("SettingsGroups", "Your writing"),
            WritingSettings,
        ),
        SettingsGroup(
            "display",
            lambda: QCoreApplication.translate("SettingsGroups", "Language and text size"),
            DisplaySettings,
        ),
        SettingsGroup("prompts", prompts_title, PromptSettings),
        SettingsGroup("own_lock", own_lock_title, PersonalLockSettings),
    ]
    return found
