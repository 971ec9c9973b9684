"""Global actions of the visit capability: a quick question (Ctrl+K), prepare a visit (Ctrl+E)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.ui.actions import GlobalAction
from parentjournal.ui.context import AppContext


def quick_question(ctx: AppContext, window) -> None:
    from parentjournal.ui.visit.question_dialog import QuestionDialog

    QuestionDialog(ctx, parent=window).exec()


def prepare_visit(ctx: AppContext, window) -> None:
    from parentjournal.ui.visit.prepare_dialog import PrepareVisitDialog

    PrepareVisitDialog(ctx, parent=window).exec()


def export_journal(ctx: AppContext, window) -> None:
    from parentjournal.ui.visit.journal_export import JournalExportDialog

    JournalExportDialog(ctx, parent=window).exec()


def visit_actions() -> list[GlobalAction]:
    """The actions this capability adds to every screen."""
    return [
        GlobalAction(
            "quick_question",
            lambda: QCoreApplication.translate("VisitActions", "Quic&k question…"),
            "Ctrl+K",
            quick_question,
        ),
        GlobalAction(
            "prepare_visit",
            lambda: QCoreApplication.translate("VisitActions", "Pr&epare a visit…"),
            "Ctrl+E",
            prepare_visit,
            button=True,
        ),
        GlobalAction(
            "export_journal",
            lambda: QCoreApplication.translate("VisitActions", "E&xport the journal…"),
            "Ctrl+Shift+E",
            export_journal,
        ),
    ]
