"""Opening a journal stays lean: what it loads is what every start of the app pays for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
journal = Journal.open(JournalPaths(Path(sys.argv[1])))
journal.household.add_person("Noor")
journal.close()
print(json.dumps({name: name in sys.modules for name in ("sqlite_utils", "numpy", "click")}))
"""


def _open_in_a_fresh_process(data_dir: Path) -> dict[str, bool]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_existing_journal_opens_and_saves_without_sqlite_utils(data_dir):
    _open_in_a_fresh_process(data_dir)  # creates it (the migrations use sqlite-utils)
    assert _open_in_a_fresh_process(data_dir) == {
        "sqlite_utils": False,
        "numpy": False,
        "click": False,
    }


def test_a_new_journal_is_migrated_without_loading_numpy(data_dir):
    loaded = _open_in_a_fresh_process(data_dir)
    assert loaded["sqlite_utils"] is True
    assert loaded["numpy"] is False
