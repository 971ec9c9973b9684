"""Command-line subcommands for power users, backups and tests. No widgets here.

Each subcommand lives in its own module under ``parentjournal/commands/`` with two
functions, ``add_parser(subparsers)`` and ``run(args) -> int``; list its name in
``COMMANDS``. Messages go through ``QCoreApplication.translate`` (QtCore only), so they are
Dutch by default like the window; so do the ``help=``, ``description=`` and ``metavar=``
texts of every parser (``cli_help`` installs the language before ``--help`` is printed).
"""

from __future__ import annotations

import argparse
import importlib
import sys

# What a command needs is imported when a command runs: the window's start asks this module
# only whether its first argument names a command.

# Subcommand name -> module in parentjournal.commands.
COMMANDS: dict[str, str] = {
    "check": "check",
    "backup": "backup",
    "restore": "restore",
    "demo": "demo",
    "export": "export",
    "import": "import_json",
}


def _module(name: str):
    return importlib.import_module(f"parentjournal.commands.{COMMANDS[name]}")


def parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, just that subcommand is imported (faster)."""
    from PySide6.QtCore import QCoreApplication

    from parentjournal.cli_help import translate_builtins
    from parentjournal.commands.unlock import add_argument as add_passphrase_argument

    top = argparse.ArgumentParser(prog="parentjournal")
    sub = top.add_subparsers(dest="command", required=True)
    for name in COMMANDS if only is None else [only]:
        cmd = _module(name).add_parser(sub)
        # No abbreviations: "--passphrase SECRET" must not be taken for --passphrase-file
        # (the secret would be read as a file name and shown in `ps`).
        cmd.allow_abbrev = False
        cmd.add_argument(
            "--data-dir",
            metavar=QCoreApplication.translate("cli", "FOLDER"),
            help=QCoreApplication.translate("cli", "folder of the journal"),
        )
        cmd.add_argument(
            "--lang",
            choices=["nl", "en"],
            help=QCoreApplication.translate("cli", "language of messages"),
        )
        add_passphrase_argument(cmd)
        translate_builtins(cmd)
    translate_builtins(top)
    return top


def main(argv: list[str]) -> int:
    """Run one subcommand; returns the exit code."""
    from PySide6.QtCore import QCoreApplication

    from parentjournal.cli_help import parse_in_language, prepare_for_help, wants_help
    from parentjournal.commands.unlock import PassphraseRefused
    from parentjournal.i18n import Translations, resolve_language

    if wants_help(argv):
        # The help is printed while parsing, so its language must be ready before that.
        prepare_for_help(argv)
    only = argv[0] if argv and argv[0] in COMMANDS else None
    args = parse_in_language(lambda: parser(only), argv)
    module = _module(args.command)
    app = QCoreApplication.instance()
    if app is None:
        needs_gui = getattr(module, "needs_gui", None)
        if needs_gui is not None and needs_gui(args):
            # Laying out pages (a PDF) needs fonts from QtGui, never a window: offscreen.
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
        else:
            app = QCoreApplication(sys.argv[:1])
    Translations(app).install(resolve_language(getattr(args, "lang", None)))
    try:
        return module.run(args)
    except PassphraseRefused as refused:
        return refused.code
