"""Doing something once a window has been painted for the first time.

Work that the first screen does not need (the journal's file check, the daily backup) waits
for this: on a computer with two cores, a thread reading a large file beside the window
still slows the window's first paint, and the person is waiting for that paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, say) must not hold the work back for
# ever; after this long it is done anyway.
PATIENCE_MS = 3000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None], patience_ms: int):
        super().__init__(window)  # gone with the window: nothing is called after that
        self._window = window
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(patience_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # The window's own paint comes first, its children's right after, in the same
            # turn of the event loop: call once that turn is over.
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._then()


def after_first_paint(
    window: QWidget, then: Callable[[], None], patience_ms: int = PATIENCE_MS
) -> None:
    """Call ``then`` once, on this thread, just after ``window`` is first painted (or after
    ``patience_ms`` if it is not painted by then). Not at all if the window is deleted first."""
    _FirstPaint(window, then, patience_ms)
