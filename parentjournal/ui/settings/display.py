"""Settings: language and text size, both remembered on this computer (not in the journal).

A language switch takes effect at once: every screen retranslates itself on Qt's
LanguageChange event, so nothing that is being typed anywhere is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from parentjournal.i18n import resolve_language
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_number
from parentjournal.ui.settings.groups import GroupWidget
from parentjournal.ui.text_size import STEPS, TextSize, nearest_step

LANGUAGE_CHOICES = ("system", "nl", "en")


def apply_language(ctx: AppContext, choice: str) -> str:
    """Remember ``choice`` ("system", "nl", "en"), switch to it now; returns the language."""
    ctx.prefs.set_language(choice)
    language = resolve_language(choice)
    if ctx.translations is not None:
        ctx.translations.install(language)
    ctx.language_changed.emit(language)
    return language


class DisplaySettings(GroupWidget):
    """Language of the window and size of all text."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("DisplaySettings")
        self.text_size = TextSize(ctx.prefs)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(12)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for choice in LANGUAGE_CHOICES:
            self.language.addItem("", choice)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)

        size_row = QHBoxLayout()
        size_row.setSpacing(8)
        self.size = QComboBox(self)
        self.size.setObjectName("text_size")
        for step in STEPS:
            self.size.addItem("", step)
        self.smaller = QPushButton(self)
        self.smaller.setObjectName("text_smaller")
        self.larger = QPushButton(self)
        self.larger.setObjectName("text_larger")
        for button in (self.smaller, self.larger):
            button.setAutoDefault(False)
            button.setMinimumHeight(32)
        size_row.addWidget(self.size, 1)
        size_row.addWidget(self.smaller)
        size_row.addWidget(self.larger)
        self.size_label = QLabel(self)
        self.size_label.setBuddy(self.size)
        form.addRow(self.size_label, size_row)
        self.size_note = QLabel(self)
        self.size_note.setWordWrap(True)
        form.addRow(self.size_note)

        self.language.activated.connect(
            lambda i: apply_language(self.ctx, self.language.itemData(i))
        )
        self.size.activated.connect(lambda i: self.text_size.set_scale(self.size.itemData(i)))
        self.smaller.clicked.connect(self.text_size.smaller)
        self.larger.clicked.connect(self.text_size.larger)
        self._show()
        self.retranslate()

    def _show(self) -> None:
        choice = self.ctx.prefs.language()
        self.language.setCurrentIndex(max(self.language.findData(choice), 0))
        self.size.setCurrentIndex(nearest_step(self.text_size.scale))

    def changeEvent(self, event: QEvent) -> None:
        # The application font changes with Ctrl++ too; keep the choice shown in step.
        if event.type() == QEvent.Type.FontChange:
            self._show()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("Same as this computer"))
        # Each language is named in itself, so it can be found whatever is shown now.
        self.language.setItemText(1, "Nederlands")
        self.language.setItemText(2, "English")
        self.size_label.setText(self.tr("&Text size"))
        self.size.setAccessibleName(self.tr("Text size"))
        for index, step in enumerate(STEPS):
            percent = format_number(round(step * 100))
            self.size.setItemText(index, self.tr("{percent}%").format(percent=percent))
        self.smaller.setText(self.tr("Smaller"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+-)"))
        self.larger.setText(self.tr("Larger"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.size_note.setText(
            self.tr("Ctrl++ and Ctrl+- change the text size everywhere; Ctrl+0 goes back.")
        )
