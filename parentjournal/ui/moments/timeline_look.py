"""How moments appear in the Dagboek timeline: on their day, with the sun mark on a soft
palette colour, a quiet line saying who wrote it for whom, and Enter to open it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from parentjournal.core.model import Visibility
from parentjournal.core.moments import Moment
from parentjournal.core.timeline import TimelineItem
from parentjournal.ui.context import AppContext
from parentjournal.ui.journal.screen import KIND_OPENERS
from parentjournal.ui.journal.timeline_delegate import KIND_LOOKS
from parentjournal.ui.journal.timeline_model import KIND_META
from parentjournal.ui.moments.icon import moment_colour, moment_pixmap
from parentjournal.ui.moments.themes import theme_label


@lru_cache(maxsize=16)
def _icon(highlight: int, base: int, size: int, ratio: float) -> QPixmap:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor.fromRgba(highlight))
    palette.setColor(QPalette.ColorRole.Base, QColor.fromRgba(base))
    return moment_pixmap(palette, size, ratio)


def look(palette: QPalette, size: int, ratio: float) -> tuple[QPixmap, QColor]:
    """The sun mark and the soft background of a moment row, from the current palette."""
    highlight = palette.color(QPalette.ColorRole.Highlight).rgba()
    base = palette.color(QPalette.ColorRole.Base).rgba()
    return _icon(highlight, base, size, ratio), moment_colour(palette)


def meta(item: TimelineItem, name_of) -> str:
    """The quiet line under a moment: who for whom, "good going", and its theme."""
    moment: Moment = item.record
    author = name_of(moment.author_id)
    if moment.recipient_id:
        who = QCoreApplication.translate("MomentTimeline", "{author} for {recipient}").format(
            author=author, recipient=name_of(moment.recipient_id)
        )
    else:
        who = author
    parts = [who, QCoreApplication.translate("MomentTimeline", "good going")]
    if moment.visibility is Visibility.PRIVATE and not moment.recipient_id:
        parts.append(QCoreApplication.translate("MomentTimeline", "only for you"))
    if moment.theme:
        parts.append(theme_label(moment.theme))
    return " · ".join(parts)


def open_moment(ctx: AppContext, screen: QWidget, item: TimelineItem) -> None:
    """Enter on a moment: its author can change it; anyone else reads it in Goed bezig."""
    moment = ctx.journal.moments.get_for(item.id, ctx.person_id)
    if moment is None:
        return
    window = screen.window()
    if moment.author_id == ctx.person_id:
        from parentjournal.ui.moments.capture import MomentDialog

        dialog = MomentDialog(ctx, window, moment)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    elif hasattr(window, "show_section"):
        window.show_section("moments")


def plug_into_timeline() -> None:
    """Register the moment look, quiet line and opener with the Dagboek timeline."""
    KIND_LOOKS["moment"] = look
    KIND_META["moment"] = meta
    KIND_OPENERS["moment"] = open_moment
