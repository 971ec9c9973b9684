"""The main window's navigation: which screens exist, in which order.

A capability adds its screen by adding one :class:`Section` to :func:`sections`. A section
that is not built yet is simply not listed (no empty placeholders).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from parentjournal.ui.context import AppContext


@dataclass(frozen=True)
class Section:
    """One screen in the navigation.

    Attributes:
        key: stable identifier (used in tests and to remember the last screen).
        title: returns the translated title (called again after a language switch).
        factory: builds the screen's widget for a context.
        shortcut: optional key sequence that jumps to the screen (e.g. "Ctrl+1").
    """

    key: str
    title: Callable[[], str]
    factory: Callable[[AppContext], QWidget]
    shortcut: str | None = None


def sections() -> list[Section]:
    """All screens, in navigation order. Imports are local so start-up stays lean."""
    from parentjournal.ui.journal.screen import JournalScreen

    # The Dagboek is the heart of the app: always the first screen.
    found: list[Section] = [
        Section(
            key="journal",
            title=lambda: QCoreApplication.translate("Sections", "Journal"),
            factory=JournalScreen,
        ),
    ]
    from parentjournal.ui.moments import page as moments
    from parentjournal.ui.moments.timeline_look import plug_into_timeline

    plug_into_timeline()
    found.append(Section("moments", moments.section_title, moments.MomentsPage))
    found.append(_samen())

    from parentjournal.ui.reflection.lookback_page import LookbackPage, section_title

    found.append(Section("lookback", section_title, LookbackPage))
    from parentjournal.ui.visit.screen import VisitScreen

    found.append(
        Section(
            "visit",
            lambda: QCoreApplication.translate("Sections", "Questions and advice"),
            VisitScreen,
        )
    )
    from parentjournal.ui.settings.page import SettingsPage, settings_title

    found.append(Section("settings", settings_title, SettingsPage))
    # Settings is always last, wherever a new section is appended above or below.
    return sorted(found, key=lambda section: section.key == "settings")


def _samen() -> Section:
    """Samen ("Mijn draaglast" with one adult): the title follows the household."""
    from parentjournal.ui.samen.page import SamenPage, section_title

    built: list[SamenPage] = []

    def factory(ctx: AppContext) -> QWidget:
        built.append(SamenPage(ctx))
        return built[-1]

    return Section("samen", lambda: section_title(built[-1] if built else None), factory)
