"""Export the journal (Ctrl+Shift+E): everything the current person may see, in a period, as
Markdown, HTML or PDF, to keep or to print. Another person's private writing is never in it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from parentjournal.core.visit_document import Document
from parentjournal.documents import journal_document
from parentjournal.ui.context import AppContext
from parentjournal.ui.visit.form_dialog import from_qdate, to_qdate
from parentjournal.ui.visit.saving import DocumentSaver

FORMATS = ("markdown", "html", "pdf")


class JournalExportDialog(QDialog):
    """Choose a period and a format, then a file."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("JournalExportDialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.everything = QCheckBox(self)
        self.everything.setObjectName("export_everything")
        form.addRow("", self.everything)
        self.first = QDateEdit(self)
        self.first.setObjectName("export_from")
        self.first.setCalendarPopup(True)
        self.first.setDate(to_qdate(date(date.today().year, 1, 1)))
        self.first_label = QLabel(self)
        self.first_label.setBuddy(self.first)
        self.last = QDateEdit(self)
        self.last.setObjectName("export_to")
        self.last.setCalendarPopup(True)
        self.last.setDate(to_qdate(date.today()))
        self.last_label = QLabel(self)
        self.last_label.setBuddy(self.last)
        form.addRow(self.first_label, self.first)
        form.addRow(self.last_label, self.last)

        self.format_label = QLabel(self)
        row = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt in FORMATS:
            button = QRadioButton(self)
            button.setObjectName(f"export_format_{fmt}")
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            row.addWidget(button)
        row.addStretch(1)
        self.format_buttons["markdown"].setChecked(True)
        form.addRow(self.format_label, row)
        layout.addLayout(form)

        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save = QPushButton(self)
        self.save.setObjectName("export_save")
        self.save.setDefault(True)
        self.close_button = QPushButton(self)
        for button in (self.save, self.close_button):
            button.setMinimumHeight(36)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.saver = DocumentSaver(self, self.document, journal=True)
        self.saver.done.connect(self.status.setText)
        self.save.clicked.connect(lambda: self.saver.ask_and_save(self.chosen_format()))
        self.close_button.clicked.connect(self.accept)
        self.everything.toggled.connect(self._period_enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the journal"))
        self.intro.setText(
            self.tr(
                "Everything you can see in the journal, to keep or to print. What someone "
                "else keeps only for themselves is never in it."
            )
        )
        self.everything.setText(self.tr("&Everything, from the very first page"))
        self.first_label.setText(self.tr("&From"))
        self.first.setAccessibleName(self.tr("From this day"))
        self.last_label.setText(self.tr("&Until"))
        self.last.setAccessibleName(self.tr("Until this day"))
        self.format_label.setText(self.tr("As"))
        for fmt, text in (
            ("markdown", self.tr("&Markdown")),
            ("html", self.tr("&Web page (HTML)")),
            ("pdf", self.tr("&PDF")),
        ):
            self.format_buttons[fmt].setText(text)
            self.format_buttons[fmt].setAccessibleName(text.replace("&", ""))
        self.save.setText(self.tr("&Save…"))
        self.save.setAccessibleName(self.tr("Save"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def _period_enabled(self, everything: bool) -> None:
        for widget in (self.first, self.last, self.first_label, self.last_label):
            widget.setEnabled(not everything)

    def chosen_format(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def document(self) -> Document:
        """The journal as the current person may see it, in the chosen period."""
        first = last = None
        if not self.everything.isChecked():
            first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
            if last < first:
                first, last = last, first
        language = self.ctx.translations.language if self.ctx.translations else "nl"
        return journal_document(
            self.ctx.journal, self.ctx.person_id, first, last, language=language
        )
