"""The Dagboek's search field: Escape empties it, Down moves into the results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    """A line edit for searching; ``into_results`` moves the focus to the results if shown.

    Its own key handling rather than an event filter: a filter written in Python would see
    every event of the field (painting, resizing…), from the very first start-up.
    """

    def __init__(self, into_results: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._into_results = into_results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key == Qt.Key.Key_Down and self._into_results():
            return
        super().keyPressEvent(event)
