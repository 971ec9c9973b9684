"""Noting advice: what was advised, by whom, when, and what the household makes of it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import Visibility
from parentjournal.core.visits import Advice, AdviceDraft, Stance
from parentjournal.ui.context import AppContext
from parentjournal.ui.visit.question_dialog import from_qdate, to_qdate
from parentjournal.ui.visit.words import (
    chosen_key,
    fill_choice_box,
    source_choices,
    stance_choices,
)


class AdviceDialog(QDialog):
    """New advice or an edit of one's own. The stance is the household's, in its own words."""

    def __init__(
        self, ctx: AppContext, advice: Advice | None = None, themes: list[str] = (), parent=None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.advice = advice
        self.saved: Advice | None = None
        self.setObjectName("AdviceDialog")
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("advice_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(110)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text)
        form.addRow(self.text_label, self.text)

        self.source = QComboBox(self)
        self.source.setObjectName("advice_source")
        self.source.setEditable(True)
        self.source_label = QLabel(self)
        self.source_label.setBuddy(self.source)
        form.addRow(self.source_label, self.source)

        self.day = QDateEdit(self)
        self.day.setObjectName("advice_day")
        self.day.setCalendarPopup(True)
        self.day_label = QLabel(self)
        self.day_label.setBuddy(self.day)
        form.addRow(self.day_label, self.day)

        self.theme = QComboBox(self)
        self.theme.setObjectName("advice_theme")
        self.theme.setEditable(True)
        self.theme.addItem("")
        self.theme.addItems([t for t in themes if t])
        self.theme_label = QLabel(self)
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.theme_label, self.theme)

        self.stance_label = QLabel(self)
        stance_row = QHBoxLayout()
        self.stance_group = QButtonGroup(self)
        self.stance_buttons: dict[Stance, QRadioButton] = {}
        for stance, _label in stance_choices():
            button = QRadioButton(self)
            button.setObjectName(f"advice_stance_{stance or 'none'}")
            self.stance_group.addButton(button)
            self.stance_buttons[stance] = button
            stance_row.addWidget(button)
        stance_row.addStretch(1)
        form.addRow(self.stance_label, stance_row)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("advice_note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.note.setMaximumHeight(90)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)

        self.share = QCheckBox(self)
        self.share.setObjectName("advice_share")
        form.addRow("", self.share)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

        current = advice or Advice("", ctx.person_id, "", day=date.today())
        self.text.setPlainText(current.advice)
        fill_choice_box(self.source, source_choices(), current.source)
        self.day.setDate(to_qdate(current.day or date.today()))
        self.theme.setEditText(current.theme)
        self.stance_buttons[current.stance].setChecked(True)
        self.note.setPlainText(current.stance_note)
        visibility = ctx.person.default_visibility if advice is None else advice.visibility
        self.share.setChecked(visibility is Visibility.SHARED)
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Advice"))
        self.text_label.setText(self.tr("&What was advised?"))
        self.text.setAccessibleName(self.tr("The advice"))
        self.source_label.setText(self.tr("Who or where &from?"))
        self.source.setAccessibleName(self.tr("Where the advice came from"))
        self.source.lineEdit().setPlaceholderText(self.tr("e.g. the midwife, a book, my mother"))
        self.day_label.setText(self.tr("Whe&n?"))
        self.day.setAccessibleName(self.tr("Day of the advice"))
        self.theme_label.setText(self.tr("&About"))
        self.theme.setAccessibleName(self.tr("Theme, so advice on the same subject stays together"))
        self.theme.lineEdit().setPlaceholderText(self.tr("e.g. sleep, feeding"))
        self.stance_label.setText(self.tr("What do you think?"))
        for stance, label in stance_choices():
            self.stance_buttons[stance].setText(label)
            self.stance_buttons[stance].setAccessibleName(label)
        self.note_label.setText(self.tr("In your own w&ords"))
        self.note.setAccessibleName(self.tr("What you think of it, in your own words"))
        self.share.setText(self.tr("S&hare with the household"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def stance(self) -> Stance:
        return next((s for s, b in self.stance_buttons.items() if b.isChecked()), Stance.NONE)

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.problem.setText(self.tr("Could you write a few words about the advice first?"))
            self.problem.show()
            return
        draft = AdviceDraft(
            author_id=self.ctx.person_id,
            advice=text,
            day=from_qdate(self.day.date()),
            source=chosen_key(self.source),
            theme=self.theme.currentText(),
            stance=self.stance(),
            stance_note=self.note.toPlainText(),
            visibility=Visibility.SHARED if self.share.isChecked() else Visibility.PRIVATE,
        )
        service = self.ctx.journal.advice
        try:
            if self.advice is None:
                result = self.ctx.run(lambda: service.add(draft))
            else:
                result = self.ctx.run(lambda: service.edit(self.advice.id, draft))
        except (ValueError, NotAllowedError, KeyError):
            self.problem.setText(self.tr("This could not be saved. Your text stays here."))
            self.problem.show()
            return
        if result is None:
            return
        self.saved = result[0]
        self.accept()
