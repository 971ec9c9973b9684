"""Calling the own-lock service from a screen: a wait cursor, calm words, changes broadcast.

Unlike :meth:`AppContext.run`, a passphrase that does not fit is not a storage problem to
show in the status bar: the screen says it in a line under the field, so this returns the
error instead of emitting it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from parentjournal.core.model import ChangeSet
from parentjournal.protection import MIN_PASSPHRASE_CHARS, PassphraseTooShortError
from parentjournal.store.errors import JournalError, WrongPassphraseError
from parentjournal.ui.context import AppContext, explain

T = TypeVar("T")


def attempt(
    ctx: AppContext, call: Callable[[], T], *, wrong: str | None = None
) -> tuple[T | None, str]:
    """Run ``call`` (it derives a key, which takes a moment); returns (result, message).

    On success the message is empty and the returned :class:`ChangeSet` has been sent to
    every screen; otherwise the result is None and the message is one calm sentence
    (``wrong`` when the passphrase or code did not fit, if given).
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
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
        QGuiApplication.restoreOverrideCursor()
    changes = result[1] if isinstance(result, tuple) and len(result) == 2 else result
    if isinstance(changes, ChangeSet):
        ctx.notify(changes)
    return result, ""
