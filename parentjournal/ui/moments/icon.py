"""The goed bezig mark: a small sun drawn with QPainter in the system's highlight colour.

Drawn rather than shipped as a bitmap so it follows the palette (light and dark mode) and
stays sharp at any size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap


def moment_colour(palette: QPalette) -> QColor:
    """The soft accent of moments: the highlight colour, mixed toward the base colour."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    # 25% accent over the base stays readable with the normal text colour in both modes.
    return QColor(
        round(base.red() * 0.75 + accent.red() * 0.25),
        round(base.green() * 0.75 + accent.green() * 0.25),
        round(base.blue() * 0.75 + accent.blue() * 0.25),
    )


def moment_pixmap(palette: QPalette, size: int = 24, ratio: float = 1.0) -> QPixmap:
    """A small sun (a circle with eight short rays) in the palette's highlight colour."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.Highlight)
    centre = QPointF(size / 2, size / 2)
    pen = QPen(colour, max(1.5, size / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    inner, outer = size * 0.32, size * 0.45
    for step in range(8):
        angle = step * math.pi / 4
        painter.drawLine(
            centre + QPointF(math.cos(angle) * inner, math.sin(angle) * inner),
            centre + QPointF(math.cos(angle) * outer, math.sin(angle) * outer),
        )
    painter.setBrush(colour)
    radius = size * 0.2
    painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    painter.end()
    return pixmap


def soften(widget) -> None:
    """Give a label a quieter text colour that still reads well (light and dark palettes).

    Disabled text is too faint for tired eyes; a 70/30 mix of text and background is calmer
    without losing contrast.
    """
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.7 + back.red() * 0.3),
        round(text.green() * 0.7 + back.green() * 0.3),
        round(text.blue() * 0.7 + back.blue() * 0.3),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    widget.setPalette(palette)
