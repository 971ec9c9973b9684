"""The prompt card: one optional question at a time, on the journal screen.

"Another question", "not for me" (hidden for this person, with undo) and "write about this".
No prompt of the day, no count of answered prompts, nothing overdue: the card simply offers
a question when it is opened and steps aside when prompts are off or none are left.
"""

from __future__ import annotations

import random
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.model import EntryDraft, Person
from parentjournal.core.reflection import Prompt
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.text_size import set_relative_font

# How many recently offered prompts "another question" avoids repeating.
RECENT = 40


class PromptCard(QFrame):
    """Offers one reflection prompt to the current person.

    Signals:
        write_requested(Prompt): the person chose "write about this"; the journal screen
            starts a new entry linked to the prompt (see :func:`draft_for`).
    """

    write_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rng=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rng = rng or random.Random()
        self._recent: dict[str, list[str]] = {}
        self._prompt: Prompt | None = None
        self._hidden_id: str | None = None
        self.setObjectName("prompt_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A soft, system-coloured background so the card reads as an offer, not a task.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        # The size policy stays the default Preferred, not Maximum: the card's height follows
        # its width (the question and the buttons wrap), and a cap at the one-line height
        # would cut the wrapped lines off. (Not set explicitly: QSizePolicy is a large class
        # for PySide to build on the way to the first window.)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        self.kicker = QLabel(self)
        self.kicker.setObjectName("prompt_kicker")
        self.kicker.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.question = QLabel(self)
        self.question.setObjectName("prompt_text")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_relative_font(self.question, 1.25)
        layout.addWidget(self.kicker)
        layout.addWidget(self.question)

        # The buttons wrap onto a second line in a narrow window rather than being cut off.
        buttons = FlowLayout(spacing=10)
        self.write_button = QPushButton(self)
        self.write_button.setObjectName("prompt_write")
        self.another_button = QPushButton(self)
        self.another_button.setObjectName("prompt_another")
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("prompt_not_for_me")
        for button in (self.write_button, self.another_button, self.hide_button):
            button.setMinimumHeight(36)
            button.setAutoDefault(False)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.hide_button)
        layout.addLayout(buttons)

        # Shown after "not for me": the prompt is gone, and one click brings it back.
        self.hidden_row = QWidget(self)
        hidden_layout = QHBoxLayout(self.hidden_row)
        hidden_layout.setContentsMargins(0, 0, 0, 0)
        self.hidden_label = QLabel(self.hidden_row)
        self.hidden_label.setWordWrap(True)
        self.undo_button = QPushButton(self.hidden_row)
        self.undo_button.setObjectName("prompt_undo")
        self.undo_button.setMinimumHeight(32)
        hidden_layout.addWidget(self.hidden_label, 1)
        hidden_layout.addWidget(self.undo_button)
        self.hidden_row.hide()
        layout.addWidget(self.hidden_row)

        self.write_button.clicked.connect(self._write)
        self.another_button.clicked.connect(self.another)
        self.hide_button.clicked.connect(self.not_for_me)
        self.undo_button.clicked.connect(self.undo_hide)
        ctx.person_changed.connect(lambda _pid: self._person_changed())
        ctx.changed.connect(self._on_changed)
        ctx.language_changed.connect(lambda _lang: self._language_changed())
        self.retranslate()
        self.another()

    # What is shown --------------------------------------------------------------------
    @property
    def prompt(self) -> Prompt | None:
        """The prompt on offer now (None when the card is hidden)."""
        return self._prompt

    def _language(self) -> str:
        translations = self.ctx.translations
        return translations.language if translations is not None else "nl"

    def _show(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        if prompt is None:
            # Prompts off or none left: step aside without a word (a gap is not a gap).
            self.question.clear()
            self.setVisible(self._hidden_id is not None)
            self._set_offer_visible(False)
            return
        self.question.setText(prompt.text)
        self.question.setAccessibleName(prompt.text)
        self._set_offer_visible(True)
        self.setVisible(True)

    def _set_offer_visible(self, visible: bool) -> None:
        for widget in (self.kicker, self.question, self.write_button, self.another_button):
            widget.setVisible(visible)
        self.hide_button.setVisible(visible)

    def another(self) -> None:
        """Offer a different prompt ("andere vraag")."""
        person = self.ctx.person_id
        recent = self._recent.setdefault(person, [])
        prompt = self.ctx.journal.reflection.next_prompt(
            person, self._language(), recent=recent, rng=self._rng
        )
        if prompt is not None:
            recent.append(prompt.id)
            del recent[:-RECENT]
        self._show(prompt)

    def not_for_me(self) -> None:
        """Hide this prompt for the current person, with a way to undo it right here."""
        if self._prompt is None:
            return
        prompt_id = self._prompt.id
        person = self.ctx.person_id
        if self.ctx.run(lambda: self.ctx.journal.reflection.hide(person, prompt_id)) is None:
            return
        self._hidden_id = prompt_id
        self.hidden_row.show()
        self.another()
        self.undo_button.setFocus()

    def undo_hide(self) -> None:
        """Bring back the prompt that was just hidden, and offer it again."""
        prompt_id, person = self._hidden_id, self.ctx.person_id
        if prompt_id is None:
            return
        if self.ctx.run(lambda: self.ctx.journal.reflection.unhide(person, prompt_id)) is None:
            return
        self._clear_hidden_notice()
        self._show(self.ctx.journal.reflection.prompt(prompt_id, self._language()))
        self.write_button.setFocus()

    def _clear_hidden_notice(self) -> None:
        self._hidden_id = None
        self.hidden_row.hide()

    def _write(self) -> None:
        if self._prompt is not None:
            self.write_requested.emit(self._prompt)

    # Keeping up -----------------------------------------------------------------------
    def _person_changed(self) -> None:
        self._clear_hidden_notice()
        self.another()

    def _on_changed(self, changes) -> None:
        # Phase changed, prompts switched off/on or a prompt brought back in settings.
        if changes.kind not in ("reflection", "setting"):
            return
        current = self._prompt
        if current is None or not self.ctx.journal.reflection.still_offered(
            self.ctx.person_id, current
        ):
            self.another()

    def _language_changed(self) -> None:
        self.retranslate()
        if self._prompt is not None:
            self._show(self.ctx.journal.reflection.prompt(self._prompt.id, self._language()))

    def retranslate(self) -> None:
        self.kicker.setText(self.tr("A question, if you like"))
        self.write_button.setText(self.tr("&Write about this"))
        self.write_button.setAccessibleName(self.tr("Write about this question"))
        self.another_button.setText(self.tr("An&other question"))
        self.another_button.setAccessibleName(self.tr("Another question"))
        self.hide_button.setText(self.tr("Not for &me"))
        self.hide_button.setAccessibleName(self.tr("Not for me: hide this question"))
        self.hide_button.setToolTip(
            self.tr("This question will not come back. You can bring it back in the settings.")
        )
        self.hidden_label.setText(self.tr("That question will not come back."))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: bring the question back"))
        self.setAccessibleName(self.tr("A question to write about, if you like"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def draft_for(prompt: Prompt, person: Person, day: date) -> EntryDraft:
    """A new entry that answers ``prompt``: linked by id, the question as its title.

    Visibility follows the writer's own default, as for any new entry.
    """
    return EntryDraft(
        author_id=person.id,
        day=day,
        title=prompt.text,
        prompt_id=prompt.id,
        visibility=person.default_visibility,
    )
