"""Bad input gets a clear message and loses nothing."""

from __future__ import annotations

import ctypes
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parentjournal.core.journal import EntryTooLargeError
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store.errors import JournalFullError
from parentjournal.ui.context import AppContext, explain
from parentjournal.ui.prefs import Prefs
from tests.safety.helpers import snapshot

ROOT = Path(__file__).resolve().parents[2]

ODD_TEXTS = [
    "tab\there, bell\x07, escape\x1b[31m, form feed\x0c, backspace\x08",
    "😴🍼👶🏽‍🍼 family: 👩‍👩‍👧 and a flag 🇧🇪",
    "مرحبا، نمنا جيدا الليلة",  # right-to-left
    "שלום\u200f mixed with Nederlands en \u202eomgekeerd\u202c",
    "combining: e\u0301 n\u0303 and zero width:\u200b\u200d",
    "lone surrogate-free but odd: \ufeff BOM, \u2028 line sep, \U0010fffd private",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_characters_survive_saving_search_backup_and_restore(couple, text):
    journal, sara, _tom = couple
    entry, _ = journal.entries.create(
        EntryDraft(sara.id, date(2026, 3, 1), text, title=text[:20], visibility=Visibility.SHARED)
    )
    assert journal.entries.get_for(entry.id, sara.id).body == text
    journal.entries.search(sara.id, text)  # any text is a safe search
    made, _ = journal.backups.make_now()
    journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, "weg"))
    journal.backups.restore(made.path)
    assert journal.entries.get_for(entry.id, sara.id).body == text


def test_nul_characters_are_dropped_not_the_entry(couple):
    journal, sara, _tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 1), "voor\x00na"))
    assert journal.entries.get_for(entry.id, sara.id).body == "voorna"


def test_a_5_mb_paste_is_refused_clearly_and_nothing_is_lost(couple):
    journal, sara, _tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 1), "wat er al stond"))
    before = snapshot(journal.db)
    paste = "x" * (5 * 1024 * 1024)
    with pytest.raises(EntryTooLargeError):
        journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, paste))
    with pytest.raises(EntryTooLargeError):
        journal.entries.create(EntryDraft(sara.id, entry.day, paste))
    assert snapshot(journal.db) == before


def test_a_full_disk_says_so_and_keeps_what_was_saved(couple, tmp_path):
    journal, sara, _tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 1), "al bewaard"))
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))
    problems: list[str] = []
    ctx.problem.connect(problems.append)
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite now sees a full disk
    big = "Een lange nacht. " * 20_000
    result = ctx.run(lambda: journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, big)))
    assert result is None
    assert problems == [explain(JournalFullError("full"))]
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    assert journal.entries.get_for(entry.id, sara.id).body == "al bewaard"
    # Once there is room again, the same save simply works.
    saved = ctx.run(lambda: journal.entries.save(entry.id, EntryDraft(sara.id, entry.day, big)))
    assert saved is not None and saved[0].body == big


def _without_root_powers() -> None:
    """In the child: as root, give up the power to ignore file permissions, like a person."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        pr_capbset_drop = 24
        for capability in (1, 2, 3):  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER
            if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl")


def _start_app(data_dir: Path, config_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    args = ["--data-dir", str(data_dir), "--config-dir", str(config_dir), "--lang", "en"]
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--quit-after-startup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_without_root_powers,
    )


def test_a_read_only_journal_folder_gets_a_calm_message_and_stays_untouched(couple, tmp_path):
    journal, _sara, _tom = couple
    folder = journal.paths.data_dir
    journal.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    read_only = stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP
    os.chmod(folder, read_only)
    for path in folder.iterdir():
        if path.is_file():
            os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        result = _start_app(folder, tmp_path / "config")
    finally:
        os.chmod(folder, stat.S_IRWXU)
        for path in folder.iterdir():
            if path.is_file():
                os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert result.returncode == 1, result.stderr
    assert "cannot be written to" in result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    Journal.open(JournalPaths(folder)).close()  # and once writable again, it opens as usual
