"""Personal passphrases at the storage level: a person's "only me" entries are sealed at
rest, absent while they are locked, and theirs again after unlocking.

Real SQLite files in tmp_path; the distinctive words are looked for in the raw bytes of
journal.db, -wal and -shm, while the journal is open and after it is closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from parentjournal.core.exchange import build_document, validate_document
from parentjournal.core.journal import MAX_BODY_CHARS
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.personal_lock import NoPassphraseError, PassphraseAlreadySetError
from parentjournal.journal import Journal
from parentjournal.paths import JournalPaths
from parentjournal.protection import PassphraseTooShortError
from parentjournal.store import keyfile, person_key_repo
from parentjournal.store.errors import (
    JournalWriteError,
    PersonLockedError,
    WrongPassphraseError,
)
from parentjournal.store.record_io import (
    keys,
    known_schema,
    merge_records,
    read_records,
    schema_names,
    table_shapes,
)
from tests.store.sealed_helpers import leaks

pytestmark = pytest.mark.usefixtures("light_personal_keys")

SECRET = "Xylofoonkusje"  # a word no other text here contains (nor shares a prefix with)
PASS = "lange nachten"
DAY = date(2026, 2, 3)


def _leaks(paths: JournalPaths, word: str = SECRET) -> list[str]:
    return leaks(paths, word)


def _private(journal, person, body: str, **kw) -> str:
    entry, _ = journal.entries.create(EntryDraft(person.id, DAY, body=body, **kw))
    return entry.id


def test_setting_a_passphrase_leaves_no_plaintext_in_the_file_wal_or_index(couple):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, f"Vannacht {SECRET} gezongen", title="Nacht")
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    # The check can see the word: before the passphrase it is in the files.
    assert _leaks(journal.paths)

    code, changes = journal.personal_locks.set_passphrase(sara.id, PASS)

    assert changes.kind == "person" and sara.id in changes.ids
    assert len(keyfile.normalise_code(code)) == len(code)
    assert _leaks(journal.paths) == []
    # Still hers, readable and findable while she is unlocked.
    assert journal.entries.get_for(entry_id, sara.id).body == f"Vannacht {SECRET} gezongen"
    journal.close()
    assert _leaks(journal.paths) == []


def test_writing_and_autosaving_sealed_entries_never_puts_their_words_on_disk(couple):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    entry_id = _private(journal, sara, "Eerste versie")
    for n in range(5):  # the editor's autosave path
        journal.entries.save(
            entry_id,
            EntryDraft(sara.id, DAY, body=f"Versie {n}: {SECRET}", themes=("eigenwoord",)),
        )
        assert _leaks(journal.paths) == []
    assert _leaks(journal.paths, "eigenwoord") == []
    assert journal.entries.get_for(entry_id, sara.id).body == f"Versie 4: {SECRET}"
    journal.close()
    assert _leaks(journal.paths) == []


def test_sharing_unseals_and_making_private_again_seals_without_leftovers(couple):
    journal, sara, tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    entry_id = _private(journal, sara, f"Over {SECRET}")
    shared = EntryDraft(sara.id, DAY, body=f"Over {SECRET}", visibility=Visibility.SHARED)
    journal.entries.save(entry_id, shared)
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    # Shared text is ordinary text: in the file, and Tom finds it.
    assert _leaks(journal.paths)
    assert [h.entry.id for h in journal.entries.search(tom.id, SECRET)] == [entry_id]

    journal.entries.save(entry_id, EntryDraft(sara.id, DAY, body=f"Over {SECRET}"))

    assert _leaks(journal.paths) == []
    assert journal.entries.search(tom.id, SECRET) == []
    assert [h.entry.id for h in journal.entries.search(sara.id, SECRET)] == [entry_id]


def test_while_locked_sealed_entries_are_absent_everywhere(couple):
    journal, sara, _tom = couple
    shared_id, _ = journal.entries.create(
        EntryDraft(sara.id, DAY, body="Samen gewandeld", visibility=Visibility.SHARED)
    )
    private_id = _private(journal, sara, f"Alleen {SECRET}", themes=("sleep",))
    deleted_id = _private(journal, sara, f"Weg {SECRET}")
    journal.entries.delete(deleted_id, sara.id)
    journal.personal_locks.set_passphrase(sara.id, PASS)

    changes = journal.personal_locks.lock(sara.id)

    assert changes.kind == "person" and changes.ids == (sara.id,)
    assert journal.personal_locks.has_passphrase(sara.id)
    assert not journal.personal_locks.is_unlocked(sara.id)
    repo = journal.entry_repo
    assert [e.id for e in repo.page(sara.id)] == [shared_id.id]
    assert repo.count_visible(sara.id) == 1
    assert journal.entries.search(sara.id, SECRET) == []
    assert journal.entries.get_for(private_id, sara.id) is None
    assert journal.entries.bin(sara.id) == []
    assert [e.id for e in journal.entries_between(sara.id)] == [shared_id.id]
    assert [e.id for e in journal.lookback.store.written_by(sara.id, DAY, DAY)] == [shared_id.id]
    assert repo.themes_in_use(sara.id) == []

    journal.personal_locks.unlock(sara.id, PASS)

    assert {e.id for e in repo.page(sara.id)} == {shared_id.id, private_id}
    assert [e.id for e in journal.entries.bin(sara.id)] == [deleted_id]
    assert repo.themes_in_use(sara.id) == ["sleep"]
    assert [e.id for e in repo.page(sara.id, filt=_theme("sleep"))] == [private_id]


def _theme(theme: str):
    from parentjournal.core.timeline import TimelineFilter

    return TimelineFilter(theme=theme)


def test_saving_private_while_locked_is_refused_and_writes_nothing(couple):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    entry_id = _private(journal, sara, "Wat ik schreef")
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)["entry"]

    with pytest.raises(PersonLockedError):
        journal.entries.save(entry_id, EntryDraft(sara.id, DAY, body=f"Nieuw {SECRET}"))
    with pytest.raises(PersonLockedError):
        journal.entries.create(EntryDraft(sara.id, DAY, body=f"Nog {SECRET}"))

    assert read_records(journal.db)["entry"] == before
    assert _leaks(journal.paths) == []


def test_the_other_person_never_sees_them_locked_or_not(couple):
    journal, sara, tom = couple
    private_id = _private(journal, sara, f"Mijn {SECRET}")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    for _state in ("unlocked", "locked"):
        assert journal.entry_repo.page(tom.id) == []
        assert journal.entry_repo.count_visible(tom.id) == 0
        assert journal.entries.search(tom.id, SECRET) == []
        assert journal.entries.get_for(private_id, tom.id) is None
        assert journal.entries_between(tom.id) == []
        journal.personal_locks.lock(sara.id)
    # Tom cannot write into her sealed entry either.
    journal.personal_locks.unlock(sara.id, PASS)
    with pytest.raises(PermissionError):
        journal.entries.save(private_id, EntryDraft(tom.id, DAY, body="van Tom"))


def test_search_finds_sealed_entries_only_while_unlocked_accents_and_all(couple):
    journal, sara, _tom = couple
    journal.entries.create(
        EntryDraft(
            sara.id, date(2026, 2, 1), body="Naar de crèche, gedeeld", visibility=Visibility.SHARED
        )
    )
    sealed_id = _private(journal, sara, "Twijfels over de crèche", title="Crèche")
    journal.personal_locks.set_passphrase(sara.id, PASS)

    hits = journal.entries.search(sara.id, "creche")

    # Newest first, like the file's own hits; the sealed one has its snippet marked.
    assert [h.entry.body for h in hits] == ["Twijfels over de crèche", "Naar de crèche, gedeeld"]
    assert "\x02" in hits[0].snippet
    journal.personal_locks.lock(sara.id)
    assert [h.entry.body for h in journal.entries.search(sara.id, "creche")] == [
        "Naar de crèche, gedeeld"
    ]
    journal.personal_locks.unlock(sara.id, PASS)
    journal.entries.save(sealed_id, EntryDraft(sara.id, DAY, body="Nu over de kinderopvang"))
    assert [h.entry.id for h in journal.entries.search(sara.id, "kinderopvang")] == [sealed_id]
    assert [h.entry.id for h in journal.entries.search(sara.id, "twijfels")] == []


def test_a_wrong_passphrase_is_refused_and_changes_nothing(couple):
    journal, sara, _tom = couple
    _private(journal, sara, "Iets")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)

    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.unlock(sara.id, "korte nachten")
    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.change_passphrase(sara.id, "korte nachten", "nieuwe zin hier")
    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.remove_passphrase(sara.id, "korte nachten")

    assert read_records(journal.db) == before
    assert not journal.personal_locks.is_unlocked(sara.id)


def test_the_recovery_code_unlocks_sets_a_new_passphrase_and_is_then_used_up(couple):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, f"Bewaard {SECRET}")
    code, _ = journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)

    new_code, changes = journal.personal_locks.unlock_with_recovery_code(
        sara.id, code.lower().replace("-", " "), "een nieuwe zin"
    )

    assert changes.kind == "person"
    assert new_code != code
    assert journal.entries.get_for(entry_id, sara.id).body == f"Bewaard {SECRET}"
    journal.personal_locks.lock(sara.id)
    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.unlock(sara.id, PASS)
    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.unlock_with_recovery_code(sara.id, code, "nog een andere zin")
    journal.personal_locks.unlock(sara.id, "een nieuwe zin")
    journal.personal_locks.lock(sara.id)
    journal.personal_locks.unlock_with_recovery_code(sara.id, new_code, "derde zin van mij")
    assert journal.personal_locks.is_unlocked(sara.id)


def test_changing_the_passphrase_rewrites_no_sealed_row(couple):
    journal, sara, _tom = couple
    _private(journal, sara, "Een")
    _private(journal, sara, "Twee")
    code, _ = journal.personal_locks.set_passphrase(sara.id, PASS)
    before = read_records(journal.db)["entry"]

    journal.personal_locks.change_passphrase(sara.id, PASS, "een andere lange zin")

    assert read_records(journal.db)["entry"] == before  # updated_at and sealed text unchanged
    journal.personal_locks.lock(sara.id)
    with pytest.raises(WrongPassphraseError):
        journal.personal_locks.unlock(sara.id, PASS)
    journal.personal_locks.unlock(sara.id, "een andere lange zin")
    assert {e.body for e in journal.entry_repo.page(sara.id)} == {"Een", "Twee"}
    journal.personal_locks.lock(sara.id)
    journal.personal_locks.unlock_with_recovery_code(sara.id, code, "nog eens nieuw")
    assert journal.personal_locks.is_unlocked(sara.id)


def test_removing_the_passphrase_puts_the_text_back(couple):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, f"Terug {SECRET}")
    journal.personal_locks.set_passphrase(sara.id, PASS)

    journal.personal_locks.remove_passphrase(sara.id, PASS)

    assert not journal.personal_locks.has_passphrase(sara.id)
    assert journal.personal_locks.is_unlocked(sara.id)
    row = journal.db.execute("SELECT body, sealed FROM entry WHERE id = ?", [entry_id]).fetchone()
    assert row == (f"Terug {SECRET}", None)
    # The key record stays (soft-deleted), as every record does.
    assert journal.db.execute(
        "SELECT count(*) FROM person_key WHERE deleted_at IS NOT NULL"
    ).fetchone() == (1,)
    with pytest.raises(NoPassphraseError):
        journal.personal_locks.unlock(sara.id, PASS)


def test_passphrase_rules_are_the_journal_passphrase_rules(couple):
    journal, sara, _tom = couple
    with pytest.raises(PassphraseTooShortError):
        journal.personal_locks.set_passphrase(sara.id, "kort")
    assert not journal.personal_locks.has_passphrase(sara.id)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    with pytest.raises(PassphraseAlreadySetError):
        journal.personal_locks.set_passphrase(sara.id, "nog een zin hier")
    with pytest.raises(PassphraseTooShortError):
        journal.personal_locks.change_passphrase(sara.id, PASS, "kort")


def test_a_json_export_and_import_keeps_entries_sealed_and_unlockable(couple, tmp_path):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, f"Meegenomen {SECRET}")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    text = json.dumps(read_records(journal.db), ensure_ascii=False)
    assert SECRET not in text and SECRET.lower() not in text

    target_dir = tmp_path / "elders"
    target_dir.mkdir()
    other = Journal.open(JournalPaths(target_dir))
    try:
        merge_records(other.db, json.loads(text), file_wins=True)
        assert other.personal_locks.has_passphrase(sara.id)
        assert other.entries.get_for(entry_id, sara.id) is None
        other.personal_locks.unlock(sara.id, PASS)
        assert other.entries.get_for(entry_id, sara.id).body == f"Meegenomen {SECRET}"
    finally:
        other.close()
    assert _leaks(JournalPaths(target_dir)) == []


def test_a_backup_and_restore_keep_entries_sealed_and_unlockable(couple):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, f"Veilig {SECRET}")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    made, _ = journal.backups.make_now()
    assert SECRET.encode() not in made.path.read_bytes()
    journal.entries.save(entry_id, EntryDraft(sara.id, DAY, body="Later anders"))

    journal.backups.restore(made.path)

    # Search follows the restored text straight away (the in-memory index is rebuilt).
    assert [h.entry.id for h in journal.entries.search(sara.id, SECRET)] == [entry_id]
    assert journal.entries.search(sara.id, "anders") == []
    journal.personal_locks.lock(sara.id)

    assert journal.entries.get_for(entry_id, sara.id) is None
    journal.personal_locks.unlock(sara.id, PASS)
    assert journal.entries.get_for(entry_id, sara.id).body == f"Veilig {SECRET}"


def test_an_imported_private_entry_in_plaintext_is_sealed_when_its_author_unlocks(couple):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)
    # As a journal from before the passphrase (or from another computer) would bring it.
    journal.db.execute(
        "INSERT INTO entry (id, author_id, day, body, visibility, created_at, updated_at) "
        "VALUES ('99999999-9999-4999-8999-999999999999', ?, '2026-02-03', ?, 'private', "
        "'2026-02-03T20:00:00Z', '2026-02-03T20:00:00Z')",
        [sara.id, f"Oud {SECRET}"],
    )

    journal.personal_locks.unlock(sara.id, PASS)

    assert _leaks(journal.paths) == []
    assert [h.entry.body for h in journal.entries.search(sara.id, SECRET)] == [f"Oud {SECRET}"]


def test_a_reopened_journal_starts_with_everyone_locked(couple):
    journal, sara, _tom = couple
    entry_id = _private(journal, sara, "Na herstart")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.close()
    again = Journal.open(journal.paths)
    try:
        assert not again.personal_locks.is_unlocked(sara.id)
        assert again.entries.get_for(entry_id, sara.id) is None
        again.personal_locks.unlock(sara.id, PASS)
        assert again.entries.get_for(entry_id, sara.id).body == "Na herstart"
    finally:
        again.close()


def test_the_app_wraps_personal_keys_at_the_real_cost(monkeypatch, journal):
    # This module lowers the cost for speed; the module default must stay the real one.
    monkeypatch.undo()
    assert person_key_repo.PersonKeyRepo(journal.db, journal.sealer).cost == keyfile.DEFAULT_COST


def test_command_line_exports_leave_sealed_entries_out_and_say_so_once(couple, data_dir, tmp_path):
    journal, sara, _tom = couple
    journal.entries.create(
        EntryDraft(sara.id, DAY, body="Samen naar de markt", visibility=Visibility.SHARED)
    )
    _private(journal, sara, f"Alleen {SECRET}")
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.close()
    root = Path(__file__).resolve().parent.parent.parent
    out = tmp_path / "sara.md"
    args = ["export", "--format", "markdown", "--person", "Sara", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "parentjournal", *args, "--data-dir", str(data_dir), "--lang", "en"],
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "Samen naar de markt" in text and SECRET not in text
    said = [line for line in done.stdout.splitlines() if "own passphrase" in line]
    assert said == [
        "What Sara keeps under their own passphrase is not in it; that opens only in the app."
    ]


def test_a_locked_save_is_explained_calmly():
    from parentjournal.ui.context import explain

    message = explain(PersonLockedError("sara"))
    # In whichever language an earlier test left installed: it invites to unlock.
    assert "unlock" in message or "ontgrendel" in message
    assert message != explain(JournalWriteError("sara"))


def test_the_longest_entry_sealed_still_passes_the_import_checks(couple, tmp_path):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    body = "Een lange nacht. " * (MAX_BODY_CHARS // 17)
    entry_id = _private(journal, sara, body)
    document = build_document(
        read_records(journal.db),
        app_version="test",
        schema=schema_names(journal.db),
        exported_at="2026-11-22T19:00:00.000000Z",
    )
    target_dir = tmp_path / "elders"
    target_dir.mkdir()
    other = Journal.open(JournalPaths(target_dir))
    try:
        records = validate_document(
            json.loads(json.dumps(document)),
            table_shapes(other.db),
            known_schema=known_schema(),
            existing_keys=lambda table: keys(other.db, table),
        )
        merge_records(other.db, records, file_wins=True)
        other.personal_locks.unlock(sara.id, PASS)
        assert other.entries.get_for(entry_id, sara.id).body == body
    finally:
        other.close()


def test_a_repository_made_later_sees_the_same_people_unlocked(couple):
    from parentjournal.store.entry_repo import EntryRepo
    from parentjournal.store.lookback_repo import LookbackRepo

    journal, sara, _tom = couple
    entry_id = _private(journal, sara, "Gedeeld slot", themes=("sleep",))
    journal.personal_locks.set_passphrase(sara.id, PASS)
    later = EntryRepo(journal.db)
    LookbackRepo(journal.db)

    assert later.get(entry_id).body == "Gedeeld slot"
    # The journal's own theme filter still opens her sealed themes.
    assert journal.entry_repo.themes_in_use(sara.id) == ["sleep"]
