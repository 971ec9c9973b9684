"""Personal passphrases against a damaged or meddled-with journal file: a key record or a
sealed text that was changed outside the app is met calmly, opens nothing it should not,
and loses nothing.

Real SQLite files in tmp_path; the damage is written with plain SQL, as another program
(or a hostile JSON import, or a sync gone wrong) could.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from parentjournal.core.model import EntryDraft
from parentjournal.store.errors import JournalDamagedError
from tests.store.sealed_helpers import PASS

pytestmark = pytest.mark.usefixtures("light_personal_keys")

DAY = date(2026, 2, 3)


def _key_row(journal, person_id: str) -> dict:
    row = journal.db.execute(
        "SELECT id, by_passphrase FROM person_key WHERE person_id = ?", [person_id]
    ).fetchone()
    return {"id": row[0], "by_passphrase": json.loads(row[1])}


def _store_wrap(journal, key_id: str, text: str) -> None:
    journal.db.execute("UPDATE person_key SET by_passphrase = ? WHERE id = ?", [text, key_id])


def _sealed(journal, entry_id: str) -> str:
    return journal.db.execute("SELECT sealed FROM entry WHERE id = ?", [entry_id]).fetchone()[0]


# Each is cheap to refuse; none may be handed to Argon2id (lanes 0 and an over-large
# memory would be an error or gigabytes allocated, at every try to unlock).
DAMAGED_WRAPS = {
    "not json": lambda wrap: "{not json",
    "no cost": lambda wrap: json.dumps({k: v for k, v in wrap.items() if k != "cost"}),
    "cost not numbers": lambda wrap: json.dumps(wrap | {"cost": {"iterations": "3"}}),
    "no lanes": lambda wrap: json.dumps(wrap | {"cost": wrap["cost"] | {"lanes": 0}}),
    "16 GiB memory": lambda wrap: json.dumps(wrap | {"cost": wrap["cost"] | {"memory_kib": 2**24}}),
    "memory past any int": lambda wrap: json.dumps(
        wrap | {"cost": wrap["cost"] | {"memory_kib": 2**40}}
    ),
    "salt not base64": lambda wrap: json.dumps(wrap | {"salt": "~~~~"}),
}


@pytest.mark.parametrize("damage", DAMAGED_WRAPS, ids=list(DAMAGED_WRAPS))
def test_a_damaged_key_record_is_refused_calmly_and_nothing_changes(couple, damage):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    entry, _ = journal.entries.create(EntryDraft(sara.id, DAY, body="Alleen voor mij"))
    sealed = _sealed(journal, entry.id)
    journal.personal_locks.lock(sara.id)
    row = _key_row(journal, sara.id)
    _store_wrap(journal, row["id"], DAMAGED_WRAPS[damage](row["by_passphrase"]))

    # A journal problem the screens explain in words (never a crash or a hang).
    with pytest.raises(JournalDamagedError):
        journal.personal_locks.unlock(sara.id, PASS)

    assert not journal.personal_locks.is_unlocked(sara.id)
    assert journal.entries.get_for(entry.id, sara.id) is None
    assert _sealed(journal, entry.id) == sealed  # her text is still there, untouched
    # Put right (a backup, say), the same passphrase opens the same text again.
    _store_wrap(journal, row["id"], json.dumps(row["by_passphrase"]))
    journal.personal_locks.unlock(sara.id, PASS)
    assert journal.entries.get_for(entry.id, sara.id).body == "Alleen voor mij"


def test_a_sealed_text_moved_or_changed_opens_nowhere_and_is_never_emptied(couple):
    journal, sara, tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.set_passphrase(tom.id, "korte dagen")
    first, _ = journal.entries.create(EntryDraft(sara.id, DAY, body="Eerste nacht"))
    second, _ = journal.entries.create(EntryDraft(sara.id, DAY, body="Tweede nacht"))
    toms, _ = journal.entries.create(EntryDraft(tom.id, DAY, body="Van Tom"))
    moved = _sealed(journal, first.id)
    # Sara's first text copied over her second entry and over Tom's; then one byte of
    # her first entry's own text changed.
    for target in (second.id, toms.id):
        journal.db.execute("UPDATE entry SET sealed = ? WHERE id = ?", [moved, target])
    flipped = moved[:20] + ("A" if moved[20] != "A" else "B") + moved[21:]
    journal.db.execute("UPDATE entry SET sealed = ? WHERE id = ?", [flipped, first.id])

    # None opens: not as the first text, not as an empty entry an autosave could fill.
    for person, entry_id in ((sara, first.id), (sara, second.id), (tom, toms.id)):
        assert journal.entries.get_for(entry_id, person.id) is None
    assert journal.entries.search(sara.id, "nacht") == []
    assert journal.entries.search(tom.id, "nacht") == []

    # Taking the lock away leaves what it cannot open sealed, as it was (nothing lost).
    journal.personal_locks.remove_passphrase(sara.id, PASS)
    assert _sealed(journal, first.id) == flipped
    assert _sealed(journal, second.id) == moved
    assert journal.db.execute(
        "SELECT body FROM entry WHERE id IN (?, ?)", [first.id, second.id]
    ).fetchall() == [("",), ("",)]
