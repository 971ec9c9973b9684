"""The Privacy page: reachable from the Help menu, in Dutch and English, and honest."""

from __future__ import annotations

import re

import pytest

from parentjournal.i18n import LANGUAGES
from parentjournal.resources_path import resource
from parentjournal.ui.context import AppContext
from parentjournal.ui.main_window import MainWindow
from parentjournal.ui.prefs import Prefs
from parentjournal.ui.privacy.page import PrivacyDialog, privacy_text


def _headings(language: str) -> list[str]:
    text = resource("help", f"privacy_{language}.md").read_text(encoding="utf-8")
    return re.findall(r"^#+ ", text, flags=re.MULTILINE)


def test_dutch_and_english_pages_have_the_same_shape():
    assert _headings("nl") == _headings("en")
    assert len(_headings("nl")) >= 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_names_the_real_places_and_says_what_is_not_protected(language, tmp_path):
    journal, backups = tmp_path / "mijn_dagboek" / "journal.db", tmp_path / "backups"
    text = privacy_text(language, journal, backups)
    assert f"`{journal}`" in text and f"`{backups}`" in text
    assert "{journal}" not in text and "{backups}" not in text
    # Until the journal file is encrypted, the page must not promise that it is.
    if language == "en":
        assert "**not encrypted**" in text
        assert "watches you type" in text
    else:
        assert "**niet versleuteld**" in text
        assert "meekijkt terwijl je typt" in text


def test_the_help_menu_opens_the_privacy_page(qtbot, couple, tmp_path):
    journal, _sara, _tom = couple
    ctx = AppContext(journal, Prefs(tmp_path / "prefs.ini"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.privacy_action in window.help_menu.actions()
    window.privacy_action.trigger()
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.text.toPlainText()
    assert str(journal.paths.journal) in shown
    assert dialog.text.accessibleName()
    window.privacy_action.trigger()  # a second time brings the same page forward
    assert len(window.findChildren(PrivacyDialog)) == 1
