"""The passphrase screens' tests, run in a Python process of their own.

SQLCipher (sqlcipher3) objects that survive until the interpreter shuts down after a long
Qt test session have crashed CPython's finalisation ("bool_dealloc", after every test
passed), which would turn a green run red. The app itself closes its journal before it
exits; in a separate process these tests drive the same real widgets without sharing the
rest of the session's leftovers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_passphrase_screens_in_their_own_process():
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__).with_name("passphrase_ui_cases.py")),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "3 passed" in result.stdout
