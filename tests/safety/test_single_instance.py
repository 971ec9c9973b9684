"""One app per journal: a second start brings the first window forward and never writes."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from parentjournal.instance import InstanceLock
from parentjournal.paths import JournalPaths
from parentjournal.ui.single_instance import FrontRequestWatcher

ROOT = Path(__file__).resolve().parents[2]


# The offscreen platform cannot raise windows and says so; a desktop can.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_start_asks_the_first_window_to_come_forward(qtbot, data_dir):
    paths = JournalPaths(data_dir)
    first = InstanceLock(paths)
    assert first.acquire()
    window = QWidget()
    qtbot.addWidget(window)
    watcher = FrontRequestWatcher(first, window)
    second = InstanceLock(paths)
    try:
        assert not second.acquire()
        # Within a second or so, as a person double-clicking the icon again would expect.
        with qtbot.waitSignal(watcher.came_forward, timeout=2000):
            second.ask_to_come_forward()
        assert window.isVisible()
        assert not list(first.folder.glob("*.front-request"))  # handled, then removed
    finally:
        first.release()
    assert second.acquire()  # once the first app is gone, the journal is free again
    second.release()


def test_the_second_app_leaves_without_opening_the_journal(data_dir, tmp_path):
    paths = JournalPaths(data_dir)
    first = InstanceLock(paths)
    assert first.acquire()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "parentjournal",
                "--data-dir",
                str(data_dir),
                "--config-dir",
                str(tmp_path / "config"),
                "--lang",
                "en",
                "--quit-after-startup",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        first.release()
    assert result.returncode == 0, result.stderr
    assert "already open on this journal" in result.stderr
    assert not paths.journal.exists()  # it never opened, let alone wrote, the journal
    assert list(data_dir.iterdir()) == []  # nor left anything in the journal folder
    assert list(first.folder.glob("*.front-request"))


def test_the_lock_lives_on_this_computer_not_in_the_synced_journal_folder(data_dir, tmp_path):
    paths = JournalPaths(data_dir)
    lock = InstanceLock(paths)
    assert lock.acquire()
    try:
        lock.ask_to_come_forward()
        # Nothing lock-like appears in the folder that Syncthing or Nextcloud may carry.
        assert list(data_dir.iterdir()) == []
        assert data_dir not in lock.folder.parents
        # The same folder under another name is the same journal, so the same lock.
        (tmp_path / "link").symlink_to(data_dir)
        other_spelling = JournalPaths(tmp_path / "link" / ".." / "link")
        assert not InstanceLock(other_spelling).acquire()
        elsewhere = InstanceLock(JournalPaths(tmp_path / "elsewhere"))
        assert elsewhere.acquire()
        elsewhere.release()
    finally:
        lock.release()


def test_a_stale_lock_folder_from_an_older_version_is_cleaned_up(data_dir):
    legacy = data_dir / ".instance"
    legacy.mkdir()
    (legacy / "lock").write_bytes(b"")
    (legacy / "1234.front-request").write_bytes(b"1234")
    lock = InstanceLock(JournalPaths(data_dir))
    assert lock.acquire()
    lock.release()
    assert not legacy.exists()


def test_an_older_version_that_still_has_the_journal_open_keeps_it(data_dir):
    legacy = data_dir / ".instance"
    legacy.mkdir()
    with (legacy / "lock").open("a+b") as old_app:
        fcntl.flock(old_app.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert not InstanceLock(JournalPaths(data_dir)).acquire()  # never two writers
    once_it_closed = InstanceLock(JournalPaths(data_dir))
    assert once_it_closed.acquire()
    once_it_closed.release()


def test_every_version_of_the_app_names_a_journal_s_lock_the_same_way(data_dir):
    # The lock's folder is named by the SHA-256 of the journal's path; a version that
    # computed it differently would not see another version's open window.
    import hashlib

    from parentjournal.paths import instance_dir

    resolved = str(data_dir.resolve()).encode("utf-8")
    assert instance_dir(JournalPaths(data_dir)).name == hashlib.sha256(resolved).hexdigest()[:24]
