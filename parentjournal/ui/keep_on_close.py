"""Closing a form keeps what was typed, as everywhere else in the app.

The question, advice and moment dialogs (and the task name field in Samen) save with a
button. A tired parent who then presses Escape, clicks the window's close button or
"Close" would lose their words; instead, what was typed is kept: the form saves itself on
the way out. Only when nothing was changed, or the main text is empty, does it simply close.
If keeping fails (a full disk), the form stays open with its calm line and the words.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def form_state(form: QWidget) -> tuple:
    """What a person has entered in ``form``: texts, choices, ticks and days, in order."""
    values: list[object] = []
    for field in form.findChildren(QWidget):
        if isinstance(field, QLineEdit) and not isinstance(field.parent(), QComboBox):
            values.append(field.text())
        elif isinstance(field, QPlainTextEdit):
            values.append(field.toPlainText())
        elif isinstance(field, QComboBox):
            values.append((field.currentIndex(), field.currentText()))
        elif isinstance(field, QDateEdit):
            values.append(field.date().toString("yyyy-MM-dd"))
        elif isinstance(field, QAbstractButton) and field.isCheckable():
            values.append(field.isChecked())
    return tuple(values)


class KeepOnClose:
    """Mixin for a QDialog whose ``keep()`` saves and accepts (or stays open to say why).

    The fields as first shown are remembered; closing without a change keeps nothing.
    """

    _opened_with: tuple | None = None
    _keeping = False

    def showEvent(self, event) -> None:
        if self._opened_with is None:
            self._opened_with = form_state(self)
        super().showEvent(event)

    def changed_since_opened(self) -> bool:
        return self._opened_with is not None and form_state(self) != self._opened_with

    def words_typed(self) -> bool:
        """True when the main text holds words worth keeping."""
        raise NotImplementedError

    def keep(self) -> None:
        """Save, and accept the dialog when saved (else stay open with a calm line)."""
        raise NotImplementedError

    def reject(self) -> None:
        if self._keeping or not (self.words_typed() and self.changed_since_opened()):
            super().reject()
            return
        self._keeping = True
        try:
            self.keep()
        finally:
            self._keeping = False
