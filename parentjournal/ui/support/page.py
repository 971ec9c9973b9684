"""Hulp en steun: a calm page with where parents can turn when it is a lot.

Reachable from the Help menu and, through :func:`show_support`, from the check-in. No
screening, no scores; the texts live in ``resources/help`` (Flemish, Dutch and English).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from parentjournal.core.support import REGIONS, load_support
from parentjournal.ui.context import AppContext
from parentjournal.ui.reading_page import ReadingPage

REGION_PREF = "support/region"


class SupportDialog(ReadingPage):
    """Where to turn: the GP, the midwife, child health services, helplines."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, object_name="SupportDialog", minimum=(560, 520), spacing=14)
        layout = self.page_layout

        top = QHBoxLayout()
        self.region_label = QLabel(self)
        self.region_box = QComboBox(self)
        self.region_box.setObjectName("support_region")
        self.region_box.setMinimumHeight(32)
        self.region_label.setBuddy(self.region_box)
        for code in REGIONS:
            self.region_box.addItem("", code)
        # The texts come first; the region choice sits quietly at the bottom.
        top.addWidget(self.region_label)
        top.addWidget(self.region_box)
        top.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text = QLabel(self.scroll)
        self.text.setObjectName("support_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setContentsMargins(4, 4, 12, 4)
        self.scroll.setWidget(self.text)
        layout.addWidget(self.scroll, 1)

        self.buttons = self.close_buttons()
        top.addWidget(self.buttons)
        layout.addLayout(top)

        remembered = str(ctx.prefs.value(REGION_PREF, "BE"))
        self.region_box.setCurrentIndex(max(self.region_box.findData(remembered), 0))
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        self.retranslate()

    @property
    def region(self) -> str:
        return str(self.region_box.currentData())

    def _region_chosen(self, _index: int) -> None:
        self.ctx.prefs.set_value(REGION_PREF, self.region)
        self._fill()

    def _fill(self) -> None:
        page = load_support(self.language(), self.region)
        self.setWindowTitle(page.title)
        parts = [
            f"<h2>{html.escape(page.title)}</h2>",
            f"<p>{html.escape(page.intro)}</p>",
        ]
        for place in page.places:
            contact = f"<br><b>{html.escape(place.contact)}</b>" if place.contact else ""
            parts.append(
                f"<p><b>{html.escape(place.name)}</b><br>{html.escape(place.text)}{contact}</p>"
            )
        parts.append(f"<p><i>{html.escape(page.closing)}</i></p>")
        self.text.setText("".join(parts))
        self.text.setAccessibleName(page.title)

    def retranslate(self) -> None:
        self.region_label.setText(self.tr("&Where do you live?"))
        self.region_box.setAccessibleName(self.tr("Where do you live?"))
        self.region_box.setItemText(0, self.tr("Belgium"))
        self.region_box.setItemText(1, self.tr("The Netherlands"))
        self._fill()
