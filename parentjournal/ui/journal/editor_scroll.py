"""The Dagboek's editor column, which scrolls only when the window is too short for it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from parentjournal.ui.column_scroll import ColumnScroll

# How many average characters a line of the narrowest writing column holds: its buttons
# can stack, so without this the list column would keep its width and the writing
# column would be squeezed to a word a line in the smallest window.
WRITING_CHARS = 40


class EditorScroll(ColumnScroll):
    """The editor column: scrolls up and down only when the window is too short for it.

    Sideways it narrows with the window, down to room for a few words a line, and it tells
    the splitter that width, so the splitter does not squeeze it away.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, min_chars=WRITING_CHARS)
        self.setObjectName("editor_scroll")
