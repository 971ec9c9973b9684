"""No text is cut off when a translation is much longer (issue 8, pseudo-translation).

At test time every English message is replaced by itself doubled ("Settings Settings"),
compiled to .qm files in a temp dir and installed. Then every section (from
:func:`parentjournal.ui.sections.sections`) and the welcome dialog are laid out, and each
visible label and button must have room for its whole text, or wrap it.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from parentjournal.i18n import Translations
from parentjournal.ui.sections import sections
from parentjournal.ui.welcome import WelcomeDialog
from tests.ui.walk import describe
from tools import i18n


def _doubled(text: str) -> str:
    # Keep the mnemonic once so "&Save &Save" does not become two shortcuts.
    return f"{text} {text.replace('&', '')}"


def build_pseudo_translations(folder: Path) -> list[Path]:
    """Write and compile doubled-English .ts files for every area; returns the .qm files."""
    folder.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(i18n.I18N.glob("*_en.ts")):
        tree = ET.parse(source)
        for msg in tree.getroot().iter("message"):
            tr = msg.find("translation")
            text = msg.findtext("source") or ""
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for form in tr.findall("numerusform"):
                    form.text = _doubled(form.text or text)
            else:
                tr.text = _doubled(text)
        ts = folder / source.name.replace("_en.ts", "_pseudo.ts")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = ts.with_suffix(".qm")
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        compiled.append(qm)
    return compiled


@pytest.fixture(scope="module")
def pseudo_files(tmp_path_factory):
    return build_pseudo_translations(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_files):
    translations = Translations(qapp)
    translations.install("en")
    installed = []
    for qm in pseudo_files:
        translator = QTranslator(qapp)
        assert translator.load(str(qm)), qm
        qapp.installTranslator(translator)
        installed.append(translator)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install("nl")


def cut_off_texts(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (and not wrapping)."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue
        needed = widget.sizeHint().width()
        if widget.width() + 1 < needed:
            problems.append(
                f"{describe(widget)} {widget.text()!r}: {widget.width()}px of {needed}px"
            )
    return problems


def test_pseudo_translation_is_really_installed(pseudo):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("SettingsPage", "Settings") == "Settings Settings"


@pytest.mark.parametrize("key", [section.key for section in sections()])
def test_no_text_is_cut_off_with_long_translations(qtbot, couple, tmp_path, pseudo, key):
    from tests.ui.window_helpers import open_window

    journal, *_ = couple
    window = open_window(qtbot, journal, tmp_path / "prefs.ini")
    # The most common laptop screen, window maximised.
    window.resize(1366, 740)
    page = window.show_section(key)
    QApplication.processEvents()
    problems = cut_off_texts(page) + cut_off_texts(window.centralWidget())
    assert not problems, "text cut off:\n" + "\n".join(sorted(set(problems)))


def test_the_welcome_has_room_for_long_translations(qtbot, pseudo):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.child_box.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems = cut_off_texts(dialog)
    assert not problems, "text cut off:\n" + "\n".join(problems)
