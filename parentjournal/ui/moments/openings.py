"""Example openings shown as placeholder text in the capture field, one at a time.

They are about trying, noticing, resting, asking for help and repairing after a rough
moment, never about a child achieving something. Which one shows rotates each time the
capture opens (remembered per computer), so the field does not feel like a form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parentjournal.ui.prefs import Prefs

_ROTATION_KEY = "moments/opening"


def openings_for_yourself() -> list[str]:
    """Openings for a moment you write for yourself."""
    return [
        QCoreApplication.translate("MomentOpenings", "Today I tried…"),
        QCoreApplication.translate("MomentOpenings", "I asked for help with…"),
        QCoreApplication.translate("MomentOpenings", "I took a moment of rest when…"),
        QCoreApplication.translate("MomentOpenings", "I noticed that I…"),
        QCoreApplication.translate("MomentOpenings", "It was hard, and still I…"),
        QCoreApplication.translate("MomentOpenings", "After a rough moment, I…"),
        QCoreApplication.translate("MomentOpenings", "I was gentle with myself when…"),
        QCoreApplication.translate("MomentOpenings", "Today I let something go:"),
        QCoreApplication.translate("MomentOpenings", "I kept going with…"),
    ]


def openings_for_someone() -> list[str]:
    """Openings for a moment you write for someone else in the household."""
    return [
        QCoreApplication.translate("MomentOpenings", "I saw that you…"),
        QCoreApplication.translate("MomentOpenings", "I noticed how you…"),
        QCoreApplication.translate("MomentOpenings", "Thank you for thinking of…"),
        QCoreApplication.translate("MomentOpenings", "It helped me when you…"),
        QCoreApplication.translate("MomentOpenings", "I was glad you took some rest when…"),
        QCoreApplication.translate("MomentOpenings", "You tried again after…"),
        QCoreApplication.translate("MomentOpenings", "I liked how we made up after…"),
        QCoreApplication.translate("MomentOpenings", "It was good that you asked for help with…"),
        QCoreApplication.translate("MomentOpenings", "You quietly kept track of…"),
    ]


def next_turn(prefs: Prefs) -> int:
    """Advance the rotation and return this turn's number."""
    try:
        turn = int(prefs.value(_ROTATION_KEY, 0)) + 1
    except (TypeError, ValueError):
        turn = 0
    prefs.set_value(_ROTATION_KEY, turn)
    return turn


def opening(turn: int, *, for_someone: bool) -> str:
    """The opening for this turn, in the active language."""
    choices = openings_for_someone() if for_someone else openings_for_yourself()
    return choices[turn % len(choices)]
