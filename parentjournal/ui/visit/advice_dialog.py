"""Noting advice: what was advised, by whom, when, and what the household makes of it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
)

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import Visibility
from parentjournal.core.visits import Advice, AdviceDraft, Stance
from parentjournal.ui.context import AppContext
from parentjournal.ui.visit.form_dialog import VisitFormDialog, from_qdate, to_qdate
from parentjournal.ui.visit.words import (
    chosen_key,
    fill_choice_box,
    source_choices,
    stance_choices,
)


class AdviceDialog(VisitFormDialog):
    """New advice or an edit of one's own. The stance is the household's, in its own words."""

    def __init__(
        self, ctx: AppContext, advice: Advice | None = None, themes: list[str] = (), parent=None
    ):
        super().__init__(ctx, parent, object_name="AdviceDialog", min_width=560)
        self.advice = advice
        self.saved: Advice | None = None
        form = self.form
        self.text, self.text_label = self.text_row("advice_text", min_height=70, max_height=110)
        self.source, self.source_label = self.choice_row("advice_source")
        self.day = QDateEdit(self)
        self.day.setObjectName("advice_day")
        self.day.setCalendarPopup(True)
        self.day_label = self.labelled(self.day)
        self.theme, self.theme_label = self.choice_row("advice_theme")
        self.theme.addItem("")
        self.theme.addItems([t for t in themes if t])

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

        self.note, self.note_label = self.text_row("advice_note", min_height=60, max_height=90)

        self.share = QCheckBox(self)
        self.share.setObjectName("advice_share")
        form.addRow("", self.share)

        self.finish_form()
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
        self.retranslate_buttons()

    def stance(self) -> Stance:
        return next((s for s, b in self.stance_buttons.items() if b.isChecked()), Stance.NONE)

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.say(self.tr("Could you write a few words about the advice first?"))
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
            self.say(self.tr("This could not be saved. Your text stays here."))
            return
        if result is None:
            return
        self.saved = result[0]
        self.accept()
