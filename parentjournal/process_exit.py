"""Ending the process quickly once everything that matters is on disk.

Why not simply ``sys.exit``: after ``main()`` has returned, the journal is closed, every
preference is synced and the worker threads are done, yet the interpreter still tears
down every module and the wrappers of hundreds of Qt objects one by one. On a laptop that
is about a tenth of a second between the window closing and the process being gone, and
that teardown is also where PySide6 and SQLCipher have crashed on exit before (objects
finalised in an order Qt does not expect). Nothing in it writes anything a person needs.

So the real entry points (the ``parentjournal`` script and ``python -m parentjournal``)
end with :func:`exit_now`: it first does the parts of a normal exit that can matter (wait
for threads that are not daemons, run ``atexit`` handlers, which include
``logging.shutdown``, flush stdout and stderr), then ``os._exit``. ``app.main()`` itself
keeps returning its code, so tests and embedding code call it as before.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` after the useful part of a normal shutdown.

    Falls back to a normal ``sys.exit`` when the app still owns the clipboard: on X11 the
    copied text (a recovery code) is handed to the clipboard manager while Qt shuts down,
    and a fast exit would take it away.
    """
    if _owns_clipboard():
        sys.exit(code)
    _join_threads()
    _skip_qt_teardown()
    # logging.shutdown, weakref.finalize(...) and tempfile clean-ups are atexit handlers.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        # Under pythonw (a GUI script on Windows) the streams are None; a closed pipe
        # (`parentjournal export | head`) must not turn a finished export into a traceback.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    os._exit(code)


def _join_threads() -> None:
    """Wait for non-daemon threads, as the interpreter does before it exits."""
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon and thread.is_alive():
            thread.join()


def _skip_qt_teardown() -> None:
    """Take PySide's own exit handler off the list: it deletes the application object and,
    with it, every window and widget one by one (a few milliseconds), for a process that
    ends a moment later anyway.

    What Qt's teardown could still matter for is done before this point: preferences are
    synced as they change, files are written and closed by the code that writes them, and
    the clipboard case never gets here (see :func:`exit_now`).
    """
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return
    teardown = getattr(qt_core, "__moduleShutdown", None)  # PySide's name; absent: no-op
    if teardown is not None:
        atexit.unregister(teardown)


def _owns_clipboard() -> bool:
    qt_gui = sys.modules.get("PySide6.QtGui")  # never import Qt just to ask
    if qt_gui is None:
        return False
    app = qt_gui.QGuiApplication.instance()
    if not isinstance(app, qt_gui.QGuiApplication):
        return False  # a QCoreApplication (the command line) has no clipboard
    clipboard = app.clipboard()
    return clipboard.ownsClipboard() or clipboard.ownsSelection()
