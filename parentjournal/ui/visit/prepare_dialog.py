"""Prepare a visit (Ctrl+E): choose what to bring, see it, then save it or print it.

The preview shows the very document that is written: the same model feeds the preview and
every writer. Only shared items are offered unless the current person asks to see their own
private ones too; another person's private items are never offered (the store never hands
them over).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.visit_document import (
    Document,
    VisitChoices,
    VisitMaterial,
    VisitRequest,
    default_choices,
    default_period,
)
from parentjournal.documents import is_private, visit_document, visit_material
from parentjournal.export.html import to_html
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_short_day
from parentjournal.ui.visit.after_visit import AfterVisitPanel
from parentjournal.ui.visit.form_dialog import from_qdate, to_qdate
from parentjournal.ui.visit.saving import DocumentSaver
from parentjournal.ui.visit.words import chosen_key, fill_choice_box, provider_choices

ID_ROLE = Qt.ItemDataRole.UserRole
GROUPS = ("questions", "advice", "checkins", "entries")


def _gist(entry) -> str:
    """The first line of an entry, to recognise it in a list."""
    text = (entry.title or entry.body).strip()
    return text.splitlines()[0] if text else ""


class PrepareVisitDialog(QDialog):
    """Choices on the left, the document on the right, saving and printing below."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PrepareVisitDialog")
        self.resize(1040, 720)
        self.material: VisitMaterial | None = None
        self.document: Document | None = None
        self._ticked: dict[str, bool] = {}  # what the person changed, kept across refreshes

        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        splitter = QSplitter(self)
        self.tabs = QTabWidget(splitter)
        self.tabs.setObjectName("prepare_tabs")
        self.tabs.addTab(self._build_choices(), "")
        self.after = AfterVisitPanel(ctx, self.tabs)
        self.tabs.addTab(self.after, "")
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("visit_preview")
        self.preview.setOpenLinks(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

        self.saver = DocumentSaver(self, lambda: self.document)
        buttons = QHBoxLayout()
        self.save_pdf = QPushButton(self)
        self.save_pdf.setObjectName("save_pdf")
        self.save_markdown = QPushButton(self)
        self.save_markdown.setObjectName("save_markdown")
        self.save_html = QPushButton(self)
        self.save_html.setObjectName("save_html")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_visit")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_visit")
        self.status = QLabel(self)
        self.status.setObjectName("visit_status")
        self.status.setWordWrap(True)
        for button in (self.save_pdf, self.save_markdown, self.save_html, self.print_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        self.close_button.setMinimumHeight(36)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.save_pdf.clicked.connect(lambda: self.saver.ask_and_save("pdf"))
        self.save_markdown.clicked.connect(lambda: self.saver.ask_and_save("markdown"))
        self.save_html.clicked.connect(lambda: self.saver.ask_and_save("html"))
        self.print_button.clicked.connect(self.saver.print_document)
        self.saver.done.connect(self.status.setText)
        self.close_button.clicked.connect(self.accept)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)

        first, last = default_period(date.today())
        self.first.setDate(to_qdate(first))
        self.last.setDate(to_qdate(last))
        fill_choice_box(self.for_whom, provider_choices(), "midwife")
        self.retranslate()
        self.reload()
        self.for_whom.currentIndexChanged.connect(self.reload)
        self.first.dateChanged.connect(self.reload)
        self.last.dateChanged.connect(self.reload)
        self.include_private.toggled.connect(self.reload)
        self.items.itemChanged.connect(self._item_changed)
        self.how_i_am.textChanged.connect(self._preview_timer.start)
        self.talk_about.textChanged.connect(self._preview_timer.start)
        ctx.changed.connect(self._on_changed)

    def _build_choices(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        form = QFormLayout()
        self.for_whom = QComboBox(page)
        self.for_whom.setObjectName("visit_for_whom")
        self.for_whom_label = QLabel(page)
        self.for_whom_label.setBuddy(self.for_whom)
        form.addRow(self.for_whom_label, self.for_whom)
        period = QHBoxLayout()
        self.first = QDateEdit(page)
        self.first.setObjectName("visit_from")
        self.first.setCalendarPopup(True)
        self.last = QDateEdit(page)
        self.last.setObjectName("visit_to")
        self.last.setCalendarPopup(True)
        self.first_label = QLabel(page)
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel(page)
        self.last_label.setBuddy(self.last)
        period.addWidget(self.first)
        period.addWidget(self.last_label)
        period.addWidget(self.last)
        period.addStretch(1)
        form.addRow(self.first_label, period)
        layout.addLayout(form)
        self.include_private = QCheckBox(page)
        self.include_private.setObjectName("visit_include_private")
        layout.addWidget(self.include_private)

        self.items_label = QLabel(page)
        self.items = QTreeWidget(page)
        self.items.setObjectName("visit_items")
        self.items.setHeaderHidden(True)
        self.items.setWordWrap(True)
        self.items.setStyleSheet("QTreeWidget::item { padding-top: 3px; padding-bottom: 3px; }")
        self.items_label.setBuddy(self.items)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)

        self.how_i_am_label = QLabel(page)
        self.how_i_am = QPlainTextEdit(page)
        self.how_i_am.setObjectName("visit_how_i_am")
        self.how_i_am.setTabChangesFocus(True)
        self.how_i_am.setFixedHeight(70)
        self.how_i_am_label.setBuddy(self.how_i_am)
        self.talk_about_label = QLabel(page)
        self.talk_about = QPlainTextEdit(page)
        self.talk_about.setObjectName("visit_talk_about")
        self.talk_about.setTabChangesFocus(True)
        self.talk_about.setFixedHeight(70)
        self.talk_about_label.setBuddy(self.talk_about)
        for widget in (self.how_i_am_label, self.how_i_am, self.talk_about_label, self.talk_about):
            layout.addWidget(widget)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepare a visit"))
        self.tabs.setTabText(0, self.tr("What to bring"))
        self.tabs.setTabText(1, self.tr("After the visit"))
        self.for_whom_label.setText(self.tr("&For whom?"))
        self.for_whom.setAccessibleName(self.tr("Who the visit is with"))
        self.first_label.setText(self.tr("F&rom"))
        self.first.setAccessibleName(self.tr("From this day"))
        self.last_label.setText(self.tr("&until"))
        self.last.setAccessibleName(self.tr("Until this day"))
        self.include_private.setText(self.tr("Also offer things only &I can see"))
        self.items_label.setText(self.tr("&What would you like to bring? (space ticks an item)"))
        self.items.setAccessibleName(self.tr("What to bring"))
        self.how_i_am_label.setText(self.tr("&How are you doing? A few lines, if you like"))
        self.how_i_am.setAccessibleName(self.tr("How you are doing"))
        self.talk_about_label.setText(self.tr("What would you like to &talk about?"))
        self.talk_about.setAccessibleName(self.tr("What you would like to talk about"))
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        for button, text in (
            (self.save_pdf, self.tr("Save as &PDF…")),
            (self.save_markdown, self.tr("Save as &Markdown…")),
            (self.save_html, self.tr("Save as HTM&L…")),
            (self.print_button, self.tr("Pri&nt…")),
            (self.close_button, self.tr("&Close")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))

    # Material and choices --------------------------------------------------------------
    def request(self) -> VisitRequest:
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        if last < first:
            first, last = last, first
        return VisitRequest(
            viewer_id=self.ctx.person_id,
            for_whom=chosen_key(self.for_whom),
            first=first,
            last=last,
            include_private=self.include_private.isChecked(),
        )

    def reload(self) -> None:
        """Offer again what fits the request, keeping what the person ticked or unticked."""
        self.material = visit_material(self.ctx.journal, self.request())
        defaults = default_choices(self.material)
        ticked_by_default = defaults.question_ids | defaults.advice_ids | defaults.checkin_ids
        self.items.blockSignals(True)
        self.items.clear()
        titles = {
            "questions": self.tr("Open questions"),
            "advice": self.tr("Advice you are not sure about"),
            "checkins": self.tr("Check-ins"),
            "entries": self.tr("From the journal"),
        }
        rows = {
            "questions": [(q, q.text) for q in self.material.questions],
            "advice": [(a, a.advice) for a in self.material.advice],
            "checkins": [
                (c, f"{self.ctx.name_of(c.author_id)} · {format_short_day(c.day)}: {c.text}")
                for c in self._checkins()
            ],
            "entries": [
                (e, f"{format_short_day(e.day)} · {self.ctx.name_of(e.author_id)}: {_gist(e)}")
                for e in reversed(self.material.entries)
            ],
        }
        for key in GROUPS:
            if not rows[key]:
                continue
            group = QTreeWidgetItem(self.items, [titles[key]])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for record, text in rows[key]:
                label = text[:160]
                if is_private(record):
                    label += "  · " + self.tr("only for you")
                item = QTreeWidgetItem(group, [label])
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setData(0, ID_ROLE, (key, record.id))
                ticked = self._ticked.get(record.id, record.id in ticked_by_default)
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            group.setExpanded(True)
        self.items.blockSignals(False)
        self.after.show_questions(self.request())
        self.update_preview()

    def _checkins(self):
        seen, found = set(), []
        for checkin in (*self.material.talk_checkins, *self.material.latest_checkins):
            if checkin.id not in seen:
                seen.add(checkin.id)
                found.append(checkin)
        return found

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ID_ROLE)
        if data:
            self._ticked[data[1]] = item.checkState(0) == Qt.CheckState.Checked
            self._preview_timer.start()

    def choices(self) -> VisitChoices:
        chosen: dict[str, set[str]] = {key: set() for key in GROUPS}
        for index in range(self.items.topLevelItemCount()):
            group = self.items.topLevelItem(index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                key, record_id = child.data(0, ID_ROLE)
                if child.checkState(0) == Qt.CheckState.Checked:
                    chosen[key].add(record_id)
        how = self.how_i_am.toPlainText()
        return VisitChoices(
            question_ids=frozenset(chosen["questions"]),
            advice_ids=frozenset(chosen["advice"]),
            checkin_ids=frozenset(chosen["checkins"]),
            entry_ids=frozenset(chosen["entries"]),
            how_we_are=((self.ctx.person.name, how),) if how.strip() else (),
            talk_about=self.talk_about.toPlainText(),
        )

    def update_preview(self) -> None:
        """Build the document from the choices and show exactly that."""
        if self.material is None:
            return
        language = self.ctx.translations.language if self.ctx.translations else "nl"
        self.document = visit_document(
            self.ctx.journal, self.material, self.choices(), language=language
        )
        empty = self.tr(
            "Nothing chosen yet. Would you like to tick something or write a few lines?"
        )
        if not self.document.sections:
            self.status.setText(empty)
        elif self.status.text() == empty:
            self.status.clear()
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(to_html(self.document, for_qt=True, colours=False))
        self.preview.verticalScrollBar().setValue(scroll)

    def hideEvent(self, event) -> None:
        self._preview_timer.stop()
        super().hideEvent(event)

    def _on_changed(self, changes) -> None:
        if changes.kind in ("question", "advice", "entry", "checkin"):
            self.reload()
