"""The command line as a person uses it: demo, check, export and import, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each case starts the app a few times (about a second each).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent


def pj(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = pj("demo", "--data-dir", str(folder), "--entries", "400")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "400 journal entries" in done.stdout
    return folder


def test_check_answers_in_plain_words(demo):
    done = pj("check", "--data-dir", str(demo))
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("The journal is healthy.")
    assert "The search indexes match the records." in done.stdout
    assert "Every record refers to records that exist." in done.stdout
    assert "In this journal: 2 adults, 1 child, 1 setting, " in done.stdout
    dutch = pj("check", "--data-dir", str(demo), lang="nl")
    assert dutch.stdout.startswith("Het dagboek is in orde.")
    assert "In dit dagboek: 2 volwassenen, 1 kind, 1 instelling, " in dutch.stdout


def test_check_notices_a_search_index_that_drifted(tmp_path):
    import sqlite3

    folder = tmp_path / "drifted"
    pj("demo", "--data-dir", str(folder), "--entries", "20")
    conn = sqlite3.connect(folder / "journal.db")
    with conn:  # forget an entry in the index without touching the entry itself
        title, body = conn.execute("SELECT title, body FROM entry WHERE rowid = 1").fetchone()
        conn.execute(
            "INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', 1, ?, ?)",
            [title, body],
        )
    conn.close()
    done = pj("check", "--data-dir", str(folder))
    assert done.returncode == 1
    assert done.stdout.startswith("Something is wrong with the journal.")
    assert "A search index does not match its records: entry_fts" in done.stdout


def test_export_then_import_into_an_empty_journal_gives_the_same_records(demo, tmp_path):
    first = tmp_path / "first.json"
    done = pj("export", "--format", "json", "--data-dir", str(demo), "--out", str(first))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Written to {first}" in done.stdout

    fresh = tmp_path / "fresh"
    done = pj("import", str(first), "--data-dir", str(fresh))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "New: 2 adults, 1 child, 1 setting, 400 journal entries and 16 moments." in done.stdout

    again = pj("export", "--data-dir", str(fresh))  # to standard output
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["tables"] == json.loads(first.read_text("utf-8"))["tables"]

    # Importing the same file twice adds nothing and loses nothing.
    twice = pj("import", str(first), "--data-dir", str(fresh))
    assert "Nothing new" in twice.stdout
    records = sum(map(len, json.loads(first.read_text("utf-8"))["tables"].values()))
    assert f"{records} records already here" in twice.stdout
    assert list((fresh / "backups").glob("before-import-*.db"))


def test_a_truncated_or_impossible_file_changes_nothing(demo, tmp_path):
    export = tmp_path / "export.json"
    pj("export", "--data-dir", str(demo), "--out", str(export))
    text = export.read_text("utf-8")
    target = tmp_path / "target"
    pj("demo", "--data-dir", str(target), "--entries", "5")
    before = pj("export", "--data-dir", str(target)).stdout

    truncated = tmp_path / "truncated.json"
    truncated.write_text(text[: len(text) // 2], encoding="utf-8")
    done = pj("import", str(truncated), "--data-dir", str(target))
    assert done.returncode == 1
    assert "not readable JSON" in done.stdout and "Nothing was changed." in done.stdout

    document = json.loads(text)
    document["tables"]["entry"][3]["day"] = "2025-02-30"
    impossible = tmp_path / "impossible.json"
    impossible.write_text(json.dumps(document), encoding="utf-8")
    done = pj("import", str(impossible), "--data-dir", str(target), lang="nl")
    assert done.returncode == 1
    assert "2025-02-30" in done.stdout and "Er is niets veranderd." in done.stdout

    assert (
        json.loads(pj("export", "--data-dir", str(target)).stdout)["tables"]
        == (json.loads(before)["tables"])
    )
    # A bad file does not create a journal where there was none.
    nowhere = tmp_path / "nowhere"
    assert pj("import", str(impossible), "--data-dir", str(nowhere)).returncode == 1
    assert not (nowhere / "journal.db").exists()


def test_demo_leaves_a_journal_with_people_alone(demo):
    done = pj("demo", "--data-dir", str(demo), "--entries", "10")
    assert done.returncode == 1
    assert "already has people in it" in done.stdout


def test_reading_commands_do_not_create_a_journal(tmp_path):
    done = pj("export", "--data-dir", str(tmp_path / "empty"))
    assert done.returncode == 1
    assert "There is no journal in" in done.stdout
    assert not (tmp_path / "empty").exists()


def test_import_and_demo_wait_for_an_open_window(demo, tmp_path):
    # A window open on the journal would not show what they write: they ask to close it.
    from parentjournal.instance import InstanceLock
    from parentjournal.paths import JournalPaths

    exported = tmp_path / "export.json"
    assert (
        pj("export", "--data-dir", str(demo), "--format", "json", "--out", str(exported)).returncode
        == 0
    )
    target = tmp_path / "open-in-a-window"
    window_lock = InstanceLock(JournalPaths(target))
    assert window_lock.acquire()
    try:
        imported = pj("import", str(exported), "--data-dir", str(target), lang="nl")
        demo_run = pj("demo", "--data-dir", str(target))
    finally:
        window_lock.release()
    assert imported.returncode == 1 and demo_run.returncode == 1
    assert "Wil je het eerst sluiten? Er is niets veranderd." in imported.stdout
    assert "Could you close it first? Nothing was changed." in demo_run.stdout
    assert not (target / "journal.db").exists()
    # Once the window is closed, the same import goes in.
    assert pj("import", str(exported), "--data-dir", str(target)).returncode == 0
