"""A mistake on the command line is told in the person's language, like ``--help``.

argparse words its mistakes in English; ``cli_help.parse_in_language`` installs the
language once a mistake is found and lets argparse say it again in the person's words.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _run(*args: str, env_language: str = "nl_BE.UTF-8") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.update(LANG=env_language, LC_ALL=env_language, LANGUAGE="")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (
            ["export", "--format", "docx"],
            "bij --format: 'docx' kan hier niet (je kan kiezen uit 'html', 'json'",
            "argument --format: invalid choice: 'docx' (choose from 'html', 'json'",
        ),
        (["import"], "dit ontbreekt nog: BESTAND", "the following arguments are required: FILE"),
        (["check", "--data-dir"], "bij --data-dir: hier komt één waarde achter", "expected one"),
        (["--no-such-option"], "dit ken ik niet: --no-such-option", "unrecognized arguments"),
    ],
)
def test_a_mistake_is_told_in_dutch_on_a_dutch_computer_and_in_english_with_lang_en(
    args, dutch, english
):
    said = _run(*args)
    assert said.returncode == 2
    assert said.stdout == ""
    assert dutch in said.stderr
    # (Qt may first say something about the locale; the usage line starts the mistake.)
    assert "\ngebruik: parentjournal" in f"\n{said.stderr}"
    assert ": error:" not in said.stderr and "usage:" not in said.stderr

    english_said = _run(*args, "--lang", "en")
    assert english_said.returncode == 2
    assert english in english_said.stderr
    assert "\nusage: parentjournal" in f"\n{english_said.stderr}"
