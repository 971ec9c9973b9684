"""Writing one entry: title, day, who may read it, themes and a Markdown body, autosaved.

What is typed reaches the disk ``AUTOSAVE_MS`` after typing stops, and at once on every
switch (other entry, person or screen) and on close. A new entry is only created once there
is something in it. A failed save keeps the text here and is tried again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.clock import today
from parentjournal.core.journal import MAX_TITLE_CHARS, EntryTooLargeError, NotAllowedError
from parentjournal.core.model import Entry, EntryDraft, Visibility
from parentjournal.ui.context import AppContext
from parentjournal.ui.flow_layout import FlowLayout
from parentjournal.ui.journal.body_edit import BodyEdit
from parentjournal.ui.journal.field_row import FieldRow
from parentjournal.ui.journal.theme_picker import ThemePicker
from parentjournal.ui.text_size import set_relative_font

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextBrowser

AUTOSAVE_MS = 500
RETRY_MS = 3000


class EntryEditor(QWidget):
    """The right-hand side of the Dagboek: one entry, always saved without asking."""

    saved = Signal(str, bool)  # entry id, True when it was just created
    delete_requested = Signal(str)  # entry id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._entry_id: str | None = None
        self._author_id: str = ctx.person_id
        self._prompt_id: str | None = None
        self._dirty = False
        self._loading = False
        self._read_only = False
        self._author_name = ""
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._may_retry = True
        self.retranslate()
        self.new_entry()

    # Building ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.title = QLineEdit(self)
        self.title.setObjectName("entry_title")
        # Relative sizes, so the text grows and shrinks with Ctrl++ / Ctrl+-.
        set_relative_font(self.title, 1.25)
        self.title.setMinimumHeight(40)
        # The field stops where the journal would refuse the title: a huge paste is cut
        # there instead of failing every autosave after it.
        self.title.setMaxLength(MAX_TITLE_CHARS)
        layout.addWidget(self.title)

        self.day_label = QLabel(self)
        self.day = QDateEdit(self)
        self.day.setObjectName("entry_day")
        self.day.setCalendarPopup(True)
        self.day.setMinimumHeight(34)
        self.day_label.setBuddy(self.day)
        self.visibility_label = QLabel(self)
        self.visibility = QComboBox(self)
        self.visibility.setObjectName("entry_visibility")
        self.visibility.setMinimumHeight(34)
        self.visibility.addItem("", str(Visibility.PRIVATE))
        self.visibility.addItem("", str(Visibility.SHARED))
        self.visibility_label.setBuddy(self.visibility)
        # On one line when there is room; otherwise one pair per line, so a label never
        # breaks word by word and the day is never cut off.
        self.about_row = FieldRow(
            [(self.day_label, self.day), (self.visibility_label, self.visibility)], self
        )
        layout.addWidget(self.about_row)

        self.themes = ThemePicker(self)
        layout.addWidget(self.themes)

        self.author_note = QLabel(self)
        self.author_note.setObjectName("author_note")
        self.author_note.setWordWrap(True)
        self.author_note.hide()
        layout.addWidget(self.author_note)

        self.pages = QStackedWidget(self)
        self.body = BodyEdit(self.pages)
        self.body.setObjectName("entry_body")
        self.body.paste_refused.connect(self._paste_refused)
        set_relative_font(self.body, 1.1)
        self.body.setTabChangesFocus(True)
        self.pages.addWidget(self.body)
        # The formatted view is built the first time it is shown (a faster first window).
        self._preview: QTextBrowser | None = None
        layout.addWidget(self.pages, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.status = QLabel(self)
        self.status.setObjectName("save_status")
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setCheckable(True)
        self.preview_button.setMinimumHeight(36)
        self.preview_button.toggled.connect(self._show_preview)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_button")
        self.delete_button.setMinimumHeight(36)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.status.setWordWrap(True)
        # In a narrow column the two buttons stack rather than cutting their words off.
        button_box = QWidget(self)
        buttons = FlowLayout(button_box, spacing=8)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.delete_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(button_box)
        layout.addLayout(bottom)

        self.title.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.day.dateChanged.connect(self._edited)
        self.visibility.currentIndexChanged.connect(self._edited)
        self.themes.changed.connect(self._edited)

    @property
    def preview(self) -> QTextBrowser:
        """The text shown formatted, to read (built when it is first needed)."""
        if self._preview is None:
            from PySide6.QtWidgets import QTextBrowser

            preview = QTextBrowser(self.pages)
            preview.setObjectName("entry_preview")
            preview.setOpenLinks(False)
            set_relative_font(preview, 1.1)
            self.pages.addWidget(preview)
            # Where it would have been from the start in the Tab order: right after the text.
            QWidget.setTabOrder(self.body, preview)
            self._preview = preview
            self._retranslate_preview()
        return self._preview

    def _retranslate_preview(self) -> None:
        if self._preview is not None:
            self._preview.setAccessibleName(self.tr("Your text, formatted"))

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Title, if you like"))
        self.title.setAccessibleName(self.tr("Title"))
        self.day_label.setText(self.tr("&About the day"))
        self.day.setAccessibleName(self.tr("About the day"))
        # The day in words ("22 november 2026"), in the language of the window.
        self.day.setLocale(QLocale())
        self.day.setDisplayFormat("d MMMM yyyy")
        self.visibility_label.setText(self.tr("Who may &read it"))
        self.visibility.setAccessibleName(self.tr("Who may read it"))
        self.visibility.setItemText(0, self.tr("Only me"))
        self.visibility.setItemText(1, self.tr("Shared with the household"))
        self.body.setPlaceholderText(
            self.tr("What would you like to keep from today? One word is enough.")
        )
        self.body.setAccessibleName(self.tr("Your text"))
        self._retranslate_preview()
        self.preview_button.setText(self.tr("&Formatted"))
        self.preview_button.setAccessibleName(self.tr("Show the text formatted"))
        self.preview_button.setToolTip(
            self.tr("Show the text with its formatting (Markdown), or write again")
        )
        self.delete_button.setText(self.tr("To th&e bin"))
        self.delete_button.setAccessibleName(self.tr("Move this entry to the bin"))
        self.delete_button.setToolTip(self.tr("You can get it back from the bin (Ctrl+Z)"))
        self.themes.retranslate()
        self.about_row.rearrange()
        self._update_author_note()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What is shown -----------------------------------------------------------------------
    @property
    def entry_id(self) -> str | None:
        """The entry being edited; None for a new one that has nothing in it yet."""
        return self._entry_id

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def new_entry(
        self, day: date | None = None, *, title: str = "", prompt_id: str | None = None
    ) -> None:
        """Start a new, empty entry for the current person (nothing is stored until typed).

        ``title`` and ``prompt_id`` start an entry that answers a reflection prompt.
        """
        self.flush()
        person = self.ctx.person
        self._load(
            entry_id=None,
            author_id=person.id,
            day=day or today(),
            title=title,
            body="",
            visibility=person.default_visibility,
            themes=(),
            prompt_id=prompt_id,
        )

    def open_entry(self, entry: Entry) -> None:
        """Show an entry; someone else's shared entry is shown to read, not to change."""
        if entry.id == self._entry_id:
            return
        self.flush()
        self._load(
            entry_id=entry.id,
            author_id=entry.author_id,
            day=entry.day,
            title=entry.title,
            body=entry.body,
            visibility=entry.visibility,
            themes=entry.themes,
            prompt_id=entry.prompt_id,
        )

    def _load(self, *, entry_id, author_id, day, title, body, visibility, themes, prompt_id):
        self._loading = True
        try:
            self._entry_id = entry_id
            self._author_id = author_id
            self._prompt_id = prompt_id
            self.title.setText(title)
            self.body.setPlainText(body)
            self.day.setDate(QDate(day.year, day.month, day.day))
            self.visibility.setCurrentIndex(self.visibility.findData(str(visibility)))
            self.themes.set_themes(tuple(themes))
            self._dirty = False
            self._read_only = author_id != self.ctx.person_id
            # Kept here so a language switch re-reads nothing from the journal.
            self._author_name = self.ctx.name_of(author_id) if self._read_only else ""
            for widget in (self.title, self.body):
                widget.setReadOnly(self._read_only)
            self.day.setReadOnly(self._read_only)
            self.visibility.setEnabled(not self._read_only)
            self.themes.set_read_only(self._read_only)
            self.delete_button.setEnabled(entry_id is not None and not self._read_only)
            # Someone else's words are shown formatted, to read; our own open ready to write.
            self.preview_button.setChecked(self._read_only)
            # Buttons that cannot do anything for someone else's words are left out.
            self.preview_button.setVisible(not self._read_only)
            self.delete_button.setVisible(not self._read_only)
            self._show_preview(self._read_only)
        finally:
            self._loading = False
        self._update_author_note()
        self._update_status()

    def _update_author_note(self) -> None:
        if self._read_only:
            self.author_note.setText(
                self.tr("{name} wrote this and shares it with you.").format(name=self._author_name)
            )
        self.author_note.setVisible(self._read_only)

    def _show_preview(self, on: bool) -> None:
        if on:
            self.preview.setMarkdown(self.body.toPlainText())
            self.pages.setCurrentWidget(self.preview)
        else:
            self.pages.setCurrentWidget(self.body)

    def focus_text(self) -> None:
        """Put the cursor in the text, ready to type."""
        if self.preview_button.isChecked() and not self._read_only:
            self.preview_button.setChecked(False)
        (self.preview if self._read_only else self.body).setFocus()

    # Saving ------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._loading or self._read_only:
            return
        self._dirty = True
        self._update_status()
        self._autosave.start()

    def _draft(self) -> EntryDraft:
        qday = self.day.date()
        return EntryDraft(
            author_id=self._author_id,
            day=date(qday.year(), qday.month(), qday.day()),
            body=self.body.toPlainText(),
            title=self.title.text(),
            visibility=Visibility(self.visibility.currentData()),
            themes=self.themes.themes(),
            prompt_id=self._prompt_id,
        )

    def flush(self) -> bool:
        """Save what is typed now (on a switch or close); True when nothing is left unsaved."""
        return self.save_now()

    def stop_retrying(self) -> None:
        """Stop the pending autosave and retry: the window closes and the journal with it.

        The words stay in the fields; the main window only calls this once everything
        was saved, or the person chose to close without saving.
        """
        self._may_retry = False
        self._autosave.stop()
        self._retry.stop()

    def showEvent(self, event) -> None:
        self._may_retry = True
        super().showEvent(event)

    def save_now(self) -> bool:
        """Write the entry if it changed. Returns False when it could not be saved yet."""
        self._autosave.stop()
        if not self._dirty or self._read_only:
            return True
        draft = self._draft()
        service = self.ctx.journal.entries
        if self._entry_id is None and not draft.body.strip() and not draft.title.strip():
            # Clicking "new" and choosing a theme is not yet an entry; keep nothing.
            self._dirty = False
            self._update_status()
            return True
        entry_id = self._entry_id
        try:
            if entry_id is None:
                result = self.ctx.run(lambda: service.create(draft))
            else:
                result = self.ctx.run(lambda: service.save(entry_id, draft))
        except EntryTooLargeError:
            self.ctx.problem.emit(
                self.tr(
                    "This text is too long to keep as one entry. Your text stays here; "
                    "could you split it into a few entries?"
                )
            )
            result = None
        except (NotAllowedError, KeyError):
            # The entry is gone or is not ours: keep the words as a new entry instead.
            self._entry_id = None
            self._author_id = self.ctx.person_id
            return self.save_now()
        if result is None:
            if self._may_retry:
                self._retry.start()
            self._update_status(failed=True)
            return False
        entry, _changes = result
        self._entry_id = entry.id
        self._dirty = False
        self._retry.stop()
        self.delete_button.setEnabled(True)
        self._update_status()
        self.saved.emit(entry.id, entry_id is None)
        return True

    def _paste_refused(self, _chars: int) -> None:
        self.ctx.problem.emit(
            self.tr(
                "That is more text than one entry can hold, so it was not pasted. What you "
                "wrote stays as it was. Would you like to paste it in a few smaller parts?"
            )
        )

    def _update_status(self, *, failed: bool = False) -> None:
        if failed:
            text = self.tr("Not saved yet; your text stays here and we try again.")
        elif self._read_only or (self._entry_id is None and not self._dirty):
            text = ""
        elif self._dirty:
            text = self.tr("Saving…")
        else:
            text = self.tr("Saved")
        self.status.setText(text)

    def _delete_clicked(self) -> None:
        if self._entry_id is not None and not self._read_only:
            self.flush()
            self.delete_requested.emit(self._entry_id)

    def hideEvent(self, event) -> None:
        # Switching screens or closing: nothing typed may wait for the timer.
        self.flush()
        super().hideEvent(event)
