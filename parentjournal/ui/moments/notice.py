"""The gentle notice: "Sara wrote something for you", shown once when you become the writer.

No badge and no counter: when a person becomes the current writer (at start or by switching)
and a moment written for them has not been shown yet, a small window shows it. Showing it is
remembered at once, so it never comes back; the moment stays in their collection.

The watcher starts with the window; the window it opens (``waiting.py``) loads only when
something is waiting, which most starts have not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from parentjournal.ui.context import AppContext

if TYPE_CHECKING:
    from parentjournal.ui.moments.waiting import WaitingMomentsDialog


class NoticeWatcher(QObject):
    """Opens the notice when a person with waiting moments becomes the current writer."""

    def __init__(self, ctx: AppContext, owner: QWidget):
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.dialog: WaitingMomentsDialog | None = None
        ctx.person_changed.connect(lambda _pid: self.check())
        # At start, once the window is up (the event loop has turned once).
        QTimer.singleShot(0, self.check)

    def check(self) -> WaitingMomentsDialog | None:
        """Show what waits for the current person, once; returns the dialog if one opened."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        try:
            person = self.ctx.person_id
        except RuntimeError:
            return None
        waiting = self.ctx.journal.moments.waiting_for(person)
        if not waiting:
            return None
        ids = [m.id for m in waiting]
        # Remember first: even if the app closes now, the notice does not come back.
        if self.ctx.run(lambda: self.ctx.journal.moments.mark_shown(person, ids)) is None:
            return None
        from parentjournal.ui.moments.waiting import WaitingMomentsDialog

        window = self.owner.window()
        self.dialog = WaitingMomentsDialog(self.ctx, waiting, window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None
