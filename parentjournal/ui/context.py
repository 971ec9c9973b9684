"""The UI's view of one open journal: services, the current person and change signals.

Screens call services through :meth:`AppContext.run`, which turns storage errors into a calm
message and broadcasts the returned :class:`ChangeSet` so every screen refreshes only what
changed. There is no other global state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from parentjournal.core.model import ChangeSet, Person
from parentjournal.i18n import Translations
from parentjournal.journal import Journal
from parentjournal.store.errors import (
    JournalBusyError,
    JournalDamagedError,
    JournalError,
    JournalFullError,
    JournalReadOnlyError,
    PersonLockedError,
)
from parentjournal.ui.prefs import Prefs

T = TypeVar("T")


def explain(error: Exception) -> str:
    """A plain sentence for a storage problem. The text that was typed is never dropped."""
    if isinstance(error, JournalFullError):
        return QCoreApplication.translate(
            "AppContext",
            "The disk is full, so this could not be saved yet. Your text stays here. "
            "Could you free up some space? We will try again.",
        )
    if isinstance(error, JournalReadOnlyError):
        return QCoreApplication.translate(
            "AppContext",
            "The journal folder cannot be written to right now, so this was not saved yet. "
            "Your text stays here.",
        )
    if isinstance(error, JournalBusyError):
        return QCoreApplication.translate(
            "AppContext",
            "The journal is busy in another program. Your text stays here; we will try again.",
        )
    if isinstance(error, JournalDamagedError):
        return QCoreApplication.translate(
            "AppContext", "The journal file seems damaged. Nothing was overwritten."
        )
    if isinstance(error, PersonLockedError):
        return QCoreApplication.translate(
            "AppContext",
            "Your own passphrase is locked right now, so this was not saved yet. "
            "Your text stays here. Would you like to unlock first?",
        )
    return QCoreApplication.translate(
        "AppContext", "This could not be saved yet. Your text stays here."
    )


class AppContext(QObject):
    """Shared by all screens of one main window."""

    changed = Signal(object)  # ChangeSet
    person_changed = Signal(str)  # person id
    problem = Signal(str)  # a translated sentence to show calmly
    language_changed = Signal(str)

    def __init__(self, journal: Journal, prefs: Prefs, translations: Translations | None = None):
        super().__init__()
        self.journal = journal
        self.prefs = prefs
        self.translations = translations
        self._person_id: str | None = None
        # The household's adults, read once and again after a change to them (the first
        # window asks for them about ten times; each ask was three queries).
        self._people: tuple[Person, ...] | None = None
        people = self.people()
        remembered = prefs.current_person(journal.paths.journal)
        if any(p.id == remembered for p in people):
            self._person_id = remembered
        elif people:
            self._person_id = people[0].id

    # People ----------------------------------------------------------------------------
    def people(self) -> list[Person]:
        """The adults of the household, in their order."""
        if self._people is None:
            self._people = tuple(self.journal.household.household().people)
        return list(self._people)

    def _forget_people_if(self, changes: ChangeSet) -> None:
        # Before the change is announced: every listener reads the new household.
        if changes.kind in ("person", "journal"):
            self._people = None

    @property
    def person_id(self) -> str:
        if self._person_id is None:
            raise RuntimeError("no household yet")
        return self._person_id

    @property
    def person(self) -> Person:
        return self.journal.household_repo.person(self.person_id)

    def name_of(self, person_id: str) -> str:
        try:
            return self.journal.household_repo.person(person_id).name
        except KeyError:
            return "?"

    def set_person(self, person_id: str) -> None:
        if person_id == self._person_id:
            return
        previous = self._person_id
        self._person_id = person_id
        self.prefs.set_current_person(self.journal.paths.journal, person_id)
        self.person_changed.emit(person_id)
        if previous is not None:
            # The screens saved the previous person's words on person_changed; now their
            # own lock closes, so the next one to sit down does not find it open.
            locks = self.journal.personal_locks
            if locks.has_passphrase(previous) and locks.is_unlocked(previous):
                self.run(lambda: locks.lock(previous))

    # Changes ---------------------------------------------------------------------------
    def run(self, call: Callable[[], T]) -> T | None:
        """Run a service call; on a storage error emit :attr:`problem` and return None."""
        try:
            result = call()
        except JournalError as exc:
            self.problem.emit(explain(exc))
            return None
        changes = result[1] if isinstance(result, tuple) and len(result) == 2 else result
        if isinstance(changes, ChangeSet):
            self._forget_people_if(changes)
            self.changed.emit(changes)
        return result

    def notify(self, changes: ChangeSet) -> None:
        self._forget_people_if(changes)
        self.changed.emit(changes)
