"""Terugblik: looking back, gently. Nothing here is a task and nothing is counted.

"Op deze dag" shows what the person may see from this date in earlier months and years (and
is simply absent when there is none), "een tijd geleden" offers their own writing from about
a month ago behind a soft question, a random goed-bezig moment, and the words that came up
in their own writing this month.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core import clock
from parentjournal.core.lookback import Lookback
from parentjournal.core.model import Entry
from parentjournal.core.moments import Moment
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.journal.themes import theme_name
from parentjournal.ui.reflection import section_title
from parentjournal.ui.text_size import set_relative_font

EXCERPT_CHARS = 280


def _excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LookbackPage(QScrollArea):
    """The Terugblik screen for the current person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today=None):
        super().__init__(parent)
        self.ctx = ctx
        self._today: Callable[[], date] = today or clock.today
        self._data: Lookback | None = None
        self._stale = True
        self.setObjectName("LookbackPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self._person_changed())
        ctx.language_changed.connect(lambda _lang: self._language_changed())

    # Data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Gather again for the current person and today (on show and after changes)."""
        self._stale = False
        self._data = self.ctx.journal.lookback.gather(self.ctx.person_id, self._today())
        self._render()

    def _person_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_changed(self, changes) -> None:
        if changes.kind in ("entry", "moment", "person"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale or self._data is None:
            self.refresh()
        super().showEvent(event)

    # Building -------------------------------------------------------------------------
    def _new_body(self) -> None:
        # A fresh body each time: simpler than patching boxes in place, and the scroll area
        # disposes of the old one.
        self.body = QWidget(self)
        self.body.setObjectName("lookback_body")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(8, 8, 24, 24)
        self.layout_.setSpacing(18)

    def _label(self, text: str, parent: QWidget, *, rich: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _render(self) -> None:
        self._new_body()
        self._build()
        self.setWidget(self.body)

    def _build(self) -> None:
        heading = QLabel(section_title(), self.body)
        heading.setObjectName("lookback_heading")
        set_relative_font(heading, 1.3, bold=True)
        self.layout_.addWidget(heading)
        data = self._data
        if data is None:
            self.layout_.addStretch(1)
            return
        if data.is_empty:
            empty = self._label(
                self.tr(
                    "Once you have written for a while, you will find things here to look "
                    "back on, whenever you feel like it."
                ),
                self.body,
            )
            empty.setObjectName("lookback_empty")
            self.layout_.addWidget(empty)
        else:
            intro = self._label(self.tr("A quiet look back, if you feel like it."), self.body)
            self.layout_.addWidget(intro)
        if data.on_this_day or data.moments_on_this_day:
            self.layout_.addWidget(self._on_this_day_box(data))
        if data.a_while_ago is not None:
            self.layout_.addWidget(self._a_while_ago_box(data.a_while_ago))
        if data.a_moment is not None:
            self.layout_.addWidget(self._moment_box(data.a_moment))
        if data.month_words:
            self.layout_.addWidget(self._month_box(data.month_words))
        self.layout_.addStretch(1)

    def _box(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self.body)
        box.setObjectName(name)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(12)
        return box, layout

    def _entry_text(self, entry: Entry, *, with_day: bool = True) -> str:
        head = f"<b>{html.escape(format_day(entry.day))}</b>" if with_day else ""
        if entry.author_id != self.ctx.person_id:
            # Shared by someone else: say whose words these are.
            head += " · " + html.escape(self.ctx.name_of(entry.author_id))
        lines = [head] if head else []
        if entry.title:
            lines.append(f"<i>{html.escape(_excerpt(entry.title, 120))}</i>")
        if entry.body.strip():
            lines.append(html.escape(_excerpt(entry.body)))
        return "<br>".join(lines)

    def _moment_line(self, moment: Moment) -> str:
        me = self.ctx.person_id
        if moment.recipient_id is None:
            if moment.author_id == me:
                return self.tr("for yourself")
            return self.tr("{name}, for themselves").format(name=self.ctx.name_of(moment.author_id))
        if moment.recipient_id == me:
            return self.tr("from {name}, for you").format(name=self.ctx.name_of(moment.author_id))
        if moment.author_id == me:
            return self.tr("from you, for {name}").format(
                name=self.ctx.name_of(moment.recipient_id)
            )
        return self.tr("from {author}, for {name}").format(
            author=self.ctx.name_of(moment.author_id), name=self.ctx.name_of(moment.recipient_id)
        )

    def _moment_text(self, moment: Moment) -> str:
        day = html.escape(format_day(moment.day))
        line = html.escape(self._moment_line(moment))
        return f"<b>{day}</b> · {line}<br>{html.escape(_excerpt(moment.text))}"

    def _on_this_day_box(self, data: Lookback) -> QGroupBox:
        box, layout = self._box(self.tr("On this day"), "lookback_on_this_day")
        items: list[tuple[date, str]] = [(e.day, self._entry_text(e)) for e in data.on_this_day]
        items += [(m.day, self._moment_text(m)) for m in data.moments_on_this_day]
        for _day, text in sorted(items, key=lambda item: item[0], reverse=True):
            layout.addWidget(self._label(text, box, rich=True))
        return box

    def _a_while_ago_box(self, entry: Entry) -> QGroupBox:
        box, layout = self._box(self.tr("A while ago"), "lookback_a_while_ago")
        question = self._label(
            self.tr(
                "On {day} you wrote something. Would you like to read back what you wrote?"
            ).format(day=format_day(entry.day)),
            box,
        )
        # The question already names the day; the text itself follows.
        text = self._label(self._entry_text(entry, with_day=False), box, rich=True)
        text.setObjectName("lookback_a_while_ago_text")
        text.hide()
        row = QHBoxLayout()
        button = QPushButton(box)
        button.setObjectName("lookback_read_back")
        button.setMinimumHeight(36)
        button.setAutoDefault(False)

        def toggle() -> None:
            text.setVisible(not text.isVisible())
            set_button_text()

        def set_button_text() -> None:
            if text.isVisible():
                button.setText(self.tr("&Fold away"))
                button.setAccessibleName(self.tr("Fold away what you wrote then"))
            else:
                button.setText(self.tr("&Read back"))
                button.setAccessibleName(self.tr("Read back what you wrote then"))

        button.clicked.connect(toggle)
        set_button_text()
        row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(text)
        return box

    def _moment_box(self, moment: Moment) -> QGroupBox:
        box, layout = self._box(self.tr("A moment that went well"), "lookback_moment")
        text = self._label(self._moment_text(moment), box, rich=True)
        text.setObjectName("lookback_moment_text")
        button = QPushButton(self.tr("&Another moment"), box)
        button.setObjectName("lookback_another_moment")
        button.setAccessibleName(self.tr("Another moment"))
        button.setMinimumHeight(36)
        button.setAutoDefault(False)

        def another() -> None:
            current = self._data.a_moment if self._data else None
            found = self.ctx.journal.lookback.a_moment(
                self.ctx.person_id, not_id=current.id if current else None
            )
            if found is not None and self._data is not None:
                self._data = Lookback(
                    on_this_day=self._data.on_this_day,
                    a_while_ago=self._data.a_while_ago,
                    month_words=self._data.month_words,
                    moments_on_this_day=self._data.moments_on_this_day,
                    a_moment=found,
                )
                text.setText(self._moment_text(found))

        button.clicked.connect(another)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(row)
        return box

    def _month_box(self, words: tuple[str, ...]) -> QGroupBox:
        box, layout = self._box(self.tr("This month"), "lookback_month")
        layout.addWidget(self._label(self.tr("What you wrote about this month:"), box))
        shown = self._label("  ·  ".join(theme_name(w) for w in words), box)
        shown.setObjectName("lookback_month_words")
        set_relative_font(shown, 1.15)
        shown.setForegroundRole(QPalette.ColorRole.Text)
        layout.addWidget(shown)
        return box

    def _language_changed(self) -> None:
        if self.isVisible() and self._data is not None:
            self._render()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()
        super().changeEvent(event)
