"""The "Questions and advice" screen: open and asked questions, the advice log by theme."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.journal import NotAllowedError
from parentjournal.core.model import ChangeSet, Visibility
from parentjournal.core.visits import Advice, Question, Stance
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_short_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.visit.advice_dialog import AdviceDialog
from parentjournal.ui.visit.question_dialog import QuestionDialog
from parentjournal.ui.visit.words import (
    label_for,
    provider_choices,
    source_choices,
    stance_choices,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class VisitScreen(RetranslateWhenShown, QWidget):
    """Lists questions (open first) and advice (by theme), with search and quick actions."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("VisitScreen")
        self._undo: tuple[str, str] | None = None  # (kind, id) of the last removal

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("visit_search")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.new_question = QPushButton(self)
        self.new_question.setObjectName("new_question")
        self.new_advice = QPushButton(self)
        self.new_advice.setObjectName("new_advice")
        # "Prepare a visit" is a global action (Ctrl+E, header button), not repeated here.
        for widget in (self.new_question, self.new_advice):
            widget.setMinimumHeight(36)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_question)
        top.addWidget(self.new_advice)
        layout.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("visit_tabs")
        self.questions = self._tree("question_list", 3)
        self.advice = self._tree("advice_list", 3)
        self.tabs.addTab(self._page(self.questions, "question"), "")
        self.tabs.addTab(self._page(self.advice, "advice"), "")
        layout.addWidget(self.tabs, 1)

        self.undo_bar = QWidget(self)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.undo_bar)
        self.undo_button.setObjectName("visit_undo")
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.new_question.clicked.connect(self.add_question)
        self.new_advice.clicked.connect(self.add_advice)
        self.undo_button.clicked.connect(self.undo)
        self.questions.itemActivated.connect(lambda item, _c: self._open(item, "question"))
        self.advice.itemActivated.connect(lambda item, _c: self._open(item, "advice"))
        for tree in (self.questions, self.advice):
            tree.currentItemChanged.connect(self._update_buttons)
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.remove_current)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        ctx.changed.connect(self._on_changed)
        ctx.person_changed.connect(self._person_changed)
        self.retranslate()
        self.refresh()

    # Building --------------------------------------------------------------------------
    def _tree(self, name: str, columns: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        # Roomier rows without touching colours (the system palette stays in charge).
        tree.setStyleSheet("QTreeWidget::item { padding-top: 5px; padding-bottom: 5px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _page(self, tree: QTreeWidget, kind: str) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 8, 8)
        empty = QLabel(page)
        empty.setObjectName(f"{kind}_empty")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(tree, 1)
        column.addWidget(empty, 1)
        row = QHBoxLayout()
        edit = QPushButton(page)
        edit.setObjectName(f"{kind}_edit")
        action = QPushButton(page)
        action.setObjectName(f"{kind}_action")
        remove = QPushButton(page)
        remove.setObjectName(f"{kind}_remove")
        for button in (edit, action, remove):
            button.setMinimumHeight(34)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        edit.clicked.connect(lambda: self._open(tree.currentItem(), kind))
        action.clicked.connect(self.mark_asked if kind == "question" else self.ask_about)
        remove.clicked.connect(self.remove_current)
        setattr(self, f"{kind}_empty", empty)
        setattr(self, f"{kind}_edit", edit)
        setattr(self, f"{kind}_action", action)
        setattr(self, f"{kind}_remove", remove)
        return page

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search"))
        self.search.setAccessibleName(self.tr("Search questions and advice"))
        self.search.setPlaceholderText(self.tr("Search questions, answers and advice"))
        self.new_question.setText(self.tr("New &question"))
        self.new_question.setAccessibleName(self.tr("New question"))
        self.new_question.setToolTip(self.tr("A question for a visit (Ctrl+K)"))
        self.new_advice.setText(self.tr("Note &advice"))
        self.new_advice.setAccessibleName(self.tr("Note advice"))
        self.tabs.setTabText(0, self.tr("Questions"))
        self.tabs.setTabText(1, self.tr("Advice"))
        self.questions.setHeaderLabels([self.tr("Question"), self.tr("For"), self.tr("Asked by")])
        self.questions.setAccessibleName(self.tr("Questions, open ones first"))
        self.advice.setHeaderLabels([self.tr("Advice"), self.tr("From"), self.tr("What we think")])
        self.advice.setAccessibleName(self.tr("Advice, by theme"))
        self.question_empty.setText(
            self.tr("No questions yet. Is there something you would like to ask? (Ctrl+K)")
        )
        self.advice_empty.setText(
            self.tr("No advice noted yet. Heard something you want to think about?")
        )
        self.question_edit.setText(self.tr("&Open"))
        self.question_action.setText(self.tr("&Mark as asked…"))
        self.question_remove.setText(self.tr("&Remove"))
        self.advice_edit.setText(self.tr("&Open"))
        self.advice_action.setText(self.tr("Ask at the &next visit"))
        self.advice_remove.setText(self.tr("&Remove"))
        for kind in ("question", "advice"):
            for part in ("edit", "action", "remove"):
                button = getattr(self, f"{kind}_{part}")
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.refresh()

    # Filling ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what the current person may see (search narrows it) and show it."""
        if not self.ctx.people():
            return
        person = self.ctx.person_id
        text = self.search.text().strip()
        journal = self.ctx.journal
        if text:
            questions = journal.questions.search(person, text)
            advice = journal.advice.search(person, text)
        else:
            questions = journal.questions.visible(person)
            advice = journal.advice.visible(person)
        self._fill_questions(questions)
        self._fill_advice(advice)
        self._update_buttons()

    def _group(self, tree: QTreeWidget, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        group.setExpanded(True)
        return group

    def _private_mark(self, record) -> str:
        return "" if record.visibility is Visibility.SHARED else " · " + self.tr("only for you")

    def _fill_questions(self, questions: list[Question]) -> None:
        self.questions.clear()
        groups = {
            True: (self.tr("Open"), [q for q in questions if q.is_open]),
            False: (self.tr("Asked"), [q for q in questions if not q.is_open]),
        }
        for title, items in groups.values():
            if not items:
                continue
            group = self._group(self.questions, title)
            for q in items:
                text = q.text + self._private_mark(q)
                if not q.is_open and q.answer:
                    text += "\n" + self.tr("Answer: {answer}").format(answer=q.answer)
                item = QTreeWidgetItem(
                    group,
                    [
                        text,
                        label_for(provider_choices(), q.for_whom) if q.for_whom else "",
                        self.ctx.name_of(q.author_id),
                    ],
                )
                item.setData(0, ID_ROLE, q.id)
                item.setToolTip(0, text)
        self.questions.setVisible(bool(questions))
        self.question_empty.setVisible(not questions)
        self.question_empty.setText(
            self.tr("Nothing found.")
            if self.search.text().strip()
            else self.tr("No questions yet. Is there something you would like to ask? (Ctrl+K)")
        )

    def _fill_advice(self, advice: list[Advice]) -> None:
        self.advice.clear()
        by_theme: dict[str, list[Advice]] = {}
        for a in advice:
            by_theme.setdefault(a.theme.casefold(), []).append(a)
        for key in sorted(by_theme, key=lambda k: (k == "", k)):
            items = by_theme[key]
            title = items[0].theme or self.tr("Without a theme")
            group = self._group(self.advice, title)
            for a in items:
                stance = (
                    label_for(stance_choices(), a.stance) if a.stance is not Stance.NONE else ""
                )
                view = " — ".join(p for p in (stance, a.stance_note.strip()) if p)
                if a.question_id:
                    view += ("\n" if view else "") + self.tr("(on the list of questions)")
                source = label_for(source_choices(), a.source)
                when = format_short_day(a.day) if a.day else ""
                item = QTreeWidgetItem(
                    group,
                    [
                        a.advice + self._private_mark(a),
                        " · ".join(p for p in (source, when) if p),
                        view,
                    ],
                )
                item.setData(0, ID_ROLE, a.id)
                # Long words of one's own are cut in the columns; the tooltip shows them whole.
                for column in range(3):
                    item.setToolTip(column, item.text(column))
        self.advice.setVisible(bool(advice))
        self.advice_empty.setVisible(not advice)
        if self.search.text().strip():
            self.advice_empty.setText(self.tr("Nothing found."))

    # Current record --------------------------------------------------------------------
    def _current(self, kind: str):
        tree = self.questions if kind == "question" else self.advice
        item = tree.currentItem()
        record_id = item.data(0, ID_ROLE) if item is not None else None
        if not record_id:
            return None
        journal = self.ctx.journal
        service = journal.questions if kind == "question" else journal.advice
        return next((r for r in service.visible(self.ctx.person_id) if r.id == record_id), None)

    def _update_buttons(self, *_args) -> None:
        person = self.ctx.person_id if self.ctx.people() else None
        question = self._current("question")
        self.question_edit.setEnabled(question is not None)
        self.question_action.setEnabled(question is not None and question.is_open)
        self.question_remove.setEnabled(question is not None and question.author_id == person)
        advice = self._current("advice")
        self.advice_edit.setEnabled(advice is not None and advice.author_id == person)
        self.advice_action.setEnabled(advice is not None and advice.question_id is None)
        self.advice_remove.setEnabled(advice is not None and advice.author_id == person)

    # Actions ---------------------------------------------------------------------------
    def add_question(self) -> None:
        QuestionDialog(self.ctx, parent=self).exec()

    def add_advice(self) -> None:
        AdviceDialog(self.ctx, themes=self._themes(), parent=self).exec()

    def _themes(self) -> list[str]:
        seen = {a.theme for a in self.ctx.journal.advice.visible(self.ctx.person_id)}
        return sorted(seen - {""}, key=str.casefold)

    def _open(self, item: QTreeWidgetItem | None, kind: str) -> None:
        if item is None or not item.data(0, ID_ROLE):
            return
        self.tabs.setCurrentIndex(0 if kind == "question" else 1)
        record = self._current(kind)
        if record is None:
            return
        if kind == "question":
            QuestionDialog(self.ctx, record, parent=self).exec()
        elif record.author_id == self.ctx.person_id:
            AdviceDialog(self.ctx, record, self._themes(), parent=self).exec()

    def mark_asked(self) -> None:
        question = self._current("question")
        if question is None:
            return
        dialog = QuestionDialog(self.ctx, question, parent=self)
        dialog.asked.setChecked(True)
        dialog.answer.setFocus()
        dialog.exec()

    def ask_about(self) -> None:
        """One click: the advice becomes an open question for the next visit."""
        advice = self._current("advice")
        if advice is None:
            return
        text = self.tr("What do you think of this advice: “{advice}”?").format(advice=advice.advice)
        self.ctx.run(lambda: self.ctx.journal.advice.ask_about(advice.id, self.ctx.person_id, text))

    def remove_current(self) -> None:
        kind = "question" if self.tabs.currentIndex() == 0 else "advice"
        record = self._current(kind)
        if record is None or record.author_id != self.ctx.person_id:
            return
        journal = self.ctx.journal
        service = journal.questions if kind == "question" else journal.advice
        if self.ctx.run(lambda: service.delete(record.id, self.ctx.person_id)) is None:
            return
        self._undo = (kind, record.id)
        self.undo_label.setText(
            self.tr("The question was moved to the bin.")
            if kind == "question"
            else self.tr("The advice was moved to the bin.")
        )
        self.undo_bar.show()

    def undo(self) -> None:
        if self._undo is None:
            return
        kind, record_id = self._undo
        journal = self.ctx.journal
        service = journal.questions if kind == "question" else journal.advice
        # No longer this person's to restore (or gone): then there is nothing to undo.
        with contextlib.suppress(KeyError, NotAllowedError):
            self.ctx.run(lambda: service.restore(record_id, self.ctx.person_id))
        self._undo = None
        self.undo_bar.hide()

    def _person_changed(self, _person_id: str) -> None:
        # Only the person who removed something can bring it back.
        self._undo = None
        self.undo_bar.hide()
        self.refresh()

    def hideEvent(self, event) -> None:
        # A search still waiting must not run after the window (and the journal) closed.
        self._search_timer.stop()
        super().hideEvent(event)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind in ("question", "advice", "person"):
            self.refresh()
