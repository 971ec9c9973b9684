"""Walking the widgets of every screen: shared by the accessibility and layout tests.

Screens come from :func:`parentjournal.ui.sections.sections`, so a section another
engineer adds later is checked automatically.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QSlider,
)
# Widgets that build their own inner widgets (the line edit inside a date field, the
# buttons of a tab bar, the clear button of a search field…); the outer widget carries
# the name.
COMPOSITE = (
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QCalendarWidget,
    QTabBar,
    QLineEdit,
)


def is_inner_part(widget: QWidget, top: QWidget) -> bool:
    """True for the parts Qt builds inside a composite widget (not placed by a screen)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(top: QWidget) -> Iterator[QWidget]:
    """Every interactive widget a person can reach under ``top`` (not Qt's inner parts)."""
    for widget in top.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not is_inner_part(widget, top):
            yield widget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (explicit name, button text or buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def describe(widget: QWidget) -> str:
    """Where a widget lives, for failure messages: class, object name and owning module."""
    owner = widget
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    where = type(owner).__module__ + "." + type(owner).__name__ if owner else "?"
    return f"{type(widget).__name__}({widget.objectName()!r}) in {where}"
