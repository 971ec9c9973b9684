"""Samen survives the JSON export and import: tasks, pictures, agreements and check-ins."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parentjournal.core.careload import Holder, HolderKind, Stage
from parentjournal.core.checkin import CheckInDraft
from parentjournal.core.household import AdultInput
from parentjournal.core.model import Visibility
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store.record_io import read_records

pytestmark = pytest.mark.slow  # starts the app twice

DAY = date(2026, 3, 3)
ROOT = Path(__file__).resolve().parent.parent.parent
SAMEN_TABLES = (
    "care_task",
    "care_picture",
    "care_cell",
    "care_agreement",
    "care_agreement_note",
    "checkin",
)


def pj(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _fill(folder: Path) -> None:
    journal = Journal.open(JournalPaths(folder))
    try:
        journal.household.set_up([AdultInput("Sara"), AdultInput("Tom")], [], None)
        sara, tom = journal.household.household().people
        care = journal.careload
        tasks = care.tasks()
        care.rename_task(tasks[0].id, "Flesjes en kolf")
        care.set_hidden(tasks[1].id, True)
        own, _ = care.add_task("Kind en Gezin bellen", "appointments_health")
        for person, holder in (
            (sara, Holder(HolderKind.OUTSIDE, outside_name="oma")),
            (tom, Holder(HolderKind.PERSON, tom.id)),
        ):
            picture, _ = care.start_picture(person.id)
            care.set_cell(person.id, picture.id, own.id, Stage.FOLLOW_UP, holder)
        care.share(sara.id, care.current_picture(sara.id).id)  # Tom's stays private
        agreement, _ = care.add_agreement(sara.id, "Tom belt Kind en Gezin", own.id)
        care.add_note(agreement.id, tom.id, "Loopt goed")
        journal.checkins.create(CheckInDraft(sara.id, DAY, "privé"))
        journal.checkins.create(
            CheckInDraft(tom.id, DAY, "gedeeld", talk_carer=True, visibility=Visibility.SHARED)
        )
    finally:
        journal.close()


def _records(folder: Path) -> dict[str, list[dict]]:
    journal = Journal.open(JournalPaths(folder))
    try:
        found = read_records(journal.db)
        return {t: sorted(found[t], key=lambda r: r["id"]) for t in SAMEN_TABLES}
    finally:
        journal.close()


def test_export_and_import_carry_every_samen_record_and_keep_privacy(tmp_path):
    source = tmp_path / "source"
    _fill(source)
    exported = tmp_path / "journal.json"
    done = pj("export", "--format", "json", "--data-dir", str(source), "--out", str(exported))
    assert done.returncode == 0, done.stdout + done.stderr
    target = tmp_path / "target"
    done = pj("import", str(exported), "--data-dir", str(target))
    assert done.returncode == 0, done.stdout + done.stderr

    before, after = _records(source), _records(target)
    assert all(before[t] for t in SAMEN_TABLES)
    assert after == before

    journal = Journal.open(JournalPaths(target))
    try:
        sara, tom = journal.household.household().people
        care = journal.careload
        names = [t.name for t in care.tasks()]
        assert "Flesjes en kolf" in names and "Kind en Gezin bellen" in names
        assert care.shared_picture(sara.id) is not None
        assert care.shared_picture(tom.id) is None
        assert care.cells_for(sara.id, care.current_picture(tom.id).id) == {}
        assert [c.text for c in journal.checkins.mine(sara.id)] == ["privé"]
        assert journal.checkins.latest_for(sara.id, tom.id) is None
        assert [c.text for c in journal.checkins.to_talk_about_with_carer(sara.id)] == ["gedeeld"]
        [agreement] = care.agreements()
        assert [n.text for n in care.notes(agreement.id)] == ["Loopt goed"]
    finally:
        journal.close()
