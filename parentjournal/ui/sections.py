"""The main window's navigation: which screens exist, in which order.

A capability adds its screen by adding one :class:`Section` to :func:`sections`. A section
that is not built yet is simply not listed (no empty placeholders).

Only the screen that is shown is built at start; the others are built (and their modules
imported) when they are first shown, so every factory imports its screen module itself.
Titles come from each area's light ``__init__`` module for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from parentjournal.ui.context import AppContext


class Section(NamedTuple):
    """One screen in the navigation.

    Attributes:
        key: stable identifier (used in tests and to remember the last screen).
        title: returns the translated title (called again after a language switch).
        factory: builds the screen's widget for a context (when the screen is first shown).
        shortcut: optional key sequence that jumps to the screen (e.g. "Ctrl+1").
        watch: optional; started with the window, for what must work before the screen is
            ever opened (e.g. telling a person that someone wrote something for them).
            Called with (context, main window); returns a QObject owned by the window.
    """

    key: str
    title: Callable[[], str]
    factory: Callable[[AppContext], QWidget]
    shortcut: str | None = None
    watch: Callable[[AppContext, QWidget], QObject] | None = None


def sections(ctx: AppContext | None = None) -> list[Section]:
    """All screens, in navigation order; ``ctx`` lets titles follow the household.

    Nothing here imports a screen module: each factory does, when its screen is first shown.
    """
    # The Dagboek is the heart of the app: always the first screen.
    found: list[Section] = [
        Section(
            key="journal",
            title=lambda: QCoreApplication.translate("Sections", "Journal"),
            factory=_journal,
        ),
    ]
    from parentjournal.ui import moments

    found.append(
        Section("moments", moments.section_title, _moments, watch=moments.watch_for_notices)
    )
    found.append(_samen(ctx))

    from parentjournal.ui import reflection

    found.append(Section("lookback", reflection.section_title, _lookback))
    found.append(
        Section(
            "visit",
            lambda: QCoreApplication.translate("Sections", "Questions and advice"),
            _visit,
        )
    )
    from parentjournal.ui.settings import settings_title

    found.append(Section("settings", settings_title, _settings))
    # Settings is always last, wherever a new section is appended above or below.
    return sorted(found, key=lambda section: section.key == "settings")


def _journal(ctx: AppContext) -> QWidget:
    from parentjournal.ui.journal.screen import JournalScreen
    from parentjournal.ui.moments.timeline_look import plug_into_timeline

    # Moments appear between the entries on their day, whether or not Goed bezig is built.
    plug_into_timeline()
    return JournalScreen(ctx)


def _moments(ctx: AppContext) -> QWidget:
    from parentjournal.ui.moments.page import MomentsPage

    return MomentsPage(ctx)


def _lookback(ctx: AppContext) -> QWidget:
    from parentjournal.ui.reflection.lookback_page import LookbackPage

    return LookbackPage(ctx)


def _visit(ctx: AppContext) -> QWidget:
    from parentjournal.ui.visit.screen import VisitScreen

    return VisitScreen(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from parentjournal.ui.settings.page import SettingsPage

    return SettingsPage(ctx)


def _samen(ctx: AppContext | None) -> Section:
    """Samen ("Mijn draaglast" with one adult): the title follows the household."""
    from parentjournal.ui import samen

    def factory(ctx: AppContext) -> QWidget:
        from parentjournal.ui.samen.page import SamenPage

        return SamenPage(ctx)

    # Read once and again after a household change, never on a mere language switch: a
    # title must not need the journal (it may be closed by then).
    known: dict[str, bool] = {}

    def title() -> str:
        if "one_adult" not in known:
            known["one_adult"] = ctx is not None and len(ctx.people()) == 1
        return samen.title(known["one_adult"])

    if ctx is not None:
        ctx.changed.connect(
            lambda changes: known.clear() if changes.kind in ("person", "journal") else None
        )
    return Section("samen", title, factory)
