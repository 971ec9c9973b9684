"""Jouw partner: a calm page with what another adult chose to share. Not a feed.

Everything here goes through reads that take the viewer's id, so a private entry, check-in
or picture of the other person can never appear.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parentjournal.store.entry_repo import TimelineFilter
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen.checkins_view import checkin_line

SHOWN = 5  # a page to read at a glance; the full collections live on their own screens


class PartnerPage(RetranslateWhenShown, QWidget):
    """What the chosen other adult shared: check-ins, picture, moments, entries."""

    look_together = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PartnerPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.other_label = QLabel(self)
        self.other_box = QComboBox(self)
        self.other_box.setObjectName("partner_choice")
        self.other_box.setMinimumWidth(160)
        self.other_label.setBuddy(self.other_box)
        top.addWidget(self.other_label)
        top.addWidget(self.other_box)
        top.addStretch(1)
        outer.addLayout(top)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.area, 1)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setSpacing(6)
        self.area.setWidget(self.body)
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("checkins", "picture", "moments", "entries"):
            heading = QLabel(self.body)
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            text = QLabel(self.body)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(heading)
            self.layout_.addWidget(text)
            self.layout_.addSpacing(10)
            self.sections[key] = (heading, text)
        self.look_button = QPushButton(self.body)
        self.look_button.setObjectName("partner_look_together")
        self.look_button.setMinimumHeight(36)
        self.look_button.clicked.connect(self.look_together)
        # After the picture's text: heading, text and spacing per section before it.
        self.layout_.insertWidget(5, self.look_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)
        self.other_box.activated.connect(lambda _i: self.reload())
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self.refresh_when_shown())
        self.retranslate()

    def retranslate(self) -> None:
        self.other_label.setText(self.tr("&Whose page:"))
        self.other_box.setAccessibleName(self.tr("Whose page"))
        self.look_button.setText(self.tr("&Look together"))
        self.look_button.setAccessibleName(self.tr("Look together at both pictures"))
        self.reload()

    def _fill_others(self) -> None:
        chosen = self.other_box.currentData()
        self.other_box.clear()
        for person in self.ctx.people():
            if person.id != self.ctx.person_id:
                self.other_box.addItem(person.name, person.id)
        self.other_box.setCurrentIndex(max(self.other_box.findData(chosen), 0))
        several = self.other_box.count() > 1
        self.other_label.setVisible(several)
        self.other_box.setVisible(several)

    def _set(self, key: str, heading: str, lines: list[str], empty: str) -> None:
        title, text = self.sections[key]
        title.setText(heading)
        text.setText("\n\n".join(lines) if lines else empty)

    def reload(self) -> None:
        self._fill_others()
        other = self.other_box.currentData()
        if other is None:
            for title, text in self.sections.values():
                title.clear()
                text.clear()
            self.look_button.hide()
            return
        me = self.ctx.person_id
        journal = self.ctx.journal
        name = self.other_box.currentText()

        checkins = journal.checkins.shared_by(other, me)[:SHOWN]
        self._set(
            "checkins",
            self.tr("How {name} is doing").format(name=name),
            [self._checkin_text(c) for c in checkins],
            self.tr("{name} has not shared a check-in. That is fine.").format(name=name),
        )

        shared = journal.careload.shared_picture(other)
        picture_line = (
            [
                self.tr("{name} shared a picture of the care tasks on {day}.").format(
                    name=name, day=format_day(shared.made_on)
                )
            ]
            if shared is not None
            else []
        )
        self._set(
            "picture",
            self.tr("The care tasks"),
            picture_line,
            self.tr("{name} has not shared a picture of the care tasks.").format(name=name),
        )
        self.look_button.setVisible(shared is not None)

        moments = [m for m in journal.moments.collection(me) if m.author_id == other][:SHOWN]
        self._set(
            "moments",
            self.tr("Moments from {name}").format(name=name),
            [f"{format_day(m.day)}: {m.text}" for m in moments],
            self.tr("Nothing here yet."),
        )

        entries = journal.entry_repo.page(me, limit=SHOWN, filt=TimelineFilter(author_id=other))
        self._set(
            "entries",
            self.tr("What {name} shared in the journal").format(name=name),
            [self._entry_text(e) for e in entries],
            self.tr("Nothing here yet."),
        )

    def _checkin_text(self, checkin) -> str:
        line = checkin_line(checkin)
        if checkin.would_help:
            line += "\n" + self.tr("What would help: {text}").format(text=checkin.would_help)
        if checkin.talk_partner:
            line += "\n" + self.tr("Would like to talk about this with you.")
        return line

    @staticmethod
    def _entry_text(entry) -> str:
        words = (entry.title or entry.body).strip().splitlines()
        first = words[0] if words else ""
        if len(first) > 120:
            first = first[:119] + "…"
        return f"{format_day(entry.day)}: {first}"

    def _on_changed(self, changes) -> None:
        # The Dagboek autosaves while someone types: this page catches up when it is shown.
        if changes.kind in ("checkin", "picture", "moment", "entry", "person", "journal"):
            self.refresh_when_shown()

    def texts(self) -> list[str]:
        return [label.text() for pair in self.sections.values() for label in pair]
