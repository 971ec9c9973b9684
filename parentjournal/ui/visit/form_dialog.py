"""What the question and advice dialogs share: a form of labelled fields, a calm line for a
problem, and Save / Close underneath (closing keeps what was typed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui.context import AppContext
from parentjournal.ui.keep_on_close import KeepOnClose


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class VisitFormDialog(KeepOnClose, QDialog):
    """A dialog whose subclass adds rows to :attr:`form`, then calls :meth:`finish_form`.

    Save calls the subclass's ``save()``; Close (or Escape, or the window's close button)
    saves too when words were typed or changed (:class:`KeepOnClose`), else just closes.
    The buttons are made last, so the Tab order follows the rows from top to bottom.
    """

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, *, object_name: str, min_width: int
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(object_name)
        self.setMinimumWidth(min_width)
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(12)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)

    def labelled(self, widget: QWidget) -> QLabel:
        """Add ``widget`` as a row with a label of its own (text set in retranslate)."""
        label = QLabel(self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def text_row(
        self, name: str, *, min_height: int, max_height: int
    ) -> tuple[QPlainTextEdit, QLabel]:
        """A few lines of text in a row; Tab moves on instead of typing a tab."""
        field = QPlainTextEdit(self)
        field.setObjectName(name)
        field.setTabChangesFocus(True)
        field.setMinimumHeight(min_height)
        field.setMaximumHeight(max_height)
        return field, self.labelled(field)

    def choice_row(self, name: str) -> tuple[QComboBox, QLabel]:
        """A list of suggestions in a row that also takes one's own words."""
        field = QComboBox(self)
        field.setObjectName(name)
        field.setEditable(True)
        return field, self.labelled(field)

    def finish_form(self, problem_name: str = "") -> None:
        """Put the form, the (hidden) problem line and Save / Cancel in the dialog."""
        self.problem = QLabel(self)
        if problem_name:
            self.problem.setObjectName(problem_name)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.outer.addLayout(self.form)
        self.outer.addWidget(self.problem)
        self.outer.addWidget(self.buttons)

    def retranslate_buttons(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("VisitFormDialog", "&Save"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(QCoreApplication.translate("VisitFormDialog", "Close"))
        close.setToolTip(QCoreApplication.translate("VisitFormDialog", "What you typed is kept."))

    def words_typed(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def keep(self) -> None:
        self.save()

    def say(self, text: str) -> None:
        """Show a calm sentence above the buttons (the dialog stays open, nothing is lost)."""
        self.problem.setText(text)
        self.problem.show()

    def save(self) -> None:
        raise NotImplementedError
