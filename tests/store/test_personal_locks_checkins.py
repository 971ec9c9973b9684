"""Personal passphrases and check-ins: a private check-in is sealed at rest, absent while
its author is locked, and never seen by anyone else."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.checkin import CheckInDraft
from parentjournal.core.model import Visibility
from parentjournal.store.errors import PersonLockedError
from parentjournal.store.record_io import read_records
from tests.store.sealed_helpers import PASS, leaks

pytestmark = pytest.mark.usefixtures("light_personal_keys")

WORD = "Quokkadankbaar"  # in no other text here
DAY = date(2026, 2, 3)


def _draft(person, text: str = f"Moe maar {WORD}", **kw) -> CheckInDraft:
    fields = {"energy": "moe", "would_help": f"slapen {WORD}", "talk_carer": True} | kw
    return CheckInDraft(author_id=person.id, day=DAY, text=text, **fields)


def test_a_private_check_in_is_sealed_when_the_passphrase_is_set_and_when_edited(couple):
    journal, sara, _tom = couple
    checkin, _ = journal.checkins.create(_draft(sara))
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert leaks(journal.paths, WORD)  # the check can see the word

    journal.personal_locks.set_passphrase(sara.id, PASS)
    assert leaks(journal.paths, WORD) == []
    journal.checkins.save(checkin.id, _draft(sara, text=f"Beter, {WORD} gerust"))

    assert leaks(journal.paths, WORD) == []
    mine = journal.checkins.mine(sara.id)
    assert [(c.text, c.energy, c.would_help) for c in mine] == [
        (f"Beter, {WORD} gerust", "moe", f"slapen {WORD}")
    ]
    journal.close()
    assert leaks(journal.paths, WORD) == []


def test_while_locked_a_sealed_check_in_is_absent_from_every_read(couple):
    journal, sara, _tom = couple
    shared, _ = journal.checkins.create(_draft(sara, text="Gedeeld", visibility=Visibility.SHARED))
    private, _ = journal.checkins.create(_draft(sara))
    gone, _ = journal.checkins.create(_draft(sara, text="Weg"))
    journal.checkins.delete(gone.id, sara.id)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)

    assert [c.id for c in journal.checkins.mine(sara.id)] == [shared.id]
    assert journal.checkins.latest_for(sara.id, sara.id).id == shared.id
    assert [c.id for c in journal.checkins.to_talk_about_with_carer(sara.id)] == [shared.id]
    assert journal.checkins.get_for(private.id, sara.id) is None
    assert journal.checkins.bin(sara.id) == []

    journal.personal_locks.unlock(sara.id, PASS)
    assert {c.id for c in journal.checkins.mine(sara.id)} == {shared.id, private.id}
    assert [c.id for c in journal.checkins.bin(sara.id)] == [gone.id]


def test_saving_a_private_check_in_while_locked_is_refused_and_writes_nothing(couple):
    journal, sara, _tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    checkin, _ = journal.checkins.create(_draft(sara, text="Eerst"))
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)["checkin"]

    with pytest.raises(PersonLockedError):
        journal.checkins.save(checkin.id, _draft(sara))
    with pytest.raises(PersonLockedError):
        journal.checkins.create(_draft(sara))

    assert read_records(journal.db)["checkin"] == before
    assert leaks(journal.paths, WORD) == []


def test_the_partner_never_sees_a_sealed_check_in(couple):
    journal, sara, tom = couple
    journal.checkins.create(_draft(sara))
    journal.personal_locks.set_passphrase(sara.id, PASS)
    for _state in ("unlocked", "locked"):
        assert journal.checkins.shared_by(sara.id, tom.id) == []
        assert journal.checkins.latest_for(sara.id, tom.id) is None
        assert journal.checkins.to_talk_about_with_carer(tom.id) == []
        journal.personal_locks.lock(sara.id)


def test_sharing_a_sealed_check_in_unseals_it_and_removing_the_passphrase_unseals_all(couple):
    journal, sara, tom = couple
    first, _ = journal.checkins.create(_draft(sara))
    second, _ = journal.checkins.create(_draft(sara, text="Tweede"))
    journal.personal_locks.set_passphrase(sara.id, PASS)

    journal.checkins.save(first.id, _draft(sara, visibility=Visibility.SHARED))
    assert journal.checkins.latest_for(sara.id, tom.id).text == f"Moe maar {WORD}"

    journal.personal_locks.remove_passphrase(sara.id, PASS)
    rows = journal.db.execute("SELECT text, sealed FROM checkin WHERE id = ?", [second.id])
    assert rows.fetchone() == ("Tweede", None)
