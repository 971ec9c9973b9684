"""Hulp en steun: a calm page with where parents can turn when it is a lot.

Reachable from the Help menu and, through :func:`show_support`, from the check-in. The
page itself is ``page.py``; this light part is all the window needs at start (the menu's
label), so the page and its texts load only when someone opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from parentjournal.ui.context import AppContext
    from parentjournal.ui.support.page import SupportDialog


def menu_text() -> str:
    """Label of the Help menu action."""
    return QCoreApplication.translate("SupportDialog", "Help and &support")


def show_support(ctx: AppContext, parent: QWidget | None = None) -> SupportDialog:
    """Open the Hulp en steun page (non-modal, so the person can keep it beside them).

    For the check-in and the Help menu. Returns the dialog (tests and callers may keep it).
    """
    from parentjournal.ui.support.page import SupportDialog

    return SupportDialog.show_page(ctx, parent)
