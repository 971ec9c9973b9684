"""Personal passphrases and care-load pictures: who holds each cell of a picture that is
not shared is sealed at rest; while its author is locked the picture is absent; sharing it
opens its cells for the household, taking it back seals them again."""

from __future__ import annotations

import pytest

from parentjournal.core.careload import Holder, HolderKind, Stage
from parentjournal.store.errors import PersonLockedError
from parentjournal.store.record_io import read_records
from tests.store.sealed_helpers import PASS, leaks

pytestmark = pytest.mark.usefixtures("light_personal_keys")

NAME = "Oma Kwispelstaart"  # someone outside the household, in no other text here
WORD = "Kwispelstaart"
OUTSIDE = Holder(HolderKind.OUTSIDE, None, NAME)


def _picture(journal, person):
    care = journal.careload
    task = care.tasks()[0]
    picture, _ = care.start_picture(person.id)
    care.set_cell(person.id, picture.id, task.id, Stage.DO, OUTSIDE)
    care.set_cell(
        person.id, picture.id, task.id, Stage.NOTICE, Holder(HolderKind.PERSON, person.id)
    )
    return picture, task


def test_an_unshared_picture_is_sealed_and_stays_sealed_when_redone(couple):
    journal, sara, _tom = couple
    picture, task = _picture(journal, sara)
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert leaks(journal.paths, WORD)  # the check can see the name

    journal.personal_locks.set_passphrase(sara.id, PASS)
    assert leaks(journal.paths, WORD) == []
    # A new round starts as a copy of the last one: sealed too.
    again, _ = journal.careload.start_picture(sara.id)
    assert journal.careload.cells_for(sara.id, again.id)[(task.id, Stage.DO)] == OUTSIDE
    assert journal.careload.cells_for(sara.id, picture.id) == {
        (task.id, Stage.DO): OUTSIDE,
        (task.id, Stage.NOTICE): Holder(HolderKind.PERSON, sara.id),
    }
    journal.close()
    assert leaks(journal.paths, WORD) == []


def test_while_locked_unshared_pictures_are_absent_and_cannot_be_changed(couple):
    journal, sara, _tom = couple
    picture, task = _picture(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)

    assert journal.careload.my_pictures(sara.id) == []
    assert journal.careload.current_picture(sara.id) is None
    assert journal.careload.cells_for(sara.id, picture.id) == {}
    with pytest.raises(PersonLockedError):
        journal.careload.set_cell(sara.id, picture.id, task.id, Stage.DO, OUTSIDE)
    with pytest.raises(PersonLockedError):
        journal.careload.share(sara.id, picture.id)
    assert read_records(journal.db) == before

    journal.personal_locks.unlock(sara.id, PASS)
    assert [p.id for p in journal.careload.my_pictures(sara.id)] == [picture.id]


def test_sharing_opens_the_cells_for_the_partner_and_taking_back_seals_them(couple):
    journal, sara, tom = couple
    picture, task = _picture(journal, sara)
    tom_picture, _ = journal.careload.start_picture(tom.id)
    journal.careload.share(tom.id, tom_picture.id)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    assert journal.careload.cells_for(tom.id, picture.id) == {}

    journal.careload.share(sara.id, picture.id)
    journal.personal_locks.lock(sara.id)  # shared cells need no key

    assert journal.careload.cells_for(tom.id, picture.id)[(task.id, Stage.DO)] == OUTSIDE
    side = journal.careload.side_by_side(tom.id, sara.id)
    assert side is not None and side.second_cells[(task.id, Stage.DO)] == OUTSIDE

    journal.personal_locks.unlock(sara.id, PASS)
    journal.careload.stop_sharing(sara.id, picture.id)

    assert journal.careload.cells_for(tom.id, picture.id) == {}
    assert leaks(journal.paths, WORD) == []
    assert journal.careload.cells_for(sara.id, picture.id)[(task.id, Stage.DO)] == OUTSIDE


def test_removing_the_passphrase_unseals_the_pictures(couple):
    journal, sara, _tom = couple
    picture, task = _picture(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.remove_passphrase(sara.id, PASS)
    row = journal.db.execute(
        "SELECT outside_name, sealed FROM care_cell WHERE picture_id = ? AND stage = 'do'",
        [picture.id],
    ).fetchone()
    assert row == (NAME, None)
    assert journal.careload.cells_for(sara.id, picture.id)[(task.id, Stage.DO)] == OUTSIDE
