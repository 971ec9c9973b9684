"""Opening a journal that takes a while (once after an update, or on a slow disk), calmly.

Opening is normally a few milliseconds. After an app update it may first upgrade the
journal (a verified backup, then the migrations: seconds at 100,000 entries), and before
any window exists a frozen start looks like a broken app. The work runs on a thread of its
own; only if it is not done after a short wait does a small "one moment" window appear,
moving until the work is done. The journal's connection may be used from another thread
afterwards (``check_same_thread=False``, see ``store/sqlfile.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

T = TypeVar("T")

# Below this a start feels instant; a window flashing up for a moment would only startle.
DEFAULT_DELAY_S = 0.6


def with_patience(
    work: Callable[[], T],
    parent: QWidget | None = None,
    *,
    delay_s: float | None = None,
) -> T:
    """Run ``work`` on a worker thread; show a quiet busy window if it takes longer than
    ``delay_s`` (default :data:`DEFAULT_DELAY_S`). Returns its result or raises its
    exception, on the calling thread.
    """
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the calling thread as it is
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="journal-open", daemon=True)
    worker.start()
    # The usual case ends here: no window, no event loop.
    worker.join(DEFAULT_DELAY_S if delay_s is None else delay_s)
    if worker.is_alive():
        _wait_visibly(worker, parent)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def _wait_visibly(worker: threading.Thread, parent: QWidget | None) -> None:
    # Imported only now: PySide builds each Qt class with all its enums on first import
    # (the ``Qt`` namespace alone is ~95 of them), and a quick open never gets here.
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("patience", "Parent Journal"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "patience",
            "One moment: your journal is being opened.\n"
            "After an update this takes a little longer, once.",
        )
    )
    dialog.setAccessibleName(QCoreApplication.translate("patience", "Opening your journal"))
    dialog.setCancelButton(None)  # stopping halfway would help nobody; it is safe work
    dialog.setRange(0, 0)  # moving, without pretending to know how far along it is
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumWidth(420)
    dialog.show()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    dialog.close()
    dialog.deleteLater()
