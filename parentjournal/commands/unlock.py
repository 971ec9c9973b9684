"""Asking the command line for the journal passphrase, the safe way.

On a terminal it is asked with ``getpass`` (nothing is echoed); a script gives
``--passphrase-file FILE`` (``-`` reads one line from standard input). Never as an argument
of its own: the command line of a running program can be read by anyone on the computer
(``ps``). A wrong or missing passphrase is explained calmly and ends the command with exit
code 2, before anything is read or written.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from parentjournal import protection
from parentjournal.paths import JournalPaths
from parentjournal.store.errors import WrongPassphraseError

EXIT_NO_PASSPHRASE = 2
# A terminal gets a few tries (a typo is common); a file either fits or it does not.
TERMINAL_TRIES = 3


class PassphraseRefused(Exception):
    """The journal stays closed; the reason was printed. ``code`` is the exit code."""

    def __init__(self, code: int = EXIT_NO_PASSPHRASE):
        super().__init__(code)
        self.code = code


def add_argument(parser) -> None:
    """``--passphrase-file``, for every subcommand that opens the journal."""
    parser.add_argument(
        "--passphrase-file",
        metavar=QCoreApplication.translate("unlock", "FILE"),
        help=QCoreApplication.translate(
            "unlock",
            "for a journal with a passphrase: read it from FILE ('-' = standard input) "
            "instead of asking on the terminal",
        ),
    )


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _wrong() -> None:
    _say(
        QCoreApplication.translate(
            "unlock",
            "That passphrase does not open this journal. Nothing was read or changed. "
            "Would you like to try again?",
        )
    )


def _from_file(name: str) -> str:
    try:
        if name == "-":
            line = sys.stdin.readline()
        else:
            line = Path(name).expanduser().read_text(encoding="utf-8").splitlines()[0]
    except (OSError, UnicodeDecodeError, IndexError) as exc:
        _say(
            QCoreApplication.translate(
                "unlock",
                "The passphrase file {file} could not be read ({error}). Nothing was changed.",
            ).format(file=name, error=getattr(exc, "strerror", None) or exc or "empty")
        )
        raise PassphraseRefused() from exc
    # Only the line end is not part of the passphrase; spaces inside it are.
    return line.rstrip("\r\n")


def key_for(paths: JournalPaths, passphrase_file: str | None) -> bytes | None:
    """The key of an encrypted journal (None for a journal without a passphrase).

    Raises:
        PassphraseRefused: no passphrase could be had, or it did not fit (already said).
    """
    if not protection.needs_passphrase(paths):
        return None
    if passphrase_file:
        try:
            return protection.unlock(paths, _from_file(passphrase_file))
        except WrongPassphraseError as exc:
            _wrong()
            raise PassphraseRefused() from exc
    if not sys.stdin.isatty():
        _say(
            QCoreApplication.translate(
                "unlock",
                "This journal has a passphrase. On a terminal it is asked here; in a script, "
                "could you give it with --passphrase-file FILE? Nothing was changed.",
            )
        )
        raise PassphraseRefused()
    prompt = QCoreApplication.translate("unlock", "Passphrase of the journal: ")
    for _ in range(TERMINAL_TRIES):
        try:
            secret = getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt) as exc:
            print(file=sys.stderr)
            raise PassphraseRefused() from exc
        try:
            return protection.unlock(paths, secret)
        except WrongPassphraseError:
            _wrong()
    raise PassphraseRefused()
