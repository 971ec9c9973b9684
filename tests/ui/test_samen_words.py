"""A map, not a ledger: no Samen screen shows a percentage, a tally or a per-person total.

Walks the text of every widget of every Samen view (labels, buttons, tabs, tooltips, table
cells, list rows, combo items) in Dutch and English, with one adult and with two.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from parentjournal.core.careload import Holder, HolderKind, Stage
from parentjournal.core.checkin import CheckInDraft
from parentjournal.core.household import AdultInput
from parentjournal.core.model import Visibility
from parentjournal.i18n import Translations
from parentjournal.ui.samen.agreements import AgreementDialog
from parentjournal.ui.samen.checkin_dialog import CheckInDialog
from tests.ui.samen_helpers import open_window

LEDGER = re.compile(
    r"%|\d+\s*(x|×|keer|times)\b|\b(total|totaal|score|punten|points|percent|procent|"
    r"meer dan|more than|minder dan|less than|eerlijk deel|fair share|winnaar|winner)\b",
    re.IGNORECASE,
)


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text a person can see or hear from ``root`` and its children."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                found += [header.text(), header.toolTip()] if header else []
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    found += [item.text(), item.toolTip()] if item else []
    return [t for t in found if t]


def _fill(journal, people):
    care = journal.careload
    tasks = care.tasks()
    holders = [Holder(HolderKind.PERSON, p.id) for p in people]
    holders += [Holder(HolderKind.NOBODY), Holder(HolderKind.OUTSIDE, outside_name="oma")]
    if len(people) > 1:
        holders.append(Holder(HolderKind.TOGETHER))
    for n, person in enumerate(people):
        picture, _ = care.start_picture(person.id)
        for i, task in enumerate(tasks):
            for k, stage in enumerate(Stage):
                holder = holders[(i + k * (n + 1)) % len(holders)]
                care.set_cell(person.id, picture.id, task.id, stage, holder)
        care.share(person.id, picture.id)
        journal.checkins.create(
            CheckInDraft(
                person.id,
                date(2026, 3, 3),
                "Het gaat",
                energy="moe",
                talk_partner=True,
                visibility=Visibility.SHARED,
            )
        )
    care.add_agreement(people[0].id, "Vanaf nu doe ik de was", tasks[13].id)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("adults", [1, 2])
def test_no_samen_view_shows_numbers_about_people(journal, qtbot, tmp_path, qapp, lang, adults):
    translations = Translations(qapp)
    translations.install(lang)
    try:
        names = [AdultInput("Sara"), AdultInput("Tom")][:adults]
        journal.household.set_up(names, [], None)
        people = list(journal.household.household().people)
        _fill(journal, people)
        _ctx, window = open_window(qtbot, journal, tmp_path)
        page = window.show_section("samen")
        texts: list[str] = []
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            texts += widget_texts(page)
        page.ask_to_share()
        texts += widget_texts(page.confirm)
        dialogs = [CheckInDialog(_ctx, window), AgreementDialog(_ctx, window)]
        for dialog in dialogs:
            texts += widget_texts(dialog)
            dialog.close()
        assert len(texts) > 100  # the walk really saw the views
        if adults == 2:
            grid = page.side_by_side.table
            assert any(grid.cell_text(t, s) for t in grid.task_ids() for s in Stage)
        offending = [t for t in texts if LEDGER.search(t)]
        assert offending == []
    finally:
        translations.install("nl")


def test_the_walk_catches_a_tally():
    label = QLabel("Sara: 12 keer, Tom: 3 keer (80%)")
    try:
        assert any(LEDGER.search(t) for t in widget_texts(label))
    finally:
        label.deleteLater()
