"""``--help`` in the person's language, argparse's own words ("usage", "options") included.

argparse builds its help from the texts given when the parser is made, so for ``--help`` the
translations are installed *before* any parser exists: :func:`prepare_for_help`. The help
texts themselves are ordinary ``QCoreApplication.translate`` calls in each command module.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from parentjournal.i18n import Translations, resolve_language

HELP_FLAGS = ("-h", "--help")
# Kept alive while the help is printed (a QCoreApplication made here has no other owner).
_help_app: list[QCoreApplication] = []


def wants_help(argv: list[str]) -> bool:
    """True when the command line asks for help (the parser then prints it and exits)."""
    return any(arg in HELP_FLAGS for arg in argv)


def language_in(argv: list[str]) -> str | None:
    """The value of ``--lang`` on the command line, if any (``--lang en`` or ``--lang=en``)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def prepare_for_help(argv: list[str]) -> None:
    """Install the translators the help will be printed in (``--lang``, else the system's)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(sys.argv[:1])
        _help_app.append(app)
    Translations(app).install(resolve_language(language_in(argv)))


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = QCoreApplication.translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def translate_builtins(parser: argparse.ArgumentParser) -> None:
    """Give one parser argparse's own headings and ``-h`` text in the installed language."""
    parser.formatter_class = TranslatedHelpFormatter
    # argparse has no public way to name these groups; the attributes are stable since 3.2.
    parser._positionals.title = QCoreApplication.translate("cli", "positional arguments")
    parser._optionals.title = QCoreApplication.translate("cli", "options")
    for action in parser._actions:
        if list(action.option_strings) == list(HELP_FLAGS):
            action.help = QCoreApplication.translate("cli", "show this help message and exit")
        elif "--version" in action.option_strings:
            action.help = QCoreApplication.translate("cli", "show the version and exit")
