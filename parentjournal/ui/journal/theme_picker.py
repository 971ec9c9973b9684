"""Choosing themes: the gentle preset list in a menu, plus own themes as free words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from parentjournal.core.model import PRESET_THEMES
from parentjournal.ui.journal.themes import preset_themes, split_own_themes, theme_name


class ThemePicker(QWidget):
    """A "Themes" button with checkable presets and a field for own themes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.button = QToolButton(self)
        self.button.setObjectName("themes_button")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMinimumHeight(34)
        self.menu = QMenu(self.button)
        self._actions: dict[str, QAction] = {}
        for key in PRESET_THEMES:
            action = QAction(self.menu)
            action.setCheckable(True)
            action.toggled.connect(self._preset_toggled)
            self.menu.addAction(action)
            self._actions[key] = action
        self.button.setMenu(self.menu)
        self.own = QLineEdit(self)
        self.own.setObjectName("own_themes")
        self.own.setMinimumHeight(34)
        self.own.textEdited.connect(lambda _text: self.changed.emit())
        layout.addWidget(self.button)
        layout.addWidget(self.own, 1)
        self.retranslate()

    def _preset_toggled(self, _checked: bool) -> None:
        self._update_button_text()
        self.changed.emit()

    def themes(self) -> tuple[str, ...]:
        """Chosen preset keys first, then own themes as typed."""
        chosen = [key for key, action in self._actions.items() if action.isChecked()]
        return tuple(dict.fromkeys([*chosen, *split_own_themes(self.own.text())]))

    def set_themes(self, themes: tuple[str, ...]) -> None:
        """Show the themes of an entry without reporting a change."""
        self.blockSignals(True)
        for key, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(key in themes)
            action.blockSignals(False)
        self.own.setText(", ".join(t for t in themes if t not in self._actions))
        self.blockSignals(False)
        self._update_button_text()

    def set_read_only(self, read_only: bool) -> None:
        self.button.setEnabled(not read_only)
        self.own.setReadOnly(read_only)

    def _update_button_text(self) -> None:
        chosen = [theme_name(k) for k, a in self._actions.items() if a.isChecked()]
        label = self.tr("&Themes")
        self.button.setText(f"{label}: {', '.join(chosen)}" if chosen else label)
        self.button.setAccessibleDescription(", ".join(chosen))

    def retranslate(self) -> None:
        for key, name in preset_themes():
            self._actions[key].setText(name)
        self.button.setAccessibleName(self.tr("Themes"))
        self.button.setToolTip(self.tr("Which themes does this touch on? Only if you like."))
        self.own.setPlaceholderText(self.tr("Own themes, separated by commas"))
        self.own.setAccessibleName(self.tr("Own themes"))
        self._update_button_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
