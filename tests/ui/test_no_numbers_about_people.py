"""No screen shows a percentage, a streak or a per-person total (design rules 1, 3 and 7).

A journal with two adults and some of everything (entries, moments, questions, check-ins) is
opened in the real main window; every section is shown in Dutch and in English, and every
visible text is read: labels, buttons, group titles, list/table/tree items, combo boxes, tabs,
tooltips. A visible progress bar counts as a number about people too, unless it is listed in
``ALLOWED_PROGRESS`` with a reason (e.g. the progress of a backup).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabBar,
    QWidget,
)

from parentjournal.core.checkin import CheckInDraft
from parentjournal.core.model import EntryDraft, Visibility
from parentjournal.core.moments import MomentDraft
from parentjournal.core.visits import QuestionDraft
from parentjournal.i18n import Translations
from parentjournal.ui.context import AppContext
from parentjournal.ui.prefs import Prefs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# objectName -> why a progress bar there is not about a person.
ALLOWED_PROGRESS: dict[str, str] = {}
# objectName -> why the numbers in this widget are not about a person (reviewed exceptions).
ALLOWED_WIDGETS: dict[str, str] = {
    "text_size": "the text size chooser (85 %-250 %) is about letters on the screen, the way "
    "every desktop program offers zoom; it says nothing about anyone.",
}

PERCENT = re.compile(r"\d\s*%|%\s*\d|\bpro(?:c|z)ent\b|\bpercent(?:age)?\b", re.IGNORECASE)
STREAK = re.compile(
    r"\b(?:streaks?|reeks(?:en)?|op rij|in a row|na elkaar|days running)\b", re.IGNORECASE
)
MONTHS = r"jan|feb|mrt|maart|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec"
# Dates and times are numbers about days, not about people: strip them before looking.
DATE_LIKE = (
    re.compile(rf"\b\d{{1,2}}\s*(?:{MONTHS})\w*\.?(?:\s+\d{{4}})?", re.IGNORECASE),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
    re.compile(r"\b\d{1,2}[:.h]\d{2}\b"),
    re.compile(r"\b(?:19|20)\d{2}\b"),
)
NAMES = ("Sara", "Tom")


def _populate(journal, sara, tom) -> None:
    today = date.today()
    for offset in range(0, 40, 3):
        day = today - timedelta(days=offset)
        for person, vis in ((sara, Visibility.SHARED), (tom, Visibility.PRIVATE)):
            journal.entries.create(
                EntryDraft(
                    person.id,
                    day,
                    f"{person.name} schreef iets over de nacht",
                    visibility=vis,
                    themes=("sleep", "feelings"),
                )
            )
    journal.moments.give(MomentDraft(sara.id, today, "Jij bleef rustig", tom.id))
    journal.moments.give(
        MomentDraft(tom.id, today, "Zelf goed gedaan", visibility=Visibility.SHARED)
    )
    journal.questions.add(QuestionDraft(sara.id, "Hoe gaat het met de voeding?"))
    journal.checkins.create(CheckInDraft(tom.id, today, "moe maar blij", energy="low"))


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # list models keep columnCount private in PySide: one column
            return 1

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(min(columns(parent), 12)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str | int | float) and value != "":
                        texts.append(str(value))
                if depth < 2 and column == 0 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    # Header labels are texts too (a column titled "Sara (12)" would be a tally).
    for section in range(columns(QModelIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            texts.append(header)
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can read in ``root`` right now."""
    texts: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in ALLOWED_WIDGETS:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _item_texts(widget)
    return [t.replace("&", "") for t in texts if t]


def numbers_about_people(texts: list[str]) -> list[str]:
    """The texts that show a percentage, a streak or a number next to a person's name."""
    found = []
    for text in texts:
        if PERCENT.search(text) or STREAK.search(text):
            found.append(text)
            continue
        if any(re.search(rf"\b{name}\b", text) for name in NAMES):
            stripped = text
            for pattern in DATE_LIKE:
                stripped = pattern.sub(" ", stripped)
            if re.search(r"\d", stripped):
                found.append(text)
    return found


def test_the_check_itself_catches_what_it_is_for():
    assert numbers_about_people(["Sara: 12 taken", "Tom (3)", "80% gedaan", "5 dagen op rij"]) == [
        "Sara: 12 taken",
        "Tom (3)",
        "80% gedaan",
        "5 dagen op rij",
    ]
    assert numbers_about_people(["Sara · maandag 3 maart 2025", "12 momenten", "Tom, 21:30"]) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_screen_shows_numbers_about_people(qtbot, qapp, couple, tmp_path, language):
    from parentjournal.ui.main_window import MainWindow

    journal, sara, tom = couple
    _populate(journal, sara, tom)
    translations = Translations(qapp)
    translations.install(language)
    try:
        ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"), translations)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        seen_sections = []
        for person in (sara, tom):
            ctx.set_person(person.id)
            for row in range(window.nav.count()):
                key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
                window.show_section(key)
                qapp.processEvents()
                seen_sections.append(key)
                bad = numbers_about_people(visible_texts(window))
                assert not bad, f"{key} as {person.name} ({language}) shows: {bad}"
                bars = [
                    bar.objectName()
                    for bar in window.findChildren(QProgressBar)
                    if bar.isVisible() and bar.objectName() not in ALLOWED_PROGRESS
                ]
                assert not bars, f"{key} shows progress bars {bars}"
        assert "lookback" in seen_sections
    finally:
        translations.install("nl")
