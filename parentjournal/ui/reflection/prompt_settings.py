"""Settings for reflection prompts: switch them off, and bring back hidden ones.

Both are the current person's own choices, stored in the journal (the same on every device).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.ui.context import AppContext


def group_title() -> str:
    """Title of this group in the settings screen."""
    return QCoreApplication.translate("PromptSettings", "Questions to write about")


class PromptSettings(QWidget):
    """The current person's prompt choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PromptSettings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setObjectName("prompts_enabled")
        self.enabled_box.setMinimumHeight(32)
        layout.addWidget(self.enabled_box)
        self.hidden_label = QLabel(self)
        self.hidden_label.setWordWrap(True)
        layout.addWidget(self.hidden_label)
        self.hidden_list = QListWidget(self)
        self.hidden_list.setObjectName("hidden_prompts")
        self.hidden_list.setWordWrap(True)
        self.hidden_list.setMaximumHeight(140)
        self.hidden_label.setBuddy(self.hidden_list)
        layout.addWidget(self.hidden_list)
        row = QHBoxLayout()
        self.bring_back_button = QPushButton(self)
        self.bring_back_button.setObjectName("bring_back_prompt")
        self.bring_back_button.setMinimumHeight(36)
        row.addWidget(self.bring_back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.none_hidden = QLabel(self)
        self.none_hidden.setObjectName("no_hidden_prompts")
        self.none_hidden.setWordWrap(True)
        layout.addWidget(self.none_hidden)

        self.enabled_box.toggled.connect(self._enabled_toggled)
        self.bring_back_button.clicked.connect(self.bring_back)
        self.hidden_list.itemActivated.connect(lambda _item: self.bring_back())
        self.hidden_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        ctx.person_changed.connect(lambda _pid: self.refresh())
        ctx.changed.connect(self._on_changed)
        ctx.language_changed.connect(lambda _lang: self.refresh())
        self.retranslate()
        self.refresh()

    def _language(self) -> str:
        return self.ctx.translations.language if self.ctx.translations is not None else "nl"

    def refresh(self) -> None:
        """Show the current person's choices."""
        service = self.ctx.journal.reflection
        person = self.ctx.person_id
        self.enabled_box.blockSignals(True)
        self.enabled_box.setChecked(service.enabled(person))
        self.enabled_box.blockSignals(False)
        self.hidden_list.clear()
        for prompt in service.hidden(person, self._language()):
            item = QListWidgetItem(prompt.text)
            item.setData(Qt.ItemDataRole.UserRole, prompt.id)
            self.hidden_list.addItem(item)
        if self.hidden_list.count():
            self.hidden_list.setCurrentRow(0)
        has_hidden = self.hidden_list.count() > 0
        self.hidden_label.setVisible(has_hidden)
        self.hidden_list.setVisible(has_hidden)
        self.bring_back_button.setVisible(has_hidden)
        self.none_hidden.setVisible(not has_hidden)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.bring_back_button.setEnabled(self.hidden_list.currentItem() is not None)

    def _enabled_toggled(self, checked: bool) -> None:
        person = self.ctx.person_id
        self.ctx.run(lambda: self.ctx.journal.reflection.set_enabled(person, checked))

    def bring_back(self) -> None:
        """Bring the selected hidden prompt back for the current person."""
        item = self.hidden_list.currentItem()
        if item is None:
            return
        prompt_id = item.data(Qt.ItemDataRole.UserRole)
        person = self.ctx.person_id
        self.ctx.run(lambda: self.ctx.journal.reflection.unhide(person, prompt_id))

    def _on_changed(self, changes) -> None:
        if changes.kind == "reflection":
            self.refresh()

    def retranslate(self) -> None:
        self.enabled_box.setText(self.tr("&Offer a question to write about on the journal screen"))
        self.enabled_box.setAccessibleName(
            self.tr("Offer a question to write about on the journal screen")
        )
        self.hidden_label.setText(self.tr("&Questions you set aside with \u201cnot for me\u201d:"))
        self.hidden_list.setAccessibleName(self.tr("Questions you set aside"))
        self.bring_back_button.setText(self.tr("&Bring back"))
        self.bring_back_button.setAccessibleName(self.tr("Bring the chosen question back"))
        self.none_hidden.setText(self.tr("You have not set any questions aside."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
