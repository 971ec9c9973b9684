"""The command line opens a journal that has a passphrase, and never leaks or guesses it.

On a terminal it asks (without echo); a script gives ``--passphrase-file``. A wrong or
missing passphrase is explained calmly, exits with 2 and leaves every file as it was.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parentjournal.core.household import AdultInput
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import encryption, keyfile
from tests.safety.helpers import fill, snapshot

ROOT = Path(__file__).resolve().parents[2]
LIGHT = keyfile.KdfCost(iterations=1, lanes=1, memory_kib=1024)
PASSPHRASE = "slapen als een roos"


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def parentjournal(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", "en"],
        cwd=ROOT,
        env=_env(),
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def locked(data_dir, tmp_path) -> tuple[Path, Path, dict]:
    """An encrypted journal with records; returns (folder, passphrase file, snapshot)."""
    journal = Journal.open(JournalPaths(data_dir))
    journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
    sara, tom = journal.household.household().people
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    journal.backups.save_copy(tmp_path / "plain-copy.db")  # made before the passphrase
    paths = journal.paths
    journal.close()
    encryption.turn_on(paths.journal, paths.keyfile, paths.backups, PASSPHRASE, cost=LIGHT)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_dir, secret, before


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "backup": ["backup"],
        "export": ["export", "--out", str(tmp_path / "out.json")],
        "restore": ["restore", str(tmp_path / "plain-copy.db")],
        "demo": ["demo", "--entries", "3"],
    }


@pytest.mark.parametrize("command", ["check", "backup", "export", "restore", "demo"])
def test_a_wrong_passphrase_file_is_explained_and_changes_nothing(locked, tmp_path, command):
    folder, _secret, _before = locked
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("korte nachten\n", encoding="utf-8")
    before = _all_bytes(folder)
    args = [*_commands(tmp_path)[command], "--data-dir", str(folder)]
    result = parentjournal(*args, "--passphrase-file", str(wrong))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "does not open this journal" in result.stderr
    assert "Traceback" not in result.stderr
    assert _all_bytes(folder) == before
    assert not (tmp_path / "out.json").exists()


def test_without_a_terminal_or_a_file_it_says_how_and_changes_nothing(locked):
    folder, _secret, _before = locked
    before = _all_bytes(folder)
    result = parentjournal("check", "--data-dir", str(folder))
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr
    assert _all_bytes(folder) == before


def test_the_passphrase_is_not_an_option_of_its_own(locked):
    folder, _secret, _before = locked
    result = parentjournal("check", "--data-dir", str(folder), "--passphrase", PASSPHRASE)
    assert result.returncode == 2  # argparse refuses it: it would show in `ps`
    assert "unrecognized arguments" in result.stderr


def test_the_right_passphrase_file_opens_it_for_every_command(locked, tmp_path):
    folder, secret, before = locked
    checked = parentjournal("check", "--data-dir", str(folder), "--passphrase-file", str(secret))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "The database file is intact." in checked.stdout
    made = parentjournal(
        "backup", "--data-dir", str(folder), "--passphrase-file", "-", stdin=PASSPHRASE + "\n"
    )
    assert made.returncode == 0, made.stdout + made.stderr
    out = tmp_path / "out.json"
    exported = parentjournal(
        "export", "--out", str(out), "--data-dir", str(folder), "--passphrase-file", str(secret)
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert "Eerste nacht thuis" in out.read_text(encoding="utf-8")
    journal = Journal.open(JournalPaths(folder), passphrase=PASSPHRASE)
    try:
        assert snapshot(journal.db) == before  # reading commands changed no record
    finally:
        journal.close()


def test_restoring_a_backup_from_before_the_passphrase_keeps_the_journal_encrypted(
    locked, tmp_path
):
    folder, secret, before = locked
    journal = Journal.open(JournalPaths(folder), passphrase=PASSPHRASE)
    journal.household.rename(journal.household.household().people[0].id, "Sara B.", "")
    journal.close()
    result = parentjournal(
        "restore",
        str(tmp_path / "plain-copy.db"),
        "--data-dir",
        str(folder),
        "--passphrase-file",
        str(secret),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "back as it was" in result.stdout
    paths = JournalPaths(folder)
    assert encryption.is_encrypted(paths.journal, paths.keyfile)
    journal = Journal.open(paths, passphrase=PASSPHRASE)
    try:
        assert snapshot(journal.db) == before
    finally:
        journal.close()


def _read_until(fd: int, wanted: bytes, timeout: float = 30) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_on_a_terminal_it_asks_without_echo_and_allows_a_typo(locked):
    folder, _secret, _before = locked
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, with this pseudo-terminal as its terminal
        args = ["-m", "parentjournal", "check", "--data-dir", str(folder), "--lang", "en"]
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, *args], _env())
    try:
        assert b"Passphrase of the journal:" in _read_until(fd, b"journal:")
        os.write(fd, b"korte nachten\n")
        after_typo = _read_until(fd, b"journal:")
        assert b"does not open this journal" in after_typo
        assert b"korte nachten" not in after_typo  # nothing typed is echoed
        os.write(fd, PASSPHRASE.encode() + b"\n")
        rest = _read_until(fd, b"In this journal")
        assert b"The database file is intact." in rest
        assert PASSPHRASE.encode() not in rest
    finally:
        _pid, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
