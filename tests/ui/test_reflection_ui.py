"""The prompt card, the Terugblik screen, prompt settings and the Hulp en steun page."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from parentjournal.core.model import EntryDraft, Phase, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.i18n import Translations
from parentjournal.ui.context import AppContext
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.reflection.lookback_page import LookbackPage
from parentjournal.ui.reflection.prompt_card import PromptCard, draft_for
from parentjournal.ui.reflection.prompt_settings import PromptSettings
from parentjournal.ui.support import show_support
from parentjournal.ui.support.page import SupportDialog

TODAY = date(2026, 5, 12)
# The offscreen platform cannot resize windows to their hints; a platform notice, not a fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(qapp, couple, tmp_path):
    journal, sara, _tom = couple
    translations = Translations(qapp)
    translations.install("nl")
    context = AppContext(journal, Prefs(tmp_path / "prefs.ini"), translations)
    context.set_person(sara.id)
    yield context
    translations.install("nl")


def _card(qtbot, ctx, seed=1):
    card = PromptCard(ctx, rng=random.Random(seed))
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_card_offers_a_dutch_question_for_the_chosen_phase(qtbot, ctx):
    ctx.journal.household.set_phase(Phase.PREGNANT)
    card = _card(qtbot, ctx)
    seen = set()
    for _ in range(25):
        assert Phase.PREGNANT in card.prompt.phases
        assert card.question.text() == card.prompt.text
        seen.add(card.prompt.id)
        qtbot.mouseClick(card.another_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 25  # "andere vraag" does not bounce between the same few


def test_not_for_me_hides_the_question_for_this_person_only(qtbot, ctx, couple):
    _journal, sara, tom = couple
    card = _card(qtbot, ctx)
    hidden = card.prompt.id
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    assert card.prompt.id != hidden
    assert card.hidden_row.isVisible()
    assert ctx.journal.reflection.store.hidden_prompts(sara.id) == {hidden}
    assert ctx.journal.reflection.store.hidden_prompts(tom.id) == set()
    # A fresh card (the next evening) never offers it to Sara again.
    for seed in range(30):
        other = _card(qtbot, ctx, seed)
        assert other.prompt.id != hidden


def test_undo_brings_the_hidden_question_straight_back(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    card = _card(qtbot, ctx)
    hidden = card.prompt.id
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    assert card.prompt.id == hidden
    assert not card.hidden_row.isVisible()
    assert ctx.journal.reflection.store.hidden_prompts(sara.id) == set()


def test_write_about_this_starts_an_entry_linked_to_the_prompt(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    card = _card(qtbot, ctx)
    with qtbot.waitSignal(card.write_requested) as signal:
        qtbot.keyClick(card.write_button, Qt.Key.Key_Space)
    prompt = signal.args[0]
    entry, _ = ctx.journal.entries.create(draft_for(prompt, sara, TODAY))
    stored = ctx.journal.entries.get_for(entry.id, sara.id)
    assert stored.prompt_id == prompt.id
    assert stored.title == prompt.text
    assert stored.visibility is Visibility.PRIVATE


def test_the_card_steps_aside_when_prompts_are_off_and_returns(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    card = _card(qtbot, ctx)
    settings = PromptSettings(ctx)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.enabled_box.isChecked()
    qtbot.mouseClick(settings.enabled_box, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert not ctx.journal.reflection.enabled(sara.id)
    qtbot.mouseClick(settings.enabled_box, Qt.MouseButton.LeftButton)
    assert card.isVisible() and card.prompt is not None


def test_a_hidden_prompt_can_be_brought_back_in_settings(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    card = _card(qtbot, ctx)
    hidden = card.prompt
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    settings = PromptSettings(ctx)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.hidden_list.item(0).text() == hidden.text
    qtbot.mouseClick(settings.bring_back_button, Qt.MouseButton.LeftButton)
    assert settings.hidden_list.count() == 0
    assert settings.none_hidden.isVisible()
    assert ctx.journal.reflection.store.hidden_prompts(sara.id) == set()


def test_switching_person_gives_the_other_adult_their_own_card(qtbot, ctx, couple):
    _journal, _sara, tom = couple
    card = _card(qtbot, ctx)
    first = card.prompt.id
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    ctx.set_person(tom.id)
    assert not card.hidden_row.isVisible()
    offered = set()
    for _ in range(80):
        offered.add(card.prompt.id)
        card.another()
    assert first in offered  # Sara's "not for me" is not Tom's


def test_the_card_follows_the_language(qtbot, ctx, qapp):
    card = _card(qtbot, ctx)
    dutch = card.question.text()
    assert card.another_button.text() == "&Andere vraag"
    ctx.translations.install("en")
    ctx.language_changed.emit("en")
    assert card.another_button.text() == "An&other question"
    assert card.question.text() != dutch
    assert card.prompt.id == ctx.journal.reflection.prompt(card.prompt.id, "en").id


def _write(ctx, person, day, body, visibility=Visibility.SHARED, themes=()):
    ctx.journal.entries.create(
        EntryDraft(person.id, day, body, visibility=visibility, themes=tuple(themes))
    )


def _page(qtbot, ctx):
    page = LookbackPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(800, 700)
    page.show()
    return page


def _texts(page):
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_on_this_day_shows_earlier_writing_from_the_same_date(qtbot, ctx, couple):
    _journal, sara, tom = couple
    _write(ctx, sara, date(2025, 5, 12), "eerste keer samen gewandeld")
    _write(ctx, tom, date(2026, 4, 12), "Toms eigen gedachten", visibility=Visibility.PRIVATE)
    page = _page(qtbot, ctx)
    assert page.findChildren(QWidget, "lookback_on_this_day")
    assert "eerste keer samen gewandeld" in _texts(page)
    assert "Toms eigen gedachten" not in _texts(page)


def test_on_this_day_is_absent_without_a_word_when_nothing_matches(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    _write(ctx, sara, date(2026, 5, 2), "iets anders", themes=("sleep",))
    page = _page(qtbot, ctx)
    assert page.findChildren(QWidget, "lookback_on_this_day") == []
    assert "Op deze dag" not in _texts(page)
    assert "slaap" in page.findChild(QWidget, "lookback_month_words").text()


def test_a_while_ago_is_offered_softly_and_read_back_on_request(qtbot, ctx, couple):
    _journal, sara, _tom = couple
    _write(ctx, sara, date(2026, 4, 14), "de eerste nacht doorgeslapen", Visibility.PRIVATE)
    page = _page(qtbot, ctx)
    text = page.findChild(QWidget, "lookback_a_while_ago_text")
    assert "Wil je teruglezen wat je toen schreef?" in _texts(page)
    assert not text.isVisible()
    button = page.findChild(QWidget, "lookback_read_back")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert text.isVisible() and "doorgeslapen" in text.text()


def test_a_random_moment_the_person_may_see(qtbot, ctx, couple):
    _journal, sara, tom = couple
    ctx.journal.moments.give(MomentDraft(tom.id, date(2026, 5, 1), "jij bleef zo rustig", sara.id))
    ctx.journal.moments.give(
        MomentDraft(tom.id, date(2026, 5, 2), "Toms privé", visibility=Visibility.PRIVATE)
    )
    page = _page(qtbot, ctx)
    for _ in range(10):
        shown = page.findChild(QWidget, "lookback_moment_text").text()
        assert "jij bleef zo rustig" in shown and "Toms privé" not in shown
        qtbot.mouseClick(
            page.findChild(QWidget, "lookback_another_moment"), Qt.MouseButton.LeftButton
        )


def test_an_empty_journal_has_a_calm_page(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert page.findChild(QWidget, "lookback_empty").isVisible()


def test_the_support_page_opens_from_help_and_switches_region(qtbot, ctx):
    from parentjournal.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.support_action.text() == "Hulp en &steun"
    window.support_action.trigger()
    dialog = window.findChild(SupportDialog)
    assert dialog.isVisible()
    assert "Tele-Onthaal" in dialog.text.text()
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("NL"))
    assert "De Luisterlijn" in dialog.text.text()
    assert ctx.prefs.value("support/region") == "NL"
    assert show_support(ctx, window) is dialog  # the check-in opens the same page
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_hidden_prompts_are_brought_back_from_the_settings_screen(qtbot, ctx, couple):
    from parentjournal.ui.settings.page import SettingsPage

    _journal, sara, _tom = couple
    ctx.journal.reflection.hide(sara.id, "rest-what")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    group = page.group("prompts")
    assert isinstance(group, PromptSettings)
    assert group.hidden_list.item(0).text() == "Wat geeft jou rust, al is het maar tien minuten?"
    group.hidden_list.setFocus()
    qtbot.keyClick(group.hidden_list, Qt.Key.Key_Return)
    assert ctx.journal.reflection.hidden(sara.id, "nl") == []


def test_write_about_this_on_the_journal_screen_saves_a_linked_entry(qtbot, couple, tmp_path):
    from tests.ui.journal_helpers import close_window_and_journal, open_window

    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    card = screen.prompt_card
    assert card.isVisible()
    prompt = card.prompt
    qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    assert screen.editor.body.hasFocus()
    assert screen.editor.title.text() == prompt.text
    assert card.prompt.id != prompt.id  # the card moves on to another question
    qtbot.keyClicks(screen.editor.body, "Een warm bad en vroeg slapen.")
    assert screen.flush()
    [entry] = journal.entry_repo.page(sara.id)
    assert (entry.prompt_id, entry.title, entry.body) == (
        prompt.id,
        prompt.text,
        "Een warm bad en vroeg slapen.",
    )
    close_window_and_journal(qtbot, window, journal)


def test_starting_from_a_prompt_without_typing_keeps_nothing(qtbot, couple, tmp_path):
    from tests.ui.journal_helpers import close_window_and_journal, open_window

    journal, sara, _tom = couple
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.mouseClick(screen.prompt_card.write_button, Qt.MouseButton.LeftButton)
    assert screen.flush()
    assert journal.entry_repo.page(sara.id) == []
    close_window_and_journal(qtbot, window, journal)


def test_a_new_phase_chosen_in_settings_changes_the_question_on_offer(qtbot, ctx):
    ctx.journal.household.set_phase(Phase.PREGNANT)
    card = None
    for seed in range(40):  # find a card showing a pregnancy-only question
        card = _card(qtbot, ctx, seed)
        if card.prompt.phases == {Phase.PREGNANT}:
            break
    assert card.prompt.phases == {Phase.PREGNANT}
    ctx.run(lambda: ctx.journal.household.set_phase(Phase.LATER))
    assert Phase.LATER in card.prompt.phases
