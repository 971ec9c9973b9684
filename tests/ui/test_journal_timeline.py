"""Reading back in the Dagboek: the lazy timeline, search, privacy, filters, bin and undo."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.timeline import TimelineFilter
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.bin_dialog import BinDialog
from parentjournal.ui.journal.day_picker import DayPicker
from parentjournal.ui.journal.search_model import snippet_html
from parentjournal.ui.journal.timeline_model import FIRST_PAGE, TimelineModel
from tests.ui.journal_helpers import CTRL, open_window, timeline_texts


def write(journal, author, body, day=None, visibility=Visibility.SHARED, themes=()):
    entry, _ = journal.entries.create(
        EntryDraft(author.id, day or date.today(), body, visibility=visibility, themes=themes)
    )
    return entry


def select(screen, entry_id):
    screen.timeline.setCurrentIndex(screen.model.index(screen.model.row_of(entry_id)))


def test_timeline_is_grouped_by_day_newest_first(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, sara, "eergisteren", date(2026, 3, 1))
    write(journal, tom, "gisteren", date(2026, 3, 2))
    write(journal, sara, "ook gisteren", date(2026, 3, 2))
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    model = screen.model
    rows = [
        "day" if model.item_at(r) is None else model.item_at(r).text
        for r in range(model.rowCount())
    ]
    assert rows == ["day", "ook gisteren", "gisteren", "day", "eergisteren"]
    assert model.index(0).data() == format_day(date(2026, 3, 2))
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable


def test_search_ignores_accents_and_enter_opens_the_entry(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    wanted = write(journal, sara, "Vandaag voor het eerst naar de crèche.", date(2026, 2, 1))
    write(journal, sara, "Iets anders helemaal")
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert screen.search_field.hasFocus()
    qtbot.keyClicks(screen.search_field, "creche")
    results = screen.search_panel.found
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=1000)
    assert screen.list_stack.currentWidget() is screen.search_panel
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    assert screen.editor.entry_id == wanted.id
    assert screen.editor.body.toPlainText() == "Vandaag voor het eerst naar de crèche."
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Escape)
    assert screen.search_field.text() == ""
    assert screen.list_stack.currentWidget() is screen.timeline


def test_search_results_show_the_match_in_bold_and_escape_the_text():
    assert snippet_html("a <b> & \x02crèche\x03 x") == "a &lt;b&gt; &amp; <b>crèche</b> x"


def test_typing_in_search_never_waits_for_the_results(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    write(journal, sara, "slapen")
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    qtbot.keyClicks(screen.search_field, "slap")
    assert screen.search_panel.found.rowCount() == 0  # not yet: debounced
    qtbot.waitUntil(lambda: screen.search_panel.found.rowCount() == 0 or True)
    screen.search_field.setText("slap*")
    qtbot.waitUntil(lambda: screen.search_panel.found.rowCount() == 1, timeout=1000)


def test_a_partners_private_entry_is_invisible_after_switching_person(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, sara, "geheim dagboek voor mij", visibility=Visibility.PRIVATE)
    write(journal, sara, "gedeeld dagboek voor ons", visibility=Visibility.SHARED)
    window = open_window(qtbot, journal, tmp_path)
    screen = window.page("journal")
    assert len(timeline_texts(screen)) == 2
    window.person_box.setCurrentIndex(window.person_box.findData(tom.id))
    window.person_box.activated.emit(window.person_box.currentIndex())
    assert window.ctx.person_id == tom.id
    assert timeline_texts(screen) == ["gedeeld dagboek voor ons"]
    qtbot.keyClicks(screen.search_field, "dagboek")
    screen.search_panel.run_now()
    assert screen.search_panel.found.rowCount() == 1
    assert "1" in screen.search_panel.message.text()


def test_delete_then_ctrl_z_puts_it_back(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, tom, "van Tom", date.today() - timedelta(days=1))
    entry = write(journal, sara, "even weg")
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    select(screen, entry.id)
    qtbot.mouseClick(screen.editor.delete_button, Qt.MouseButton.LeftButton)
    assert timeline_texts(screen) == ["van Tom"]
    assert screen.undo_bar.isVisible()
    assert screen.undo_button.hasFocus()
    assert screen.editor.entry_id is None  # an empty page, not the next person's entry
    qtbot.keyClick(screen.undo_button, Qt.Key.Key_Z, CTRL)
    assert timeline_texts(screen) == ["even weg", "van Tom"]
    assert screen.editor.entry_id == entry.id
    assert not screen.undo_bar.isVisible()


def test_the_bin_lists_my_deleted_entries_and_puts_one_back(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    mine = write(journal, sara, "terug te halen")
    theirs = write(journal, tom, "van Tom weggegooid")
    journal.entries.delete(theirs.id, tom.id)
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    select(screen, mine.id)
    qtbot.mouseClick(screen.editor.delete_button, Qt.MouseButton.LeftButton)
    dialog = BinDialog(screen.ctx, screen)
    qtbot.addWidget(dialog)
    assert dialog.entries.count() == 1  # Tom's bin is his own
    assert "terug te halen" in dialog.entries.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.entries.count() == 0
    assert timeline_texts(screen) == ["terug te halen"]


def test_large_journal_loads_one_page_then_the_rest_while_scrolling(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    first = date(2020, 1, 1)
    with journal.db.atomic():
        for n in range(2000):
            journal.entry_repo.insert(
                EntryDraft(sara.id, first + timedelta(days=n // 3), f"stukje {n}")
            )
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    model = screen.model
    qtbot.wait(50)
    # A first page that fills the list, not the whole journal.
    assert model.loaded_item_count() == FIRST_PAGE
    last = screen.timeline.visualRect(model.index(model.rowCount() - 1))
    assert last.bottom() > screen.timeline.viewport().height()
    assert model.canFetchMore()
    bar = screen.timeline.verticalScrollBar()
    for _ in range(200):
        if not model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        qtbot.wait(5)
    assert model.loaded_item_count() == 2000
    keys = [model.item_at(r).key for r in range(model.rowCount()) if model.item_at(r)]
    assert keys == sorted(keys, reverse=True)
    assert len({k.id for k in keys}) == 2000


def test_filters_by_person_and_theme(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, sara, "sara slaap", themes=("sleep",))
    write(journal, tom, "tom slaap", themes=("sleep",))
    write(journal, tom, "tom werk", themes=("work_family",))
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    filters = screen.filters
    filters.person.setCurrentIndex(filters.person.findData(tom.id))
    filters.person.activated.emit(filters.person.currentIndex())
    assert sorted(timeline_texts(screen)) == ["tom slaap", "tom werk"]
    filters.theme.setCurrentIndex(filters.theme.findData("sleep"))
    filters.theme.activated.emit(filters.theme.currentIndex())
    assert timeline_texts(screen) == ["tom slaap"]
    screen.show_all()
    assert len(timeline_texts(screen)) == 3


def test_person_filter_is_hidden_with_one_adult(qtbot, journal, tmp_path):
    from parentjournal.core.household import AdultInput

    journal.household.set_up([AdultInput("Noor")], [], None)
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    assert not screen.filters.person.isVisible()
    assert screen.filters.theme.isVisible()


def test_calendar_marks_days_with_writing_and_jumps_back(qtbot, couple, tmp_path):
    journal, sara, tom = couple
    write(journal, sara, "begin maart", date(2026, 3, 2))
    write(journal, sara, "eind maart", date(2026, 3, 28))
    write(journal, tom, "privé van Tom", date(2026, 3, 15), visibility=Visibility.PRIVATE)
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    picker = DayPicker(screen.ctx, date(2026, 3, 20), screen)
    qtbot.addWidget(picker)
    assert picker.marked == {date(2026, 3, 2), date(2026, 3, 28)}
    screen.go_to_day(date(2026, 3, 20))
    assert timeline_texts(screen) == ["begin maart"]
    assert screen.jump_bar.isVisible()
    qtbot.mouseClick(screen.show_all_button, Qt.MouseButton.LeftButton)
    assert timeline_texts(screen) == ["eind maart", "begin maart"]


def test_timeline_model_passes_the_model_tester(qtmodeltester, couple):
    journal, sara, tom = couple
    for n in range(12):
        write(journal, sara if n % 2 else tom, f"stukje {n}", date(2026, 1, 1 + n // 3))
    model = TimelineModel(journal.timeline, sara.id, lambda _id: "naam", page_size=5)
    qtmodeltester.check(model)
    model.set_filter(TimelineFilter(author_id=tom.id))
    qtmodeltester.check(model)


def test_an_own_theme_typed_in_the_editor_can_be_used_as_filter(qtbot, couple, tmp_path):
    journal, sara, _tom = couple
    write(journal, sara, "zonder thema")
    screen = open_window(qtbot, journal, tmp_path).page("journal")
    qtbot.keyClicks(screen.editor.body, "met een eigen thema")
    qtbot.keyClicks(screen.editor.themes.own, "avondwandeling")
    screen.editor.save_now()
    theme_box = screen.filters.theme
    index = theme_box.findData("avondwandeling")
    assert index > 0 and theme_box.itemText(index) == "avondwandeling"
    theme_box.setCurrentIndex(index)
    theme_box.activated.emit(index)
    assert timeline_texts(screen) == ["met een eigen thema"]
