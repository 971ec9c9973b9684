"""Every screen follows the system palette: screenshots in light and dark, nl and en.

The PNGs land in ``tests/artifacts/`` (gitignored) for a person to look at; the test itself
checks that a dark palette really gives dark screens (nothing painted in fixed light colours).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from parentjournal.i18n import Translations
from parentjournal.ui.sections import sections
from parentjournal.ui.welcome import WelcomeDialog
from tests.ui.window_helpers import open_window

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def dark_palette() -> QPalette:
    """A dark system palette like the ones desktops hand to Qt (test data, not app code)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#303030",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#4a4a4a",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Dark: "#1a1a1a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    return palette


def mean_lightness(image: QImage) -> float:
    """Average lightness (0–255) over a grid of sample points."""
    step = 7
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


@pytest.fixture
def palettes(qapp):
    original = QPalette(qapp.palette())
    yield {"light": QPalette(qapp.style().standardPalette()), "dark": dark_palette()}
    qapp.setPalette(original)


def _grab(widget: QWidget, name: str) -> QImage:
    QApplication.processEvents()
    pixmap = widget.grab()
    ARTIFACTS.mkdir(exist_ok=True)
    pixmap.save(str(ARTIFACTS / f"{name}.png"))
    return pixmap.toImage()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_screen_follows_light_and_dark_palettes(
    qtbot, qapp, couple, tmp_path, palettes, lang
):
    journal, *_ = couple
    translations = Translations(qapp)
    translations.install(lang)
    try:
        for scheme, palette in palettes.items():
            qapp.setPalette(palette)
            window = open_window(qtbot, journal, tmp_path / "prefs.ini", translations)
            window.resize(1100, 760)
            for section in sections():
                page = window.show_section(section.key)
                _grab(window, f"{section.key}_{scheme}_{lang}")
                lightness = mean_lightness(_grab(page, f"{section.key}_page_{scheme}_{lang}"))
                if scheme == "dark":
                    assert lightness < 110, f"{section.key} stays light in a dark palette"
                else:
                    assert lightness > 150, f"{section.key} is dark in a light palette"
            window.close()
            dialog = WelcomeDialog()
            qtbot.addWidget(dialog)
            dialog.show()
            lightness = mean_lightness(_grab(dialog, f"welcome_{scheme}_{lang}"))
            assert (lightness < 110) if scheme == "dark" else (lightness > 150)
            dialog.close()
    finally:
        translations.install("nl")
