"""Finding Alt+letter mnemonics that two visible things of one window share.

When two buttons of one window both answer Alt+S, Qt only moves the focus between them and
activates neither: the person pressing Alt+S gets nothing. Used by ``test_mnemonics.py``.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from tests.ui.walk import describe


def mnemonic(text: str) -> str:
    """The letter Alt+? triggers for ``text`` ("" without one), the way Qt reads it."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").lower()


def _visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything visible in ``top`` that owns an Alt+letter."""
    found: list[tuple[str, str]] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.append((widget.text(), describe(widget)))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), describe(widget)))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    found.append((widget.tabText(index), describe(widget)))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    found.append((action.text(), "menu bar"))
    return found


def _duplicates(items: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, where in items:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{text!r} ({where})")
    return [
        f"Alt+{letter.upper()}: " + " / ".join(owners)
        for letter, owners in sorted(by_letter.items())
        if len(owners) > 1
    ]


def clashes(top: QWidget) -> list[str]:
    """Mnemonic letters shared by two visible things of ``top``, and within each menu."""
    problems = _duplicates(_visible_texts(top))
    for menu in top.findChildren(QMenu):
        # A menu's items only answer while it is open: they need to differ among themselves.
        items = [
            (action.text(), f"menu {menu.title()!r}")
            for action in menu.actions()
            if action.isVisible() and not action.isSeparator()
        ]
        problems += _duplicates(items)
    return problems
