"""Helpers shared by the safety tests: fill a journal, snapshot every record."""

from __future__ import annotations

from datetime import date

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.store.records import RECORD_TABLES, primary_key


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every record table, in a stable order: what "the same journal" means."""
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {
        table: db.execute(f"SELECT * FROM [{table}] ORDER BY {primary_key(table)}").fetchall()
        for table in RECORD_TABLES
        if table in present
    }


def fill(journal, sara, tom) -> None:
    """A small but varied journal: shared, private, deleted, odd characters."""
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 1), "Eerste nacht thuis 🌙"))
    journal.entries.create(
        EntryDraft(tom.id, date(2026, 3, 2), "Samen gewandeld", visibility=Visibility.SHARED)
    )
    gone, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 3), "weg ermee"))
    journal.entries.delete(gone.id, sara.id)
    journal.entries.create(EntryDraft(tom.id, date(2026, 3, 4), "مرحبا\tcontrol\x07 éé"))
