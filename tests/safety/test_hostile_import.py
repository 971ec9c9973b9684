"""A hostile or broken JSON import is refused with a plain sentence and changes nothing.

Not even a backup is written: the file is checked completely before the journal is touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parentjournal.core.household import AdultInput
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from tests.safety.helpers import fill

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def pj(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("hostile") / "journal"
    journal = Journal.open(JournalPaths(folder))
    journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
    sara, tom = journal.household.household().people
    fill(journal, sara, tom)
    journal.close()
    done = pj("export", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    return folder, json.loads(done.stdout)


def _entry_table(document: dict) -> list[dict]:
    return document["tables"]["entry"]


def _hostile(kind: str, document: dict) -> bytes:
    doc = json.loads(json.dumps(document))
    if kind == "sql_in_table_name":
        doc["tables"]["entry; DROP TABLE person; --"] = _entry_table(doc)
    elif kind == "sql_in_column_name":
        _entry_table(doc)[0]["body) VALUES ('x'); DROP TABLE entry; --"] = "x"
    elif kind == "wrong_types":
        _entry_table(doc)[0]["body"] = {"nested": ["not", "text"]}
        _entry_table(doc)[1]["id"] = 12345
    elif kind == "unknown_author":
        _entry_table(doc)[0]["author_id"] = "00000000-0000-4000-8000-000000000000"
    elif kind == "duplicate_ids":
        _entry_table(doc).append(dict(_entry_table(doc)[0], body="tweede met zelfde id"))
    elif kind == "impossible_timestamp":
        _entry_table(doc)[0]["created_at"] = "2026-13-45T99:99:99Z"
    elif kind == "deep_nesting":
        return ("[" * 200_000 + "]" * 200_000).encode()
    elif kind == "not_utf8":
        return b'{"format": "\xff\xfe\xfa"}'
    elif kind == "tables_not_an_object":
        doc["tables"] = "DROP TABLE entry"
    return json.dumps(doc).encode("utf-8")


@pytest.mark.parametrize(
    "kind",
    [
        "sql_in_table_name",
        "sql_in_column_name",
        "wrong_types",
        "unknown_author",
        "duplicate_ids",
        "impossible_timestamp",
        "deep_nesting",
        "not_utf8",
        "tables_not_an_object",
    ],
)
def test_a_hostile_import_is_refused_and_changes_nothing(exported, tmp_path, kind):
    folder, document = exported
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    bad = tmp_path / f"{kind}.json"
    bad.write_bytes(_hostile(kind, document))
    done = pj("import", str(bad), "--data-dir", str(folder))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "Nothing was changed." in done.stdout, done.stdout
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before
