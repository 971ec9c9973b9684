"""Calling the own-lock service from a screen: a wait cursor, calm words, changes broadcast.

Unlike :meth:`AppContext.run`, a passphrase that does not fit is not a storage problem to
show in the status bar: the screen says it in a line under the field, so this returns the
error instead of emitting it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from parentjournal.core.model import ChangeSet
from parentjournal.protection import MIN_PASSPHRASE_CHARS, PassphraseTooShortError
from parentjournal.store.errors import JournalError, WrongPassphraseError
from parentjournal.ui.context import AppContext, explain

T = TypeVar("T")


def attempt(
    ctx: AppContext,
    call: Callable[[], T],
    *,
    wrong: str | None = None,
    busy: str | None = None,
    parent: QWidget | None = None,
) -> tuple[T | None, str]:
    """Run ``call`` (it derives a key, which takes a moment); returns (result, message).

    On success the message is empty and the returned :class:`ChangeSet` has been sent to
    every screen; otherwise the result is None and the message is one calm sentence
    (``wrong`` when the passphrase or code did not fit, if given). With ``busy``, that
    sentence is shown in a small window over ``parent`` while the call runs.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    shown = _one_moment(busy, parent) if busy else None
    try:
        result = call()
    except WrongPassphraseError:
        return None, wrong or QCoreApplication.translate(
            "PersonalLock", "That does not open your own items. Would you try again?"
        )
    except PassphraseTooShortError:
        return None, QCoreApplication.translate(
            "PersonalLock", "Could you use at least {n} characters?"
        ).format(n=MIN_PASSPHRASE_CHARS)
    except JournalError as exc:
        return None, explain(exc)
    finally:
        if shown is not None:
            shown.close()
            shown.deleteLater()
        QGuiApplication.restoreOverrideCursor()
    changes = result[1] if isinstance(result, tuple) and len(result) == 2 else result
    if isinstance(changes, ChangeSet):
        ctx.notify(changes)
    return result, ""


def _one_moment(text: str, parent: QWidget | None) -> QProgressDialog:
    """A quiet "one moment" window, painted before work that takes seconds begins.

    Setting or taking away a lock derives two keys and rewrites every "only me" item in
    one transaction: seconds with many items. The work stays on this thread (a second
    thread on the same connection could interleave with an autosave), so the window is
    painted first and then stays as it is until the work is done.
    """
    dialog = QProgressDialog(parent)
    dialog.setObjectName("one_moment")
    dialog.setWindowTitle(QCoreApplication.translate("PersonalLock", "Your own lock"))
    dialog.setLabelText(text)
    dialog.setAccessibleName(text)
    dialog.setCancelButton(None)  # stopping halfway would help nobody
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(380)
    dialog.show()
    # Painted now, before the transaction: no typing can arrive while it is open.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return dialog
