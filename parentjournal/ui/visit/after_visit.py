"""After the visit: tick what was asked and note the answers, on the same screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.visit_document import VisitRequest
from parentjournal.core.visits import Question
from parentjournal.ui.context import AppContext
from parentjournal.ui.visit.form_dialog import from_qdate, to_qdate


class QuestionRow:
    """One open question: asked or not, and the answer in the household's words."""

    def __init__(self, parent: QWidget, layout: QVBoxLayout, question: Question, number: int):
        self.question = question
        self.label = QLabel(question.text, parent)
        self.label.setWordWrap(True)
        self.asked = QCheckBox(parent)
        self.asked.setObjectName(f"after_asked_{number}")
        self.answer = QLineEdit(parent)
        self.answer.setObjectName(f"after_answer_{number}")
        self.answer.setMaxLength(5000)
        self.answer.textChanged.connect(
            lambda text: self.asked.setChecked(True) if text.strip() else None
        )
        row = QHBoxLayout()
        row.addWidget(self.asked)
        row.addWidget(self.answer, 1)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.asked.setText(QCoreApplication.translate("AfterVisitPanel", "Asked"))
        self.asked.setAccessibleName(
            QCoreApplication.translate("AfterVisitPanel", "Asked: {question}").format(
                question=self.question.text[:80]
            )
        )
        self.answer.setPlaceholderText(
            QCoreApplication.translate("AfterVisitPanel", "The answer, if you like")
        )
        self.answer.setAccessibleName(
            QCoreApplication.translate("AfterVisitPanel", "Answer to: {question}").format(
                question=self.question.text[:80]
            )
        )


class AfterVisitPanel(QWidget):
    """Lists the open questions of the visit; saving marks the ticked ones as asked."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[QuestionRow] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.day = QDateEdit(self)
        self.day.setObjectName("after_day")
        self.day.setCalendarPopup(True)
        self.day.setDate(to_qdate(date.today()))
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        form.addRow(self.day_label, self.day)
        layout.addLayout(form)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.save = QPushButton(self)
        self.save.setObjectName("after_save")
        self.save.setMinimumHeight(36)
        self.save.clicked.connect(self.save_answers)
        self.saved = QLabel(self)
        self.saved.setObjectName("after_saved")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save)
        bottom.addWidget(self.saved, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Back from the visit? Tick what you asked and note the answer, if you like.")
        )
        self.day_label.setText(self.tr("&Visit on"))
        self.day.setAccessibleName(self.tr("Day of the visit"))
        self.empty.setText(self.tr("There are no open questions for this visit."))
        self.save.setText(self.tr("&Save answers"))
        self.save.setAccessibleName(self.tr("Save answers"))
        for row in self.rows:
            row.retranslate()

    def show_questions(self, request: VisitRequest) -> None:
        """Show the open questions for the visit (the viewer's own private ones included)."""
        questions = self.ctx.journal.questions.open_questions(request.viewer_id, request.for_whom)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(6)
        self.rows = [QuestionRow(body, column, q, n) for n, q in enumerate(questions)]
        column.addStretch(1)
        self.scroll.setWidget(body)
        self.scroll.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.save.setEnabled(bool(self.rows))
        self.retranslate()

    def save_answers(self) -> int:
        """Mark the ticked questions as asked, with their answers; returns how many."""
        day = from_qdate(self.day.date())
        journal = self.ctx.journal
        person = self.ctx.person_id
        saved = 0
        for row in [r for r in self.rows if r.asked.isChecked()]:
            question, answer = row.question, row.answer.text()
            if self.ctx.run(
                lambda q=question, a=answer: journal.questions.mark_asked(q.id, person, a, day)
            ):
                saved += 1
        if saved:
            self.saved.setText(self.tr("Kept %n answer(s).", "", saved))
        return saved
