"""The Dagboek's search list: every match reachable by scrolling, moments too, calm counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.i18n import Translations
from parentjournal.ui.journal.rich_delegate import HtmlRole
from parentjournal.ui.journal.search_model import FIRST_PAGE
from tests.ui.journal_helpers import CTRL, open_window

START = date(2026, 1, 1)


@pytest.fixture(autouse=True)
def english(qapp):
    """The English texts (plural forms included), whatever an earlier test installed."""
    translations = Translations(qapp)
    translations.install("en")
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)


def write(journal, author, body, day, visibility=Visibility.SHARED):
    entry, _ = journal.entries.create(EntryDraft(author.id, day, body, visibility=visibility))
    return entry


def search(qtbot, window, text):
    screen = window.page("journal")
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(screen.search_field, text)
    panel = screen.search_panel
    qtbot.waitUntil(lambda: panel.found.rowCount() > 0, timeout=2000)
    return screen, panel


def test_scrolling_reaches_the_oldest_of_seventy_matches(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    written = [
        write(journal, sara, f"een nacht vol {n}", START + timedelta(days=n)) for n in range(70)
    ]
    window = open_window(qtbot, journal, tmp_path)
    screen, panel = search(qtbot, window, "nacht")
    assert panel.found.rowCount() < 70  # only the first page (and what fills the view)
    qtbot.waitUntil(lambda: "70 entries found" in panel.message.text(), timeout=2000)
    bar = panel.results.verticalScrollBar()
    for _ in range(20):
        if panel.found.rowCount() == 70:
            break
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert panel.found.rowCount() == 70
    assert panel.item_at(69).id == written[0].id  # the first one written, last in the list
    # The keyboard reaches it too, and Enter opens it.
    panel.results.setFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_End)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert screen.editor.entry_id == written[0].id


def test_moments_are_found_next_to_entries_and_open_from_the_list(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, sara, "Lange nacht met koorts", START)
    journal.moments.give(
        MomentDraft(sara.id, START + timedelta(days=1), "Koorts gemeten en rustig gebleven.")
    )
    journal.moments.give(
        MomentDraft(tom.id, START + timedelta(days=2), "Mijn eigen koorts-moment, alleen voor mij.")
    )
    window = open_window(qtbot, journal, tmp_path)
    _screen, panel = search(qtbot, window, "koorts")
    qtbot.waitUntil(lambda: "found" in panel.message.text(), timeout=2000)
    assert [panel.item_at(r).kind for r in range(panel.found.rowCount())] == ["moment", "entry"]
    assert panel.message.text() == "1 entry and 1 moment found"
    row_text = panel.found.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "good going" in row_text and "Koorts gemeten" in row_text

    opened = []

    def accept_the_moment_dialog():
        dialog = next(w for w in window.findChildren(QDialog) if w.isVisible())
        opened.append(dialog)
        dialog.reject()

    panel.results.setFocus()
    panel.results.setCurrentIndex(panel.found.index(0))
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QDialog)), timeout=2000)
    accept_the_moment_dialog()
    assert opened, "Enter on a moment of your own opens it"


def test_the_bin_leaves_the_results_and_undo_brings_it_back(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    write(journal, sara, "Eerste keer zwemmen", START)
    gone = write(journal, sara, "Weer zwemmen, heel blij", START + timedelta(days=1))
    window = open_window(qtbot, journal, tmp_path)
    screen, panel = search(qtbot, window, "zwemmen")
    qtbot.waitUntil(lambda: panel.found.rowCount() == 2, timeout=2000)
    screen.open_entry_id(gone.id)
    screen.delete_entry(gone.id)
    assert [panel.item_at(r).id for r in range(panel.found.rowCount())] != [gone.id]
    assert gone.id not in [panel.item_at(r).id for r in range(panel.found.rowCount())]
    qtbot.waitUntil(lambda: panel.message.text() == "1 entry found", timeout=2000)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert panel.item_at(0).id == gone.id
    qtbot.waitUntil(lambda: panel.message.text() == "2 entries found", timeout=2000)


def test_a_newer_query_replaces_the_older_one(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    for n in range(FIRST_PAGE + 5):
        write(journal, sara, f"appel {n}", START + timedelta(days=n))
    write(journal, sara, "peer", START)
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    panel = screen.search_panel
    qtbot.keyClicks(screen.search_field, "appel")
    screen.search_field.clear()
    qtbot.keyClicks(screen.search_field, "peer")
    qtbot.waitUntil(lambda: panel.found.rowCount() == 1, timeout=2000)
    qtbot.wait(50)  # any count of the older query would have landed by now
    assert panel.item_at(0).text == "peer"
    assert panel.message.text() == "1 entry found"


def test_a_partners_private_words_are_never_listed(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, tom, "Mijn twijfel, alleen voor mij", START, Visibility.PRIVATE)
    write(journal, tom, "Samen twijfel gedeeld", START)
    window = open_window(qtbot, journal, tmp_path)
    assert window.ctx.person_id == sara.id
    _screen, panel = search(qtbot, window, "twijfel")
    qtbot.waitUntil(lambda: panel.message.text() == "1 entry found", timeout=2000)
    assert [panel.item_at(r).text for r in range(panel.found.rowCount())] == [
        "Samen twijfel gedeeld"
    ]


def test_rows_fit_their_text_after_the_list_narrows_or_the_text_grows(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    long_text = "Een hele lange dag met veel te vertellen over de wandeling " * 4
    write(journal, sara, long_text, START)
    window = open_window(qtbot, journal, tmp_path)
    _screen, panel = search(qtbot, window, "wandeling")
    view, delegate = panel.results, panel.results.itemDelegate()
    index = panel.found.index(0)

    def row_height() -> int:
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        return delegate.sizeHint(option, index).height()

    wide = row_height()
    view.setFixedWidth(view.width() // 2)
    qtbot.wait(20)
    narrow = row_height()
    assert narrow > wide  # the text wraps onto more lines
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert row_height() > narrow  # remembered sizes never hide larger text


def test_only_rows_on_screen_are_laid_out_first_and_every_row_fits_once_shown(
    qtbot, couple, tmp_path
):
    journal, sara, _tom = couple
    for n in range(FIRST_PAGE - 1):  # less than a page: nothing else changes the list
        # Texts of different lengths, so a guessed row height can be wrong.
        words = " ".join(["samen gewandeld in het park"] * (1 + n % 5))
        write(journal, sara, f"Dag {n}: {words}", START + timedelta(days=n))
    window = open_window(qtbot, journal, tmp_path)
    _screen, panel = search(qtbot, window, "gewandeld")
    view, delegate = panel.results, panel.results.itemDelegate()
    delegate.forget()
    panel.set_query("gewandeld ")
    panel.run_now()
    assert panel.found.rowCount() == FIRST_PAGE - 1
    laid_out = len(delegate._documents)
    assert 0 < laid_out < FIRST_PAGE - 1  # the rows that fit on screen, not all of them
    # The guesses for the other rows are made from the font's measures; make them all
    # wrong (as they may be for some text) to see each row corrected once it is shown.
    assert delegate._estimates
    for key in delegate._estimates:
        delegate._estimates[key] = QSize(100, 30)
    view.doItemsLayout()

    def rows_fit_their_text() -> bool:
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        shown = [
            row
            for row in range(panel.found.rowCount())
            if view.visualRect(panel.found.index(row)).intersects(view.viewport().rect())
        ]
        for row in shown:
            html = panel.found.data(panel.found.index(row), HtmlRole)
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(0)
            document.setHtml(html)
            document.setTextWidth(view.viewport().width() - 20)
            needed = int(document.size().height()) + 20
            if view.visualRect(panel.found.index(row)).height() != needed:
                return False
        return bool(shown)

    qtbot.waitUntil(rows_fit_their_text, timeout=2000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(rows_fit_their_text, timeout=2000)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(rows_fit_their_text, timeout=2000)
