"""What the Samen screens do with care tasks, pictures and agreements.

Privacy lives here and in the repository: a picture that is not shared never leaves its
author, and another person's picture is only put next to yours once you have shared yours
too (a mutual reveal).
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from parentjournal.core.careload import (
    DOMAINS,
    Agreement,
    AgreementNote,
    CareTask,
    Cells,
    Difference,
    Holder,
    HolderKind,
    Picture,
    Stage,
    differences,
)
from parentjournal.core.clock import today
from parentjournal.core.model import ChangeSet
from parentjournal.core.record import record

MAX_TASK_NAME = 120
MAX_AGREEMENT_TEXT = 4000
MAX_OUTSIDE_NAME = 80


class CareLoadStore(Protocol):
    """Storage the care-load service needs (implemented by ``store.careload_repo``)."""

    def tasks(self, *, include_hidden: bool = False) -> list[CareTask]: ...
    def task(self, task_id: str) -> CareTask | None: ...
    def add_task(self, name: str, domain: str) -> CareTask: ...
    def update_task(
        self, task_id: str, *, name: str | None = None, hidden: bool | None = None
    ) -> None: ...
    def pictures_of(self, author_id: str) -> list[Picture]: ...
    def picture(self, picture_id: str) -> Picture | None: ...
    def add_picture(self, author_id: str, made_on: date, copy_from: str | None) -> Picture: ...
    def set_cell(self, picture_id: str, task_id: str, stage: Stage, holder: Holder | None): ...
    def cells(self, picture_id: str) -> Cells: ...
    def share_picture(self, picture_id: str) -> None: ...
    def unshare_picture(self, picture_id: str) -> None: ...
    def latest_shared(self, author_id: str) -> Picture | None: ...
    def agreements(self, *, deleted: bool = False) -> list[Agreement]: ...
    def agreement(self, agreement_id: str) -> Agreement | None: ...
    def add_agreement(self, author_id: str, text: str, made_on: date, task_id: str | None): ...
    def update_agreement(self, agreement_id: str, text: str) -> None: ...
    def set_agreement_task(self, agreement_id: str, task_id: str | None) -> None: ...
    def set_agreement_deleted(self, agreement_id: str, deleted: bool) -> None: ...
    def notes(self, agreement_id: str) -> list[AgreementNote]: ...
    def add_note(self, agreement_id: str, author_id: str, text: str, day: date): ...
    def update_note(self, note_id: str, author_id: str, text: str) -> str | None: ...


class NotYoursError(PermissionError):
    """The picture belongs to someone else; only its author may change or share it."""


@record
class SideBySide:
    """Two shared pictures next to each other, and exactly where they differ."""

    first: Picture
    second: Picture
    first_cells: Cells
    second_cells: Cells
    differences: list[Difference]


@record
class RevealState:
    """Where two people are in the mutual reveal, as seen by ``viewer``."""

    viewer_shared: bool
    other_shared: bool

    @property
    def both(self) -> bool:
        return self.viewer_shared and self.other_shared


def _clean_holder(holder: Holder | None) -> Holder | None:
    if holder is None or holder.kind is not HolderKind.OUTSIDE:
        return holder
    name = " ".join(holder.outside_name.split())[:MAX_OUTSIDE_NAME]
    return Holder(HolderKind.OUTSIDE, outside_name=name)


class CareLoadService:
    """Care tasks, each person's pictures, the side-by-side and the household's agreements."""

    def __init__(self, store: CareLoadStore):
        self.store = store

    # Tasks ------------------------------------------------------------------------------
    def tasks(self, *, include_hidden: bool = False) -> list[CareTask]:
        """The household's list in domain order, then in the order tasks were added."""
        rank = {d: i for i, d in enumerate(DOMAINS)}
        found = self.store.tasks(include_hidden=include_hidden)
        return sorted(found, key=lambda t: (rank.get(t.domain, len(rank)), t.sort_order))

    def task(self, task_id: str) -> CareTask | None:
        return self.store.task(task_id)

    def add_task(self, name: str, domain: str) -> tuple[CareTask, ChangeSet]:
        clean = " ".join(name.split())[:MAX_TASK_NAME]
        if not clean:
            raise ValueError("a task needs a name")
        if domain not in DOMAINS:
            raise ValueError(f"unknown domain {domain!r}")
        task = self.store.add_task(clean, domain)
        return task, ChangeSet("care_task", (task.id,))

    def rename_task(self, task_id: str, name: str) -> ChangeSet:
        clean = " ".join(name.split())[:MAX_TASK_NAME]
        if not clean:
            raise ValueError("a task needs a name")
        self.store.update_task(task_id, name=clean)
        return ChangeSet("care_task", (task_id,))

    def set_hidden(self, task_id: str, hidden: bool) -> ChangeSet:
        """Hide a task from the list (its answers stay and come back when shown again)."""
        self.store.update_task(task_id, hidden=hidden)
        return ChangeSet("care_task", (task_id,), deleted=hidden, restored=not hidden)

    # Pictures ---------------------------------------------------------------------------
    def my_pictures(self, person_id: str) -> list[Picture]:
        """Every picture this person made, newest first (earlier rounds keep their date)."""
        return self.store.pictures_of(person_id)

    def current_picture(self, person_id: str) -> Picture | None:
        pictures = self.store.pictures_of(person_id)
        return pictures[0] if pictures else None

    def start_picture(self, person_id: str) -> tuple[Picture, ChangeSet]:
        """Start a new round. It begins as a copy of the last one, so redoing is quick."""
        previous = self.current_picture(person_id)
        picture = self.store.add_picture(
            person_id, today(), previous.id if previous is not None else None
        )
        return picture, ChangeSet("picture", (picture.id,))

    def cells_for(self, viewer_id: str, picture_id: str) -> Cells:
        """The answers of a picture the viewer may see (their own, or a shared one).

        Cells of hidden or removed tasks are left out.
        """
        picture = self.store.picture(picture_id)
        if picture is None or not (picture.author_id == viewer_id or picture.is_shared):
            return {}
        visible = {t.id for t in self.store.tasks()}
        return {k: v for k, v in self.store.cells(picture_id).items() if k[0] in visible}

    def set_cell(
        self, person_id: str, picture_id: str, task_id: str, stage: Stage, holder: Holder | None
    ) -> ChangeSet:
        """Save one answer as it is given (``None`` clears it: skipping is fine)."""
        self._own(picture_id, person_id)
        self.store.set_cell(picture_id, task_id, stage, _clean_holder(holder))
        return ChangeSet("picture", (picture_id,), extra={"task_id": task_id, "stage": stage})

    def share(self, person_id: str, picture_id: str) -> ChangeSet:
        """Share one's own picture with the household (a choice, not undone silently)."""
        self._own(picture_id, person_id)
        self.store.share_picture(picture_id)
        return ChangeSet("picture", (picture_id,), extra={"shared": True})

    def stop_sharing(self, person_id: str, picture_id: str) -> ChangeSet:
        """Take one's own picture back: from now on only its author sees it again."""
        self._own(picture_id, person_id)
        self.store.unshare_picture(picture_id)
        return ChangeSet("picture", (picture_id,), extra={"shared": False})

    def _own(self, picture_id: str, person_id: str) -> Picture:
        picture = self.store.picture(picture_id)
        if picture is None:
            raise KeyError(picture_id)
        if picture.author_id != person_id:
            raise NotYoursError(picture_id)
        return picture

    # Looking together -------------------------------------------------------------------
    def shared_picture(self, person_id: str) -> Picture | None:
        """The latest picture ``person_id`` shared (its date, not its cells), or None."""
        return self.store.latest_shared(person_id)

    def reveal_state(self, viewer_id: str, other_id: str) -> RevealState:
        return RevealState(
            viewer_shared=self.store.latest_shared(viewer_id) is not None,
            other_shared=self.store.latest_shared(other_id) is not None,
        )

    def side_by_side(self, viewer_id: str, other_id: str) -> SideBySide | None:
        """Both latest shared pictures and their differences, once both have shared.

        Returns None while either person has not shared: the other's picture is only
        revealed to someone who shared theirs too.
        """
        mine = self.store.latest_shared(viewer_id)
        theirs = self.store.latest_shared(other_id)
        if mine is None or theirs is None:
            return None
        first = self.cells_for(viewer_id, mine.id)
        second = self.cells_for(viewer_id, theirs.id)
        order = [t.id for t in self.tasks()]
        return SideBySide(mine, theirs, first, second, differences(first, second, order))

    def changes_since(self, person_id: str, earlier_id: str) -> list[Difference]:
        """How this person's current picture differs from one of their own earlier ones."""
        earlier = self._own(earlier_id, person_id)
        current = self.current_picture(person_id)
        if current is None or current.id == earlier.id:
            return []
        order = [t.id for t in self.tasks()]
        return differences(
            self.cells_for(person_id, earlier.id), self.cells_for(person_id, current.id), order
        )

    # Agreements -------------------------------------------------------------------------
    def agreements(self) -> list[Agreement]:
        """The household's agreements, newest first. They are made together, so shared."""
        return self.store.agreements()

    def add_agreement(
        self, author_id: str, text: str, task_id: str | None = None, made_on: date | None = None
    ) -> tuple[Agreement, ChangeSet]:
        clean = text.strip()[:MAX_AGREEMENT_TEXT]
        if not clean:
            raise ValueError("an agreement needs some words")
        agreement = self.store.add_agreement(author_id, clean, made_on or today(), task_id)
        return agreement, ChangeSet("agreement", (agreement.id,))

    def agreement(self, agreement_id: str) -> Agreement | None:
        found = self.store.agreement(agreement_id)
        return found if found is not None and found.deleted_at is None else None

    def edit_agreement(self, agreement_id: str, text: str) -> ChangeSet:
        clean = text.strip()[:MAX_AGREEMENT_TEXT]
        if not clean:
            raise ValueError("an agreement needs some words")
        self.store.update_agreement(agreement_id, clean)
        return ChangeSet("agreement", (agreement_id,))

    def set_agreement_task(self, agreement_id: str, task_id: str | None) -> ChangeSet:
        """Say which task an agreement is about (None: no particular task)."""
        self.store.set_agreement_task(agreement_id, task_id)
        return ChangeSet("agreement", (agreement_id,))

    def delete_agreement(self, agreement_id: str) -> ChangeSet:
        self.store.set_agreement_deleted(agreement_id, True)
        return ChangeSet("agreement", (agreement_id,), deleted=True)

    def restore_agreement(self, agreement_id: str) -> ChangeSet:
        self.store.set_agreement_deleted(agreement_id, False)
        return ChangeSet("agreement", (agreement_id,), restored=True)

    def notes(self, agreement_id: str) -> list[AgreementNote]:
        return self.store.notes(agreement_id)

    def add_note(
        self, agreement_id: str, author_id: str, text: str, day: date | None = None
    ) -> tuple[AgreementNote, ChangeSet]:
        """Write down how an agreement is going now (dated)."""
        clean = text.strip()[:MAX_AGREEMENT_TEXT]
        if not clean:
            raise ValueError("a note needs some words")
        note = self.store.add_note(agreement_id, author_id, clean, day or today())
        return note, ChangeSet("agreement", (agreement_id,), extra={"note": note.id})

    def edit_note(self, note_id: str, author_id: str, text: str) -> ChangeSet:
        """Change the words of one's own note (the note dialog saves as you type)."""
        clean = text.strip()[:MAX_AGREEMENT_TEXT]
        if not clean:
            raise ValueError("a note needs some words")
        agreement_id = self.store.update_note(note_id, author_id, clean)
        if agreement_id is None:
            raise NotYoursError("only the writer changes a note")
        return ChangeSet("agreement", (agreement_id,), extra={"note": note_id})
