"""``parentjournal backup`` and ``parentjournal restore``, run as a person would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from parentjournal.core.backups import BackupKind
from parentjournal.core.household import AdultInput
from parentjournal.instance import InstanceLock
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup
from tests.safety.helpers import fill, snapshot

ROOT = Path(__file__).resolve().parents[2]


def parentjournal(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _filled(data_dir: Path) -> dict:
    journal = Journal.open(JournalPaths(data_dir))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
        sara, tom = journal.household.household().people
        fill(journal, sara, tom)
        return snapshot(journal.db)
    finally:
        journal.close()


def test_backup_then_restore_from_the_command_line(data_dir, tmp_path):
    at_backup = _filled(data_dir)
    made = parentjournal("backup", "--data-dir", str(data_dir))
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Backup written and checked" in made.stdout
    [manual] = backup.list_backups(data_dir / "backups")
    assert manual.kind == BackupKind.MANUAL

    out = tmp_path / "usb" / "dagboek.db"
    copied = parentjournal("backup", "--out", str(out), "--data-dir", str(data_dir))
    assert copied.returncode == 0, copied.stdout + copied.stderr
    assert backup.check_file(out) == backup.check_file(manual.path)

    journal = Journal.open(JournalPaths(data_dir))
    tom = journal.household.household().people[1]
    journal.household.rename(tom.id, "Tom met een nieuwe naam", "")
    journal.close()

    restored = parentjournal("restore", str(out), "--data-dir", str(data_dir))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "The journal is back as it was" in restored.stdout
    journal = Journal.open(JournalPaths(data_dir))
    try:
        assert snapshot(journal.db) == at_backup
        kinds = {b.kind for b in journal.backups.backups()}
        assert BackupKind.BEFORE_RESTORE in kinds
    finally:
        journal.close()


def test_restore_of_something_that_is_not_a_backup_changes_nothing(data_dir, tmp_path):
    _filled(data_dir)
    before = (data_dir / "journal.db").read_bytes()
    bogus = tmp_path / "boodschappen.db"
    bogus.write_text("melk, brood, luiers", encoding="utf-8")
    result = parentjournal("restore", str(bogus), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "not a Parent Journal backup" in result.stdout
    assert "Traceback" not in result.stderr
    assert (data_dir / "journal.db").read_bytes() == before


def test_restore_waits_for_the_open_app(data_dir):
    _filled(data_dir)
    made = parentjournal("backup", "--data-dir", str(data_dir))
    assert made.returncode == 0
    [manual] = backup.list_backups(data_dir / "backups")
    app_lock = InstanceLock(JournalPaths(data_dir))
    assert app_lock.acquire()
    try:
        result = parentjournal("restore", str(manual.path), "--data-dir", str(data_dir))
    finally:
        app_lock.release()
    assert result.returncode == 1
    assert "open on this journal right now" in result.stdout
    assert [b.kind for b in backup.list_backups(data_dir / "backups")] == [BackupKind.MANUAL]
