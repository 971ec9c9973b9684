"""A journal to keep or print, as a document: entries, goed bezig-moments and check-ins by
month, then the questions and the advice. Uses the same model and writers as a visit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from parentjournal.core.checkin import CheckIn
from parentjournal.core.model import Entry
from parentjournal.core.moments import Moment
from parentjournal.core.visit_document import (
    DocItem,
    DocSection,
    Document,
    VisitRequest,
    VisitWords,
    document,
    in_period,
    person_names,
)
from parentjournal.core.visits import Advice, Question


def build_journal_document(
    entries: Iterable[Entry],
    questions: Iterable[Question],
    advice: Iterable[Advice],
    names: dict[str, str],
    words: VisitWords,
    *,
    made_on: date,
    first: date | None = None,
    last: date | None = None,
    moments: Iterable[Moment] = (),
    checkins: Iterable[CheckIn] = (),
) -> Document:
    """A journal to keep or print: entries, moments and check-ins by month, then questions
    and advice.

    Callers pass only what the person may see (the repositories guarantee it).
    """
    name = person_names(names)
    period = VisitRequest("", first=first, last=last)
    # Entries, goed bezig-moments and check-ins together, day by day, grouped by month.
    dated: list[tuple[date, str, DocItem]] = [
        (
            e.day,
            e.created_at,
            DocItem(
                e.body or e.title,
                heading=words.entry_heading(e, name(e.author_id)),
                markdown=True,
            ),
        )
        for e in entries
    ]
    dated += [
        (
            m.day,
            m.created_at,
            DocItem(
                m.text,
                heading=words.moment_heading(
                    m, name(m.author_id), name(m.recipient_id) if m.recipient_id else ""
                ),
            ),
        )
        for m in moments
    ]
    dated += [
        (
            c.day,
            c.created_at,
            DocItem(
                words.checkin_text(c), heading=words.journal_checkin_heading(c, name(c.author_id))
            ),
        )
        for c in checkins
    ]
    by_month: dict[tuple[int, int], list[DocItem]] = {}
    for day, _created, item in sorted(dated, key=lambda d: (d[0], d[1])):
        if in_period(day, period):
            by_month.setdefault((day.year, day.month), []).append(item)
    sections = [
        DocSection(f"month-{year}-{month:02d}", words.month(date(year, month, 1)), tuple(items))
        for (year, month), items in by_month.items()
    ]
    period = VisitRequest("", first=first, last=last)
    sections.append(
        DocSection(
            "questions",
            words.heading("all_questions"),
            tuple(
                DocItem(q.text, note=words.question_note(q, name(q.author_id)))
                for q in questions
                if in_period(_created_day(q.created_at), period)
            ),
        )
    )
    sections.append(
        DocSection(
            "advice",
            words.heading("all_advice"),
            tuple(
                DocItem(a.advice, note=words.advice_note(a, name(a.author_id)))
                for a in advice
                if in_period(a.day, period)
            ),
        )
    )
    return document(
        words.journal_title(),
        [words.made_on(made_on), words.period_line(first, last)],
        sections,
        words.language,
    )


def _created_day(created_at: str) -> date | None:
    try:
        return date.fromisoformat(created_at[:10])
    except ValueError:
        return None
