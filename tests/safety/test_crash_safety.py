"""Killing the app mid-write never loses a change that was reported saved, nor the file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 15


def _run_and_kill(data_dir: Path, lines_before_kill: int) -> tuple[int, set[str]]:
    """Start the writer, let it report some saves, SIGKILL it; return what it reported."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    last_saved, created = 0, set()
    with subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            for _ in range(lines_before_kill):
                line = proc.stdout.readline()
                if not line:
                    pytest.fail(f"the writer stopped by itself: {proc.stderr.read()}")
                words = line.split()
                if words[0] == "saved":
                    last_saved = int(words[1])
                else:
                    created.add(words[2])
        finally:
            proc.send_signal(signal.SIGKILL)  # no clean-up, no close: a real crash
            proc.wait()
    return last_saved, created


@pytest.mark.slow
def test_every_reported_save_survives_sigkill(data_dir):
    rng = random.Random(20261122)
    reported_created: set[str] = set()
    for _ in range(KILLS):
        last_saved, created = _run_and_kill(data_dir, rng.randint(1, 40))
        reported_created |= created
        # Check the raw file exactly as the crash left it, before the app touches it again.
        conn = sqlite3.connect(data_dir / "journal.db")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            body = conn.execute("SELECT body FROM entry WHERE title = 'crash-test'").fetchone()
            ids = {r[0] for r in conn.execute("SELECT id FROM entry")}
        finally:
            conn.close()
        assert int(body[0].split(" ", 1)[0]) >= last_saved
        assert reported_created <= ids
    journal = Journal.open(JournalPaths(data_dir))
    try:
        assert journal.entries.search(journal.household.household().people[0].id, "wakker")
    finally:
        journal.close()


EDITOR_WRITER = Path(__file__).with_name("editor_crash_writer.py")
EDITOR_KILLS = 6


def _type_and_kill(data_dir: Path, seed: int, saves_before_kill: int) -> dict[str, int]:
    """Run the editor writer until it reported some saves, then SIGKILL it mid-stream.

    Returns, per entry, the most words the editor reported as saved.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    reported: dict[str, int] = {}
    with subprocess.Popen(
        [sys.executable, str(EDITOR_WRITER), str(data_dir), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        # A writer that stops reporting must fail the test, not hang it: kill it after a
        # minute, which ends the blocking readline below.
        watchdog = threading.Timer(60, proc.kill)
        watchdog.start()
        try:
            for _ in range(saves_before_kill):
                line = proc.stdout.readline()
                if not line:
                    pytest.fail(f"the editor writer stopped by itself: {proc.stderr.read()}")
                _saved, entry_id, words = line.split()
                reported[entry_id] = max(reported.get(entry_id, 0), int(words))
        finally:
            proc.send_signal(signal.SIGKILL)  # mid-typing, mid-autosave: wherever it is
            proc.wait()
            watchdog.cancel()
    return reported


@pytest.mark.slow
def test_every_save_the_editor_reported_survives_sigkill(couple):
    journal, _sara, _tom = couple
    data_dir = journal.paths.data_dir
    journal.close()
    rng = random.Random(20261122)
    reported: dict[str, int] = {}
    for kill in range(EDITOR_KILLS):
        for entry_id, words in _type_and_kill(data_dir, kill, rng.randint(2, 15)).items():
            reported[entry_id] = max(reported.get(entry_id, 0), words)
        # The file exactly as the crash left it, before any app touches it again.
        conn = sqlite3.connect(data_dir / "journal.db")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            bodies = dict(conn.execute("SELECT id, body FROM entry"))
        finally:
            conn.close()
        for entry_id, words in reported.items():
            on_disk = bodies[entry_id].split()
            assert on_disk[:words] == [f"w{n}" for n in range(1, words + 1)], entry_id
    assert len(reported) >= EDITOR_KILLS  # every run wrote at least one entry of its own
    reopened = Journal.open(JournalPaths(data_dir))  # and the app opens it as usual
    try:
        person = reopened.household.household().people[0]
        assert {e.id for e in reopened.entry_repo.page(person.id, limit=10_000)} >= set(reported)
    finally:
        reopened.close()
