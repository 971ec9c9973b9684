"""Check-ins in a real SQLite file: private by default, shared by choice, never counted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from parentjournal.core.checkin import CheckInDraft, NotYourCheckInError
from parentjournal.core.model import Visibility


def check_in(journal, person, text, day=date(2026, 3, 3), **kw):
    checkin, _changes = journal.checkins.create(CheckInDraft(person.id, day, text, **kw))
    return checkin


def test_a_check_in_is_private_unless_its_author_shares_it(couple):
    journal, sara, tom = couple
    private = check_in(journal, sara, "Moe, maar het gaat.", energy="moe")
    assert private.visibility is Visibility.PRIVATE
    assert journal.checkins.shared_by(sara.id, tom.id) == []
    assert journal.checkins.latest_for(sara.id, tom.id) is None
    assert journal.checkins.get_for(private.id, tom.id) is None
    assert journal.checkins.latest_for(sara.id, sara.id).text == "Moe, maar het gaat."

    shared = check_in(
        journal, sara, "Beter vandaag", day=date(2026, 3, 5), visibility=Visibility.SHARED
    )
    assert [c.id for c in journal.checkins.shared_by(sara.id, tom.id)] == [shared.id]
    assert journal.checkins.latest_for(sara.id, tom.id).id == shared.id


def test_only_the_author_edits_deletes_and_restores(couple):
    journal, sara, tom = couple
    checkin = check_in(journal, sara, "eerste woord")
    draft = CheckInDraft(sara.id, checkin.day, "eerste woorden", would_help="een nacht slapen")
    saved, _ = journal.checkins.save(checkin.id, draft)
    assert saved.would_help == "een nacht slapen"
    with pytest.raises(NotYourCheckInError):
        journal.checkins.save(checkin.id, replace(draft, author_id=tom.id))
    with pytest.raises(NotYourCheckInError):
        journal.checkins.delete(checkin.id, tom.id)
    journal.checkins.delete(checkin.id, sara.id)
    assert journal.checkins.mine(sara.id) == []
    assert [c.id for c in journal.checkins.bin(sara.id)] == [checkin.id]
    journal.checkins.restore(checkin.id, sara.id)
    assert [c.text for c in journal.checkins.mine(sara.id)] == ["eerste woorden"]


def test_the_visit_export_gets_only_what_the_viewer_may_see(couple):
    journal, sara, tom = couple
    check_in(journal, sara, "privé, voor de vroedvrouw", talk_carer=True)
    shared = check_in(
        journal, tom, "graag eens over slaap", talk_carer=True, visibility=Visibility.SHARED
    )
    check_in(journal, tom, "niets voor de vroedvrouw", visibility=Visibility.SHARED)
    for_sara = journal.checkins.to_talk_about_with_carer(sara.id)
    assert {c.text for c in for_sara} == {"privé, voor de vroedvrouw", shared.text}
    assert [c.text for c in journal.checkins.to_talk_about_with_carer(tom.id)] == [shared.text]


def test_every_adult_gets_the_same_check_in(couple):
    journal, sara, tom = couple
    for person in (sara, tom):
        checkin = check_in(journal, person, "", energy="  op   en  top ", talk_partner=True)
        assert checkin.energy == "op en top" and checkin.talk_partner
    assert CheckInDraft(sara.id, date(2026, 1, 1)).is_empty
