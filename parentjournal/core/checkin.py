"""The check-in: "How are you really doing?", the same for every adult.

Private by default; sharing is a choice per check-in. There is no schedule, no reminder
and nothing that notices a check-in that did not happen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Protocol

from parentjournal.core.model import ChangeSet, Visibility
from parentjournal.core.record import record

MAX_TEXT = 20_000
MAX_WORD = 60


@record
class CheckInDraft:
    """What the check-in dialog sends to be saved. Every field may stay empty."""

    author_id: str
    day: date
    text: str = ""
    energy: str = ""
    would_help: str = ""
    talk_partner: bool = False
    talk_carer: bool = False
    visibility: Visibility = Visibility.PRIVATE

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.energy.strip() or self.would_help.strip())


@record
class CheckIn:
    """A saved check-in.

    Attributes:
        energy: one word for the energy, if the person gave one (never a number).
        talk_partner: would like to talk about it with their partner.
        talk_carer: would like to talk about it with the midwife or doctor.
    """

    id: str
    author_id: str
    day: date
    text: str = ""
    energy: str = ""
    would_help: str = ""
    talk_partner: bool = False
    talk_carer: bool = False
    visibility: Visibility = Visibility.PRIVATE
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def visible_to(self, person_id: str) -> bool:
        if self.deleted_at is not None:
            return False
        return self.visibility is Visibility.SHARED or self.author_id == person_id


class CheckInStore(Protocol):
    """Storage the check-in service needs (implemented by ``store.checkin_repo``)."""

    def get(self, checkin_id: str) -> CheckIn | None: ...
    def author_of(self, checkin_id: str) -> str | None: ...
    def insert(self, draft: CheckInDraft) -> CheckIn: ...
    def update(self, checkin_id: str, draft: CheckInDraft) -> CheckIn: ...
    def set_deleted(self, checkin_id: str, deleted: bool) -> None: ...
    def visible(
        self, viewer_id: str, *, author_id: str | None = None, carer_only: bool = False
    ) -> list[CheckIn]: ...
    def deleted(self, author_id: str) -> list[CheckIn]: ...


class NotYourCheckInError(PermissionError):
    """Only the author may change a check-in."""


def _clean(draft: CheckInDraft) -> CheckInDraft:
    return replace(
        draft,
        text=draft.text.replace("\x00", "")[:MAX_TEXT],
        energy=" ".join(draft.energy.split())[:MAX_WORD],
        would_help=draft.would_help.replace("\x00", "")[:MAX_TEXT],
    )


class CheckInService:
    """Writing check-ins and reading the ones a person may see."""

    def __init__(self, store: CheckInStore):
        self.store = store

    def create(self, draft: CheckInDraft) -> tuple[CheckIn, ChangeSet]:
        checkin = self.store.insert(_clean(draft))
        return checkin, ChangeSet("checkin", (checkin.id,))

    def save(self, checkin_id: str, draft: CheckInDraft) -> tuple[CheckIn, ChangeSet]:
        """Save an edit (autosave); only the author may change a check-in."""
        self._own(checkin_id, draft.author_id)
        checkin = self.store.update(checkin_id, _clean(draft))
        return checkin, ChangeSet("checkin", (checkin_id,))

    def delete(self, checkin_id: str, person_id: str) -> ChangeSet:
        self._own(checkin_id, person_id)
        self.store.set_deleted(checkin_id, True)
        return ChangeSet("checkin", (checkin_id,), deleted=True)

    def restore(self, checkin_id: str, person_id: str) -> ChangeSet:
        self._own(checkin_id, person_id)
        self.store.set_deleted(checkin_id, False)
        return ChangeSet("checkin", (checkin_id,), restored=True)

    def _own(self, checkin_id: str, person_id: str) -> None:
        # The author is readable even while the check-in is sealed, so a locked person's
        # autosave reaches the store and is refused there (PersonLockedError).
        author = self.store.author_of(checkin_id)
        if author is None:
            raise KeyError(checkin_id)
        if author != person_id:
            raise NotYourCheckInError(checkin_id)

    # Reads (every read takes the viewer) -------------------------------------------------
    def mine(self, person_id: str) -> list[CheckIn]:
        """A person's own check-ins, newest first."""
        return self.store.visible(person_id, author_id=person_id)

    def shared_by(self, author_id: str, viewer_id: str) -> list[CheckIn]:
        """The check-ins of ``author_id`` that ``viewer_id`` may see, newest first."""
        return self.store.visible(viewer_id, author_id=author_id)

    def latest_for(self, person_id: str, viewer_id: str) -> CheckIn | None:
        """The newest check-in of ``person_id`` that ``viewer_id`` may see, or None.

        For the visit export: a private check-in is only returned to its own author.
        """
        found = self.store.visible(viewer_id, author_id=person_id)
        return found[0] if found else None

    def to_talk_about_with_carer(self, viewer_id: str) -> list[CheckIn]:
        """Check-ins marked "talk about this with the midwife/doctor" the viewer may see."""
        return self.store.visible(viewer_id, carer_only=True)

    def get_for(self, checkin_id: str, viewer_id: str) -> CheckIn | None:
        checkin = self.store.get(checkin_id)
        return checkin if checkin is not None and checkin.visible_to(viewer_id) else None

    def bin(self, person_id: str) -> list[CheckIn]:
        return self.store.deleted(person_id)
