"""The Goed bezig screen, the quick capture (Ctrl+G) and the gentle "something for you" notice.

The titles live here, apart from the screen, so the navigation and the header can show them
without loading the screen before it is first opened.
"""

from PySide6.QtCore import QCoreApplication


def section_title() -> str:
    """The navigation title of this screen."""
    return QCoreApplication.translate("MomentsPage", "Good going")


def action_text() -> str:
    """The label of the global quick-capture action (header button and menu)."""
    return QCoreApplication.translate("MomentsPage", "Good go&ing…")


def give_moment(ctx, window) -> None:
    """The Ctrl+G action: open the quick capture over the main window."""
    from parentjournal.ui.moments.capture import open_capture

    open_capture(ctx, window)


def watch_for_notices(ctx, window):
    """Start the "someone wrote something for you" notice for the whole window.

    It works from the start, whichever screen is shown (this one may not be built yet).
    """
    from parentjournal.ui.moments.notice import NoticeWatcher

    return NoticeWatcher(ctx, window)
