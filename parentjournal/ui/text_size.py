"""Text size for the whole application (Ctrl++ / Ctrl+- / Ctrl+0), remembered per computer.

The size is applied as the *application font*, so every widget that does not pin its own
font follows and layouts reflow. A widget that wants larger or bolder text (a heading) uses
:func:`set_relative_font`, which keeps it relative to the application font when the size
changes; a plain ``setFont`` with a fixed point size would not grow with the rest.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from parentjournal.ui.prefs import Prefs

# Steps people can walk through; 1.0 is the system's own text size.
STEPS: tuple[float, ...] = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
_FACTOR = "pj_font_factor"
_BOLD = "pj_font_bold"
_BASE = "pj_base_point_size"


def _base_point_size(app: QApplication) -> float:
    """The system font size before any scaling, remembered on the application object."""
    base = app.property(_BASE)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a font set in pixels: fall back to a sane default
            base = 10.0
        app.setProperty(_BASE, base)
    return float(base)


def set_relative_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> None:
    """Give ``widget`` text ``factor`` times the application text size, following zoom."""
    widget.setProperty(_FACTOR, float(factor))
    widget.setProperty(_BOLD, bool(bold))
    _apply_relative(widget)


def _apply_relative(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * float(widget.property(_FACTOR)))
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def nearest_step(scale: float) -> int:
    """Index of the step closest to ``scale``."""
    return min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - scale))


def apply_scale(scale: float) -> None:
    """Set all text of the application to ``scale`` times the system size."""
    app = QApplication.instance()
    if app is None:
        return
    base = _base_point_size(app)
    font = QFont(app.font())
    font.setPointSizeF(base * scale)
    app.setFont(font)
    for widget in app.allWidgets():
        if widget.property(_FACTOR) is not None:
            _apply_relative(widget)


class TextSize:
    """The remembered text size of this computer, with one-step changes."""

    def __init__(self, prefs: Prefs):
        self.prefs = prefs

    @property
    def scale(self) -> float:
        return self.prefs.text_scale()

    def set_scale(self, scale: float) -> None:
        """Apply and remember ``scale``."""
        self.prefs.set_text_scale(scale)
        apply_scale(scale)

    def restore(self) -> None:
        """Apply the remembered size (at start-up)."""
        apply_scale(self.scale)

    def larger(self) -> None:
        self.set_scale(STEPS[min(nearest_step(self.scale) + 1, len(STEPS) - 1)])

    def smaller(self) -> None:
        self.set_scale(STEPS[max(nearest_step(self.scale) - 1, 0)])

    def reset(self) -> None:
        self.set_scale(1.0)
