"""The Samen section ("Mijn draaglast" with one adult): tabs for each part of the care load.

With two or more adults: my picture, look together, agreements, over time, check-ins and
the partner page. With one adult there is nobody to compare with, so the partner tabs are
simply absent and the same map shows what one person carries and who could help.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from parentjournal.ui.context import AppContext
from parentjournal.ui.formatting import format_day
from parentjournal.ui.retranslate_when_shown import RetranslateWhenShown
from parentjournal.ui.samen import title
from parentjournal.ui.samen.agreements import AgreementDialog, AgreementsView
from parentjournal.ui.samen.checkins_view import CheckInsView
from parentjournal.ui.samen.history import HistoryView
from parentjournal.ui.samen.partner import PartnerPage
from parentjournal.ui.samen.picture_editor import PictureEditor
from parentjournal.ui.samen.side_by_side import SideBySideView


def section_title(page: SamenPage | None) -> str:
    """ "Together", or "My load" when the household has one adult."""
    return title(page is not None and page.one_adult)


class SamenPage(RetranslateWhenShown, QWidget):
    """The section widget: a confirmation bar for sharing above a row of tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SamenPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.confirm = QWidget(self)
        self.confirm.setObjectName("share_confirm")
        bar = QHBoxLayout(self.confirm)
        bar.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel(self.confirm)
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = QPushButton(self.confirm)
        self.confirm_yes.setObjectName("share_yes")
        self.confirm_no = QPushButton(self.confirm)
        self.confirm_no.setObjectName("share_no")
        for button in (self.confirm_yes, self.confirm_no):
            button.setMinimumHeight(36)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(self.confirm_yes)
        bar.addWidget(self.confirm_no)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.confirm_yes.clicked.connect(self.share_now)
        self.confirm_no.clicked.connect(self.confirm.hide)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("samen_tabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.editor = PictureEditor(ctx, self)
        self.side_by_side = SideBySideView(ctx, self)
        self.agreements = AgreementsView(ctx, self)
        self.history = HistoryView(ctx, self)
        self.checkins = CheckInsView(ctx, self)
        self.partner = PartnerPage(ctx, self)
        self.editor.share_requested.connect(self.ask_to_share)
        self.side_by_side.share_requested.connect(self.ask_to_share)
        self.side_by_side.agreement_requested.connect(self.agree_about)
        self.partner.look_together.connect(lambda: self.tabs.setCurrentWidget(self.side_by_side))
        ctx.changed.connect(self._on_changed)
        self._together: bool | None = None
        self.one_adult = False
        self.retranslate()

    def _arrange(self) -> None:
        """Show the partner tabs only when there is someone to be together with."""
        together = len(self.ctx.people()) > 1
        self.one_adult = not together
        if together == self._together:
            return
        self._together = together
        current = self.tabs.currentWidget()
        self.tabs.clear()
        pages = [self.editor]
        if together:
            pages.append(self.side_by_side)
        pages += [self.agreements, self.history, self.checkins]
        if together:
            pages.append(self.partner)
        for page in pages:
            self.tabs.addTab(page, "")
        if not together:
            # Pages taken out of the tabs stay children of this widget; keep them out of sight.
            self.side_by_side.hide()
            self.partner.hide()
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)

    def retranslate(self) -> None:
        self._arrange()
        titles = {
            self.editor: self.tr("&My picture"),
            self.side_by_side: self.tr("&Look together"),
            self.agreements: self.tr("Agr&eements"),
            self.history: self.tr("Over &time"),
            self.checkins: self.tr("How are &you?"),
            self.partner: self.tr("Your &partner"),
        }
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, titles[self.tabs.widget(index)])
        self.tabs.setAccessibleName(section_title(self))
        self.confirm_yes.setText(self.tr("&Yes, share it"))
        self.confirm_yes.setAccessibleName(self.tr("Yes, share my picture"))
        self.confirm_no.setText(self.tr("&Not now"))
        self.confirm_no.setAccessibleName(self.tr("Not now"))

    # Sharing ----------------------------------------------------------------------------
    def ask_to_share(self) -> None:
        picture = self.ctx.journal.careload.current_picture(self.ctx.person_id)
        if picture is None:
            self.tabs.setCurrentWidget(self.editor)
            return
        self.confirm_text.setText(
            self.tr(
                "Share your picture of {day} with the household? The others see it once "
                "they have shared theirs too."
            ).format(day=format_day(picture.made_on))
        )
        self.confirm.show()
        self.confirm_yes.setFocus()

    def share_now(self) -> None:
        care = self.ctx.journal.careload
        person = self.ctx.person_id
        picture = care.current_picture(person)
        self.confirm.hide()
        if picture is None or not self.ctx.run(lambda: care.share(person, picture.id)):
            return
        if len(self.ctx.people()) > 1:
            self.tabs.setCurrentWidget(self.side_by_side)

    # Agreements -------------------------------------------------------------------------
    def agree_about(self, task_id: str, sentence: str) -> AgreementDialog:
        return self.agreements.open_dialog(task_id, sentence)

    def flush(self) -> bool:
        """Save what is being typed in open agreement dialogs (the window is closing)."""
        return all([dialog.flush() for dialog in self.findChildren(AgreementDialog)])

    def _on_changed(self, changes) -> None:
        if changes.kind == "person":
            self.retranslate()
