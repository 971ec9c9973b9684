"""One module per command-line subcommand (see parentjournal.cli)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.commands.unlock import key_for
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
