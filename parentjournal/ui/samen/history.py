"""Over time: how my own picture changed since an earlier one. Only my own pictures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from parentjournal.core.careload import Holder, HolderKind
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen import labels


def _in_sentence(holder: Holder, names: dict[str, str], me: str) -> str:
    """A holder word for mid-sentence: names keep their capital, other words do not."""
    word = labels.holder_word(holder, names, me)
    named = holder.kind is HolderKind.PERSON and holder.person_id != me
    return word if named or holder.outside_name else word.lower()


class HistoryView(RetranslateWhenShown, QWidget):
    """Pick one of my earlier pictures and read what changed since, in words."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("HistoryView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        row = QHBoxLayout()
        self.since_label = QLabel(self)
        self.since_box = QComboBox(self)
        self.since_box.setObjectName("since_picture")
        self.since_box.setMinimumWidth(220)
        self.since_label.setBuddy(self.since_box)
        row.addWidget(self.since_label)
        row.addWidget(self.since_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.changes = QLabel(self)
        self.changes.setObjectName("picture_changes")
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.changes, 1)
        self.since_box.currentIndexChanged.connect(lambda _i: self._show())
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.since_label.setText(self.tr("&Since my picture of:"))
        self.since_box.setAccessibleName(self.tr("Since my picture of"))
        self.reload()

    def reload(self) -> None:
        pictures = self.ctx.journal.careload.my_pictures(self.ctx.person_id)
        chosen = self.since_box.currentData()
        self.since_box.blockSignals(True)
        self.since_box.clear()
        for picture in pictures[1:]:
            self.since_box.addItem(format_day(picture.made_on, with_year=True), picture.id)
        self.since_box.setCurrentIndex(max(self.since_box.findData(chosen), 0))
        self.since_box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        earlier_id = self.since_box.currentData()
        visible = earlier_id is not None
        self.since_label.setVisible(visible)
        self.since_box.setVisible(visible)
        if not visible:
            self.changes.setText(
                self.tr(
                    "When you fill in your picture again some day, you can see here how it "
                    "changed. Your earlier pictures keep their date."
                )
            )
            return
        care = self.ctx.journal.careload
        me = self.ctx.person_id
        names = {p.id: p.name for p in self.ctx.people()}
        tasks = {t.id: t for t in care.tasks()}
        lines = [
            self.tr("{task}, {stage}: then {before}, now {after}.").format(
                task=labels.task_name(tasks[d.task_id]),
                stage=labels.stage_title(d.stage).lower(),
                before=_in_sentence(d.first, names, me),
                after=_in_sentence(d.second, names, me),
            )
            for d in care.changes_since(me, earlier_id)
        ]
        self.changes.setText(
            "\n".join(lines) if lines else self.tr("Your picture has stayed the same since then.")
        )

    def _on_changed(self, changes) -> None:
        if changes.kind in ("picture", "care_task", "person"):
            self.reload()
