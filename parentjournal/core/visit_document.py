"""A document for a care visit (or a printed journal), as a pure model: title, lines, sections.

The model is built only from what the viewer may see: the repositories already leave out
other people's private records, and :func:`gather` additionally leaves out the viewer's own
private records unless they asked for them. Writers (Markdown, HTML, PDF, print) turn the
same model into files, so the preview shows exactly what will be written. Empty sections are
dropped here, once, for every format.

Words (headings, names of care providers, dates) come from a :class:`VisitWords` object so
that this module stays free of Qt; the export layer supplies a translated one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Protocol

from parentjournal.core.checkin import CheckIn, CheckInService
from parentjournal.core.model import Entry, Visibility
from parentjournal.core.moments import Moment
from parentjournal.core.record import record
from parentjournal.core.visits import (
    Advice,
    AdviceService,
    Question,
    QuestionService,
    Stance,
)

DEFAULT_PERIOD_DAYS = 30
ENTRY_PAGE = 200


@record
class DocItem:
    """One item of a section.

    Attributes:
        text: the person's own words (plain text, or Markdown when ``markdown`` is true).
        heading: an optional short heading above the text (e.g. the day of an entry).
        note: an optional quieter line (e.g. "asked by Sara", the answer).
        markdown: ``text`` is Markdown (journal entries); writers render it without ever
            letting raw HTML through.
    """

    text: str
    heading: str = ""
    note: str = ""
    markdown: bool = False


@record
class DocSection:
    """A titled group of items."""

    key: str
    heading: str
    items: tuple[DocItem, ...]


@record
class Document:
    """What a writer turns into Markdown, HTML, PDF or a printout."""

    title: str
    lines: tuple[str, ...] = ()
    sections: tuple[DocSection, ...] = ()
    language: str = "nl"


def document(
    title: str, lines: Iterable[str], sections: Iterable[DocSection], language: str = "nl"
) -> Document:
    """Make a document, leaving out empty lines and sections without items."""
    kept = tuple(
        DocSection(s.key, s.heading, tuple(i for i in s.items if i.text.strip())) for s in sections
    )
    return Document(
        title=title,
        lines=tuple(line for line in lines if line.strip()),
        sections=tuple(s for s in kept if s.items),
        language=language,
    )


class VisitWords(Protocol):
    """The translated words a document needs (supplied by the export layer)."""

    language: str

    def visit_title(self, for_whom: str) -> str: ...
    def journal_title(self) -> str: ...
    def made_on(self, day: date) -> str: ...
    def people_line(self, names: list[str]) -> str: ...
    def period_line(self, first: date | None, last: date | None) -> str: ...
    def heading(self, key: str) -> str: ...
    def provider(self, key: str) -> str: ...
    def source(self, key: str) -> str: ...
    def stance(self, stance: Stance) -> str: ...
    def day(self, day: date) -> str: ...
    def month(self, day: date) -> str: ...
    def question_note(self, question: Question, asker: str) -> str: ...
    def advice_note(self, advice: Advice, writer: str) -> str: ...
    def entry_heading(self, entry: Entry, writer: str) -> str: ...
    def checkin_heading(self, checkin: CheckIn, writer: str) -> str: ...
    def checkin_text(self, checkin: CheckIn) -> str: ...
    def moment_heading(self, moment: Moment, writer: str, recipient: str) -> str: ...
    def journal_checkin_heading(self, checkin: CheckIn, writer: str) -> str: ...


@record
class VisitRequest:
    """What the person asked for: whose visit, which period, and whether to offer own
    private items. Another person's private items are never offered."""

    viewer_id: str
    for_whom: str = ""
    first: date | None = None
    last: date | None = None
    include_private: bool = False


def default_period(today: date) -> tuple[date, date]:
    """The period a visit looks back on unless the person picks another one."""
    return today - timedelta(days=DEFAULT_PERIOD_DAYS), today


@record
class VisitMaterial:
    """Everything that may be offered for one visit, already filtered for the viewer."""

    request: VisitRequest
    questions: tuple[Question, ...] = ()
    advice: tuple[Advice, ...] = ()
    entries: tuple[Entry, ...] = ()
    latest_checkins: tuple[CheckIn, ...] = ()  # each person's newest one the viewer may see
    talk_checkins: tuple[CheckIn, ...] = ()  # marked "talk about this with the midwife/doctor"


@record
class VisitChoices:
    """What the person ticked and typed in the dialog."""

    question_ids: frozenset[str] = frozenset()
    advice_ids: frozenset[str] = frozenset()
    entry_ids: frozenset[str] = frozenset()
    checkin_ids: frozenset[str] = frozenset()
    how_we_are: tuple[tuple[str, str], ...] = ()  # (name, a few lines in their words)
    talk_about: str = ""


def _offered(record, request: VisitRequest) -> bool:
    if record.visibility is Visibility.SHARED:
        return True
    return request.include_private and record.author_id == request.viewer_id


def in_period(day: date | None, request: VisitRequest) -> bool:
    if day is None:
        return True
    if request.first and day < request.first:
        return False
    return not (request.last and day > request.last)


def gather(
    request: VisitRequest,
    questions: QuestionService,
    advice: AdviceService,
    entries: Iterable[Entry],
    checkins: CheckInService | None = None,
    people: Iterable[str] = (),
) -> VisitMaterial:
    """Collect what may be offered for a visit.

    Open questions (for this care provider or for nobody in particular) are offered whatever
    their date: they are still open. Advice with a doubt and journal entries are offered
    within the period. ``entries`` are those the viewer may see in the period. With
    ``checkins``, the newest check-in of each of ``people`` (person ids) and the check-ins
    marked "talk about this with the midwife/doctor" in the period are offered too.
    """
    viewer = request.viewer_id
    latest: list[CheckIn] = []
    talk: list[CheckIn] = []
    if checkins is not None:
        for person_id in people:
            found = checkins.latest_for(person_id, viewer)
            if found is not None and _offered(found, request):
                latest.append(found)
        talk = [
            c
            for c in checkins.to_talk_about_with_carer(viewer)
            if _offered(c, request) and in_period(c.day, request)
        ]
    return VisitMaterial(
        request=request,
        questions=tuple(
            q for q in questions.open_questions(viewer, request.for_whom) if _offered(q, request)
        ),
        advice=tuple(
            a
            for a in advice.visible(viewer)
            if a.stance is Stance.DOUBT and _offered(a, request) and in_period(a.day, request)
        ),
        entries=tuple(e for e in entries if _offered(e, request) and in_period(e.day, request)),
        latest_checkins=tuple(latest),
        talk_checkins=tuple(talk),
    )


def default_choices(material: VisitMaterial) -> VisitChoices:
    """What is ticked when the dialog opens (and what the command line writes): every
    offered open question, every offered doubt and every check-in its writer marked "talk
    about this with the midwife/doctor". Journal entries and latest check-ins only when
    picked: how someone is doing is theirs to bring."""
    return VisitChoices(
        question_ids=frozenset(q.id for q in material.questions),
        advice_ids=frozenset(a.id for a in material.advice),
        checkin_ids=frozenset(c.id for c in material.talk_checkins),
    )


def person_names(names: dict[str, str]) -> Callable[[str], str]:
    """A lookup of names by person id ("?" for someone the journal no longer knows)."""
    return lambda person_id: names.get(person_id, "?")


def build_visit_document(
    material: VisitMaterial,
    choices: VisitChoices,
    names: dict[str, str],
    words: VisitWords,
    made_on: date,
) -> Document:
    """The document for one visit, from what was offered and chosen.

    Only offered records can appear, whatever ids ``choices`` holds, so a mistake in a caller
    can never put an unoffered (private) record into a document.
    """
    name = person_names(names)
    request = material.request
    questions = [q for q in material.questions if q.id in choices.question_ids]
    doubts = [a for a in material.advice if a.id in choices.advice_ids]
    entries = sorted(
        (e for e in material.entries if e.id in choices.entry_ids),
        key=lambda e: (e.day, e.created_at),
    )
    people = [n for n, text in choices.how_we_are if text.strip()]
    # A check-in marked "talk about this with the midwife/doctor" goes under that heading,
    # even when it is also its writer's latest one.
    talk = [c for c in material.talk_checkins if c.id in choices.checkin_ids]
    talk_ids = {c.id for c in talk}
    latest = [
        c for c in material.latest_checkins if c.id in choices.checkin_ids and c.id not in talk_ids
    ]

    def checkin_item(checkin: CheckIn) -> DocItem:
        heading = words.checkin_heading(checkin, name(checkin.author_id))
        return DocItem(words.checkin_text(checkin), heading=heading)

    sections = [
        DocSection(
            "questions",
            words.heading("questions"),
            tuple(
                DocItem(q.text, note=words.question_note(q, name(q.author_id))) for q in questions
            ),
        ),
        DocSection(
            "how_we_are",
            words.heading("how_we_are"),
            (
                *(checkin_item(c) for c in latest),
                *(DocItem(text.strip(), heading=n) for n, text in choices.how_we_are),
            ),
        ),
        DocSection(
            "talk_about",
            words.heading("talk_about"),
            (*(checkin_item(c) for c in talk), DocItem(choices.talk_about.strip())),
        ),
        DocSection(
            "advice",
            words.heading("advice"),
            tuple(DocItem(a.advice, note=words.advice_note(a, name(a.author_id))) for a in doubts),
        ),
        DocSection(
            "entries",
            words.heading("entries"),
            tuple(
                DocItem(
                    e.body or e.title,
                    heading=words.entry_heading(e, name(e.author_id)),
                    markdown=True,
                )
                for e in entries
            ),
        ),
    ]
    authors = {name(r.author_id) for r in (*questions, *doubts, *entries, *latest, *talk)}
    everyone = sorted(authors | set(people), key=str.casefold)
    return document(
        words.visit_title(request.for_whom),
        [
            words.made_on(made_on),
            words.people_line(everyone),
            words.period_line(request.first, request.last) if entries else "",
        ],
        sections,
        words.language,
    )
