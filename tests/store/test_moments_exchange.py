"""Moments travel through the JSON export and import whole: text, who for whom, privacy,
whether the notice was already shown, the bin, and the search index."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parentjournal.core.exchange import build_document, validate_document
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.journal import Journal
from parentjournal.store.record_io import (
    keys,
    known_schema,
    merge_records,
    read_records,
    schema_names,
    table_shapes,
)


@pytest.fixture
def three_people(couple):
    """Sara, Tom and Mia (a grandmother who helps)."""
    journal, sara, tom = couple
    mia, _ = journal.household.add_person("Mia", "oma")
    return journal, sara, tom, mia


def export_json(journal) -> str:
    document = build_document(
        read_records(journal.db),
        app_version="test",
        schema=schema_names(journal.db),
        exported_at="2026-03-05T10:00:00.000000Z",
    )
    return json.dumps(document, ensure_ascii=False)


def import_json(journal, text: str) -> None:
    records = validate_document(
        json.loads(text),
        table_shapes(journal.db),
        known_schema=known_schema(),
        existing_keys=lambda table: keys(journal.db, table),
    )
    merge_records(journal.db, records, file_wins=True)


def test_moments_round_trip_through_json(couple, tmp_path):
    journal, sara, tom = couple
    entry, _ = journal.entries.create(EntryDraft(sara.id, date(2026, 3, 2), "Slechte nacht"))
    seen, _ = journal.moments.give(
        MomentDraft(sara.id, date(2026, 3, 3), "Ik zag dat jij bleef proberen", tom.id)
    )
    journal.moments.mark_shown(tom.id, [seen.id])
    waiting, _ = journal.moments.give(
        MomentDraft(tom.id, date(2026, 3, 4), "Dank je voor de crèche-mails", sara.id)
    )
    mine, _ = journal.moments.give(
        MomentDraft(
            sara.id, date(2026, 3, 2), "Om hulp gevraagd", theme="self_care", entry_id=entry.id
        )
    )
    binned, _ = journal.moments.give(
        MomentDraft(tom.id, date(2026, 3, 1), "Even gerust", visibility=Visibility.SHARED)
    )
    journal.moments.delete(binned.id, tom.id)
    before = read_records(journal.db)["moment"]

    fresh = Journal.open_dir(tmp_path / "fresh")
    try:
        import_json(fresh, export_json(journal))
        assert read_records(fresh.db)["moment"] == before
        # The notice already shown to Tom does not come back; Sara's is still waiting.
        assert fresh.moments.waiting_for(tom.id) == []
        assert [m.id for m in fresh.moments.waiting_for(sara.id)] == [waiting.id]
        # Privacy, the bin and search work on the imported copy.
        assert {m.id for m in fresh.moments.collection(tom.id)} == {seen.id, waiting.id}
        assert [m.id for m in fresh.moments.bin(tom.id)] == [binned.id]
        assert [h.moment.id for h in fresh.moments.search(sara.id, "creche")] == [waiting.id]
        assert fresh.moments.search(tom.id, "hulp") == []
        linked = fresh.moments.get_for(mine.id, sara.id)
        assert (linked.entry_id, linked.theme) == (entry.id, "self_care")
    finally:
        fresh.close()


def test_importing_the_same_file_twice_adds_no_moment(couple, tmp_path):
    journal, sara, tom = couple
    journal.moments.give(MomentDraft(sara.id, date(2026, 3, 3), "Samen gewandeld", tom.id))
    text = export_json(journal)
    fresh = Journal.open_dir(tmp_path / "fresh")
    try:
        import_json(fresh, text)
        import_json(fresh, text)
        assert fresh.moments.count(tom.id) == 1
        assert len(fresh.moments.search(tom.id, "gewandeld")) == 1
    finally:
        fresh.close()


def test_a_person_scoped_export_never_has_a_partners_private_moment(three_people):
    from parentjournal.documents import journal_document
    from parentjournal.export.markdown import to_markdown

    journal, sara, tom, mia = three_people
    for text, to, visibility in (
        ("Sara alleen voor zichzelf", None, Visibility.PRIVATE),
        ("Sara voor Tom", tom, Visibility.PRIVATE),
        ("Sara voor het hele gezin", None, Visibility.SHARED),
    ):
        journal.moments.give(
            MomentDraft(
                sara.id, date(2026, 3, 3), text, to.id if to else None, visibility=visibility
            )
        )
    words = {
        person.name: to_markdown(journal_document(journal, person.id, language="en"))
        for person in (sara, tom, mia)
    }
    assert "Sara alleen voor zichzelf" in words["Sara"]
    assert "Sara alleen voor zichzelf" not in words["Tom"] + words["Mia"]
    assert "Sara voor Tom" in words["Tom"] and "Sara voor Tom" not in words["Mia"]
    assert all("Sara voor het hele gezin" in text for text in words.values())
