"""Noticing that nobody has used the window for a while (the idle lock).

The choice is remembered per computer: it is about who can walk up to *this* screen, not
about the journal. Key presses and mouse use anywhere in the application count as use.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from parentjournal.ui.prefs import Prefs

# Minutes without use before the lock closes; 0 = never.
IDLE_CHOICES: tuple[int, ...] = (0, 5, 15, 30, 60)
# Fifteen minutes: long enough for a feed, a nappy or a cup of tea beside a half-written
# entry without finding it locked, short enough that a partner who sits down later in the
# evening does not find someone else's own items open.
DEFAULT_IDLE_MINUTES = 15
_PREF_KEY = "personal_lock/idle_minutes"

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes(prefs: Prefs) -> int:
    """The chosen idle time in minutes (0 = never lock by itself)."""
    try:
        value = int(prefs.value(_PREF_KEY, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return value if value in IDLE_CHOICES else DEFAULT_IDLE_MINUTES


def set_idle_minutes(prefs: Prefs, minutes: int) -> None:
    """Remember the idle time (one of :data:`IDLE_CHOICES`) on this computer."""
    prefs.set_value(_PREF_KEY, int(minutes))


class IdleWatch(QObject):
    """Emits :attr:`idle` once after ``interval_ms`` without key or mouse use.

    Activity only notes the time (an application-wide event filter sees every mouse move,
    so it must stay cheap); the one single-shot timer checks that time when it fires and
    waits for the rest of the interval if there was use in between. So the timer is
    restarted at most once per interval, never per event. The filter is only installed
    while watching: a household without own locks pays nothing for it.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._interval_ms = 0
        self._last_use = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._filtering = False

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval(self, milliseconds: int) -> None:
        """How long without use counts as idle (from the next :meth:`restart`); 0 = never."""
        self._interval_ms = max(0, int(milliseconds))

    def restart(self) -> None:
        """Watch, counting from now (after an unlock, or when the lock page is left)."""
        self._last_use = time.monotonic()
        if not self._interval_ms:
            self.stop()
            return
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        """Stop watching until :meth:`restart` (locked, or nothing to lock)."""
        self._timer.stop()
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_use = time.monotonic()
        return False

    def _check(self) -> None:
        quiet_ms = (time.monotonic() - self._last_use) * 1000
        if quiet_ms + 1 < self._interval_ms:
            self._timer.start(max(1, round(self._interval_ms - quiet_ms)))
            return
        self.idle.emit()
