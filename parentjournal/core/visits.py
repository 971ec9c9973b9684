"""Naar de vroedvrouw: questions for a care visit and the household's advice log.

Questions are collected any time and move from open to asked (with the answer, if someone
wrote it down). Advice is noted with its source and the household's own stance, in its own
words; the app never judges advice. A doubt can become a question for the next visit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import ChangeSet, Visibility
from parentjournal.core.record import record

# Who a question is for / where advice came from: stable keys, translated by the UI. Anything
# else a person types is kept as their own words.
CARE_PROVIDERS: tuple[str, ...] = ("midwife", "gp", "paediatrician", "child_health", "other")
ADVICE_SOURCES: tuple[str, ...] = (
    "midwife",
    "doctor",
    "family",
    "friends",
    "book",
    "website",
    "social_media",
    "other",
)
MAX_TEXT_CHARS = 20_000


class QuestionStatus(StrEnum):
    """Open until someone asked it at a visit."""

    OPEN = "open"
    ASKED = "asked"


class Stance(StrEnum):
    """The household's own view of a piece of advice. Never a verdict on the advice itself."""

    NONE = ""
    FITS_US = "fits_us"
    DOUBT = "doubt"
    NOT_FOR_US = "not_for_us"


@record
class Question:
    """A question someone wants to bring to a care visit."""

    id: str
    author_id: str
    text: str
    for_whom: str = ""
    visibility: Visibility = Visibility.PRIVATE
    status: QuestionStatus = QuestionStatus.OPEN
    answer: str = ""
    answered_on: date | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status is QuestionStatus.OPEN


@record
class QuestionDraft:
    """What the question dialog sends to be saved."""

    author_id: str
    text: str
    for_whom: str = ""
    visibility: Visibility = Visibility.PRIVATE


@record
class Advice:
    """Advice someone received, where it came from, and what the household thinks of it."""

    id: str
    author_id: str
    advice: str
    source: str = ""
    day: date | None = None
    theme: str = ""
    stance: Stance = Stance.NONE
    stance_note: str = ""
    visibility: Visibility = Visibility.PRIVATE
    question_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@record
class AdviceDraft:
    """What the advice dialog sends to be saved."""

    author_id: str
    advice: str
    day: date
    source: str = ""
    theme: str = ""
    stance: Stance = Stance.NONE
    stance_note: str = ""
    visibility: Visibility = Visibility.PRIVATE


class QuestionStore(Protocol):
    def get(self, question_id: str) -> Question | None: ...
    def insert(self, draft: QuestionDraft) -> Question: ...
    def update(self, question: Question) -> Question: ...
    def set_deleted(self, question_id: str, deleted: bool) -> None: ...
    def visible(self, person_id: str) -> list[Question]: ...
    def search(self, person_id: str, text: str, *, limit: int = 50) -> list[Question]: ...


class AdviceStore(Protocol):
    def get(self, advice_id: str) -> Advice | None: ...
    def insert(self, draft: AdviceDraft) -> Advice: ...
    def update(self, advice: Advice) -> Advice: ...
    def set_deleted(self, advice_id: str, deleted: bool) -> None: ...
    def visible(self, person_id: str) -> list[Advice]: ...
    def search(self, person_id: str, text: str, *, limit: int = 50) -> list[Advice]: ...


def _text(value: str) -> str:
    value = value.replace("\x00", "").strip()
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError("text too long")
    return value


class QuestionService:
    """Collecting questions, marking them asked and keeping the answers."""

    def __init__(self, store: QuestionStore):
        self.store = store

    def add(self, draft: QuestionDraft) -> tuple[Question, ChangeSet]:
        """Save a new open question. An empty question is refused (ValueError)."""
        text = _text(draft.text)
        if not text:
            raise ValueError("a question needs some words")
        question = self.store.insert(replace(draft, text=text, for_whom=draft.for_whom.strip()))
        return question, ChangeSet("question", (question.id,))

    def edit(self, question_id: str, draft: QuestionDraft) -> tuple[Question, ChangeSet]:
        """Change the words, for whom or visibility. Only the person who asked may."""
        current = self._own(question_id, draft.author_id)
        text = _text(draft.text)
        if not text:
            raise ValueError("a question needs some words")
        question = self.store.update(
            replace(
                current,
                text=text,
                for_whom=draft.for_whom.strip(),
                visibility=draft.visibility,
            )
        )
        return question, ChangeSet("question", (question_id,))

    def mark_asked(
        self, question_id: str, person_id: str, answer: str = "", on: date | None = None
    ) -> tuple[Question, ChangeSet]:
        """Mark a question asked, with the answer in the household's words.

        Anyone who may see the question may do this: a shared question is the household's,
        and whoever went to the visit writes down what was said.
        """
        current = self._visible(question_id, person_id)
        question = self.store.update(
            replace(current, status=QuestionStatus.ASKED, answer=_text(answer), answered_on=on)
        )
        return question, ChangeSet("question", (question_id,))

    def reopen(self, question_id: str, person_id: str) -> tuple[Question, ChangeSet]:
        """Put a question back on the open list; the answer written so far stays."""
        current = self._visible(question_id, person_id)
        question = self.store.update(replace(current, status=QuestionStatus.OPEN))
        return question, ChangeSet("question", (question_id,))

    def delete(self, question_id: str, person_id: str) -> ChangeSet:
        self._own(question_id, person_id)
        self.store.set_deleted(question_id, True)
        return ChangeSet("question", (question_id,), deleted=True)

    def restore(self, question_id: str, person_id: str) -> ChangeSet:
        question = self.store.get(question_id)
        if question is None:
            raise KeyError(question_id)
        if question.author_id != person_id:
            raise NotAllowedError(question_id)
        self.store.set_deleted(question_id, False)
        return ChangeSet("question", (question_id,), restored=True)

    def visible(self, person_id: str) -> list[Question]:
        """Everything ``person_id`` may see: open ones first, then asked ones, newest first."""
        return self.store.visible(person_id)

    def open_questions(self, person_id: str, for_whom: str | None = None) -> list[Question]:
        """Open questions, optionally only those for one care provider (or for nobody yet)."""
        return [
            q
            for q in self.store.visible(person_id)
            if q.is_open and (not for_whom or q.for_whom in (for_whom, ""))
        ]

    def search(self, person_id: str, text: str) -> list[Question]:
        """Questions and answers matching ``text`` (accents ignored, any input safe)."""
        return self.store.search(person_id, text)

    def _visible(self, question_id: str, person_id: str) -> Question:
        question = self.store.get(question_id)
        if question is None or question.deleted_at is not None:
            raise KeyError(question_id)
        if question.visibility is not Visibility.SHARED and question.author_id != person_id:
            raise NotAllowedError(question_id)
        return question

    def _own(self, question_id: str, person_id: str) -> Question:
        question = self._visible(question_id, person_id)
        if question.author_id != person_id:
            raise NotAllowedError(question_id)
        return question


class AdviceService:
    """The advice log: what was advised, by whom, and what the household makes of it."""

    def __init__(self, store: AdviceStore, questions: QuestionService):
        self.store = store
        self.questions = questions

    def add(self, draft: AdviceDraft) -> tuple[Advice, ChangeSet]:
        text = _text(draft.advice)
        if not text:
            raise ValueError("advice needs some words")
        advice = self.store.insert(self._clean(draft, text))
        return advice, ChangeSet("advice", (advice.id,))

    def edit(self, advice_id: str, draft: AdviceDraft) -> tuple[Advice, ChangeSet]:
        current = self._own(advice_id, draft.author_id)
        text = _text(draft.advice)
        if not text:
            raise ValueError("advice needs some words")
        clean = self._clean(draft, text)
        advice = self.store.update(
            replace(
                current,
                advice=clean.advice,
                source=clean.source,
                day=clean.day,
                theme=clean.theme,
                stance=clean.stance,
                stance_note=clean.stance_note,
                visibility=clean.visibility,
            )
        )
        return advice, ChangeSet("advice", (advice_id,))

    def delete(self, advice_id: str, person_id: str) -> ChangeSet:
        self._own(advice_id, person_id)
        self.store.set_deleted(advice_id, True)
        return ChangeSet("advice", (advice_id,), deleted=True)

    def restore(self, advice_id: str, person_id: str) -> ChangeSet:
        advice = self.store.get(advice_id)
        if advice is None:
            raise KeyError(advice_id)
        if advice.author_id != person_id:
            raise NotAllowedError(advice_id)
        self.store.set_deleted(advice_id, False)
        return ChangeSet("advice", (advice_id,), restored=True)

    def visible(self, person_id: str) -> list[Advice]:
        """All advice ``person_id`` may see, newest first."""
        return self.store.visible(person_id)

    def by_theme(self, person_id: str) -> dict[str, list[Advice]]:
        """Advice grouped by theme, so different advice on one theme can be read together."""
        groups: dict[str, list[Advice]] = {}
        for advice in self.store.visible(person_id):
            groups.setdefault(advice.theme, []).append(advice)
        return groups

    def open_doubts(self, person_id: str) -> list[Advice]:
        """Advice the household doubts and has not yet turned into a question."""
        return [
            a
            for a in self.store.visible(person_id)
            if a.stance is Stance.DOUBT and a.question_id is None
        ]

    def search(self, person_id: str, text: str) -> list[Advice]:
        return self.store.search(person_id, text)

    def ask_about(
        self, advice_id: str, person_id: str, question_text: str, for_whom: str = ""
    ) -> tuple[Question, ChangeSet]:
        """Turn a doubt into an open question for the next visit (one click in the UI).

        The question gets the same visibility as the advice, so nothing private is shared
        by this shortcut. The advice remembers its question so it is not offered twice.
        """
        advice = self._visible(advice_id, person_id)
        question, _ = self.questions.add(
            QuestionDraft(
                author_id=person_id,
                text=question_text,
                for_whom=for_whom,
                visibility=advice.visibility
                if advice.author_id == person_id
                else Visibility.SHARED,
            )
        )
        self.store.update(replace(advice, question_id=question.id))
        return question, ChangeSet("question", (question.id,), extra={"advice": advice_id})

    @staticmethod
    def _clean(draft: AdviceDraft, text: str) -> AdviceDraft:
        return replace(
            draft,
            advice=text,
            source=draft.source.strip(),
            theme=draft.theme.strip(),
            stance_note=_text(draft.stance_note),
        )

    def _visible(self, advice_id: str, person_id: str) -> Advice:
        advice = self.store.get(advice_id)
        if advice is None or advice.deleted_at is not None:
            raise KeyError(advice_id)
        if advice.visibility is not Visibility.SHARED and advice.author_id != person_id:
            raise NotAllowedError(advice_id)
        return advice

    def _own(self, advice_id: str, person_id: str) -> Advice:
        advice = self._visible(advice_id, person_id)
        if advice.author_id != person_id:
            raise NotAllowedError(advice_id)
        return advice
