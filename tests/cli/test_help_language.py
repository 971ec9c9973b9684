"""``--help`` speaks the person's language: every subcommand, every option, argparse's words.

Each subcommand's parser is built with the Dutch and then the English translations
installed; every text a person reads in its help must differ between the two (so none was
left in English), and the Dutch help may not contain an English help sentence.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parentjournal import cli
from parentjournal.app import gui_parser
from parentjournal.i18n import Translations

ROOT = Path(__file__).resolve().parent.parent.parent


def _subparser(name: str) -> argparse.ArgumentParser:
    top = cli.parser(name)
    [choices] = [a.choices for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return choices[name]


def _texts(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Every text of a parser's help, keyed by where it appears."""
    found = {"description": parser.description or ""}
    for action in parser._actions:
        key = "/".join(action.option_strings) or action.dest
        found[f"{key} help"] = action.help or ""
        # The word shown for a value (--out FILE); a list of choices is the same everywhere.
        if action.nargs != 0 and not action.choices:
            shown = action.metavar or (action.dest if not action.option_strings else "")
            found[f"{key} value"] = shown or action.dest.upper()
    return found


@pytest.fixture
def texts_in(qapp):
    translations = Translations(qapp)

    def texts(language: str, build) -> tuple[dict[str, str], str]:
        translations.install(language)
        parser = build()
        return _texts(parser), parser.format_help()

    yield texts
    translations.install("nl")


@pytest.mark.parametrize("name", [*cli.COMMANDS, "(window)"])
def test_every_help_text_is_dutch_in_dutch_and_english_in_english(texts_in, name):
    def build():
        return gui_parser() if name == "(window)" else _subparser(name)

    english, english_help = texts_in("en", build)
    dutch, dutch_help = texts_in("nl", build)
    assert english.keys() == dutch.keys()
    untranslated = [where for where in english if english[where] == dutch[where]]
    # Option names and choices are the same in every language; everything said is not.
    assert untranslated == [], f"{name}: still English in Dutch: {untranslated}"
    assert english_help.startswith("usage: ") and dutch_help.startswith("gebruik: ")
    assert "options:" in english_help and "opties:" in dutch_help
    for where, text in english.items():
        if where.endswith("help") and text:
            assert text.split(" (")[0] not in dutch_help, f"{name}: {where} in English"


def _help(*args: str, env_language: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.update(LANG=env_language, LC_ALL=env_language, LANGUAGE="")
    done = subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_a_dutch_computer_gets_dutch_help_and_lang_en_english():
    dutch = _help("export", env_language="nl_BE.UTF-8")
    assert dutch.startswith("gebruik: parentjournal export")
    assert "het dagboek naar een bestand schrijven" in dutch
    assert "--out BESTAND" in dutch and "write the journal" not in dutch
    english = _help("export", "--lang", "en", env_language="nl_BE.UTF-8")
    assert english.startswith("usage: parentjournal export")
    assert "write the journal to a file" in english


def test_numbers_in_help_use_the_languages_thousands_separator(texts_in):
    # "1,000,000" reads as one (with decimals) in Dutch; Dutch writes 1.000.000.
    english, _ = texts_in("en", lambda: _subparser("demo"))
    dutch, _ = texts_in("nl", lambda: _subparser("demo"))
    assert "1,000,000" in english["--entries help"]
    assert "1.000.000" in dutch["--entries help"]
    assert "1,000,000" not in dutch["--entries help"]
