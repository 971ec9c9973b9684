"""A calm page to read in a window of its own (Hulp en steun, Privacy).

Not modal, so it can stay open beside the journal; opening it again brings the open one to
the front instead of stacking a second copy.
"""

from __future__ import annotations

from typing import Self

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from parentjournal.i18n import DEFAULT_LANGUAGE
from parentjournal.ui.context import AppContext


class ReadingPage(QDialog):
    """The frame of a reading page: roomy margins, a Close button that is easy to hit.

    A subclass builds its content into :attr:`page_layout` after calling this ``__init__``,
    places :meth:`close_buttons` where it wants them, and sets every text in
    ``retranslate()``, which runs again on a language switch.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        *,
        object_name: str,
        minimum: tuple[int, int],
        spacing: int,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(object_name)
        self.setMinimumSize(*minimum)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(24, 20, 24, 16)
        self.page_layout.setSpacing(spacing)

    def close_buttons(self) -> QDialogButtonBox:
        """A Close button box (Qt's own, translated "Close"), not yet placed."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(36)
        return buttons

    def language(self) -> str:
        """The language the window speaks now (the page's texts come in it)."""
        translations = self.ctx.translations
        return translations.language if translations is not None else DEFAULT_LANGUAGE

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def show_page(cls, ctx: AppContext, parent: QWidget | None = None) -> Self:
        """Open the page, or bring the one already open to the front; returns it."""
        existing = parent.findChild(cls) if parent is not None else None
        page = existing or cls(ctx, parent)
        page.show()
        page.activateWindow()
        return page
