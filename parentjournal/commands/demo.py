"""``parentjournal demo``: fill an empty journal with a sample household to try the app.

The rows come from ``core.demo`` (where capabilities add their own sample records) and are
written in one transaction, so 100,000 entries take seconds, and a failure leaves nothing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from parentjournal.commands import open_journal_or_explain, while_no_window_is_open
from parentjournal.commands.counts import join_phrases, number, table_phrase
from parentjournal.core.clock import today
from parentjournal.core.demo import demo_rows
from parentjournal.store.errors import JournalError
from parentjournal.store.record_io import insert_rows

MAX_ENTRIES = 1_000_000


def _entries(text: str) -> int:
    value = int(text)
    if not 0 <= value <= MAX_ENTRIES:
        raise ValueError(text)
    return value


def add_parser(sub):
    about = QCoreApplication.translate(
        "demo", "fill an empty journal with a sample household (for trying the app)"
    )
    cmd = sub.add_parser("demo", help=about, description=about)
    cmd.add_argument(
        "--entries",
        metavar=QCoreApplication.translate("demo", "NUMBER"),
        type=_entries,
        default=300,
        help=QCoreApplication.translate(
            "demo", "how many journal entries to write (0 to {most}; default 300)"
        ).format(most=number(MAX_ENTRIES)),
    )
    cmd.add_argument(
        "--seed",
        metavar=QCoreApplication.translate("demo", "NUMBER"),
        type=int,
        default=1,
        help=QCoreApplication.translate("demo", "another number gives other texts"),
    )
    return cmd


def run(args) -> int:
    """Exit 0 when the demo journal was written; 1 when the folder already has a journal."""
    return while_no_window_is_open(args, lambda: _write_demo(args))


def _write_demo(args) -> int:
    journal = open_journal_or_explain(args)
    if journal is None:
        return 1
    try:
        if journal.household_repo.people(include_deleted=True):
            print(
                QCoreApplication.translate(
                    "demo",
                    "This journal already has people in it, so no demo was added. A demo "
                    "goes into an empty folder, for example: parentjournal demo --data-dir "
                    "/tmp/demo",
                )
            )
            return 1
        started = time.perf_counter()
        counts = insert_rows(journal.db, demo_rows(args.entries, last_day=today(), seed=args.seed))
        seconds = time.perf_counter() - started
    except JournalError as exc:
        print(
            QCoreApplication.translate(
                "demo", "The demo could not be written, so nothing was added: {error}"
            ).format(error=exc)
        )
        return 1
    finally:
        journal.close()
    print(
        QCoreApplication.translate(
            "demo", "A demo journal is ready in {folder}: {records} ({seconds} s)."
        ).format(
            folder=journal.paths.data_dir,
            records=join_phrases(table_phrase(t, n) for t, n in counts.items()),
            seconds=f"{seconds:.1f}",
        )
    )
    return 0
