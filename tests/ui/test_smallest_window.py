"""Nothing is cut off in the smallest window the app allows (720×480), in Dutch and English.

Every section (and each tab of a section with tabs) is shown at the window's minimum size;
every visible button and one-line label must have room for its whole text. Rows of buttons
wrap onto a next line (``ui/flow_layout.py``) and columns scroll rather than squeeze.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget, QWidget

from parentjournal.i18n import Translations
from parentjournal.ui.reflection.prompt_card import PromptCard
from parentjournal.ui.sections import sections
from tests.ui.test_long_translations import cut_off_texts
from tests.ui.window_helpers import open_window

SMALLEST = (720, 480)


def _clipped_buttons(top: QWidget) -> list[str]:
    """Visible push buttons whose text is wider than the inside of the button."""
    problems = []
    for button in top.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        text = button.text().replace("&", "")
        if button.fontMetrics().horizontalAdvance(text) > button.contentsRect().width():
            problems.append(f"{button.objectName() or type(button).__name__} {text!r}")
    return problems


def _tab_views(page: QWidget):
    """The page as shown, then each tab of each visible tab widget in turn."""
    yield "as opened"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index).replace("&", "")


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    translations = Translations(qapp)
    translations.install(request.param)
    yield translations
    translations.install("nl")


@pytest.mark.parametrize("key", [section.key for section in sections()])
def test_nothing_is_cut_off_in_the_smallest_window(qtbot, couple, tmp_path, language, key):
    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini", language)
    window.resize(*SMALLEST)
    page = window.show_section(key)
    QApplication.processEvents()
    assert (window.width(), window.height()) == SMALLEST
    problems = []
    for view in _tab_views(page):
        found = _clipped_buttons(window) + cut_off_texts(window)
        problems += [f"{view}: {problem}" for problem in found]
    assert not problems, "cut off at 720×480:\n" + "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("size", [SMALLEST, (1000, 700), (1600, 900)])
def test_the_question_card_buttons_show_their_whole_words(qtbot, couple, tmp_path, language, size):
    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini", language)
    window.resize(*size)
    window.show_section("journal")
    QApplication.processEvents()
    card = window.findChild(PromptCard)
    buttons = [card.write_button, card.another_button, card.hide_button]
    assert all(button.isVisible() for button in buttons)
    assert not _clipped_buttons(card)
    # Nothing overlaps and nothing sticks out of the card: a button that does not fit
    # next to the others goes to the next line.
    rects = [button.geometry() for button in buttons]
    for index, rect in enumerate(rects):
        assert card.contentsRect().contains(rect), f"{buttons[index].text()!r} sticks out"
        for other in rects[index + 1 :]:
            assert not rect.intersects(other)
    # The question above the buttons is not covered by them.
    assert all(card.question.geometry().bottom() < rect.top() for rect in rects)
