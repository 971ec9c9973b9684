"""Settings: "Your own lock", for the person writing now (never for someone else).

Set up, change or take away one's own passphrase, lock now, and choose after how long
without use the window locks by itself (remembered on this computer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from parentjournal.core.model import ChangeSet
from parentjournal.ui.context import AppContext
from parentjournal.ui.personal_lock.fields import big_button
from parentjournal.ui.personal_lock.idle import IDLE_CHOICES, idle_minutes, set_idle_minutes
from parentjournal.ui.settings.groups import GroupWidget


def group_title() -> str:
    """The group's title on the Settings screen."""
    return QCoreApplication.translate("PersonalLockSettings", "Your own lock")


class PersonalLockSettings(GroupWidget):
    """One's own lock: what it does, and the few things to do with it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("PersonalLockSettings")
        self.has_lock = False
        self.name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.explain = QLabel(self)
        self.explain.setObjectName("own_lock_state")
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.set_up_button = big_button(self, "set_up_own_lock", self.set_up)
        self.lock_now_button = big_button(self, "lock_now", self.lock_now)
        self.change_button = big_button(self, "change_own_lock", self.change)
        self.remove_button = big_button(self, "remove_own_lock", self.remove)
        for button in (
            self.set_up_button,
            self.lock_now_button,
            self.change_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        idle_form = QFormLayout()
        idle_form.setContentsMargins(0, 0, 0, 0)
        self.idle_label = QLabel(self)
        self.idle_box = QComboBox(self)
        self.idle_box.setObjectName("idle_lock_minutes")
        for minutes in IDLE_CHOICES:
            self.idle_box.addItem("", minutes)
        self.idle_label.setBuddy(self.idle_box)
        idle_form.addRow(self.idle_label, self.idle_box)
        self.idle_note = QLabel(self)
        self.idle_note.setWordWrap(True)
        idle_form.addRow(self.idle_note)
        layout.addLayout(idle_form)
        self.idle_box.activated.connect(self._idle_chosen)
        ctx.person_changed.connect(lambda _pid: self.refresh())
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # State -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read whether the person writing now has a lock, then show what fits."""
        self.name = self.ctx.name_of(self.ctx.person_id)
        self.has_lock = self.ctx.journal.personal_locks.has_passphrase(self.ctx.person_id)
        self.set_up_button.setVisible(not self.has_lock)
        for widget in (
            self.lock_now_button,
            self.change_button,
            self.remove_button,
            self.idle_label,
            self.idle_box,
            self.idle_note,
        ):
            widget.setVisible(self.has_lock)
        self.idle_box.setCurrentIndex(max(self.idle_box.findData(idle_minutes(self.ctx.prefs)), 0))
        self.retranslate()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kind in ("person", "personal_lock", "journal"):
            self.refresh()

    # Actions -----------------------------------------------------------------------------
    def _run_dialog(self, dialog_class) -> None:
        dialog = dialog_class(self.ctx, self.window())
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def set_up(self) -> None:
        from parentjournal.ui.personal_lock.dialogs import SetUpLockDialog

        self._run_dialog(SetUpLockDialog)
        self._guard_apply()

    def change(self) -> None:
        from parentjournal.ui.personal_lock.dialogs import ChangeLockDialog

        self._run_dialog(ChangeLockDialog)

    def remove(self) -> None:
        from parentjournal.ui.personal_lock.dialogs import RemoveLockDialog

        self._run_dialog(RemoveLockDialog)

    def lock_now(self) -> None:
        """Save what is typed, lock, and show the lock page (leaving the laptop for a bit)."""
        from parentjournal.ui.personal_lock.guard import guard_of

        guard = guard_of(self)
        if guard is not None:
            guard.lock_now()

    def _idle_chosen(self, index: int) -> None:
        set_idle_minutes(self.ctx.prefs, self.idle_box.itemData(index))
        self._guard_apply()

    def _guard_apply(self) -> None:
        from parentjournal.ui.personal_lock.guard import guard_of

        guard = guard_of(self)
        if guard is not None:
            guard.apply_idle_choice()

    # Texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.has_lock:
            self.explain.setText(
                self.tr(
                    "{name}, what you mark “Only me” has your own lock. It opens with your "
                    "passphrase, and closes again when someone else starts writing, after a "
                    "while without use, or with “Lock now”."
                ).format(name=self.name)
            )
        else:
            self.explain.setText(
                self.tr(
                    "{name}, would you like your own passphrase? Then what you mark “Only "
                    "me” opens only with it, also when someone chooses your name under “Who "
                    "is writing?”. What you share stays as it is."
                ).format(name=self.name)
            )
        self.set_up_button.setText(self.tr("&Set up my own lock…"))
        self.set_up_button.setAccessibleName(self.tr("Set up my own lock"))
        self.lock_now_button.setText(self.tr("Loc&k now"))
        self.lock_now_button.setAccessibleName(self.tr("Lock my own items now"))
        self.change_button.setText(self.tr("Change my &passphrase…"))
        self.change_button.setAccessibleName(self.tr("Change my passphrase"))
        self.remove_button.setText(self.tr("Take the lock awa&y…"))
        self.remove_button.setAccessibleName(self.tr("Take my own lock away"))
        self.idle_label.setText(self.tr("Lock &by itself after"))
        self.idle_box.setAccessibleName(self.tr("Lock by itself after"))
        for index, minutes in enumerate(IDLE_CHOICES):
            text = (
                self.tr("Never")
                if minutes == 0
                else self.tr("%n minute(s) without use", "", minutes)
            )
            self.idle_box.setItemText(index, text)
        self.idle_note.setText(
            self.tr("This choice is kept on this computer, for everyone who has an own lock here.")
        )
