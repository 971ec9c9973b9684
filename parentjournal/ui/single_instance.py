"""Coming to the front when Parent Journal is started a second time on the same journal."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from parentjournal.instance import InstanceLock


class FrontRequestWatcher(QObject):
    """Watches the lock folder; on a request from a second start, shows ``window``."""

    came_forward = Signal()

    def __init__(self, lock: InstanceLock, window: QWidget):
        super().__init__(window)
        self.lock = lock
        self.window = window
        self._watcher = QFileSystemWatcher([str(lock.folder)], self)
        self._watcher.directoryChanged.connect(self._check)
        self.lock.take_requests()  # requests left from before this start are stale

    def _check(self, _path: str = "") -> None:
        if not self.lock.take_requests():
            return
        state = self.window.windowState() & ~Qt.WindowState.WindowMinimized
        self.window.setWindowState(state | Qt.WindowState.WindowActive)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.came_forward.emit()
