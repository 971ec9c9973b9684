"""Keyboard focus helpers shared by screens."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Make Tab visit ``widgets`` in the given order (the order in which people read)."""
    for first, second in pairwise(list(widgets)):
        QWidget.setTabOrder(first, second)
