"""Shared fixtures. Tests default to Qt's offscreen platform (setdefault: a screen may be used)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

import parentjournal.ui  # noqa: F401  (keeps None/True/False alive under PySide6 6.12 on 3.11)
from parentjournal.core.household import AdultInput
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh journal folder in the test's temp dir (a real SQLite file lives here)."""
    folder = tmp_path / "journal"
    folder.mkdir()
    return folder


@pytest.fixture
def journal(data_dir: Path):
    """An open, empty journal (no household yet)."""
    opened = Journal.open(JournalPaths(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def couple(journal: Journal):
    """A journal with two adults, Sara and Tom. Returns (journal, sara, tom)."""
    journal.household.set_up([AdultInput("Sara", "mama"), AdultInput("Tom", "papa")], [], None)
    sara, tom = journal.household.household().people
    return journal, sara, tom


@pytest.fixture
def light_personal_keys(monkeypatch):
    """Personal passphrases wrap their key with a light Argon2id cost in this test (the
    real cost, ~0.3 s per wrap, stays in the app; one test checks it)."""
    from parentjournal.store import keyfile, person_key_repo

    monkeypatch.setattr(
        person_key_repo, "WRAP_COST", keyfile.KdfCost(iterations=1, lanes=1, memory_kib=1024)
    )
