"""Writing down a question for a care visit (Ctrl+K from anywhere), or its answer afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDateEdit

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import Visibility
from parentjournal.core.visits import Question, QuestionDraft
from parentjournal.ui.context import AppContext
from parentjournal.ui.visit.form_dialog import VisitFormDialog, from_qdate, to_qdate
from parentjournal.ui.visit.words import chosen_key, fill_choice_box, provider_choices


class QuestionDialog(VisitFormDialog):
    """A new question, or an existing one with its answer.

    The person who asked may change the words; anyone who may see the question may mark it
    asked and write down the answer (whoever went to the visit).
    """

    def __init__(self, ctx: AppContext, question: Question | None = None, parent=None):
        super().__init__(ctx, parent, object_name="QuestionDialog", min_width=520)
        self.question = question
        self.saved: Question | None = None
        own = question is None or question.author_id == ctx.person_id
        form = self.form
        self.text, self.text_label = self.text_row("question_text", min_height=70, max_height=110)
        self.text.setReadOnly(not own)
        self.for_whom, self.for_whom_label = self.choice_row("question_for_whom")
        self.for_whom.setEnabled(own)

        self.share = QCheckBox(self)
        self.share.setObjectName("question_share")
        self.share.setEnabled(own)
        form.addRow("", self.share)

        self.asked = QCheckBox(self)
        self.asked.setObjectName("question_asked")
        form.addRow("", self.asked)
        self.answer, self.answer_label = self.text_row(
            "question_answer", min_height=60, max_height=100
        )
        self.answered_on = QDateEdit(self)
        self.answered_on.setObjectName("question_answered_on")
        self.answered_on.setCalendarPopup(True)
        self.answered_on_label = self.labelled(self.answered_on)
        # A new question has no answer yet; the answer part appears once it exists.
        for widget in (self.asked, self.answer, self.answered_on):
            form.setRowVisible(widget, question is not None)

        self.finish_form("question_problem")
        self.retranslate()
        if question is None:
            self.share.setChecked(ctx.person.default_visibility is Visibility.SHARED)
            self.answered_on.setDate(to_qdate(date.today()))
        else:
            self.text.setPlainText(question.text)
            fill_choice_box(self.for_whom, provider_choices(), question.for_whom)
            self.share.setChecked(question.visibility is Visibility.SHARED)
            self.asked.setChecked(not question.is_open)
            self.answer.setPlainText(question.answer)
            self.answered_on.setDate(to_qdate(question.answered_on or date.today()))
        # Writing an answer means it was asked; tick it so the answer is never lost.
        self.answer.textChanged.connect(
            lambda: self.asked.setChecked(True) if self.answer.toPlainText().strip() else None
        )
        self.text.setFocus()

    def retranslate(self) -> None:
        editing = self.question is not None
        self.setWindowTitle(self.tr("Question") if editing else self.tr("A question for a visit"))
        self.text_label.setText(self.tr("&What would you like to ask?"))
        self.text.setAccessibleName(self.tr("Your question"))
        self.text.setPlaceholderText(self.tr("In your own words, one word is fine too"))
        self.for_whom_label.setText(self.tr("&For whom?"))
        self.for_whom.setAccessibleName(self.tr("Who is this question for?"))
        if self.for_whom.count() == 0:
            fill_choice_box(self.for_whom, provider_choices(), "")
        self.share.setText(self.tr("S&hare with the household"))
        self.asked.setText(self.tr("We &asked this"))
        self.answer_label.setText(self.tr("What was the a&nswer?"))
        self.answer.setAccessibleName(self.tr("The answer"))
        self.answered_on_label.setText(self.tr("&On"))
        self.answered_on.setAccessibleName(self.tr("Day of the answer"))
        self.retranslate_buttons()

    def save(self) -> None:
        """Save and close; an empty question keeps the dialog open with a calm word."""
        text = self.text.toPlainText()
        if not text.strip():
            self.say(self.tr("Could you write a few words first? One word is fine."))
            return
        person = self.ctx.person_id
        journal = self.ctx.journal
        draft = QuestionDraft(
            person,
            text,
            chosen_key(self.for_whom),
            Visibility.SHARED if self.share.isChecked() else Visibility.PRIVATE,
        )
        try:
            if self.question is None:
                result = self.ctx.run(lambda: journal.questions.add(draft))
            else:
                result = self._save_existing(draft)
        except (ValueError, NotAllowedError, KeyError):
            self.say(self.tr("This question could not be saved. Your text stays here."))
            return
        if result is None:  # a storage problem was reported; keep the text
            return
        self.saved = result[0]
        self.accept()

    def _save_existing(self, draft: QuestionDraft):
        journal = self.ctx.journal
        question = self.question
        person = self.ctx.person_id
        result = (question, None)
        if question.author_id == person and (
            draft.text.strip() != question.text
            or draft.for_whom != question.for_whom
            or draft.visibility is not question.visibility
        ):
            result = self.ctx.run(lambda: journal.questions.edit(question.id, draft))
            if result is None:
                return None
        answer = self.answer.toPlainText()
        day = from_qdate(self.answered_on.date())
        if self.asked.isChecked():
            if question.is_open or answer.strip() != question.answer or day != question.answered_on:
                result = self.ctx.run(
                    lambda: journal.questions.mark_asked(question.id, person, answer, day)
                )
        elif not question.is_open:
            result = self.ctx.run(lambda: journal.questions.reopen(question.id, person))
        return result
