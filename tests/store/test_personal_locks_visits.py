"""Personal passphrases and the care-visit notes: a private question or piece of advice is
sealed at rest, absent while its author is locked, found again once unlocked, and never
seen by anyone else."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.model import Visibility
from parentjournal.core.visits import AdviceDraft, QuestionDraft, Stance
from parentjournal.store.errors import PersonLockedError
from parentjournal.store.record_io import read_records
from tests.store.sealed_helpers import PASS, leaks

pytestmark = pytest.mark.usefixtures("light_personal_keys")

WORD = "Wombatslaap"  # in no other text here
DAY = date(2026, 3, 4)


def _question(person, text=f"Is {WORD} normaal na drie weken?", **kw) -> QuestionDraft:
    return QuestionDraft(author_id=person.id, text=text, for_whom="vroedvrouw", **kw)


def _advice(person, advice=f"Probeer {WORD} overdag", **kw) -> AdviceDraft:
    fields = {"source": "schoonmoeder", "theme": "slaap", "stance": Stance.DOUBT} | kw
    return AdviceDraft(author_id=person.id, advice=advice, day=DAY, **fields)


def test_private_questions_and_advice_are_sealed_when_the_passphrase_is_set_and_edited(couple):
    journal, sara, _tom = couple
    question, _ = journal.questions.add(_question(sara))
    advice, _ = journal.advice.add(_advice(sara, stance_note=f"twijfel {WORD}"))
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert leaks(journal.paths, WORD)  # the check can see the word

    journal.personal_locks.set_passphrase(sara.id, PASS)
    assert leaks(journal.paths, WORD) == []
    journal.questions.mark_asked(question.id, sara.id, answer=f"Ja, {WORD} mag", on=DAY)
    journal.advice.edit(advice.id, _advice(sara, advice=f"Nooit {WORD} 's nachts"))
    assert leaks(journal.paths, WORD) == []

    [mine] = journal.questions.visible(sara.id)
    assert (mine.text, mine.for_whom, mine.answer) == (
        f"Is {WORD} normaal na drie weken?",
        "vroedvrouw",
        f"Ja, {WORD} mag",
    )
    [noted] = journal.advice.visible(sara.id)
    assert (noted.advice, noted.source, noted.theme, noted.stance) == (
        f"Nooit {WORD} 's nachts",
        "schoonmoeder",
        "slaap",
        Stance.DOUBT,
    )
    journal.close()
    assert leaks(journal.paths, WORD) == []


def test_while_locked_they_are_absent_and_after_unlocking_search_finds_them(couple):
    journal, sara, tom = couple
    shared_q, _ = journal.questions.add(
        _question(sara, text=f"Gedeelde vraag over {WORD}", visibility=Visibility.SHARED)
    )
    private_q, _ = journal.questions.add(_question(sara))
    private_a, _ = journal.advice.add(_advice(sara))
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)

    assert [q.id for q in journal.questions.visible(sara.id)] == [shared_q.id]
    assert [q.id for q in journal.questions.open_questions(sara.id, "vroedvrouw")] == [shared_q.id]
    assert [q.id for q in journal.questions.search(sara.id, WORD)] == [shared_q.id]
    assert journal.advice.visible(sara.id) == []
    assert journal.advice.search(sara.id, WORD) == []
    assert journal.advice.by_theme(sara.id) == {}

    journal.personal_locks.unlock(sara.id, PASS)
    assert {q.id for q in journal.questions.visible(sara.id)} == {shared_q.id, private_q.id}
    assert {q.id for q in journal.questions.search(sara.id, WORD.lower())} == {
        shared_q.id,
        private_q.id,
    }
    assert [a.id for a in journal.advice.search(sara.id, "overdag")] == [private_a.id]
    assert [a.id for a in journal.advice.open_doubts(sara.id)] == [private_a.id]
    # Her partner never sees them, locked or not.
    assert [q.id for q in journal.questions.visible(tom.id)] == [shared_q.id]
    assert [q.id for q in journal.questions.search(tom.id, WORD)] == [shared_q.id]
    assert journal.advice.visible(tom.id) == [] and journal.advice.search(tom.id, WORD) == []


def test_saving_while_locked_is_refused_and_writes_nothing(couple):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    question, _ = journal.questions.add(_question(sara, text="Eerst"))
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)

    with pytest.raises(PersonLockedError):
        journal.questions.add(_question(sara))
    with pytest.raises(PersonLockedError):
        journal.advice.add(_advice(sara))
    with pytest.raises(KeyError):  # a locked question cannot even be found to change
        journal.questions.edit(question.id, _question(sara))

    after = read_records(journal.db)
    assert after["question"] == before["question"] and after["advice"] == before["advice"]
    assert leaks(journal.paths, WORD) == []


def test_taking_the_lock_away_puts_the_words_back_where_search_finds_them(couple):
    journal, sara, _tom = couple
    question, _ = journal.questions.add(_question(sara))
    advice, _ = journal.advice.add(_advice(sara))
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.remove_passphrase(sara.id, PASS)

    stored = {r["id"]: r for r in read_records(journal.db)["question"]}
    assert stored[question.id]["sealed"] is None
    assert WORD in stored[question.id]["text"]
    # Found by the file's own index again (nobody is unlocked: there is no lock any more).
    assert [q.id for q in journal.questions.search(sara.id, WORD)] == [question.id]
    assert [a.id for a in journal.advice.search(sara.id, "overdag")] == [advice.id]


def test_sharing_a_private_question_unseals_it_and_making_it_private_seals_it(couple):
    journal, sara, tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    question, _ = journal.questions.add(_question(sara))
    assert leaks(journal.paths, WORD) == []

    journal.questions.edit(question.id, _question(sara, visibility=Visibility.SHARED))
    assert [q.text for q in journal.questions.visible(tom.id)] == [question.text]
    assert [q.id for q in journal.questions.search(tom.id, WORD)] == [question.id]

    journal.questions.edit(question.id, _question(sara, visibility=Visibility.PRIVATE))
    assert journal.questions.visible(tom.id) == []
    journal.close()
    assert leaks(journal.paths, WORD) == []
