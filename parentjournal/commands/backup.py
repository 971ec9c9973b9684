"""``parentjournal backup [--out FILE]``: a verified copy of the journal, now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain
from parentjournal.store.errors import JournalError


def add_parser(sub):
    about = QCoreApplication.translate("backup", "make a verified backup of the journal now")
    cmd = sub.add_parser("backup", help=about, description=about)
    cmd.add_argument(
        "--out",
        metavar=QCoreApplication.translate("backup", "FILE"),
        help=QCoreApplication.translate(
            "backup", "where to write it (default: the backups folder)"
        ),
    )
    return cmd


def run(args) -> int:
    """Exit 0 when the backup was written and verified, 1 otherwise."""
    journal = open_journal_or_explain(args)
    if journal is None:
        return 1
    try:
        if args.out:
            made, _changes = journal.backups.save_copy(Path(args.out).expanduser().resolve())
        else:
            made, _changes = journal.backups.make_now()
    except JournalError as exc:
        print(
            QCoreApplication.translate(
                "backup", "The backup could not be written. Nothing was changed. ({error})"
            ).format(error=exc)
        )
        return 1
    finally:
        journal.close()
    print(
        QCoreApplication.translate("backup", "Backup written and checked: {path}").format(
            path=made.path
        )
    )
    return 0
