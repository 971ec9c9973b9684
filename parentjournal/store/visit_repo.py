"""Questions for a care visit and the advice log, with full-text search.

Privacy lives in SQL (``_VISIBLE``) as for entries: every read that serves a person takes
that person's id, so another person's private question or advice never leaves the database.
What a person with a personal passphrase keeps for "only me" is sealed (``store/sealing``):
absent while they are locked, found through their in-memory index once unlocked.
"""

from __future__ import annotations

from datetime import date

from parentjournal.core.clock import new_id, utc_now
from parentjournal.core.model import Entry, Visibility
from parentjournal.core.search_query import to_fts_query
from parentjournal.core.visits import (
    Advice,
    AdviceDraft,
    Question,
    QuestionDraft,
    QuestionStatus,
    Stance,
)
from parentjournal.store.database import Database
from parentjournal.store.db import transaction
from parentjournal.store.errors import classify
from parentjournal.store.rows import dict_rows, entry_from_row, opt_day
from parentjournal.store.sealing import Sealer

_VISIBLE = "(t.deleted_at IS NULL AND (t.visibility = 'shared' OR t.author_id = :person))"


def question_from_row(row: dict) -> Question:
    return Question(
        id=row["id"],
        author_id=row["author_id"],
        text=row["text"],
        for_whom=row["for_whom"],
        visibility=Visibility(row["visibility"]),
        status=QuestionStatus(row["status"]),
        answer=row["answer"],
        answered_on=opt_day(row["answered_on"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def advice_from_row(row: dict) -> Advice:
    return Advice(
        id=row["id"],
        author_id=row["author_id"],
        advice=row["advice"],
        source=row["source"],
        day=date.fromisoformat(row["day"]),
        theme=row["theme"],
        stance=Stance(row["stance"]),
        stance_note=row["stance_note"],
        visibility=Visibility(row["visibility"]),
        question_id=row["question_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


class _SearchableRepo:
    table = ""
    order = ""

    def __init__(self, db: Database, sealer: Sealer | None = None):
        self.db = db
        self.sealer = sealer if sealer is not None else Sealer.of(db)

    def _rows(self, sql: str, params) -> list[dict]:
        try:
            rows = dict_rows(self.db.execute(sql, params))
        except Exception as exc:  # reported calmly by the UI, never a crash
            raise classify(exc) from exc
        return self.sealer.open_rows(self.table, rows)

    def _get_row(self, record_id: str) -> dict | None:
        rows = self._rows(f"SELECT * FROM {self.table} WHERE id = ?", [record_id])
        return rows[0] if rows else None

    def _write(self, record_id: str, author_id: str, private: bool, text: dict, sql_for):
        """Write one row with its text sealed when it is "only me" and the author has a
        passphrase. ``sql_for(stored)`` gives (sql, params) for the text as stored.

        Raises:
            PersonLockedError: the author is locked; nothing was written.
        """
        write = self.sealer.prepare(self.table, record_id, author_id, private, text)
        with transaction(self.db):
            self.db.execute(*sql_for(write.values))
            self.sealer.sealing_in(self.table, write)
        self.sealer.written(self.table, record_id, author_id, write)

    def set_deleted(self, record_id: str, deleted: bool) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.execute(
                f"UPDATE {self.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [now if deleted else None, now, record_id],
            )

    def _visible(self, person_id: str) -> str:
        return f"{_VISIBLE} AND {self.sealer.visible_clause(person_id, 't.')}"

    def _visible_rows(self, person_id: str) -> list[dict]:
        sql = (
            f"SELECT t.* FROM {self.table} t WHERE {self._visible(person_id)} ORDER BY {self.order}"
        )
        return self._rows(sql, {"person": person_id})

    def _search_rows(self, person_id: str, text: str, limit: int) -> list[dict]:
        query = to_fts_query(text)
        if query is None:
            return []
        params: dict[str, object] = {"q": query, "person": person_id, "limit": limit}
        # Sealed rows have empty text in the file; the unlocked author's words are in
        # memory. Their matches join the file's, in the same order.
        index = self.sealer.keyring.index(person_id)
        sealed = index.matching_ids(self.table, query) if index is not None else []
        also = ""
        if sealed:
            params |= {f"s{i}": record_id for i, record_id in enumerate(sealed)}
            also = " OR t.id IN (" + ", ".join(f":s{i}" for i in range(len(sealed))) + ")"
        sql = (
            f"SELECT t.* FROM {self.table} t WHERE (t.rowid IN (SELECT rowid FROM "
            f"{self.table}_fts WHERE {self.table}_fts MATCH :q){also}) "
            f"AND {self._visible(person_id)} ORDER BY {self.order} LIMIT :limit"
        )
        return self._rows(sql, params)


class QuestionRepo(_SearchableRepo):
    """Reads and writes the ``question`` table (and through triggers, ``question_fts``)."""

    table = "question"
    # Open questions first (the ones a person needs before a visit), newest first within.
    order = "t.status = 'asked', t.created_at DESC, t.id"

    def get(self, question_id: str) -> Question | None:
        row = self._get_row(question_id)
        return question_from_row(row) if row else None

    def insert(self, draft: QuestionDraft) -> Question:
        now = utc_now()
        qid = new_id()
        text = {"text": draft.text, "for_whom": draft.for_whom, "answer": ""}
        self._write(
            qid,
            draft.author_id,
            draft.visibility == Visibility.PRIVATE,
            text,
            lambda stored: (
                "INSERT INTO question (id, author_id, text, for_whom, answer, visibility, "
                "status, created_at, updated_at, sealed) "
                "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
                [
                    qid,
                    draft.author_id,
                    stored["text"],
                    stored["for_whom"],
                    stored["answer"],
                    str(draft.visibility),
                    now,
                    now,
                    stored["sealed"],
                ],
            ),
        )
        return self.get(qid)

    def update(self, question: Question) -> Question:
        text = {"text": question.text, "for_whom": question.for_whom, "answer": question.answer}
        self._write(
            question.id,
            question.author_id,
            question.visibility == Visibility.PRIVATE,
            text,
            lambda stored: (
                "UPDATE question SET text = ?, for_whom = ?, answer = ?, visibility = ?, "
                "status = ?, answered_on = ?, updated_at = ?, sealed = ? WHERE id = ?",
                [
                    stored["text"],
                    stored["for_whom"],
                    stored["answer"],
                    str(question.visibility),
                    str(question.status),
                    question.answered_on.isoformat() if question.answered_on else None,
                    utc_now(),
                    stored["sealed"],
                    question.id,
                ],
            ),
        )
        return self.get(question.id)

    def visible(self, person_id: str) -> list[Question]:
        return [question_from_row(r) for r in self._visible_rows(person_id)]

    def search(self, person_id: str, text: str, *, limit: int = 50) -> list[Question]:
        return [question_from_row(r) for r in self._search_rows(person_id, text, limit)]


class AdviceRepo(_SearchableRepo):
    """Reads and writes the ``advice`` table (and through triggers, ``advice_fts``)."""

    table = "advice"
    order = "t.day DESC, t.created_at DESC, t.id"

    def get(self, advice_id: str) -> Advice | None:
        row = self._get_row(advice_id)
        return advice_from_row(row) if row else None

    def insert(self, draft: AdviceDraft) -> Advice:
        aid = new_id()
        advice = Advice(
            id=aid,
            author_id=draft.author_id,
            advice=draft.advice,
            source=draft.source,
            day=draft.day,
            theme=draft.theme,
            stance=draft.stance,
            stance_note=draft.stance_note,
            visibility=draft.visibility,
        )
        now = utc_now()
        self._save(
            advice,
            lambda stored: (
                "INSERT INTO advice (advice, source, theme, stance_note, sealed, day, stance, "
                "visibility, question_id, id, author_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*self._values(advice, stored), advice.author_id, now, now],
            ),
        )
        return self.get(aid)

    @staticmethod
    def _values(advice: Advice, stored: dict) -> list:
        """The text as stored (maybe sealed), the readable columns, then the id."""
        return [
            stored["advice"],
            stored["source"],
            stored["theme"],
            stored["stance_note"],
            stored["sealed"],
            (advice.day or date.today()).isoformat(),
            str(advice.stance),
            str(advice.visibility),
            advice.question_id,
            advice.id,
        ]

    def _save(self, advice: Advice, sql_for) -> None:
        text = {
            "advice": advice.advice,
            "source": advice.source,
            "theme": advice.theme,
            "stance_note": advice.stance_note,
        }
        private = advice.visibility == Visibility.PRIVATE
        self._write(advice.id, advice.author_id, private, text, sql_for)

    def update(self, advice: Advice) -> Advice:
        self._save(
            advice,
            lambda stored: (
                "UPDATE advice SET advice = ?, source = ?, theme = ?, stance_note = ?, "
                "sealed = ?, day = ?, stance = ?, visibility = ?, question_id = ?, "
                "updated_at = ? WHERE id = ?",
                [*self._values(advice, stored)[:-1], utc_now(), advice.id],
            ),
        )
        return self.get(advice.id)

    def visible(self, person_id: str) -> list[Advice]:
        return [advice_from_row(r) for r in self._visible_rows(person_id)]

    def search(self, person_id: str, text: str, *, limit: int = 50) -> list[Advice]:
        return [advice_from_row(r) for r in self._search_rows(person_id, text, limit)]


def entries_between(
    db: Database,
    person_id: str,
    first: date | None,
    last: date | None,
    sealer: Sealer | None = None,
) -> list[Entry]:
    """Journal entries ``person_id`` may see from ``first`` to ``last`` (inclusive), oldest
    first. Either end may be open. Privacy is the same rule as the timeline's; entries
    sealed with a personal passphrase are left out unless ``sealer`` has them unlocked."""
    sealer = sealer if sealer is not None else Sealer.of(db)
    where = [
        "e.deleted_at IS NULL AND (e.visibility = 'shared' OR e.author_id = :person)",
        sealer.visible_clause(person_id, "e."),
    ]
    params: dict[str, object] = {"person": person_id}
    if first:
        where.append("e.day >= :first")
        params["first"] = first.isoformat()
    if last:
        where.append("e.day <= :last")
        params["last"] = last.isoformat()
    sql = f"SELECT e.* FROM entry e WHERE {' AND '.join(where)} ORDER BY e.day, e.created_at"
    try:
        rows = sealer.open_rows("entry", dict_rows(db.execute(sql, params)))
    except Exception as exc:
        raise classify(exc) from exc
    return [entry_from_row(r) for r in rows]
