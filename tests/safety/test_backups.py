"""Backups: written with the online backup API, verified, rotated, and proven to restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from parentjournal.core.backups import Backup, BackupKind
from parentjournal.core.model import EntryDraft
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import backup, migrations
from parentjournal.store.errors import JournalDamagedError, JournalNewerError
from tests.safety.helpers import fill, snapshot


def test_a_backup_holds_the_same_records_and_passes_the_integrity_check(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    made, changes = journal.backups.make_now()
    assert changes.kind == "backup"
    assert made.kind == BackupKind.MANUAL and made.size > 0
    assert made.path.parent == journal.paths.backups
    assert backup.check_file(made.path) == backup.record_counts(journal.db.conn)
    copy = sqlite3.connect(made.path)
    try:
        assert snapshot(copy) == snapshot(journal.db)
        # One self-contained file: no WAL needed to read it.
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        copy.close()
    assert [b.path for b in journal.backups.backups()] == [made.path]
    assert not list(journal.paths.backups.glob("*.partial"))


def test_the_start_up_backup_is_made_at_most_once_a_day(couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    first = journal.backups.at_start()
    assert first is not None and first.kind == BackupKind.DAILY
    assert journal.backups.at_start() is None
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    later = backup.backup_if_due(journal.db, journal.paths.backups, when=tomorrow)
    assert later is not None
    assert len(journal.backups.backups()) == 2


def test_a_brand_new_empty_journal_gets_no_start_up_backup(journal):
    assert journal.backups.at_start() is None
    assert journal.backups.backups() == []


def _fake(kind: str, when: datetime, folder: Path = Path("/b")) -> Backup:
    return Backup(folder / backup.backup_name(kind, when), kind, when, 1)


def test_rotation_keeps_7_days_4_weeks_6_months_and_every_manual_backup():
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    daily = [_fake(BackupKind.DAILY, now - timedelta(days=d)) for d in range(400)]
    manual = _fake(BackupKind.MANUAL, now - timedelta(days=500))
    kept = backup.to_keep([*daily, manual])
    kept_days = sorted(((now - b.taken_at).days for b in daily if b.path in kept), reverse=True)
    assert manual.path in kept
    # The last seven days, one a week for about a month, one a month for half a year.
    assert set(range(7)) <= set(kept_days)
    # The newest of each of the last six months: Jun 30 is the oldest kept here.
    assert max(kept_days) == (now - datetime(2026, 6, 30, 9, 0, tzinfo=UTC)).days
    assert len(kept_days) <= 7 + 4 + 6
    assert len(kept_days) >= 12


def test_rotation_keeps_the_newest_safety_copies_whatever_their_age():
    now = datetime(2026, 11, 20, tzinfo=UTC)
    old = [_fake(BackupKind.BEFORE_RESTORE, now - timedelta(days=900 + d)) for d in range(8)]
    recent = [_fake(BackupKind.DAILY, now - timedelta(days=d)) for d in range(30)]
    kept = backup.to_keep(old + recent)
    assert {b.path for b in old[: backup.KEEP_SAFETY_COPIES]} <= kept
    assert old[-1].path not in kept


def test_rotate_removes_only_backups_it_no_longer_keeps(tmp_path):
    now = datetime(2026, 11, 20, tzinfo=UTC)
    for days in range(20):
        (tmp_path / backup.backup_name(BackupKind.DAILY, now - timedelta(days=days))).touch()
    stranger = tmp_path / "mijn-eigen-kopie.db"
    stranger.touch()
    removed = backup.rotate(tmp_path)
    left = backup.list_backups(tmp_path)
    assert removed and len(left) + len(removed) == 20
    assert left[0].taken_at == now  # the newest is always kept
    assert stranger.exists()  # files that are not ours are never touched


def test_a_damaged_file_fails_the_check(tmp_path, couple):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    made, _ = journal.backups.make_now()
    data = bytearray(made.path.read_bytes())
    data[4096 : 4096 + 2000] = b"\xff" * 2000  # scribble over the second page
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(JournalDamagedError):
        backup.check_file(broken)
    (tmp_path / "text.db").write_text("geen dagboek", encoding="utf-8")
    with pytest.raises(JournalDamagedError):
        backup.check_file(tmp_path / "text.db")


def _change_everything(journal, sara, tom) -> None:
    first = next(e for e in journal.entry_repo.page(sara.id) if e.author_id == sara.id)
    journal.entries.save(first.id, EntryDraft(sara.id, first.day, "helemaal anders"))
    journal.entries.create(EntryDraft(tom.id, date(2026, 4, 1), "na de backup"))
    journal.household.rename(tom.id, "Tom B.", "papa")


def _backup_of_kind(journal, kind: str, tmp_path: Path, monkeypatch) -> Path:
    """Make a backup the way the app makes that kind, and return its file."""
    if kind == "exported":
        made, _ = journal.backups.save_copy(tmp_path / "elders" / "kopie.db")
        return made.path
    if kind == BackupKind.BEFORE_MIGRATION:
        # A new app version with one more migration opens the journal.
        extra = Migrations._Migration("m9000_test_only", lambda db: None)
        monkeypatch.setattr(
            migrations.MIGRATIONS, "_migrations", [*migrations.MIGRATIONS._migrations, extra]
        )
        journal.db.close()
        reopened = Journal.open(journal.paths)
        journal.db = reopened.db  # the fixture closes this one
        found = [b for b in reopened.backups.backups() if b.kind == kind]
        assert len(found) == 1
        return found[0].path
    if kind == BackupKind.DAILY:
        made = journal.backups.at_start()
        assert made is not None
        return made.path
    if kind == BackupKind.MANUAL:
        return journal.backups.make_now()[0].path
    return journal.backups.before(kind).path


@pytest.mark.parametrize(
    "kind",
    [
        BackupKind.DAILY,
        BackupKind.MANUAL,
        BackupKind.BEFORE_MIGRATION,
        BackupKind.BEFORE_IMPORT,
        BackupKind.BEFORE_RESTORE,
        BackupKind.BEFORE_ENCRYPTION,
        "exported",
    ],
)
def test_every_kind_of_backup_restores_exactly_what_it_held(couple, kind, tmp_path, monkeypatch):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    path = _backup_of_kind(journal, kind, tmp_path, monkeypatch)
    services = Journal.open(journal.paths) if kind == BackupKind.BEFORE_MIGRATION else None
    live = services or journal
    try:
        at_backup = snapshot(live.db)
        _change_everything(live, sara, tom)
        changed = snapshot(live.db)
        assert changed != at_backup
        safety, changes = live.backups.restore(path)
        assert changes.kind == "journal" and changes.restored
        assert snapshot(live.db) == at_backup
        # The journal as it was just before the restore is kept, so the restore can be undone.
        assert safety.kind == BackupKind.BEFORE_RESTORE
        live.backups.restore(safety.path)
        assert snapshot(live.db) == changed
        assert backup.quick_check(live.db) == []
    finally:
        if services is not None:
            services.close()


def test_restore_survives_reopening(couple, data_dir):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    made, _ = journal.backups.make_now()
    at_backup = snapshot(journal.db)
    _change_everything(journal, sara, tom)
    journal.backups.restore(made.path)
    journal.close()
    again = Journal.open(JournalPaths(data_dir))
    try:
        assert snapshot(again.db) == at_backup
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [h.entry.body for h in again.entries.search(sara.id, "nacht")] == [
            "Eerste nacht thuis 🌙"
        ]
    finally:
        again.close()


def test_restoring_a_damaged_file_changes_nothing(couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(JournalDamagedError):
        journal.backups.restore(bad)
    assert snapshot(journal.db) == before
    assert journal.backups.backups() == []  # not even a safety copy was needed


def test_a_backup_from_a_newer_app_or_another_program_is_not_restored(couple, tmp_path):
    journal, sara, tom = couple
    fill(journal, sara, tom)
    before = snapshot(journal.db)
    newer = journal.backups.save_copy(tmp_path / "newer.db")[0].path
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('parentjournal', 'm9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(JournalNewerError):
        journal.backups.restore(newer)
    with pytest.raises(JournalDamagedError):
        journal.backups.restore(other)
    assert snapshot(journal.db) == before
