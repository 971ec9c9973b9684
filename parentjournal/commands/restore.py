"""``parentjournal restore FILE``: bring the journal back as it was in a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain, while_no_window_is_open
from parentjournal.journal import Journal
from parentjournal.paths import journal_paths
from parentjournal.store.errors import (
    BackupLockedError,
    JournalDamagedError,
    JournalError,
    JournalNewerError,
)


def add_parser(sub):
    about = QCoreApplication.translate(
        "restore", "bring the journal back as it was in a backup (a copy of now is kept)"
    )
    cmd = sub.add_parser("restore", help=about, description=about)
    cmd.add_argument(
        "file",
        metavar=QCoreApplication.translate("restore", "FILE"),
        help=QCoreApplication.translate("restore", "the backup to restore"),
    )
    return cmd


def _explain(exc: JournalError) -> str:
    if isinstance(exc, JournalNewerError):
        return QCoreApplication.translate(
            "restore",
            "This backup was made by a newer version of Parent Journal, so this version "
            "leaves it alone. Nothing was changed.",
        )
    if isinstance(exc, BackupLockedError):
        return QCoreApplication.translate(
            "restore",
            "This backup is locked with a passphrase key that this journal does not have now "
            "(or it is not a Parent Journal backup). It can only be opened together with the "
            "journal.key file that was next to the journal when it was made. Nothing was "
            "changed.",
        )
    if isinstance(exc, JournalDamagedError):
        return QCoreApplication.translate(
            "restore",
            "This file is not a Parent Journal backup, or it is damaged. Nothing was changed.",
        )
    return QCoreApplication.translate(
        "restore", "The backup could not be restored. Nothing was changed. ({error})"
    ).format(error=exc)


def run(args) -> int:
    """Exit 0 when the journal now holds the backup, 1 otherwise."""
    return while_no_window_is_open(args, lambda: _restore(args))


def _restore(args) -> int:
    source = Path(args.file).expanduser().resolve()
    paths = journal_paths(args.data_dir)
    journal = open_journal_or_explain(args)
    if journal is None:
        return 1
    key = journal.key
    try:
        safety, _changes = journal.backups.restore(source)
    except JournalError as exc:
        print(_explain(exc))
        return 1
    finally:
        journal.close()
    # Reopening brings an older backup's schema up to date (with its own backup first).
    try:
        Journal.open(paths, key=key).close()
    except JournalError as exc:
        print(_explain(exc))
        return 1
    print(
        QCoreApplication.translate(
            "restore",
            "The journal is back as it was in {source}.\n"
            "What it held just before is kept in {safety}.",
        ).format(source=source, safety=safety.path)
    )
    return 0
