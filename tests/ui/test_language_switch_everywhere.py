"""A language switch keeps what is being typed on every screen (issue 8).

Screens retranslate in place on ``QEvent.LanguageChange``; none may rebuild its fields and
drop half-typed text. Sections come from :func:`parentjournal.ui.sections.sections`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from parentjournal.i18n import Translations
from parentjournal.ui.sections import sections
from parentjournal.ui.settings.display import apply_language
from tests.ui.walk import is_inner_part
from tests.ui.window_helpers import open_window


def _typing_fields(page: QWidget) -> list[QWidget]:
    """The first empty, editable, visible line field and text area of a screen."""
    chosen: list[QWidget] = []
    for kind in (QLineEdit, QPlainTextEdit | QTextEdit):
        for field in page.findChildren(QWidget):
            if not isinstance(field, kind) or not field.isVisible() or not field.isEnabled():
                continue
            if field.isReadOnly() or is_inner_part(field, page):
                continue
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            if not text:
                chosen.append(field)
                break
    return chosen


def _text(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


@pytest.mark.parametrize("key", [section.key for section in sections()])
def test_switching_language_keeps_half_typed_text(qtbot, qapp, couple, tmp_path, key):
    journal, *_ = couple
    translations = Translations(qapp)
    translations.install("nl")
    window = None
    try:
        window = open_window(qtbot, journal, tmp_path / "prefs.ini", translations)
        page = window.show_section(key)
        QApplication.processEvents()
        fields = _typing_fields(page)
        for field in fields:
            qtbot.keyClicks(field, "half getypt")
        assert window.windowTitle() == "Ouderdagboek"

        apply_language(window.ctx, "en")
        QApplication.processEvents()

        assert window.windowTitle() == "Parent Journal"
        section = next(s for s in sections() if s.key == key)
        assert window.nav.currentItem().text() == section.title()
        for field in fields:
            assert "half getypt" in _text(field), f"{key}: {field.objectName()!r} lost its text"
        # Typing started debounce timers (search, autosave). Close the window (which saves)
        # and stop them, so none fires later on a journal this test has closed.
        window.close()
        for timer in window.findChildren(QTimer):
            timer.stop()
    finally:
        translations.install("nl")
        if window is not None:
            # A screen's debounce timer (e.g. a search typed into above) must not fire in
            # the next test, after this journal is closed.
            window.close()
            for timer in window.findChildren(QTimer):
                timer.stop()
