"""Every user-visible string is translated, in Dutch and English, and the .qm files are current.

Fails on: a tr() string missing from the .ts files, an unfinished or empty translation in
either language, or a .qm that is older than its .ts.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_tr_string_is_in_the_ts_files(tmp_path: Path):
    fresh = tmp_path / "fresh"
    i18n.run_lupdate(fresh)
    for ts in sorted(fresh.glob("*.ts")):
        committed = i18n.I18N / ts.name
        assert committed.exists(), f"{ts.name} is missing: run python -m tools.i18n update"
        missing = _messages(ts) - _messages(committed)
        assert not missing, f"{ts.name} lacks {sorted(missing)[:5]}: run tools.i18n update"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_are_finished(lang: str):
    files = sorted(i18n.I18N.glob(f"*_{lang}.ts"))
    assert files, f"no .ts files for {lang}"
    problems = [p for ts in files for p in i18n.problems(ts)]
    assert not problems, "\n".join(problems[:20])


def test_compiled_qm_files_match_their_sources(tmp_path: Path):
    src = tmp_path / "ts"
    shutil.copytree(i18n.I18N, src, ignore=shutil.ignore_patterns("*.qm"))
    fresh = i18n.compile_all(src, tmp_path / "qm")
    for qm in fresh:
        committed = i18n.I18N / qm.name
        assert committed.exists(), f"{qm.name} missing: run python -m tools.i18n compile"
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is stale: run python -m tools.i18n compile"
        )


def test_dutch_is_loaded_for_the_window_title(qapp):
    from PySide6.QtCore import QCoreApplication

    from parentjournal.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.install("nl")
        assert QCoreApplication.translate("MainWindow", "Parent Journal") == "Ouderdagboek"
        translations.install("en")
        assert QCoreApplication.translate("MainWindow", "Parent Journal") == "Parent Journal"
    finally:
        translations.install("nl")


def _translations(ts: Path):
    """(context, source, comment) -> the translation's text(s), for each message."""
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = tuple(f.text for f in tr.findall("numerusform")) or (tr.text,)
            yield (ctx.findtext("name"), msg.findtext("source"), msg.findtext("comment")), forms


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_two_areas_translate_the_same_message_differently(lang: str):
    # A language's areas are compiled into one file, where one message has one translation.
    seen: dict[tuple, tuple[str, tuple]] = {}
    clashes = []
    for ts in sorted(i18n.I18N.glob(f"*_{lang}.ts")):
        for key, forms in _translations(ts):
            first = seen.setdefault(key, (ts.name, forms))
            if first[1] != forms:
                clashes.append(f"{key[:2]}: {first[0]} {first[1]!r} vs {ts.name} {forms!r}")
    assert not clashes, "\n".join(clashes[:10])


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_one_installed_file_translates_every_area(qapp, lang: str):
    from PySide6.QtCore import QCoreApplication

    from parentjournal.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.install(lang)
        for ts in sorted(i18n.I18N.glob(f"*_{lang}.ts")):
            (context, source, comment), forms = next(
                item for item in _translations(ts) if len(item[1]) == 1
            )
            shown = QCoreApplication.translate(context, source, comment)
            assert shown == forms[0], f"{ts.name}: {context} {source!r} shows {shown!r}"
    finally:
        translations.install("nl")
