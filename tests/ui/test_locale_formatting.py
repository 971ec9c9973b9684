"""Numbers, dates in date fields and Qt's own buttons follow the active language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox

from parentjournal.i18n import Translations
from parentjournal.ui.formatting import date_edit_format, format_number


def test_numbers_use_the_languages_separators(qapp):
    translations = Translations(qapp)
    try:
        translations.install("nl")
        assert format_number(1250) == "1.250"
        assert format_number(2.5, 1) == "2,5"
        translations.install("en")
        assert format_number(1250) == "1,250"
        assert format_number(2.5, 1) == "2.5"
    finally:
        translations.install("nl")


def test_date_fields_spell_the_month(qtbot, qapp):
    translations = Translations(qapp)
    try:
        for language, expected in (("nl", "14 januari 2027"), ("en", "14 January 2027")):
            translations.install(language)
            field = QDateEdit(QDate(2027, 1, 14))
            qtbot.addWidget(field)
            field.setDisplayFormat(date_edit_format())
            assert field.text() == expected
            assert field.date().toPython() == date(2027, 1, 14)
    finally:
        translations.install("nl")


def test_qts_own_buttons_are_translated_too(qtbot, qapp):
    translations = Translations(qapp)
    try:
        translations.install("nl")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
            "Annuleren"
        )
    finally:
        translations.install("nl")
