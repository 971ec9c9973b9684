"""Command-line subcommands for power users, backups and tests. No widgets here.

Messages go through ``QCoreApplication.translate`` (QtCore only), so they are Dutch by default
like the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from parentjournal.i18n import Translations, resolve_language
from parentjournal.journal import Journal
from parentjournal.paths import journal_paths
from parentjournal.store.errors import JournalError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(func):
        COMMANDS[name] = func
        return func

    return register


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parentjournal")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check that the journal is healthy")
    check.add_argument("--data-dir")
    check.add_argument("--lang", choices=["nl", "en"])
    return parser


def _open(args: argparse.Namespace) -> Journal:
    return Journal.open(journal_paths(args.data_dir))


@command("check")
def check(args: argparse.Namespace) -> int:
    """Integrity check in plain words; exit 0 when healthy."""
    try:
        journal = _open(args)
    except JournalError as exc:
        print(
            QCoreApplication.translate("cli", "The journal could not be opened: {error}").format(
                error=exc
            )
        )
        return 1
    try:
        result = journal.db.execute("PRAGMA integrity_check").fetchall()
        fts = journal.db.execute(
            "INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)"
        )
        del fts
    except Exception as exc:  # any failure here means "not healthy"
        print(
            QCoreApplication.translate("cli", "The journal is not healthy: {error}").format(
                error=exc
            )
        )
        return 1
    finally:
        journal.close()
    if [r[0] for r in result] != ["ok"]:
        print(
            QCoreApplication.translate("cli", "The journal is not healthy: {error}").format(
                error=result[0][0]
            )
        )
        return 1
    print(QCoreApplication.translate("cli", "The journal is healthy."))
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    Translations(app).install(resolve_language(getattr(args, "lang", None)))
    return COMMANDS[args.command](args)
