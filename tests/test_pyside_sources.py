"""PySide6 does not read the source of our modules (or the standard library's) at start.

PySide answers, for every module first named after it is loaded, whether that module may
use its ``__feature__`` switches, by reading the module's whole source file; the answers
are known without reading (see ``parentjournal/pyside_sources.py``). What a reading leaves
behind is the text in ``linecache``: nothing of ours, nor of the standard library, may be
there after the window's modules are imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import linecache, sys
import parentjournal.journal
from PySide6.QtWidgets import QApplication
import datetime  # loaded before Qt, named again after it
import parentjournal.ui.main_window
from shibokensupport.feature import pyside_feature_dict as table
print("READ", " ".join(sorted(linecache.cache)))
print("ANSWERS", table.get("parentjournal.ui.main_window"), table.get("datetime"))
app = QApplication([])
from PySide6.QtWidgets import QLabel
label = QLabel("Dag")  # the ordinary (camelCase) Qt API still works from our modules
label.setText("Goeiedag")
print("TEXT", label.text())
"""


def test_pyside_reads_no_source_of_ours_or_of_the_standard_library():
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    read = lines.get("READ", "").split()
    ours = str(ROOT / "parentjournal")
    stdlib = sysconfig.get_paths()["stdlib"]
    # Installed packages may sit inside the standard library's folder (a venv made with
    # --system-site-packages finds PySide6 in the base Python's site-packages).
    installed = {"site-packages", "dist-packages"}
    standard = [
        f for f in read if f.startswith(stdlib) and not installed.intersection(Path(f).parts)
    ]
    assert [f for f in read if f.startswith(ours)] == []
    assert standard == []
    # The answers PySide would have found itself: ordinary Qt API; not a Qt module.
    assert lines["ANSWERS"].split() == ["0", "-1"]
    assert lines["TEXT"] == "Goeiedag"
