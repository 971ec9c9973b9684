"""One module per command-line subcommand (see parentjournal.cli)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from parentjournal.commands.unlock import key_for
from parentjournal.instance import InstanceLock
from parentjournal.journal import Journal
from parentjournal.paths import journal_paths
from parentjournal.store.errors import JournalError


def open_journal_or_explain(args, *, must_exist: bool = False) -> Journal | None:
    """Open the journal named by ``--data-dir``; print a plain sentence and return None if not.

    With ``must_exist``, a folder without a journal is explained instead of getting a new,
    empty journal (reading commands should not create one by accident). A journal with a
    passphrase asks for it (see ``commands.unlock``).

    Raises:
        PassphraseRefused: the passphrase was missing or wrong (already explained).
    """
    paths = journal_paths(args.data_dir)
    if must_exist and not paths.journal.is_file():
        print(
            QCoreApplication.translate(
                "commands", "There is no journal in {folder} yet. Is this the right folder?"
            ).format(folder=paths.data_dir)
        )
        return None
    key = key_for(paths, getattr(args, "passphrase_file", None))
    try:
        return Journal.open(paths, key=key)
    except JournalError as exc:
        print(
            QCoreApplication.translate(
                "commands", "The journal could not be opened: {error}"
            ).format(error=exc)
        )
        return None


def while_no_window_is_open(args, run: Callable[[], int]) -> int:
    """Run a command that changes the journal only while no app window has it open.

    A window that is open on the journal would not show what the command wrote (and a
    restore would pull the file from under it), so the command waits for the person to
    close it: it explains, changes nothing and returns 1.
    """
    lock = InstanceLock(journal_paths(args.data_dir))
    if not lock.acquire():
        print(
            QCoreApplication.translate(
                "commands",
                "Parent Journal is open on this journal right now. Could you close it first? "
                "Nothing was changed.",
            )
        )
        return 1
    try:
        return run()
    finally:
        lock.release()
