"""Quick capture of a goed bezig-moment (Ctrl+G from anywhere), also used to edit one.

Focus starts in the text field and Enter saves: one line is enough. Who it is for and whether
the household may see it are right below; the day, a theme and a link to a journal entry are
tucked under "More" because most moments need none of them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.clock import today
from parentjournal.core.model import Visibility
from parentjournal.core.moments import MAX_TEXT_CHARS, Moment, MomentDraft
from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_short_day
from parentjournal.ui.keep_on_close import KeepOnClose
from parentjournal.ui.moments.icon import soften
from parentjournal.ui.moments.openings import next_turn, opening
from parentjournal.ui.moments.themes import preset_themes, theme_label
from parentjournal.ui.text_size import set_relative_font


class MomentDialog(KeepOnClose, QDialog):
    """Write a new moment, or change one you wrote (``moment`` given)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, moment: Moment | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.moment = moment
        self.saved: Moment | None = None
        self._turn = next_turn(ctx.prefs)
        self._others = [p for p in ctx.people() if p.id != ctx.person_id]
        self.setObjectName("MomentDialog")
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        self.text_label = QLabel(self)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("moment_text")
        self.text_edit.setMaxLength(MAX_TEXT_CHARS)
        self.text_edit.setMinimumHeight(40)
        set_relative_font(self.text_edit, 1.15)
        self.text_label.setBuddy(self.text_edit)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit)

        # One form, so the labels of the optional rows line up with "For whom?".
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.form = form
        self.for_label = QLabel(self)
        self.for_box = QComboBox(self)
        self.for_box.setObjectName("moment_for")
        self.for_box.setMinimumHeight(32)
        self.for_label.setBuddy(self.for_box)
        form.addRow(self.for_label, self.for_box)
        self.share_box = QCheckBox(self)
        self.share_box.setObjectName("moment_share")
        form.addRow("", self.share_box)
        self.who_sees = QLabel(self)
        self.who_sees.setObjectName("moment_who_sees")
        self.who_sees.setWordWrap(True)
        soften(self.who_sees)
        form.addRow(self.who_sees)

        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moment_more")
        self.more_button.setCheckable(True)
        self.more_button.setFlat(True)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        form.addRow(more_row)
        self.day_label = QLabel(self)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("moment_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setMinimumHeight(32)
        self.day_label.setBuddy(self.day_edit)
        form.addRow(self.day_label, self.day_edit)
        self.theme_label = QLabel(self)
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("moment_theme")
        self.theme_box.setMinimumHeight(32)
        self.theme_label.setBuddy(self.theme_box)
        form.addRow(self.theme_label, self.theme_box)
        self.entry_label = QLabel(self)
        self.entry_box = QComboBox(self)
        self.entry_box.setObjectName("moment_entry")
        self.entry_box.setMinimumHeight(32)
        # Long entry titles must not push the labels aside; the popup still shows them whole.
        for box in (self.for_box, self.theme_box, self.entry_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        self.entry_label.setBuddy(self.entry_box)
        form.addRow(self.entry_label, self.entry_box)
        layout.addLayout(form)
        self.more_button.toggled.connect(self._show_more)
        self._show_more(False)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("moment_save")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(36)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setMinimumHeight(36)
        for button in (self.save_button, self.cancel_button):
            button.setIcon(QIcon())  # words are enough; no style icon
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill()
        self.text_edit.textChanged.connect(self._update_save)
        self.text_edit.returnPressed.connect(self._save)
        self.for_box.currentIndexChanged.connect(self._update_privacy)
        self.share_box.toggled.connect(self._update_privacy)
        self.retranslate()
        self._update_save()
        self.text_edit.setFocus()

    # Building ----------------------------------------------------------------------------
    def _fill(self) -> None:
        moment = self.moment
        self.for_box.addItem("", None)
        for person in self._others:
            self.for_box.addItem("", person.id)
        self.theme_box.addItem("", None)
        for key, label in preset_themes():
            self.theme_box.addItem(label, key)
        self.entry_box.addItem("", None)
        for entry in self.ctx.journal.entry_repo.page(self.ctx.person_id, limit=40):
            words = entry.title or " ".join(entry.body.split()[:8])
            self.entry_box.addItem(f"{format_short_day(entry.day)} · {words}"[:90], entry.id)
        day = moment.day if moment else today()
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        # Nobody else in the household: the moment is simply yours; no choice to show.
        alone = not self._others
        self.for_label.setVisible(not alone)
        self.for_box.setVisible(not alone)
        if moment is None:
            # A person who chose "shared" as their default in the settings gets it here too.
            shared_default = self.ctx.person.default_visibility is Visibility.SHARED
            self.share_box.setChecked(shared_default)
            return
        self.text_edit.setText(moment.text)
        index = self.for_box.findData(moment.recipient_id) if moment.recipient_id else 0
        self.for_box.setCurrentIndex(max(index, 0))
        self.share_box.setChecked(moment.visibility is Visibility.SHARED)
        if moment.theme:
            if self.theme_box.findData(moment.theme) < 0:
                self.theme_box.addItem(theme_label(moment.theme), moment.theme)
            self.theme_box.setCurrentIndex(self.theme_box.findData(moment.theme))
        if moment.entry_id:
            if self.entry_box.findData(moment.entry_id) < 0:
                self.entry_box.addItem(self.tr("The linked entry"), moment.entry_id)
            self.entry_box.setCurrentIndex(self.entry_box.findData(moment.entry_id))
        self.more_button.setChecked(bool(moment.theme or moment.entry_id))

    def _show_more(self, shown: bool) -> None:
        for field in (self.day_edit, self.theme_box, self.entry_box):
            self.form.setRowVisible(field, shown)

    def retranslate(self) -> None:
        editing = self.moment is not None
        self.setWindowTitle(self.tr("Change this moment") if editing else self.tr("Good going"))
        self.text_label.setText(self.tr("&What went well, or took effort?"))
        self.text_edit.setAccessibleName(self.tr("What went well, or took effort?"))
        self.for_label.setText(self.tr("&For whom?"))
        self.for_box.setAccessibleName(self.tr("For whom?"))
        self.for_box.setItemText(0, self.tr("For myself"))
        for row, person in enumerate(self._others, start=1):
            self.for_box.setItemText(row, self.tr("For {name}").format(name=person.name))
        self.more_button.setText(self.tr("&More: day, theme, journal entry"))
        self.more_button.setAccessibleName(self.tr("More: day, theme, journal entry"))
        self.day_label.setText(self.tr("&Day"))
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.theme_label.setText(self.tr("&Theme"))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.theme_box.setItemText(0, self.tr("No theme"))
        self.entry_label.setText(self.tr("With journal &entry"))
        self.entry_box.setAccessibleName(self.tr("With journal entry"))
        self.entry_box.setItemText(0, self.tr("None"))
        self.save_button.setText(self.tr("&Keep it"))
        self.save_button.setAccessibleName(self.tr("Keep it"))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setToolTip(self.tr("What you typed is kept."))
        self._update_privacy()

    # Behaviour ---------------------------------------------------------------------------
    def recipient_id(self) -> str | None:
        return self.for_box.currentData()

    def _update_privacy(self) -> None:
        recipient = self.recipient_id()
        others = len(self._others)
        # Sharing only means something when it reaches someone who would not see it anyway.
        can_share = others > 1 if recipient else others >= 1
        self.share_box.setVisible(can_share)
        self.share_box.setText(self.tr("&Let everyone in the household see it"))
        self.share_box.setAccessibleName(self.tr("Let everyone in the household see it"))
        shared = can_share and self.share_box.isChecked()
        name = self.ctx.name_of(recipient) if recipient else ""
        if shared:
            text = self.tr("Everyone in the household can see this.")
        elif recipient:
            text = self.tr(
                "Only you and {name} can see this. {name} will find it the next time they "
                "open the journal."
            ).format(name=name)
        else:
            text = self.tr("Only you can see this.")
        self.who_sees.setText(text)
        self.text_edit.setPlaceholderText(opening(self._turn, for_someone=recipient is not None))

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.text_edit.text().strip()))

    def draft(self) -> MomentDraft:
        qday = self.day_edit.date()
        recipient = self.recipient_id()
        shared = self.share_box.isVisibleTo(self) and self.share_box.isChecked()
        return MomentDraft(
            author_id=self.moment.author_id if self.moment else self.ctx.person_id,
            day=date(qday.year(), qday.month(), qday.day()),
            text=self.text_edit.text(),
            recipient_id=recipient,
            theme=self.theme_box.currentData(),
            entry_id=self.entry_box.currentData(),
            visibility=Visibility.SHARED if shared else Visibility.PRIVATE,
        )

    # Closing keeps what was typed (KeepOnClose): Escape, Close, the window's close button.
    def words_typed(self) -> bool:
        return bool(self.text_edit.text().strip())

    def keep(self) -> None:
        self._save()

    def _save(self) -> None:
        if not self.text_edit.text().strip():
            return  # Enter in an empty field: nothing to keep yet, nothing to complain about
        draft = self.draft()
        service = self.ctx.journal.moments
        if self.moment is None:
            result = self.ctx.run(lambda: service.give(draft))
        else:
            moment_id = self.moment.id
            result = self.ctx.run(lambda: service.edit(moment_id, draft))
        if result is None:
            # The storage problem was reported; the words stay in the field to try again.
            self.problem.setText(self.tr("This could not be kept yet. Your words stay here."))
            self.problem.setVisible(True)
            return
        self.saved = result[0]
        self.accept()


def open_capture(ctx: AppContext, window: QWidget) -> MomentDialog:
    """Open the quick capture over ``window`` (non-blocking); returns the dialog."""
    dialog = MomentDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(window, QMainWindow):
        dialog.accepted.connect(
            lambda: window.statusBar().showMessage(
                QCoreApplication.translate("MomentDialog", "Kept in Good going."), 5000
            )
        )
    dialog.open()
    dialog.text_edit.setFocus()
    return dialog
