"""Choices shown in the visit screens (care providers, advice sources, stances), translated.

Stored values are stable keys (see :mod:`parentjournal.core.visits`); what a person types
instead is kept as their own words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from parentjournal.core.visits import Stance


def provider_choices() -> list[tuple[str, str]]:
    """(key, label) for "who is this question for?"."""
    return [
        ("", QCoreApplication.translate("VisitChoices", "Anyone")),
        ("midwife", QCoreApplication.translate("VisitChoices", "Midwife")),
        ("gp", QCoreApplication.translate("VisitChoices", "GP")),
        ("paediatrician", QCoreApplication.translate("VisitChoices", "Paediatrician")),
        ("child_health", QCoreApplication.translate("VisitChoices", "Kind en Gezin")),
        ("other", QCoreApplication.translate("VisitChoices", "Someone else")),
    ]


def source_choices() -> list[tuple[str, str]]:
    """(key, label) for "where did this advice come from?"."""
    return [
        ("midwife", QCoreApplication.translate("VisitChoices", "Midwife")),
        ("doctor", QCoreApplication.translate("VisitChoices", "Doctor")),
        ("family", QCoreApplication.translate("VisitChoices", "Family")),
        ("friends", QCoreApplication.translate("VisitChoices", "Friends")),
        ("book", QCoreApplication.translate("VisitChoices", "Book")),
        ("website", QCoreApplication.translate("VisitChoices", "Website")),
        ("social_media", QCoreApplication.translate("VisitChoices", "Social media")),
        ("other", QCoreApplication.translate("VisitChoices", "Other")),
    ]


def stance_choices() -> list[tuple[Stance, str]]:
    """(stance, label): the household's own view, never a verdict."""
    return [
        (Stance.FITS_US, QCoreApplication.translate("VisitChoices", "Fits us")),
        (Stance.DOUBT, QCoreApplication.translate("VisitChoices", "Not sure yet")),
        (Stance.NOT_FOR_US, QCoreApplication.translate("VisitChoices", "Not for us")),
        (Stance.NONE, QCoreApplication.translate("VisitChoices", "We don't know yet")),
    ]


def label_for(choices: list[tuple[str, str]], key: str) -> str:
    """The label of ``key``, or the key itself when it is a person's own words."""
    return next((label for k, label in choices if k == key), key)


def fill_choice_box(box: QComboBox, choices: list[tuple[str, str]], current: str) -> None:
    """Fill an (editable) combo box with choices and select ``current`` (or type it in)."""
    box.clear()
    for key, label in choices:
        box.addItem(label, key)
    index = box.findData(current)
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(current)


def chosen_key(box: QComboBox) -> str:
    """The stable key of the chosen item, or the words typed in an editable box."""
    text = box.currentText().strip()
    index = box.findText(text)
    if index >= 0:
        return str(box.itemData(index) or "")
    return text
