"""Moments in the Dagboek timeline: visibly distinct, a quiet line, and Enter opens them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.ui.moments.capture import MomentDialog
from parentjournal.ui.moments.icon import moment_colour
from tests.ui.journal_helpers import open_window, timeline_texts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def english(qapp):
    """The English translation, whatever an earlier test left installed; removed afterwards."""
    from parentjournal.i18n import Translations

    translations = Translations(qapp)
    translations.install("en")
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)


def setup(journal, sara, tom):
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 2), "maandag", Visibility.SHARED))
    journal.moments.give(MomentDraft(sara.id, date(2026, 3, 3), "even gerust", theme="sleep"))
    journal.moments.give(
        MomentDraft(tom.id, date(2026, 3, 3), "Ik zag dat jij bleef proberen", sara.id)
    )
    journal.entries.create(EntryDraft(sara.id, date(2026, 3, 4), "woensdag", Visibility.SHARED))


def row_of_text(screen, text):
    model = screen.model
    return next(
        r for r in range(model.rowCount()) if getattr(model.item_at(r), "text", None) == text
    )


def test_moments_show_on_their_day_with_who_and_for_whom(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    setup(journal, sara, tom)
    journal.moments.mark_shown(sara.id, [m.id for m in journal.moments.waiting_for(sara.id)])
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    assert timeline_texts(screen) == [
        "woensdag",
        "Ik zag dat jij bleef proberen",
        "even gerust",
        "maandag",
    ]
    model = screen.model
    from parentjournal.ui.journal.timeline_model import MetaRole

    for_me = model.index(row_of_text(screen, "Ik zag dat jij bleef proberen")).data(MetaRole)
    assert for_me == "Tom for Sara · good going"
    mine = model.index(row_of_text(screen, "even gerust")).data(MetaRole)
    assert mine == "Sara · good going · only for you · Sleep"


def test_a_moment_row_is_painted_in_the_soft_moment_colour(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    setup(journal, sara, tom)
    journal.moments.mark_shown(sara.id, [m.id for m in journal.moments.waiting_for(sara.id)])
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    view = screen.timeline
    view.clearSelection()
    image = view.viewport().grab().toImage()
    moment_rect = view.visualRect(screen.model.index(row_of_text(screen, "even gerust")))
    entry_rect = view.visualRect(screen.model.index(row_of_text(screen, "maandag")))
    expected = moment_colour(view.palette())
    # A point inside the row's rounded background, left of the text.
    at_moment = image.pixelColor(moment_rect.left() + 8, moment_rect.center().y())
    at_entry = image.pixelColor(entry_rect.left() + 8, entry_rect.center().y())
    assert at_moment.name() == expected.name()
    assert at_entry.name() == view.palette().color(QPalette.ColorRole.Base).name()


def test_enter_on_my_moment_opens_it_and_on_a_partners_goes_to_good_going(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    setup(journal, sara, tom)
    journal.moments.mark_shown(sara.id, [m.id for m in journal.moments.waiting_for(sara.id)])
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    view = screen.timeline
    view.setFocus()
    view.setCurrentIndex(screen.model.index(row_of_text(screen, "even gerust")))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = next(d for d in window.findChildren(MomentDialog) if d.isVisible())
    assert dialog.text_edit.text() == "even gerust"
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    view.setFocus()
    view.setCurrentIndex(screen.model.index(row_of_text(screen, "Ik zag dat jij bleef proberen")))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_section() == "moments"


def test_a_new_moment_appears_in_the_timeline(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(MomentDialog) if d.isVisible())
    qtbot.keyClicks(dialog.text_edit, "Om hulp gevraagd")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: timeline_texts(screen) == ["Om hulp gevraagd"])
