"""Domain records of the journal.

Every record has a UUID ``id``, UTC ``created_at``/``updated_at`` and a ``deleted_at`` that is
set instead of deleting (soft delete), so two devices can later be merged record by record.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from enum import StrEnum

from parentjournal.core.record import record


class Visibility(StrEnum):
    """Who may see a record. Private records are seen by their author only."""

    PRIVATE = "private"
    SHARED = "shared"


class Phase(StrEnum):
    """The phase a household says it is in. Chosen by people, never computed from dates."""

    PREGNANT = "pregnant"
    FIRST_WEEKS = "first_weeks"
    LATER = "later"


# Preset themes, stored by these stable keys; the UI shows their translated names. Own themes
# are stored as the words the person typed.
PRESET_THEMES: tuple[str, ...] = (
    "sleep",
    "feeding",
    "self_care",
    "relationship",
    "work_family",
    "health",
    "feelings",
    "family_friends",
    "household",
    "pregnancy",
)


@record
class Person:
    """An adult in the household. Name and role are free text; nothing assumes a gender."""

    id: str
    name: str
    role: str = ""
    default_visibility: Visibility = Visibility.PRIVATE
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@record
class Child:
    """A child (or a child on the way): a name or nickname and optional dates."""

    id: str
    name: str
    due_date: date | None = None
    birth_date: date | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@record
class Household:
    """Who is in the household and the phase they chose."""

    people: tuple[Person, ...]
    children: tuple[Child, ...]
    phase: Phase | None

    @property
    def is_set_up(self) -> bool:
        return bool(self.people)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)


@record
class Entry:
    """A journal entry: a Markdown body about one local calendar day, written by one person."""

    id: str
    author_id: str
    day: date
    body: str = ""
    title: str = ""
    visibility: Visibility = Visibility.PRIVATE
    themes: tuple[str, ...] = ()
    prompt_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def visible_to(self, person_id: str) -> bool:
        """Privacy rule: shared entries are seen by everyone, private ones by the author."""
        if self.deleted_at is not None:
            return False
        return self.visibility is Visibility.SHARED or self.author_id == person_id


@record
class EntryDraft:
    """What the editor sends to be saved; the service fills in ids and timestamps."""

    author_id: str
    day: date
    body: str = ""
    title: str = ""
    visibility: Visibility = Visibility.PRIVATE
    themes: tuple[str, ...] = ()
    prompt_id: str | None = None


@record
class SearchHit:
    """One search result: the entry and a snippet with the matches marked.

    Matches in ``snippet`` are wrapped in ``HIGHLIGHT_START``/``HIGHLIGHT_END`` so the UI can
    escape the user text first and then mark the matches safely.
    """

    entry: Entry
    snippet: str


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@record
class ChangeSet:
    """What a service call changed, so screens refresh only what they show.

    ``kind`` names the record type ("entry", "person", "setting", ...); ``ids`` the records.
    """

    kind: str
    ids: tuple[str, ...] = ()
    deleted: bool = False
    restored: bool = False
    extra: dict[str, object] = field(default_factory=dict)
