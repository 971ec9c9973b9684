"""One module per command-line subcommand (see parentjournal.cli)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.journal import Journal
from parentjournal.paths import journal_paths
from parentjournal.store.errors import JournalError


def open_journal_or_explain(args) -> Journal | None:
    """Open the journal named by ``--data-dir``; print a plain sentence and return None if not."""
    try:
        return Journal.open(journal_paths(args.data_dir))
    except JournalError as exc:
        print(
            QCoreApplication.translate(
                "commands", "The journal could not be opened: {error}"
            ).format(error=exc)
        )
        return None
