"""Starting the window: translations, opening the journal, welcome, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from parentjournal.i18n import Translations, resolve_language
from parentjournal.journal import Journal
from parentjournal.paths import journal_paths, resolve_config_dir
from parentjournal.resources_path import resource
from parentjournal.store.errors import (
    JournalDamagedError,
    JournalError,
    JournalNewerError,
    JournalReadOnlyError,
)
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.welcome import WelcomeDialog


def open_error_text(error: JournalError, where: str) -> str:
    if isinstance(error, JournalNewerError):
        return QApplication.translate(
            "startup",
            "This journal was written by a newer version of Parent Journal. To keep it safe, "
            "this version leaves it untouched. Could you install the newer version?\n\n{where}",
        ).format(where=where)
    if isinstance(error, JournalDamagedError):
        return QApplication.translate(
            "startup",
            "This file does not look like a journal, or it is damaged. Nothing was changed "
            "or overwritten.\n\n{where}",
        ).format(where=where)
    if isinstance(error, JournalReadOnlyError):
        return QApplication.translate(
            "startup",
            "The journal folder cannot be written to, so the journal could not be opened "
            "safely. Nothing was changed.\n\n{where}",
        ).format(where=where)
    return QApplication.translate(
        "startup", "The journal could not be opened. Nothing was changed.\n\n{where}"
    ).format(where=where)


def ensure_household(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Show the welcome when nobody is set up yet; False when the person closed it."""
    if ctx.people():
        return True
    dialog = WelcomeDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    changes = ctx.run(
        lambda: ctx.journal.household.set_up(
            dialog.adult_inputs(), dialog.child_inputs(), dialog.phase()
        )
    )
    if changes is None:
        return False
    ctx.set_person(ctx.people()[0].id)
    return True


def run_gui(args: argparse.Namespace) -> int:
    """Start the window on the chosen journal; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("parentjournal")
    app.setApplicationDisplayName("Ouderdagboek")
    app.setDesktopFileName("be.ouderdagboek.Ouderdagboek")
    app.setWindowIcon(QIcon(str(resource("icons", "hicolor", "256x256", "parentjournal.png"))))
    prefs = Prefs(resolve_config_dir(args.config_dir) / "parentjournal.ini")
    translations = Translations(app)
    translations.install(args.lang or resolve_language(prefs.language()))
    paths = journal_paths(args.data_dir)
    try:
        journal = Journal.open(paths)
    except JournalError as exc:
        if args.quit_after_startup:
            print(open_error_text(exc, str(paths.journal)), file=sys.stderr)
            return 1
        QMessageBox.warning(
            None,
            app.translate("startup", "Parent Journal"),
            open_error_text(exc, str(paths.journal)),
        )
        return 1
    ctx = AppContext(journal, prefs, translations)
    if args.quit_after_startup and not ctx.people():
        journal.close()
        return 0
    if not ensure_household(ctx):
        journal.close()
        return 0
    window = MainWindow(ctx)
    window.show()
    if args.quit_after_startup:
        # The first timeline page is loaded in the window's constructor; one turn of the
        # event loop paints it, then we leave.
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    journal.close()
    return code
