"""Retranslating a screen or view only when it is on screen.

A language switch reaches every widget, also views that are hidden (another tab) or whose
window was closed. Those only note that their words are stale and catch up when shown,
so a switch costs nothing for what nobody sees and never touches a journal that is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent


class RetranslateWhenShown:
    """Mixin for QWidget subclasses with a ``retranslate()`` method."""

    _words_stale = False
    _data_stale = False

    def refresh_when_shown(self) -> None:
        """Reload now if on screen, else when next shown (for views with costly reads)."""
        if self.isVisible():
            self.reload()
        else:
            self._data_stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate()
            else:
                self._words_stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._words_stale:
            self._words_stale = False
            self._data_stale = False
            self.retranslate()
        elif self._data_stale:
            self._data_stale = False
            self.reload()
        super().showEvent(event)
