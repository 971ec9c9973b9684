"""Building visit documents and journal exports from an open journal.

Shared by the "Prepare a visit" dialog and ``parentjournal export``, so the command line
writes exactly what the dialog offers and ticks by default.
"""

from __future__ import annotations

from datetime import date

from parentjournal.core.journal_document import build_journal_document
from parentjournal.core.model import Visibility
from parentjournal.core.visit_document import (
    Document,
    VisitChoices,
    VisitMaterial,
    VisitRequest,
    build_visit_document,
    default_choices,
    gather,
)
from parentjournal.export.visit_words import VisitWords
from parentjournal.journal import Journal


def names_of(journal: Journal) -> dict[str, str]:
    """Names of everyone who ever wrote here (people removed later keep their name)."""
    return {p.id: p.name for p in journal.household_repo.people(include_deleted=True)}


def visit_material(journal: Journal, request: VisitRequest) -> VisitMaterial:
    """What may be offered for a visit, for ``request.viewer_id``."""
    people = [p.id for p in journal.household.household().people]
    return gather(
        request,
        journal.questions,
        journal.advice,
        journal.entries_between(request.viewer_id, request.first, request.last),
        journal.checkins,
        people,
    )


def visit_document(
    journal: Journal,
    material: VisitMaterial,
    choices: VisitChoices | None = None,
    *,
    language: str = "nl",
    today: date | None = None,
) -> Document:
    """The visit document for ``choices`` (by default: what the dialog ticks at first)."""
    return build_visit_document(
        material,
        choices if choices is not None else default_choices(material),
        names_of(journal),
        VisitWords(language),
        today or date.today(),
    )


def journal_document(
    journal: Journal,
    person_id: str,
    first: date | None = None,
    last: date | None = None,
    *,
    language: str = "nl",
    today: date | None = None,
) -> Document:
    """Everything ``person_id`` may see in the period, to keep or print."""
    people = journal.household_repo.people(include_deleted=True)
    checkins = [c for p in people for c in journal.checkins.shared_by(p.id, person_id)]
    moments = journal.moments.on_days(person_id, first or date.min, last or date.max)
    return build_journal_document(
        journal.entries_between(person_id, first, last),
        journal.questions.visible(person_id),
        journal.advice.visible(person_id),
        names_of(journal),
        VisitWords(language),
        made_on=today or date.today(),
        first=first,
        last=last,
        moments=moments,
        checkins=checkins,
    )


def is_private(record) -> bool:
    """True for a record only its writer can see (marked as such in the dialog)."""
    return record.visibility is Visibility.PRIVATE
