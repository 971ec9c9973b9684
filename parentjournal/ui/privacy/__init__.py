"""The Privacy page in the Help menu: what is protected, against whom, and what is not.

The page itself is ``page.py``; this light part is all the window needs at start (the
menu's label), so the page's module, its text widgets and the help texts load only when
someone opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from parentjournal.ui.context import AppContext
    from parentjournal.ui.privacy.page import PrivacyDialog


def menu_text() -> str:
    """Label of the Help menu action."""
    return QCoreApplication.translate("PrivacyDialog", "&Privacy")


def show_privacy(ctx: AppContext, parent: QWidget | None = None) -> PrivacyDialog:
    """Open (or bring forward) the Privacy page."""
    from parentjournal.ui.privacy.page import PrivacyDialog

    return PrivacyDialog.show_page(ctx, parent)
