"""The Settings screen: a calm column of titled groups (see :mod:`.groups`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from parentjournal.ui.context import AppContext
from parentjournal.ui.settings import settings_title
from parentjournal.ui.settings.groups import SettingsGroup, settings_groups
from parentjournal.ui.text_size import set_relative_font

# A readable line length, in average characters, so it grows with the text size (Ctrl++);
# wider screens get white space rather than long lines.
COLUMN_CHARACTERS = 125


class SettingsPage(QScrollArea):
    """All settings groups, one below the other, scrollable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SettingsPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        column = QWidget(self)
        self.column = column
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(18)
        self.heading = QLabel(column)
        set_relative_font(self.heading, 1.3, bold=True)
        layout.addWidget(self.heading)
        self.groups: list[tuple[SettingsGroup, QGroupBox, QWidget]] = []
        for group in settings_groups():
            box = QGroupBox(column)
            box.setObjectName(f"settings_{group.key}")
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(14, 12, 14, 14)
            widget = group.factory(ctx)
            widget.setParent(box)
            box_layout.addWidget(widget)
            layout.addWidget(box)
            self.groups.append((group, box, widget))
        layout.addStretch(1)
        self.setWidget(column)
        self._fit_column()
        self.retranslate()

    def _fit_column(self) -> None:
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS)

    def group(self, key: str) -> QWidget:
        """The widget of the group ``key`` (for tests and for jumping to a group)."""
        return next(widget for group, _box, widget in self.groups if group.key == key)

    def retranslate(self) -> None:
        self.heading.setText(settings_title())
        for group, box, _widget in self.groups:
            box.setTitle(group.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_column()
        super().changeEvent(event)
