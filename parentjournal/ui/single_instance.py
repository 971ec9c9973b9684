"""Coming to the front when Parent Journal is started a second time on the same journal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from parentjournal.instance import InstanceLock

# How often the lock folder is looked at: a second start's window comes forward within
# this time. A look is one listing of a folder of one or two files.
LOOK_EVERY_MS = 500


class FrontRequestWatcher(QObject):
    """Looks in the lock folder now and then; on a request from a second start, shows
    ``window``.

    A timer rather than a file system watcher: on Linux a watcher is an inotify handle,
    and the kernel takes 10-20 ms to close one, which every closing of the app would wait
    for (the process cannot end before its handles are closed).
    """

    came_forward = Signal()

    def __init__(self, lock: InstanceLock, window: QWidget):
        super().__init__(window)
        self.lock = lock
        self.window = window
        self.lock.take_requests()  # requests left from before this start are stale
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        if not self.lock.take_requests():
            return
        state = self.window.windowState() & ~Qt.WindowState.WindowMinimized
        self.window.setWindowState(state | Qt.WindowState.WindowActive)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.came_forward.emit()
