"""A language switch in Settings reaches every screen and every open window.

The window is opened in one language with every section built (each tab visited), some of
everything in the journal, and the windows that stay open beside it (the moments bin, the
check-in) open. After a live switch no widget may still show a text of the old language:
a label, button, tab, group box, placeholder, list item, combo choice, accessible name or
tooltip that equals a translation of the old language (and differs in the new one).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from parentjournal.core.checkin import CheckInDraft
from parentjournal.core.moments import MomentDraft
from parentjournal.core.visits import AdviceDraft, QuestionDraft
from parentjournal.i18n import Translations
from parentjournal.ui.sections import sections
from parentjournal.ui.settings.display import apply_language
from tests.ui.window_helpers import open_window
from tools import i18n


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def words_only_in(language: str) -> dict[str, str]:
    """Every translated text of ``language`` that reads differently in the other language,
    mapped to its source (English) text. Short words (3 letters or less) are left out:
    they are too often also a name or a word of the other language."""
    other = "en" if language == "nl" else "nl"
    found: dict[str, str] = {}
    for ts in i18n.I18N.glob(f"*_{language}.ts"):
        theirs = {}
        other_tree = ET.parse(ts.with_name(ts.name.replace(f"_{language}.", f"_{other}.")))
        for msg in other_tree.getroot().iter("message"):
            theirs[msg.findtext("source")] = _forms(msg)
        for msg in ET.parse(ts).getroot().iter("message"):
            source = msg.findtext("source") or ""
            elsewhere = {_plain(form) for form in theirs.get(source, [])}
            for form in _forms(msg):
                if len(_plain(form)) > 3 and _plain(form) not in elsewhere:
                    found[_plain(form)] = source
    return found


def _forms(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def _qt_standard_button(widget: QWidget) -> bool:
    # A dialog's standard button (Close) is also worded again by Qt itself from its own
    # qtbase translation, which other test modules leave installed in this process.
    box = widget.parent()
    return isinstance(box, QDialogButtonBox) and bool(box.standardButton(widget).value)


def texts_of(widget: QWidget) -> list[str]:
    """What a person can read in or hear of ``widget``."""
    if _qt_standard_button(widget):
        return []
    texts = [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
    return [_plain(text) for text in texts if text]


def _fill(journal, sara, tom) -> None:
    today = date.today()
    journal.moments.give(MomentDraft(sara.id, today, "Jij bleef rustig", tom.id))
    binned, _ = journal.moments.give(MomentDraft(sara.id, today, "Even weggezet"))
    journal.moments.delete(binned.id, sara.id)
    journal.questions.add(QuestionDraft(sara.id, "Hoe gaat het met de voeding?"))
    journal.advice.add(AdviceDraft(sara.id, "Samen wandelen", today))
    journal.checkins.create(CheckInDraft(sara.id, today, "moe maar blij", energy="low"))


def _visit_everything(window) -> None:
    for section in sections():
        page = window.show_section(section.key)
        QApplication.processEvents()
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
    # Widgets replaced on the way (deleteLater) are gone before anything is read.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(("first", "then"), [("nl", "en"), ("en", "nl")])
def test_no_word_of_the_old_language_stays(qtbot, qapp, couple, tmp_path, first, then):
    journal, sara, tom = couple
    _fill(journal, sara, tom)
    old_words = words_only_in(first)
    translations = Translations(qapp)
    translations.install(first)
    window = None
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini", translations)
        _visit_everything(window)
        # Windows that stay open beside the main window while a person works on.
        window.show_section("moments")
        window.page("moments").open_bin()
        window.findChild(QAbstractButton, "button_check_in").click()
        QApplication.processEvents()

        apply_language(window.ctx, then)
        QApplication.processEvents()
        _visit_everything(window)

        left = {}
        for widget in [window, *window.findChildren(QWidget)]:
            for text in texts_of(widget):
                if text in old_words:
                    where = f"{type(widget).__name__} {widget.objectName()!r}"
                    left.setdefault(where, f"{text!r} (source {old_words[text]!r})")
        assert not left, f"still in {first} after switching to {then}:\n" + "\n".join(
            f"{where}: {text}" for where, text in sorted(left.items())
        )
    finally:
        translations.install("nl")
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.close()
        if window is not None:
            window.close()
            for timer in window.findChildren(QTimer):
                timer.stop()
