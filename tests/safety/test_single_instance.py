"""One app per journal: a second start brings the first window forward and never writes."""

from __future__ import annotations

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
        with qtbot.waitSignal(watcher.came_forward, timeout=5000):
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
    assert list(first.folder.glob("*.front-request"))
