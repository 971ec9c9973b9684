"""Goed bezig-momenten: short notes about effort and noticing, for yourself or for each other.

A moment is written by one adult (the author). It is either *for yourself* (no recipient) or
*for someone else in the household* (a recipient). Who may see it:

- for yourself, private: only the author;
- for yourself, shared: everyone in the household;
- for someone else, private (the default): the author and the recipient only;
- for someone else, shared: everyone in the household.

A moment for someone else is shown to the recipient once, gently, the next time they are the
current person; ``seen_at`` remembers that it was shown. Only the author edits or deletes a
moment (deleting moves it to the bin; it can be restored). Nothing here counts per person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Protocol

from parentjournal.core.model import ChangeSet, Visibility
from parentjournal.core.record import record

# One line is enough; a whole page pasted by accident is refused with a clear message.
MAX_TEXT_CHARS = 4000


class MomentTextError(ValueError):
    """The moment has no words, or far too many."""


class NotYoursError(PermissionError):
    """Only the author may change or delete a moment."""


@record
class Moment:
    """A goed bezig-moment as stored."""

    id: str
    author_id: str
    day: date
    text: str
    recipient_id: str | None = None
    theme: str | None = None
    entry_id: str | None = None
    visibility: Visibility = Visibility.PRIVATE
    seen_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def for_someone_else(self) -> bool:
        return self.recipient_id is not None

    @property
    def about_id(self) -> str:
        """Whose moment this is: the recipient, or the author when it is for themselves."""
        return self.recipient_id or self.author_id

    def visible_to(self, person_id: str) -> bool:
        """Privacy rule (see the module docstring); the store applies the same rule in SQL."""
        if self.deleted_at is not None:
            return False
        return (
            self.visibility is Visibility.SHARED
            or self.author_id == person_id
            or self.recipient_id == person_id
        )


@record
class MomentDraft:
    """What the capture dialog sends; the service checks it and the store adds ids and times."""

    author_id: str
    day: date
    text: str
    recipient_id: str | None = None
    theme: str | None = None
    entry_id: str | None = None
    visibility: Visibility = Visibility.PRIVATE


@record
class MomentFilter:
    """Narrowing of the collection: whose moments (``about_id``) and which theme."""

    about_id: str | None = None
    theme: str | None = None


@record
class MomentHit:
    """A search result: the moment and its text with matches between highlight markers."""

    moment: Moment
    snippet: str


class MomentStore(Protocol):
    """What the service needs from storage (``store.moment_repo.MomentRepo`` fits)."""

    def get(self, moment_id: str) -> Moment | None: ...
    def author_of(self, moment_id: str) -> str | None: ...
    def insert(self, draft: MomentDraft) -> Moment: ...
    def update(self, moment_id: str, draft: MomentDraft) -> Moment: ...
    def set_deleted(self, moment_id: str, deleted: bool) -> None: ...
    def mark_seen(self, moment_ids: list[str]) -> None: ...
    def collection(
        self, person_id: str, filt: MomentFilter, *, limit: int = 500
    ) -> list[Moment]: ...
    def count(self, person_id: str, filt: MomentFilter) -> int: ...
    def random_one(
        self, person_id: str, filt: MomentFilter, exclude_id: str | None = None
    ) -> Moment | None: ...
    def search(
        self, person_id: str, text: str, filt: MomentFilter, *, limit: int = 200
    ) -> list[MomentHit]: ...
    def unseen_for(self, person_id: str) -> list[Moment]: ...
    def deleted(self, person_id: str) -> list[Moment]: ...
    def on_days(self, person_id: str, first: date, last: date) -> list[Moment]: ...


class MomentService:
    """Everything the Goed bezig screen, the quick capture and the notice do to moments."""

    def __init__(self, store: MomentStore):
        self.store = store

    @staticmethod
    def _clean(draft: MomentDraft) -> MomentDraft:
        text = draft.text.replace("\x00", "").strip()
        if not text:
            raise MomentTextError("a moment needs a few words")
        if len(text) > MAX_TEXT_CHARS:
            raise MomentTextError("too long for a moment")
        recipient = draft.recipient_id
        if recipient == draft.author_id:
            recipient = None
        theme = (draft.theme or "").strip() or None
        return replace(draft, text=text, recipient_id=recipient, theme=theme)

    def give(self, draft: MomentDraft) -> tuple[Moment, ChangeSet]:
        """Save a new moment (for yourself, or for someone else in the household)."""
        moment = self.store.insert(self._clean(draft))
        return moment, ChangeSet("moment", (moment.id,))

    def edit(self, moment_id: str, draft: MomentDraft) -> tuple[Moment, ChangeSet]:
        """Change a moment; only its author may. A new recipient sees it as new."""
        self._own(moment_id, draft.author_id)
        moment = self.store.update(moment_id, self._clean(draft))
        return moment, ChangeSet("moment", (moment_id,))

    def delete(self, moment_id: str, person_id: str) -> ChangeSet:
        """Move a moment to the bin (it can be restored)."""
        self._own(moment_id, person_id)
        self.store.set_deleted(moment_id, True)
        return ChangeSet("moment", (moment_id,), deleted=True)

    def restore(self, moment_id: str, person_id: str) -> ChangeSet:
        self._own(moment_id, person_id)
        self.store.set_deleted(moment_id, False)
        return ChangeSet("moment", (moment_id,), restored=True)

    def _own(self, moment_id: str, person_id: str) -> None:
        # The author is readable even while the moment is sealed, so a locked person's
        # save reaches the store and is refused there (PersonLockedError).
        author = self.store.author_of(moment_id)
        if author is None:
            raise KeyError(moment_id)
        if author != person_id:
            raise NotYoursError(moment_id)

    # Reading -----------------------------------------------------------------------------
    def get_for(self, moment_id: str, person_id: str) -> Moment | None:
        """The moment if ``person_id`` may see it, else None."""
        moment = self.store.get(moment_id)
        return moment if moment is not None and moment.visible_to(person_id) else None

    def collection(self, person_id: str, filt: MomentFilter | None = None) -> list[Moment]:
        """The moments ``person_id`` may see, newest first."""
        return self.store.collection(person_id, filt or MomentFilter())

    def count(self, person_id: str, filt: MomentFilter | None = None) -> int:
        """How many moments are in this view (one plain number, never per person)."""
        return self.store.count(person_id, filt or MomentFilter())

    def surprise(
        self, person_id: str, filt: MomentFilter | None = None, *, not_id: str | None = None
    ) -> Moment | None:
        """A random moment this person may see ("verras me"); avoids ``not_id`` if it can."""
        filt = filt or MomentFilter()
        found = self.store.random_one(person_id, filt, exclude_id=not_id)
        return found or self.store.random_one(person_id, filt)

    def search(
        self, person_id: str, text: str, filt: MomentFilter | None = None
    ) -> list[MomentHit]:
        """The journal's search (accents ignored, ``word*``, "phrases") over visible moments."""
        return self.store.search(person_id, text, filt or MomentFilter())

    def bin(self, person_id: str) -> list[Moment]:
        """Deleted moments this person wrote, most recently deleted first."""
        return self.store.deleted(person_id)

    def on_days(self, person_id: str, first: date, last: date) -> list[Moment]:
        """Visible moments about days in [first, last], for the timeline."""
        return self.store.on_days(person_id, first, last)

    # The gentle notice -------------------------------------------------------------------
    def waiting_for(self, person_id: str) -> list[Moment]:
        """Moments written for ``person_id`` that they have not been shown yet."""
        return self.store.unseen_for(person_id)

    def mark_shown(self, person_id: str, moment_ids: list[str]) -> ChangeSet:
        """Remember that the recipient was shown these moments, so the notice comes once."""
        mine = [
            m.id
            for m in (self.store.get(i) for i in moment_ids)
            if m is not None and m.recipient_id == person_id
        ]
        if mine:
            self.store.mark_seen(mine)
        return ChangeSet("moment", tuple(mine), extra={"seen": True})
