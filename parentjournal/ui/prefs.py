"""Per-computer preferences in an INI file (QSettings), outside the journal folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Prefs:
    """Typed access to the few things this computer remembers."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def _journal_key(self, journal: Path, name: str) -> str:
        # One computer may open several journals (e.g. a test copy); keep choices apart.
        safe = str(journal).replace("/", "_").replace("\\", "_").replace(":", "_")
        return f"journals/{safe}/{name}"

    def current_person(self, journal: Path) -> str | None:
        value = self._s.value(self._journal_key(journal, "current_person"))
        return str(value) if value else None

    def set_current_person(self, journal: Path, person_id: str) -> None:
        self._s.setValue(self._journal_key(journal, "current_person"), person_id)
        self._s.sync()

    def language(self) -> str:
        return str(self._s.value("language", "system"))

    def set_language(self, language: str) -> None:
        self._s.setValue("language", language)
        self._s.sync()

    def text_scale(self) -> float:
        """How much larger (or smaller) than the system font all text is shown; 1.0 = as is."""
        try:
            value = float(self._s.value("text_scale", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return value if 0.5 <= value <= 3.0 else 1.0

    def set_text_scale(self, scale: float) -> None:
        self._s.setValue("text_scale", float(scale))
        self._s.sync()

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        # Called at every close: the file is only written when the window moved or changed
        # size (a write and a sync of the file cost more than the rest of closing).
        if geometry == self.geometry():
            return
        self._s.setValue("window/geometry", geometry)
        self._s.sync()

    def value(self, key: str, default=None):
        return self._s.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._s.setValue(key, value)
        self._s.sync()
