"""``--help`` and command-line mistakes in the person's language, argparse's words included.

argparse builds its help from the texts given when the parser is made, so for ``--help`` the
translations are installed *before* any parser exists: :func:`prepare_for_help`. The help
texts themselves are ordinary ``QCoreApplication.translate`` calls in each command module.

A mistake on the command line (an unknown ``--format``, a missing value) is only found while
parsing, before any translation is installed (installing needs a Qt application, and a PDF
export needs a different one than a plain command). So :func:`parse_in_language` parses once;
on a mistake it installs the language and parses again, and that second parse tells it in
the person's words (argparse's sentences through :data:`ARGPARSE_WORDS`).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from parentjournal.i18n import Translations, resolve_language

HELP_FLAGS = ("-h", "--help")
# Kept alive while the help is printed (a QCoreApplication made here has no other owner).
_help_app: list[QCoreApplication] = []
# Whether the person's language is installed for what the parser says (help or mistakes).
_language_ready: list[bool] = []

# argparse's own sentences about a command-line mistake (Python 3.11 wording), so lupdate
# finds them and argparse can be given them translated.
ARGPARSE_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
        QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)


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
    _language_ready.append(True)


class _SayItInTheirLanguage(Exception):
    """A mistake found before the language was installed: parse again once it is."""


def _argparse_word(message: str) -> str:
    if message in ARGPARSE_WORDS:
        return QCoreApplication.translate("argparse", message)
    return message


@contextlib.contextmanager
def _argparse_speaks_their_language() -> Iterator[None]:
    # argparse words its mistakes with the module's gettext function ``_`` when they happen;
    # it has no other way in, so it is lent ours for the length of one parse.
    own = argparse._
    argparse._ = _argparse_word
    try:
        yield
    finally:
        argparse._ = own


def parse_in_language(build: Callable[[], argparse.ArgumentParser], argv: list[str]):
    """``build().parse_args(argv)``; a mistake in ``argv`` is told in the person's language
    (``--lang``, else the system's) before the process exits with code 2, as argparse does.
    """
    try:
        with _argparse_speaks_their_language():
            return build().parse_args(argv)
    except _SayItInTheirLanguage:
        prepare_for_help(argv)
        with _argparse_speaks_their_language():
            return build().parse_args(argv)


def _error(parser: argparse.ArgumentParser, message: str):
    if not _language_ready:
        raise _SayItInTheirLanguage
    argparse.ArgumentParser.error(parser, message)


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = QCoreApplication.translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def translate_builtins(parser: argparse.ArgumentParser) -> None:
    """Give one parser argparse's own headings and ``-h`` text in the installed language."""
    parser.formatter_class = TranslatedHelpFormatter
    # A mistake is only told once the person's language is installed (parse_in_language).
    parser.error = lambda message: _error(parser, message)
    # argparse has no public way to name these groups; the attributes are stable since 3.2.
    parser._positionals.title = QCoreApplication.translate("cli", "positional arguments")
    parser._optionals.title = QCoreApplication.translate("cli", "options")
    for action in parser._actions:
        if list(action.option_strings) == list(HELP_FLAGS):
            action.help = QCoreApplication.translate("cli", "show this help message and exit")
        elif "--version" in action.option_strings:
            action.help = QCoreApplication.translate("cli", "show the version and exit")
