"""The household: who writes in this journal, their children, and the phase they chose."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from parentjournal.core.model import ChangeSet, Child, Household, Person, Phase, Visibility
from parentjournal.core.ports import HouseholdStore
from parentjournal.core.record import record

PHASE_KEY = "household.phase"


@record
class AdultInput:
    """One adult as typed in the welcome or settings screen."""

    name: str
    role: str = ""


@record
class ChildInput:
    """One child as typed in the welcome or settings screen."""

    name: str
    due_date: date | None = None
    birth_date: date | None = None


class HouseholdService:
    """Setting up and changing the household. One adult is enough; nothing assumes roles."""

    def __init__(self, store: HouseholdStore):
        self.store = store

    def household(self) -> Household:
        phase = self.store.setting(PHASE_KEY)
        return Household(
            people=tuple(self.store.people()),
            children=tuple(self.store.children()),
            phase=Phase(phase) if phase else None,
        )

    def set_up(
        self, adults: list[AdultInput], children: list[ChildInput], phase: Phase | None
    ) -> ChangeSet:
        """Create the household from the welcome screen. Blank names are skipped."""
        named = [a for a in adults if a.name.strip()]
        if not named:
            raise ValueError("at least one adult with a name is needed")
        # All or nothing: a welcome that fails half-way must not leave half a household.
        with self.store.atomic():
            ids = [self.store.add_person(a.name.strip(), a.role.strip()).id for a in named]
            for child in children:
                if child.name.strip() or child.due_date or child.birth_date:
                    self.store.add_child(child.name.strip(), child.due_date, child.birth_date)
            if phase is not None:
                self.store.set_setting(PHASE_KEY, str(phase))
        return ChangeSet("person", tuple(ids))

    def add_person(self, name: str, role: str = "") -> tuple[Person, ChangeSet]:
        """Add an adult to the household (name required, role optional free text)."""
        if not name.strip():
            raise ValueError("a name is needed")
        person = self.store.add_person(name.strip(), role.strip())
        return person, ChangeSet("person", (person.id,))

    def rename(self, person_id: str, name: str, role: str) -> ChangeSet:
        """Change a person's name and role; a blank name is refused."""
        if not name.strip():
            raise ValueError("a name is needed")
        self.store.update_person(person_id, name=name.strip(), role=role.strip())
        return ChangeSet("person", (person_id,))

    def set_default_visibility(self, person_id: str, visibility: Visibility) -> ChangeSet:
        """Who may see this person's new writing unless they choose otherwise."""
        self.store.update_person(person_id, default_visibility=visibility)
        return ChangeSet("person", (person_id,))

    def remove_person(self, person_id: str) -> ChangeSet:
        """Take a person out of the household list; what they wrote stays."""
        if len(self.store.people()) <= 1:
            raise ValueError("the last adult cannot be removed")
        self.store.remove_person(person_id)
        return ChangeSet("person", (person_id,), deleted=True)

    def set_phase(self, phase: Phase | None) -> ChangeSet:
        """The phase the household feels it is in (None: not chosen)."""
        self.store.set_setting(PHASE_KEY, str(phase) if phase is not None else None)
        return ChangeSet("setting", (PHASE_KEY,))

    # Children -------------------------------------------------------------------------
    def add_child(self, child: ChildInput) -> tuple[Child, ChangeSet]:
        """Add a child (or a child on the way); a name, a date or both are enough."""
        if not (child.name.strip() or child.due_date or child.birth_date):
            raise ValueError("a name or a date is needed")
        added = self.store.add_child(child.name.strip(), child.due_date, child.birth_date)
        return added, ChangeSet("child", (added.id,))

    def update_child(self, child_id: str, child: ChildInput) -> ChangeSet:
        """Change a child's name and dates."""
        current = next((c for c in self.store.children() if c.id == child_id), None)
        if current is None:
            raise KeyError(child_id)
        self.store.update_child(
            replace(
                current,
                name=child.name.strip(),
                due_date=child.due_date,
                birth_date=child.birth_date,
            )
        )
        return ChangeSet("child", (child_id,))

    def remove_child(self, child_id: str) -> ChangeSet:
        """Take a child out of the list (soft delete, so nothing is lost)."""
        self.store.remove_child(child_id)
        return ChangeSet("child", (child_id,), deleted=True)
