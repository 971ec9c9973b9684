"""Every capability's records pass the import's checks and come back unchanged."""

from __future__ import annotations

import json

from parentjournal.core.exchange import build_document, validate_document
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.store import migrations
from parentjournal.store.record_io import (
    keys,
    known_schema,
    merge_records,
    read_records,
    schema_names,
    table_shapes,
)
from tools.make_schema_fixture import build


def test_a_journal_with_records_in_every_table_survives_export_and_import(tmp_path):
    source_dir, target_dir = tmp_path / "source", tmp_path / "target"
    source_dir.mkdir()
    target_dir.mkdir()
    # The fixture tool fills every table its sample rows know, at the current schema.
    build(migrations.MIGRATIONS._migrations[-1].name, JournalPaths(source_dir).journal)
    source = Journal.open(JournalPaths(source_dir))
    target = Journal.open(JournalPaths(target_dir))
    try:
        records = read_records(source.db)
        filled = sorted(table for table, rows in records.items() if rows)
        assert {"entry", "question", "advice", "moment", "care_cell", "checkin"} <= set(filled)
        text = json.dumps(
            build_document(
                records,
                app_version="test",
                schema=schema_names(source.db),
                exported_at="2026-11-22T19:00:00.000000Z",
            )
        )
        checked = validate_document(
            json.loads(text),
            table_shapes(target.db),
            known_schema=known_schema(),
            existing_keys=lambda table: keys(target.db, table),
        )
        merge_records(target.db, checked, file_wins=True)
        assert read_records(target.db) == records
        # And the imported journal works: Sara finds her shared entry by a word in it.
        sara = next(p for p in target.household.household().people if p.name == "Sara")
        assert [h.entry.title for h in target.entries.search(sara.id, "creche")] == ["Rondleiding"]
    finally:
        source.close()
        target.close()
