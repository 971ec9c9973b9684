"""Colours for holders, derived from the system palette so dark mode stays readable.

Each adult gets a hue from their place in the household list (the same on every screen);
the fill is a light tint of that hue over the palette's base colour and the text keeps the
palette's own text colour, so contrast never depends on the hue. Colour is never the only
carrier of meaning: every cell also says the name in words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from parentjournal.core.careload import Holder, HolderKind

# Hues spaced by the golden angle stay distinct for any number of adults.
_GOLDEN_ANGLE = 137.508
# The first adult starts at a warm hue, away from the usual blue of the palette's
# highlight, which marks "together".
_FIRST_HUE = 25.0


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


def person_hue(index: int) -> int:
    return int((_FIRST_HUE + index * _GOLDEN_ANGLE) % 360)


def holder_fill(holder: Holder, people_order: list[str], palette: QPalette) -> QColor | None:
    """The background of a cell for ``holder``, or None for "no colour" (nobody really)."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    if holder.kind is HolderKind.NOBODY:
        return None
    if holder.kind is HolderKind.TOGETHER:
        tint = palette.color(QPalette.ColorRole.Highlight)
    elif holder.kind is HolderKind.OUTSIDE:
        tint = palette.color(QPalette.ColorRole.Mid)
    else:
        index = people_order.index(holder.person_id) if holder.person_id in people_order else 0
        tint = QColor.fromHsl(person_hue(index), 170, 110 if dark else 150)
    return _blend(base, tint, 0.35 if dark else 0.30)
