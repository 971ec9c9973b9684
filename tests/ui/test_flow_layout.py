"""The wrapping row of buttons (FlowLayout) follows its buttons when their words change."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from parentjournal.ui.flow_layout import FlowLayout


def test_a_row_wraps_again_when_a_button_gets_longer_words(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    row = FlowLayout(box, spacing=8)
    row.setContentsMargins(0, 0, 0, 0)
    first, second = QPushButton("Een", box), QPushButton("Twee", box)
    row.addWidget(first)
    row.addWidget(second)
    width = first.sizeHint().width() + 8 + second.sizeHint().width() + 4
    one_line = row.heightForWidth(width)
    assert one_line == max(first.sizeHint().height(), second.sizeHint().height())

    # A language switch or a larger text size: the same width no longer holds both.
    second.setText("Twee, maar nu met een heel wat langere tekst")
    assert row.heightForWidth(width) > one_line
    second.setText("Twee")
    assert row.heightForWidth(width) == one_line
    # A button that is hidden leaves its line; one that is added takes one.
    second.hide()
    assert row.heightForWidth(width) == first.sizeHint().height()
    third = QPushButton("Drie, een knop met een lange tekst erbij", box)
    row.addWidget(third)
    assert row.heightForWidth(width) > first.sizeHint().height()
