"""Backup file names carry their kind and moment; the folder is read back from them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from parentjournal.store.backup import backup_name, list_backups, parse_name


def test_a_backup_name_gives_back_its_kind_and_moment_to_the_microsecond():
    taken = datetime(2026, 11, 22, 23, 5, 9, 887709, tzinfo=UTC)
    name = backup_name("daily", taken)
    assert name == "daily-20261122T230509887709Z.db"
    assert parse_name(Path(name)) == ("daily", taken)


def test_files_that_are_not_backups_are_left_out_and_left_alone(tmp_path):
    ours = tmp_path / backup_name("daily", datetime(2026, 2, 28, 8, 0, tzinfo=UTC))
    ours.write_bytes(b"")
    impossible = tmp_path / "daily-20261399T250000000000Z.db"  # month 13, hour 25
    impossible.write_bytes(b"mine")
    stranger = tmp_path / "holiday-photos.db"
    stranger.write_bytes(b"mine too")
    assert [b.path for b in list_backups(tmp_path)] == [ours]
    assert impossible.read_bytes() == b"mine" and stranger.read_bytes() == b"mine too"
