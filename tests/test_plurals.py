"""Plural forms are written for both languages and chosen by Qt at run time (issue 8)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from tools import i18n


def _plural_messages(lang: str) -> list[tuple[str, str, list[str]]]:
    found = []
    for ts in sorted(i18n.I18N.glob(f"*_{lang}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for msg in context.iter("message"):
                if msg.get("numerus") == "yes":
                    forms = [f.text or "" for f in msg.find("translation").iter("numerusform")]
                    found.append((context.findtext("name"), msg.findtext("source"), forms))
    return found


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_both_plural_forms_are_written(lang):
    for context, source, forms in _plural_messages(lang):
        assert len(forms) >= 2, f"{lang} [{context}] {source!r}: one form only"
        assert all(f.strip() for f in forms), f"{lang} [{context}] {source!r}: empty form"
        assert "(s)" not in " ".join(forms), f"{lang} [{context}] {source!r}: '(s)' left in"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_one_and_many_read_differently_in_the_window(qapp, lang):
    from parentjournal.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.install(lang)
        for context, source, _forms in _plural_messages(lang):
            one = QCoreApplication.translate(context, source, "", 1)
            many = QCoreApplication.translate(context, source, "", 3)
            assert one != many, f"{lang} [{context}] {source!r}"
            if "%n" in source or "%Ln" in source:
                assert "1" in one, f"{lang} [{context}] {source!r}: {one!r}"
                assert "3" in many, f"{lang} [{context}] {source!r}: {many!r}"
    finally:
        translations.install("nl")
