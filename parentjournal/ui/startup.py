"""Starting the window: translations, opening the journal, welcome, main window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from parentjournal import protection, startup_gc
from parentjournal.i18n import Translations, resolve_language
from parentjournal.instance import InstanceLock
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths, journal_paths, resolve_config_dir
from parentjournal.resources_path import resource
from parentjournal.store.errors import (
    JournalDamagedError,
    JournalError,
    JournalNewerError,
    JournalReadOnlyError,
    db_errors,
)
from parentjournal.ui.context import AppContext
from parentjournal.ui.first_paint import after_first_paint
from parentjournal.ui.patience import with_patience
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.single_instance import FrontRequestWatcher
from parentjournal.ui.text_size import TextSize

if TYPE_CHECKING:
    from parentjournal.core.backups import Backup
    from parentjournal.ui.main_window import MainWindow

# Message boxes and dialogs are imported where they are shown: a start that goes well shows
# none, and PySide builds each Qt class (with its enums) the first time it is imported.


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
    from PySide6.QtWidgets import QDialog

    from parentjournal.ui.welcome import WelcomeDialog

    startup_gc.resume()  # a person fills this in, at their own pace
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


def _when(backup: Backup) -> str:
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    local = backup.taken_at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.LongFormat)


def offer_latest_backup(
    paths: JournalPaths,
    parent: QWidget | None,
    *,
    interactive: bool = True,
    key: bytes | None = None,
) -> Journal | None:
    """The journal file is damaged: explain, and offer to open the latest good backup.

    The damaged file is never overwritten: if the person agrees, it is moved aside under a
    new name and the backup takes its place. Returns the opened journal, or None.
    """
    from PySide6.QtWidgets import QMessageBox

    from parentjournal import recovery  # finding, setting aside and restoring: only now

    title = QApplication.translate("startup", "Parent Journal")
    where = str(paths.journal)
    good = recovery.latest_good_backup(paths, key)
    if good is None or not interactive:
        text = QApplication.translate(
            "startup",
            "The journal file seems damaged, and there is no backup of it yet. Nothing was "
            "changed or overwritten. Could someone who knows computers well have a look at "
            "the file?\n\n{where}",
        ).format(where=where)
        if interactive:
            QMessageBox.information(parent, title, text)
        else:
            print(text, file=sys.stderr)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information, title, "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("damaged_journal")
    box.setText(
        QApplication.translate(
            "startup",
            "The journal file seems damaged. Nothing was changed or overwritten.\n\n"
            "Would you like to open the latest good backup, from {when}? The damaged file "
            "is kept aside, so nothing is lost.\n\n{where}",
        ).format(when=_when(good), where=where)
    )
    open_button = box.addButton(
        QApplication.translate("startup", "&Open the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button.setObjectName("open_backup")
    close_button = box.addButton(
        QApplication.translate("startup", "&Not now"), QMessageBox.ButtonRole.RejectRole
    )
    close_button.setObjectName("not_now")
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is not open_button:
        return None
    try:
        recovery.set_aside_and_restore(paths, good, key)
        return recovery.open_checked(paths, key)
    except JournalError as exc:
        QMessageBox.information(parent, title, open_error_text(exc, where))
        return None


def open_journal_calmly(
    paths: JournalPaths,
    parent: QWidget | None = None,
    *,
    interactive: bool = True,
    check_in_background: bool = False,
) -> Journal | None:
    """Open and check the journal; explain any problem in plain words. None if not opened.

    A journal with a passphrase asks for it first. With ``check_in_background`` the check
    of the file goes on while the caller builds and shows the window; every write waits
    for it (``journal.confirm_healthy()`` gives its verdict).
    """
    key = None
    if protection.needs_passphrase(paths):
        if not interactive:
            print(
                QApplication.translate(
                    "startup", "This journal has a passphrase; it opens in the window."
                ),
                file=sys.stderr,
            )
            return None
        # Loaded only for a journal with a passphrase (a fifth of the start-up UI imports).
        from parentjournal.ui.passphrase.unlock import ask_for_key

        startup_gc.resume()  # a person types the passphrase, at their own pace
        key = ask_for_key(paths, parent)
        if key is None:
            return None
    try:
        return with_patience(
            lambda: Journal.open(paths, key=key, check_in_background=check_in_background),
            parent,
        )
    except JournalDamagedError:
        return offer_latest_backup(paths, parent, interactive=interactive, key=key)
    except JournalError as exc:
        text = open_error_text(exc, str(paths.journal))
        if interactive:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                parent, QApplication.translate("startup", "Parent Journal"), text
            )
        else:
            print(text, file=sys.stderr)
        return None


def prepare_window(
    journal: Journal, prefs: Prefs, translations: Translations | None
) -> tuple[AppContext | None, MainWindow | None]:
    """The context and (for a household that is set up) the main window, not shown yet.

    The file's check has not given its verdict yet: a read that meets a damaged page
    gives ``(None, None)`` here, and that check then explains it.
    """
    from parentjournal.ui.main_window import MainWindow

    try:
        ctx = AppContext(journal, prefs, translations)
        return ctx, (MainWindow(ctx) if ctx.people() else None)
    except (*db_errors(), JournalError):
        return None, None


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
    TextSize(prefs).restore()
    paths = journal_paths(args.data_dir)
    lock = InstanceLock(paths)
    if not lock.acquire():
        # Never two writers on one journal: ask the open window to come forward instead.
        lock.ask_to_come_forward()
        print(
            app.translate(
                "startup",
                "Parent Journal is already open on this journal; that window comes to the front.",
            ),
            file=sys.stderr,
        )
        return 0
    try:
        return _run_with_lock(app, args, prefs, translations, paths, lock)
    finally:
        lock.release()


def _run_with_lock(app, args, prefs, translations, paths, lock: InstanceLock) -> int:
    interactive = not _quits_by_itself(args)
    journal = open_journal_calmly(paths, interactive=interactive, check_in_background=True)
    while journal is not None:
        outcome = _run_window(app, args, prefs, translations, lock, journal)
        if outcome is not DAMAGED:
            return outcome
        # The check found damage once the window was up; nothing was written to the file.
        key = journal.key
        journal.close()
        journal = offer_latest_backup(paths, None, interactive=interactive, key=key)
    return 1


# The window's run ended because the journal's background check found damage.
DAMAGED = object()
_DAMAGED_EXIT = 75


def _run_window(app, args, prefs, translations, lock: InstanceLock, journal: Journal):
    """Show the window on ``journal`` until it closes; its exit code, or :data:`DAMAGED`.

    The journal's file check is pending (every write waits for it). The window is shown
    without waiting; once it is painted, the daily-backup worker begins the check and waits
    for it, and damage ends this run so the caller can explain it and offer a backup.
    """
    ctx, window = prepare_window(journal, prefs, translations)
    if ctx is None or not ctx.people():
        # A read met damage, or the welcome is about to write: wait for the check now.
        try:
            journal.confirm_healthy()
        except JournalDamagedError:
            _discard(window)
            return DAMAGED
        if ctx is None:
            ctx, window = prepare_window(journal, prefs, translations)
            if ctx is None:  # not damage after all: let the real error speak
                AppContext(journal, prefs, translations).people()
    if _quits_by_itself(args) and not ctx.people():
        journal.close()
        return 0
    if not ensure_household(ctx):
        journal.close()
        return 0
    if window is None:
        from parentjournal.ui.main_window import MainWindow

        window = MainWindow(ctx)
    FrontRequestWatcher(lock, window)
    # Once the window is painted: the file check's verdict, then the daily backup, on a
    # worker. Asked for before the window is shown, so no platform paints it unseen.
    from parentjournal.ui.backups.daily import DailyBackup

    daily = DailyBackup(ctx, window)
    daily.damaged.connect(lambda: app.exit(_DAMAGED_EXIT))
    daily.start_after_first_paint()
    if args.quit_after_startup:
        quit_once_painted(app, window)
    elif args.quit_after_check:
        # After the worker's own ending (which tells damage by ending the run itself).
        daily.finished.connect(lambda: daily.damaged_found or _close_and_quit(app, window))
    window.show_laid_out()
    startup_gc.resume()
    code = app.exec()
    # Closing right after opening does not wait for the file's check (it only reads, and
    # nothing is written without its verdict); a backup under way is finished and verified.
    daily.leave()
    if daily.damaged_found:
        window.hide()
        _discard(window)
        return DAMAGED
    journal.close()
    return code


# A platform that never shows the window (none known) must not keep the process waiting.
_PAINT_PATIENCE_MS = 5000


def quit_once_painted(app, window) -> None:
    """For ``--quit-after-startup``: close and quit right after the window's first paint,
    as a person would see it (the first timeline page drawn), not merely shown.

    Called after the start-up worker's own wait for that paint (``DailyBackup.
    start_after_first_paint``): Qt runs the last installed event filter first, so the
    window is closed before the worker's turn, and the worker begins nothing for a closed
    window. A start measured this way ends at its paint, as one closed by hand at once.
    """
    after_first_paint(window, lambda: _close_and_quit(app, window), _PAINT_PATIENCE_MS)


def _quits_by_itself(args: argparse.Namespace) -> bool:
    """Started to be measured or tested: nobody is there to answer a question."""
    return args.quit_after_startup or args.quit_after_check


def _close_and_quit(app, window) -> None:
    window.close()
    app.quit()


def _discard(window) -> None:
    if window is not None:
        window.deleteLater()
