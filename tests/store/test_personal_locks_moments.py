"""Personal passphrases and goed bezig-momenten: a private moment for oneself is sealed at
rest, absent while its author is locked and findable again after unlocking; a moment for
someone else is written to be read by them and stays as it is."""

from __future__ import annotations

from datetime import date

import pytest

from parentjournal.core.moments import MomentDraft, MomentFilter
from parentjournal.core.timeline import TimelineFilter
from parentjournal.store.errors import PersonLockedError
from parentjournal.store.record_io import read_records
from tests.store.sealed_helpers import PASS, leaks

pytestmark = pytest.mark.usefixtures("light_personal_keys")

WORD = "Wombatgeduld"  # in no other text here
DAY = date(2026, 2, 3)


def _mine(journal, person, text: str = f"Ik bleef kalm, {WORD}", **kw):
    moment, _ = journal.moments.give(MomentDraft(person.id, DAY, text, theme="sleep", **kw))
    return moment


def test_a_moment_for_oneself_is_sealed_one_for_the_partner_is_not(couple):
    journal, sara, tom = couple
    mine = _mine(journal, sara)
    journal.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert leaks(journal.paths, WORD)  # the check can see the word

    journal.personal_locks.set_passphrase(sara.id, PASS)
    assert leaks(journal.paths, WORD) == []
    journal.moments.edit(mine.id, MomentDraft(sara.id, DAY, f"Nog steeds {WORD}"))
    assert leaks(journal.paths, WORD) == []

    for_tom, _ = journal.moments.give(
        MomentDraft(sara.id, DAY, "Ik zag dat jij de nacht deed", recipient_id=tom.id)
    )
    assert journal.moments.get_for(for_tom.id, tom.id).text == "Ik zag dat jij de nacht deed"
    assert journal.moments.get_for(mine.id, sara.id).text == f"Nog steeds {WORD}"
    journal.close()
    assert leaks(journal.paths, WORD) == []


def test_while_locked_sealed_moments_are_absent_from_collection_count_search_and_timeline(couple):
    journal, sara, _tom = couple
    mine = _mine(journal, sara)
    gone = _mine(journal, sara, "Weg")
    journal.moments.delete(gone.id, sara.id)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    journal.personal_locks.lock(sara.id)

    assert journal.moments.collection(sara.id) == []
    assert journal.moments.count(sara.id) == 0
    assert journal.moments.search(sara.id, WORD) == []
    assert journal.moments.surprise(sara.id) is None
    assert journal.moments.bin(sara.id) == []
    assert journal.moments.on_days(sara.id, DAY, DAY) == []
    assert journal.timeline.page(sara.id, filt=TimelineFilter()) == []

    journal.personal_locks.unlock(sara.id, PASS)

    assert [m.id for m in journal.moments.collection(sara.id)] == [mine.id]
    assert journal.moments.count(sara.id, MomentFilter(theme="sleep")) == 1
    hits = journal.moments.search(sara.id, "wombatgeduld")
    assert [h.moment.id for h in hits] == [mine.id]
    assert "\x02" in hits[0].snippet
    assert [m.id for m in journal.moments.bin(sara.id)] == [gone.id]
    assert [i.id for i in journal.timeline.page(sara.id, filt=TimelineFilter())] == [mine.id]


def test_saving_a_moment_for_oneself_while_locked_is_refused_and_writes_nothing(couple):
    journal, sara, tom = couple
    journal.personal_locks.set_passphrase(sara.id, PASS)
    mine = _mine(journal, sara, "Eerst")
    journal.personal_locks.lock(sara.id)
    before = read_records(journal.db)["moment"]

    with pytest.raises(PersonLockedError):
        journal.moments.edit(mine.id, MomentDraft(sara.id, DAY, f"Nieuw {WORD}"))
    with pytest.raises(PersonLockedError):
        _mine(journal, sara)

    assert read_records(journal.db)["moment"] == before
    # A moment for Tom is not "only me": it is written, locked or not.
    _mine(journal, sara, "Voor jou", recipient_id=tom.id)


def test_the_partner_never_sees_a_sealed_moment(couple):
    journal, sara, tom = couple
    mine = _mine(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, PASS)
    for _state in ("unlocked", "locked"):
        assert journal.moments.collection(tom.id) == []
        assert journal.moments.search(tom.id, WORD) == []
        assert journal.moments.get_for(mine.id, tom.id) is None
        journal.personal_locks.lock(sara.id)


def test_the_dagboek_search_finds_a_sealed_moment_only_while_unlocked(couple):
    journal, sara, tom = couple
    mine = _mine(journal, sara)
    journal.personal_locks.set_passphrase(sara.id, PASS)

    found = journal.search.page(sara.id, "wombatgeduld")

    assert [(f.kind, f.item.id) for f in found] == [("moment", mine.id)]
    assert "\x02" in found[0].snippet
    assert journal.search.count(sara.id, "wombatgeduld").get("moment") == 1
    assert journal.search.page(tom.id, "wombatgeduld") == []
    journal.personal_locks.lock(sara.id)
    assert journal.search.page(sara.id, "wombatgeduld") == []
    assert not journal.search.count(sara.id, "wombatgeduld").get("moment")
