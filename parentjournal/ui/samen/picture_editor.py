"""My picture: who holds each stage of each task, as I see it. Saved as each answer is given.

Keyboard: arrows move, 1…n choose who (the buttons below show the numbers), Delete clears,
and after an answer the cursor moves on, so a whole row goes by in four key presses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.careload import Holder, HolderKind, Picture, Stage
from parentjournal.ui.column_scroll import ColumnScroll
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen.care_map import CareTable, Layer
from parentjournal.ui.samen.labels import holder_word
from parentjournal.ui.samen.task_tools import TaskTools

# The grid's least height, in text lines: about four task rows and the header.
TABLE_MIN_LINES = 12


class PictureEditor(RetranslateWhenShown, QWidget):
    """The grid a person fills in privately; sharing it is a separate, explicit step."""

    share_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PictureEditor")
        self.picture: Picture | None = None
        # (picture id, task id, stage, the answer before): Ctrl+Z walks back through these.
        self._undo: list[tuple[str, str, Stage, Holder | None]] = []
        # A window too short for the grid and its buttons scrolls them, rather than
        # drawing the rows on top of each other.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = ColumnScroll(self)
        self.scroll.setObjectName("picture_scroll")
        content = QWidget(self.scroll)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.status = QLabel(self)
        self.status.setObjectName("picture_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = CareTable(self)
        self.table.setObjectName("picture_grid")
        self.table.installEventFilter(self)
        # A handful of rows stay in view however short the window (the column scrolls).
        self.table.setMinimumHeight(self.table.fontMetrics().height() * TABLE_MIN_LINES)
        layout.addWidget(self.table, 1)

        # The choice buttons wrap onto a second line in a narrow window instead of being
        # cut off; the outside name has a row of its own below them.
        self.choices_row = FlowLayout(spacing=8)
        self.choice_buttons: list[tuple[QPushButton, Holder | None]] = []
        self.outside_label = QLabel(self)
        self.outside_name = QLineEdit(self)
        self.outside_name.setObjectName("outside_name")
        self.outside_name.setMaxLength(80)
        self.outside_label.setBuddy(self.outside_name)
        # Longer translations and larger text wrap instead of being cut off.
        self.outside_label.setWordWrap(True)
        layout.addLayout(self.choices_row)
        outside_row = QHBoxLayout()
        outside_row.setSpacing(8)
        outside_row.addWidget(self.outside_label)
        outside_row.addWidget(self.outside_name, 1)
        layout.addLayout(outside_row)
        self.key_hint = QLabel(self)
        self.key_hint.setObjectName("key_hint")
        self.key_hint.setWordWrap(True)
        layout.addWidget(self.key_hint)

        actions = FlowLayout(spacing=8)
        self.share_button = QPushButton(self)
        self.share_button.setObjectName("share_picture")
        self.share_button.setMinimumHeight(36)
        self.share_button.clicked.connect(self.share_requested)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("start_again")
        self.again_button.setMinimumHeight(36)
        self.again_button.clicked.connect(self.start_again)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stop_sharing")
        self.stop_button.setMinimumHeight(36)
        self.stop_button.clicked.connect(self.stop_sharing)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undo_answer")
        self.undo_button.setMinimumHeight(36)
        self.undo_button.clicked.connect(self.undo)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.share_button)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.again_button)
        layout.addLayout(actions)

        self.task_tools = TaskTools(ctx, self.table, self)
        layout.addWidget(self.task_tools)

        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(lambda _pid: self.reload(from_the_top=True))
        self.retranslate()
        self.reload()

    # Words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if len(self.ctx.people()) > 1:
            self.intro.setText(
                self.tr(
                    "Who holds what, as you see it? Fill in what comes to mind; skipping is "
                    "fine. Only you can see this until you choose to share it."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Who holds what? Fill in what comes to mind; skipping is fine. It shows "
                    "what you carry, and where someone could help."
                )
            )
        self.table.setAccessibleName(self.tr("My picture of the care tasks"))
        self.table.setAccessibleDescription(
            self.tr("Arrow keys move; number keys choose who; Delete clears an answer.")
        )
        self.outside_label.setText(self.tr("&Outside the household:"))
        self.outside_name.setPlaceholderText(self.tr("grandma, daycare… (optional)"))
        self.outside_name.setAccessibleName(self.tr("Name of someone outside the household"))
        self.share_button.setText(self.tr("&Share my picture…"))
        self.share_button.setAccessibleName(self.tr("Share my picture"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last answer"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.stop_button.setText(self.tr("Stop s&haring"))
        self.stop_button.setAccessibleName(self.tr("Stop sharing my picture"))
        self.stop_button.setToolTip(self.tr("From now on only you see this picture again."))
        self.again_button.setText(self.tr("&Fill in again"))
        self.again_button.setAccessibleName(self.tr("Fill in again"))
        self.again_button.setToolTip(
            self.tr("Starts a new picture from this one; this one stays, with its date.")
        )
        self.table.retranslate()
        self.task_tools.retranslate()
        self._build_choices()
        self._show_status()

    def _choices(self) -> list[tuple[str, Holder | None]]:
        me = self.ctx.person_id
        others = [p for p in self.ctx.people() if p.id != me]
        found: list[tuple[str, Holder | None]] = [(self.tr("Me"), Holder(HolderKind.PERSON, me))]
        found += [(p.name, Holder(HolderKind.PERSON, p.id)) for p in others]
        if others:
            found.append((self.tr("Together"), Holder(HolderKind.TOGETHER)))
        found.append((self.tr("Nobody really"), Holder(HolderKind.NOBODY)))
        found.append((self.tr("Someone outside"), Holder(HolderKind.OUTSIDE)))
        return found

    def _build_choices(self) -> None:
        while self.choices_row.count():
            item = self.choices_row.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deleteLater only runs when the event loop comes round.
                widget.hide()
                widget.deleteLater()
        self.choice_buttons = []
        for number, (text, holder) in enumerate(self._choices(), start=1):
            # The number is the key, told in the hint below: a digit next to a name would
            # read like a count about that person.
            button = QPushButton(text, self)
            button.setObjectName(f"choice_{number}")
            button.setMinimumHeight(36)
            button.setAccessibleName(text)
            button.setToolTip(self.tr("Key {number}").format(number=number))
            button.clicked.connect(lambda _=False, h=holder: self.answer(h))
            self.choices_row.addWidget(button)
            self.choice_buttons.append((button, holder))
        clear = QPushButton(self.tr("&Clear"), self)
        clear.setObjectName("choice_clear")
        clear.setMinimumHeight(36)
        clear.setAccessibleName(self.tr("Clear this answer"))
        clear.setToolTip(self.tr("Delete key"))
        clear.clicked.connect(lambda: self.answer(None))
        self.choices_row.addWidget(clear)
        self.key_hint.setText(
            self.tr("Keys 1 to {last} choose who, in this order; Delete clears an answer.").format(
                last=len(self.choice_buttons)
            )
        )

    # Data -------------------------------------------------------------------------------
    def reload(self, *, from_the_top: bool = False) -> None:
        care = self.ctx.journal.careload
        self.picture = care.current_picture(self.ctx.person_id)
        if from_the_top:
            self._undo.clear()  # another person's answers are not theirs to undo
        self.table.set_tasks(care.tasks())
        self._build_choices()
        self._draw()
        self._show_status()
        if (from_the_top or self.table.currentItem() is None) and self.table.task_ids():
            self.table.focus_cell(self.table.task_ids()[0], Stage.NOTICE)

    def _draw(self) -> None:
        care = self.ctx.journal.careload
        cells = care.cells_for(self.ctx.person_id, self.picture.id) if self.picture else {}
        people = self.ctx.people()
        self.table.show_layers(
            [Layer(cells)],
            {p.id: p.name for p in people},
            [p.id for p in people],
            self.ctx.person_id,
        )

    def _show_status(self) -> None:
        if self.picture is None:
            self.status.setText(self.tr("You have not started a picture yet."))
        elif self.picture.is_shared:
            self.status.setText(
                self.tr("Your picture of {day}, shared with the household.").format(
                    day=format_day(self.picture.made_on)
                )
            )
        else:
            self.status.setText(
                self.tr("Your picture of {day}. Only you can see it.").format(
                    day=format_day(self.picture.made_on)
                )
            )
        self.share_button.setEnabled(self.picture is not None and not self.picture.is_shared)
        # With one adult there is nobody to share with.
        several = len(self.ctx.people()) > 1
        shared = self.picture is not None and self.picture.is_shared
        self.share_button.setVisible(several and not shared)
        self.stop_button.setVisible(several and shared)
        self.undo_button.setEnabled(bool(self._undo))
        self.again_button.setEnabled(self.picture is not None)

    def answer(self, holder: Holder | None) -> None:
        """Give (or clear) the answer of the current cell and move on."""
        where = self.table.current_task_stage()
        if where is None:
            return
        if holder is not None and holder.kind is HolderKind.OUTSIDE:
            holder = Holder(HolderKind.OUTSIDE, outside_name=self.outside_name.text())
        care = self.ctx.journal.careload
        person = self.ctx.person_id
        if self.picture is None:
            started = self.ctx.run(lambda: care.start_picture(person))
            if started is None:
                return
            self.picture = started[0]
        picture_id = self.picture.id
        before = care.cells_for(person, picture_id).get(where)
        if self.ctx.run(lambda: care.set_cell(person, picture_id, *where, holder)) is None:
            return
        self._undo.append((picture_id, *where, before))
        self.undo_button.setEnabled(True)
        if holder is not None:
            self.table.next_cell()

    def undo(self) -> None:
        """Put back the answer before the last change (Ctrl+Z), and go to that cell."""
        if not self._undo:
            return
        picture_id, task_id, stage, before = self._undo.pop()
        care, person = self.ctx.journal.careload, self.ctx.person_id
        self.ctx.run(lambda: care.set_cell(person, picture_id, task_id, stage, before))
        self.table.focus_cell(task_id, stage)
        self.undo_button.setEnabled(bool(self._undo))

    def stop_sharing(self) -> None:
        if self.picture is not None:
            care, person, picture_id = (
                self.ctx.journal.careload,
                self.ctx.person_id,
                self.picture.id,
            )
            self.ctx.run(lambda: care.stop_sharing(person, picture_id))

    def start_again(self) -> None:
        self._undo.clear()  # the earlier picture stays as it was
        care = self.ctx.journal.careload
        person = self.ctx.person_id
        self.ctx.run(lambda: care.start_picture(person))

    def _on_changed(self, changes) -> None:
        if changes.kind == "picture":
            self._refresh_picture()
        elif changes.kind == "care_task":
            self.reload()
        elif changes.kind == "person":
            self.retranslate()  # the words depend on how many adults there are
            self.reload()

    def _refresh_picture(self) -> None:
        current = self.ctx.journal.careload.current_picture(self.ctx.person_id)
        self.picture = current
        self._draw()
        self._show_status()

    def holder_text(self, task_id: str, stage: Stage) -> str:
        return self.table.cell_text(task_id, stage)

    def choice_label(self, holder: Holder) -> str:
        people = {p.id: p.name for p in self.ctx.people()}
        return holder_word(holder, people, self.ctx.person_id)

    # Keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                index = key - Qt.Key.Key_1
                if index < len(self.choice_buttons):
                    self.answer(self.choice_buttons[index][1])
                    return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.answer(None)
                return True
        return super().eventFilter(watched, event)
