"""Samen bekijken: two shared pictures side by side, and where they differ.

The differences are the conversation starters. Nothing here says who does more: there are
no totals, no bars and no verdict, only the words of the two pictures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.careload import Difference
from parentjournal.core.careload_service import SideBySide
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen import labels
from parentjournal.ui.samen.care_map import CareTable, Layer


class DifferenceCard(QFrame):
    """One difference in words, with an invitation to agree on something."""

    def __init__(self, sentence: str, task_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.task_id = task_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.sentence = QLabel(sentence, self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invite = QPushButton(self.tr("Would you like to change something here?"), self)
        self.invite.setAccessibleName(self.tr("Write down an agreement about this"))
        self.invite.setMinimumHeight(36)
        layout.addWidget(self.sentence, 1)
        layout.addWidget(self.invite)


class SideBySideView(RetranslateWhenShown, QWidget):
    """Look together with one other adult, once both have shared their picture."""

    share_requested = Signal()
    agreement_requested = Signal(str, str)  # task id, the sentence about the difference

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SideBySideView")
        self.current: SideBySide | None = None
        self.cards: list[DifferenceCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.other_label = QLabel(self)
        self.other_box = QComboBox(self)
        self.other_box.setObjectName("look_with")
        self.other_box.setMinimumWidth(160)
        self.other_label.setBuddy(self.other_box)
        top.addWidget(self.other_label)
        top.addWidget(self.other_box)
        top.addStretch(1)
        layout.addLayout(top)

        self.message = QLabel(self)
        self.message.setObjectName("reveal_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.share_button = QPushButton(self)
        self.share_button.setObjectName("share_from_side_by_side")
        self.share_button.setMinimumHeight(36)
        self.share_button.clicked.connect(self.share_requested)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list_area = QScrollArea(self.splitter)
        self.list_area.setWidgetResizable(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(8)
        self.list_area.setWidget(self.list_widget)
        self.table = CareTable(self.splitter)
        self.table.setObjectName("side_by_side_map")
        self.splitter.addWidget(self.list_area)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.list_area.setMinimumHeight(160)
        layout.addWidget(self.splitter, 1)

        self.other_box.activated.connect(lambda _i: self.reload())
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.other_label.setText(self.tr("&Look together with:"))
        self.other_box.setAccessibleName(self.tr("Look together with"))
        self.share_button.setText(self.tr("&Share my picture…"))
        self.share_button.setAccessibleName(self.tr("Share my picture"))
        self.list_area.setAccessibleName(self.tr("Where your pictures differ"))
        self.table.setAccessibleName(self.tr("Both pictures on one map"))
        self.table.retranslate()
        self.reload()

    def _names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.ctx.people()}

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

    def reload(self) -> None:
        self._fill_others()
        other_id = self.other_box.currentData()
        care = self.ctx.journal.careload
        names = self._names()
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.current = None
        if other_id is None:
            self._waiting(self.tr("With one adult there is nobody to look together with."))
            return
        other = names.get(other_id, "?")
        state = care.reveal_state(self.ctx.person_id, other_id)
        if not state.both:
            if state.other_shared:
                text = self.tr(
                    "{name} has shared their picture. Would you like to share yours too? "
                    "Then you can look at both, side by side."
                )
            elif state.viewer_shared:
                text = self.tr(
                    "Your picture is shared. When {name} shares theirs too, you can look at "
                    "both here, side by side."
                )
            else:
                text = self.tr(
                    "When you and {name} have both shared your picture, you can look at them "
                    "here, side by side. Until then each picture stays with its maker."
                )
            self._waiting(text.format(name=other), can_share=not state.viewer_shared)
            return
        self.current = care.side_by_side(self.ctx.person_id, other_id)
        self._show(self.current, names)

    def _waiting(self, text: str, can_share: bool = False) -> None:
        self.message.setText(text)
        self.share_button.setVisible(can_share)
        self.splitter.hide()

    def _show(self, both: SideBySide, names: dict[str, str]) -> None:
        first = names.get(both.first.author_id, "?")
        second = names.get(both.second.author_id, "?")
        if both.differences:
            text = self.tr(
                "Your picture of {first_day} and {name}'s picture of {second_day}. Where they "
                "differ is a good place to start talking; it says nothing about who does more."
            )
        else:
            text = self.tr(
                "Your picture of {first_day} and {name}'s picture of {second_day} see the "
                "same holders wherever you both answered."
            )
        self.message.setText(
            text.format(
                first_day=format_day(both.first.made_on),
                second_day=format_day(both.second.made_on),
                name=second,
            )
        )
        self.share_button.hide()
        self.splitter.show()
        tasks = {t.id: t for t in self.ctx.journal.careload.tasks()}
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        domain = None
        for difference in both.differences:
            task = tasks[difference.task_id]
            if task.domain != domain:
                domain = task.domain
                heading = QLabel(labels.domain_title(domain), self.list_widget)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.list_layout.addWidget(heading)
            sentence = self.sentence(difference, both, names, labels.task_name(task))
            card = DifferenceCard(sentence, task.id, self.list_widget)
            card.invite.clicked.connect(
                lambda _=False, t=task.id, s=sentence: self.agreement_requested.emit(t, s)
            )
            self.list_layout.addWidget(card)
            self.cards.append(card)
        self.list_layout.addStretch(1)
        self.list_area.setVisible(bool(both.differences))
        people = [p.id for p in self.ctx.people()]
        self.table.set_tasks(list(tasks.values()))
        self.table.show_layers(
            [
                Layer(both.first_cells, first, both.first.author_id),
                Layer(both.second_cells, second, both.second.author_id),
            ],
            names,
            people,
            self.ctx.person_id,
            {(d.task_id, d.stage) for d in both.differences},
        )

    def sentence(
        self, difference: Difference, both: SideBySide, names: dict[str, str], task: str
    ) -> str:
        """ "Bathing — Sara sees the noticing as their own; Tom sees it as shared…"."""
        first_id, second_id = both.first.author_id, both.second.author_id
        text = self.tr(
            "{task}: {first} sees {stage} {first_holder}; {second} sees it {second_holder}."
        )
        return text.format(
            task=task,
            first=names.get(first_id, "?"),
            stage=labels.stage_in_sentence(difference.stage),
            first_holder=labels.holder_phrase(difference.first, names, first_id),
            second=names.get(second_id, "?"),
            second_holder=labels.holder_phrase(difference.second, names, second_id),
        )

    def texts(self) -> list[str]:
        """Every sentence the view shows, for checks of the words."""
        found = [self.message.text(), *(c.sentence.text() for c in self.cards)]
        return found + self.table.all_texts()

    def _on_changed(self, changes) -> None:
        if changes.kind in ("picture", "care_task", "person"):
            self.reload()
