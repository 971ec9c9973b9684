"""Entry point: parse arguments, then start either a command-line subcommand or the window."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from parentjournal import __version__


def gui_parser() -> argparse.ArgumentParser:
    """The window's options; ``--help`` also names the subcommands (in the chosen language)."""
    from PySide6.QtCore import QCoreApplication

    from parentjournal.cli_help import translate_builtins

    parser = argparse.ArgumentParser(
        prog="parentjournal",
        description=QCoreApplication.translate(
            "app",
            "Ouderdagboek / Parent Journal. Subcommands: demo, export, import, check, "
            "backup, restore (see 'parentjournal COMMAND --help').",
        ),
    )
    parser.add_argument("--version", action="version", version=f"parentjournal {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar=QCoreApplication.translate("app", "FOLDER"),
        help=QCoreApplication.translate("app", "folder of the journal (default: your data folder)"),
    )
    parser.add_argument(
        "--config-dir",
        metavar=QCoreApplication.translate("app", "FOLDER"),
        help=QCoreApplication.translate("app", "folder for this computer's preferences"),
    )
    parser.add_argument(
        "--lang",
        choices=["nl", "en"],
        help=QCoreApplication.translate("app", "language of the window"),
    )
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help=QCoreApplication.translate(
            "app", "show the window with the first page loaded, then quit (for measurements)"
        ),
    )
    parser.add_argument(
        "--quit-after-check",
        action="store_true",
        help=QCoreApplication.translate(
            "app",
            "show the window, check the journal and make today's backup, then quit (for tests)",
        ),
    )
    translate_builtins(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    from parentjournal import startup_gc

    startup_gc.pause()  # until the window is shown (see startup_gc for why)
    try:
        return _start(list(sys.argv[1:] if argv is None else argv))
    finally:
        startup_gc.resume()


def _start(argv: list[str]) -> int:
    # The store is imported before anything from Qt: PySide6 reads the source of every
    # module first named after it (ours and the standard library's are spared that by
    # pyside_sources; a third-party module such as platformdirs is not).
    import parentjournal.journal  # noqa: F401
    from parentjournal import cli

    if argv and argv[0] in cli.COMMANDS:
        from parentjournal import startup_gc

        startup_gc.resume()  # a command may run long (a demo of 100,000 entries)
        return cli.main(argv)
    from parentjournal.cli_help import parse_in_language, prepare_for_help, wants_help

    if wants_help(argv):
        prepare_for_help(argv)
    args = parse_in_language(gui_parser, argv)
    from parentjournal.ui.startup import run_gui

    return run_gui(args)


def run() -> NoReturn:
    """The ``parentjournal`` script and ``python -m parentjournal``: main, then a fast exit.

    Everything is closed and written by the time :func:`main` returns; see
    :mod:`parentjournal.process_exit` for why the interpreter's own teardown is skipped.
    """
    from parentjournal import startup_gc

    startup_gc.pause(freeze=True)
    try:
        code = main()
    except SystemExit as stop:  # --help, --version, a command-line mistake
        if stop.code is not None and not isinstance(stop.code, int):
            raise
        code = stop.code or 0
    from parentjournal.process_exit import exit_now

    exit_now(code)


if __name__ == "__main__":
    run()
