"""Questions and the advice log in a real SQLite file: privacy, status, search, doubts."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import Visibility
from parentjournal.core.visits import AdviceDraft, QuestionDraft, QuestionStatus, Stance
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths


def ask(journal, person, text, visibility=Visibility.SHARED, for_whom="midwife"):
    question, _changes = journal.questions.add(
        QuestionDraft(person.id, text, for_whom=for_whom, visibility=visibility)
    )
    return question


def advise(journal, person, text, stance=Stance.DOUBT, visibility=Visibility.SHARED, **kw):
    advice, _changes = journal.advice.add(
        AdviceDraft(person.id, text, date(2026, 3, 1), stance=stance, visibility=visibility, **kw)
    )
    return advice


def test_a_question_is_open_until_asked_and_keeps_its_answer(couple):
    journal, sara, tom = couple
    question = ask(journal, sara, "Hoeveel mag ze drinken 's nachts?")
    assert [q.text for q in journal.questions.open_questions(tom.id)] == [question.text]
    # Tom went to the visit and writes down the answer to the shared question.
    asked, changes = journal.questions.mark_asked(
        question.id, tom.id, "Zoveel als ze wil.", on=date(2026, 3, 5)
    )
    assert changes.kind == "question"
    assert asked.status is QuestionStatus.ASKED
    assert journal.questions.open_questions(sara.id) == []
    kept = journal.questions.visible(sara.id)
    assert [(q.answer, q.answered_on) for q in kept] == [("Zoveel als ze wil.", date(2026, 3, 5))]
    journal.questions.reopen(question.id, sara.id)
    assert [q.answer for q in journal.questions.open_questions(sara.id)] == ["Zoveel als ze wil."]


def test_a_partners_private_question_is_never_seen_or_found(couple):
    journal, sara, tom = couple
    ask(journal, sara, "Is mijn vermoeidheid iets om over te praten?", Visibility.PRIVATE)
    ask(journal, sara, "Wanneer mag het bad weer?")
    assert [q.text for q in journal.questions.visible(tom.id)] == ["Wanneer mag het bad weer?"]
    assert journal.questions.search(tom.id, "vermoeidheid") == []
    assert len(journal.questions.search(sara.id, "vermoeidheid")) == 1
    private = journal.questions.visible(sara.id)[-1]
    with pytest.raises(NotAllowedError):
        journal.questions.mark_asked(private.id, tom.id, "geraden")


def test_answers_are_searchable_without_accents(couple):
    journal, sara, _tom = couple
    question = ask(journal, sara, "Mag ze naar de crèche met koorts?")
    journal.questions.mark_asked(question.id, sara.id, "Beter thuis, zei de pediater.")
    assert [q.id for q in journal.questions.search(sara.id, "creche")] == [question.id]
    assert [q.id for q in journal.questions.search(sara.id, "pediater")] == [question.id]
    assert journal.questions.search(sara.id, '"') == []


def test_only_the_asker_edits_and_deleted_questions_can_come_back(couple):
    journal, sara, tom = couple
    question = ask(journal, sara, "Vitamine D?")
    with pytest.raises(NotAllowedError):
        journal.questions.edit(question.id, QuestionDraft(tom.id, "iets anders"))
    with pytest.raises(ValueError):
        journal.questions.add(QuestionDraft(sara.id, "   "))
    journal.questions.delete(question.id, sara.id)
    assert journal.questions.visible(sara.id) == []
    journal.questions.restore(question.id, sara.id)
    assert [q.text for q in journal.questions.visible(sara.id)] == ["Vitamine D?"]


def test_open_questions_for_one_provider_include_the_unaddressed_ones(couple):
    journal, sara, _tom = couple
    ask(journal, sara, "Voor de vroedvrouw", for_whom="midwife")
    ask(journal, sara, "Voor de huisarts", for_whom="gp")
    ask(journal, sara, "Voor wie dan ook", for_whom="")
    texts = {q.text for q in journal.questions.open_questions(sara.id, "midwife")}
    assert texts == {"Voor de vroedvrouw", "Voor wie dan ook"}


def test_advice_on_one_theme_is_read_together_and_a_doubt_becomes_a_question(couple):
    journal, sara, tom = couple
    first = advise(
        journal,
        sara,
        "Laat haar in haar eigen bedje slapen",
        theme="sleep",
        source="family",
        stance=Stance.DOUBT,
    )
    advise(
        journal,
        tom,
        "Samen slapen mag als het veilig is",
        theme="sleep",
        source="midwife",
        stance=Stance.FITS_US,
        stance_note="Dit voelt goed voor ons",
    )
    advise(journal, tom, "Fruitpap vanaf vier maanden", theme="feeding", stance=Stance.NONE)
    groups = journal.advice.by_theme(sara.id)
    assert sorted(a.source for a in groups["sleep"]) == ["family", "midwife"]
    assert [a.id for a in journal.advice.open_doubts(tom.id)] == [first.id]

    question, changes = journal.advice.ask_about(first.id, tom.id, "Eigen bedje of bij ons?")
    assert changes.kind == "question"
    assert question.visibility is Visibility.SHARED
    assert [q.text for q in journal.questions.open_questions(sara.id)] == [
        "Eigen bedje of bij ons?"
    ]
    assert journal.advice.open_doubts(sara.id) == []


def test_a_private_doubt_becomes_a_private_question(couple):
    journal, sara, tom = couple
    doubt = advise(journal, sara, "Niet te veel dragen", visibility=Visibility.PRIVATE)
    assert journal.advice.visible(tom.id) == []
    assert journal.advice.search(tom.id, "dragen") == []
    question, _ = journal.advice.ask_about(doubt.id, sara.id, "Mag ik haar veel dragen?")
    assert question.visibility is Visibility.PRIVATE
    assert journal.questions.visible(tom.id) == []


def test_questions_and_advice_survive_reopening(data_dir, couple):
    journal, sara, _tom = couple
    ask(journal, sara, "Blijft dit bewaard? 🌙")
    advise(journal, sara, "Één dag tegelijk", stance_note="past bij ons")
    journal.close()
    again = Journal.open(JournalPaths(data_dir))
    try:
        assert [q.text for q in again.questions.visible(sara.id)] == ["Blijft dit bewaard? 🌙"]
        assert [a.advice for a in again.advice.visible(sara.id)] == ["Één dag tegelijk"]
    finally:
        again.close()
