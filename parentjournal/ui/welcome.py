"""First start: who is in this household? One adult is enough; nothing assumes roles.

Everything asked here is optional except one name, and all of it can be changed later in
Settings. Nothing is written until the person presses Start, and then all at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parentjournal.core.household import AdultInput, ChildInput
from parentjournal.core.model import Phase
from parentjournal.ui.focus import chain_tab_order
from parentjournal.ui.formatting import date_edit_format
from parentjournal.ui.text_size import set_relative_font

MAX_ADULTS = 6
NO_DATE, EXPECTED, BORN = 0, 1, 2


def phase_label(phase: Phase) -> str:
    """How a phase is named to people (shared by the welcome and Settings)."""
    if phase is Phase.PREGNANT:
        return QCoreApplication.translate("Phase", "Expecting a baby")
    if phase is Phase.FIRST_WEEKS:
        return QCoreApplication.translate("Phase", "Just had a baby")
    return QCoreApplication.translate("Phase", "A little further along")


class AdultRow:
    """Name and optional role of one adult."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, number: int):
        self.name = QLineEdit(parent)
        self.name.setObjectName(f"adult_name_{number}")
        self.name.setMaxLength(80)
        self.role = QLineEdit(parent)
        self.role.setObjectName(f"adult_role_{number}")
        self.role.setMaxLength(60)
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.role, row, 1)
        self.number = number

    def retranslate(self) -> None:
        self.name.setPlaceholderText(
            QCoreApplication.translate("WelcomeDialog", "Name or what people call you")
        )
        self.name.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Name of adult {n}").format(n=self.number)
        )
        self.role.setPlaceholderText(
            QCoreApplication.translate("WelcomeDialog", "e.g. mama, papa, co-parent…")
        )
        self.role.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Role of adult {n}").format(n=self.number)
        )


class WelcomeDialog(QDialog):
    """Asks the names of the adults, optional children and the phase."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.setContentsMargins(28, 24, 28, 20)

        self.heading = QLabel(self)
        set_relative_font(self.heading, 1.5, bold=True)
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self._build_adults(layout)
        self._build_child(layout)
        self._build_phase(layout)

        self.later_note = QLabel(self)
        self.later_note.setWordWrap(True)
        layout.addWidget(self.later_note)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setObjectName("start")
        self.cancel_button.setObjectName("not_now")
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(120)
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._chain_tab_order()
        self.adults[0].name.setFocus()

    # Building --------------------------------------------------------------------------
    def _build_adults(self, layout: QVBoxLayout) -> None:
        self.adults_box = QGroupBox(self)
        self.adults_grid = QGridLayout(self.adults_box)
        self.adults_grid.setHorizontalSpacing(12)
        self.adults_grid.setVerticalSpacing(8)
        self.name_header = QLabel(self.adults_box)
        self.role_header = QLabel(self.adults_box)
        self.adults_grid.addWidget(self.name_header, 0, 0)
        self.adults_grid.addWidget(self.role_header, 0, 1)
        self.adults: list[AdultRow] = []
        self.add_adult_button = QPushButton(self.adults_box)
        self.add_adult_button.setObjectName("add_adult")
        self.add_adult_button.setAutoDefault(False)
        self.add_adult_button.setMinimumHeight(32)
        self.add_adult_button.clicked.connect(self._add_adult_clicked)
        layout.addWidget(self.adults_box)
        self.add_adult()
        self.name_header.setBuddy(self.adults[0].name)
        self.role_header.setBuddy(self.adults[0].role)

    def _build_child(self, layout: QVBoxLayout) -> None:
        self.child_box = QGroupBox(self)
        self.child_box.setObjectName("child_box")
        self.child_box.setCheckable(True)
        self.child_box.setChecked(False)
        child_form = QFormLayout(self.child_box)
        child_form.setVerticalSpacing(10)
        self.child_name = QLineEdit(self.child_box)
        self.child_name.setObjectName("child_name")
        self.child_name.setMaxLength(80)
        self.child_name_label = QLabel(self.child_box)
        self.child_name_label.setBuddy(self.child_name)
        child_form.addRow(self.child_name_label, self.child_name)

        # No date, expected on, born on: one choice beside the date it qualifies.
        self.date_kind = QComboBox(self.child_box)
        self.date_kind.setObjectName("child_date_kind")
        self.date_kind.addItems(["", "", ""])
        self.child_date = QDateEdit(QDate.currentDate(), self.child_box)
        self.child_date.setObjectName("child_date")
        self.child_date.setCalendarPopup(True)
        self.child_date.setDisplayFormat(date_edit_format())
        self.child_date.setEnabled(False)
        self.date_kind.currentIndexChanged.connect(
            lambda index: self.child_date.setEnabled(index != NO_DATE)
        )
        date_row = QHBoxLayout()
        date_row.setSpacing(12)
        date_row.addWidget(self.date_kind)
        date_row.addWidget(self.child_date, 1)
        self.child_date_label = QLabel(self.child_box)
        self.child_date_label.setBuddy(self.date_kind)
        child_form.addRow(self.child_date_label, date_row)
        layout.addWidget(self.child_box)

    def _build_phase(self, layout: QVBoxLayout) -> None:
        self.phase_box = QGroupBox(self)
        phase_layout = QVBoxLayout(self.phase_box)
        phase_layout.setSpacing(8)
        self.phase_group = QButtonGroup(self)
        self.phase_buttons: dict[Phase, QRadioButton] = {}
        for phase in Phase:
            button = QRadioButton(self.phase_box)
            button.setObjectName(f"phase_{phase.value}")
            self.phase_group.addButton(button)
            phase_layout.addWidget(button)
            self.phase_buttons[phase] = button
        layout.addWidget(self.phase_box)

    def add_adult(self) -> AdultRow | None:
        """Add one more name/role row (up to :data:`MAX_ADULTS`)."""
        if len(self.adults) >= MAX_ADULTS:
            return None
        row = AdultRow(
            self.adults_box, self.adults_grid, len(self.adults) + 1, len(self.adults) + 1
        )
        row.name.textChanged.connect(self._update_ok)
        row.retranslate()
        self.adults.append(row)
        self.adults_grid.addWidget(
            self.add_adult_button, len(self.adults) + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft
        )
        self.add_adult_button.setEnabled(len(self.adults) < MAX_ADULTS)
        if hasattr(self, "buttons"):
            self._chain_tab_order()
        return row

    def _add_adult_clicked(self) -> None:
        row = self.add_adult()
        if row is not None:
            # A widget added to a visible dialog appears only on the next event loop turn;
            # show it now so the cursor can go straight into the new name.
            row.name.show()
            row.role.show()
            row.name.setFocus()

    def _chain_tab_order(self) -> None:
        """Top to bottom, left to right: the order in which people read the form."""
        chain: list[QWidget] = []
        for row in self.adults:
            chain += [row.name, row.role]
        chain += [self.add_adult_button, self.child_box, self.child_name]
        chain += [self.date_kind, self.child_date]
        chain += list(self.phase_buttons.values())
        chain += [self.ok_button, self.cancel_button]
        chain_tab_order(chain)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(any(r.name.text().strip() for r in self.adults))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "This journal is yours and stays on this computer. Who is writing in it? "
                "One name is enough; you can add someone later."
            )
        )
        self.adults_box.setTitle(self.tr("Who is writing?"))
        self.name_header.setText(self.tr("&Name"))
        self.role_header.setText(self.tr("&Role, if you like"))
        self.add_adult_button.setText(self.tr("&Add someone"))
        self.add_adult_button.setAccessibleName(self.tr("Add someone"))
        for row in self.adults:
            row.retranslate()
        self.child_box.setTitle(self.tr("A &child, if you like"))
        self.child_box.setAccessibleName(self.tr("A child, if you like"))
        self.child_name_label.setText(self.tr("Name or nic&kname"))
        self.child_name.setPlaceholderText(self.tr("A nickname is fine too"))
        self.child_date_label.setText(self.tr("&Date"))
        self.date_kind.setItemText(NO_DATE, self.tr("No date yet"))
        self.date_kind.setItemText(EXPECTED, self.tr("Expected on"))
        self.date_kind.setItemText(BORN, self.tr("Born on"))
        self.date_kind.setAccessibleName(self.tr("Kind of date"))
        self.child_date.setAccessibleName(self.tr("Date of the child"))
        self.phase_box.setTitle(self.tr("Where are you now, do you feel?"))
        for phase, button in self.phase_buttons.items():
            button.setText(phase_label(phase))
        self.later_note.setText(self.tr("You can change all of this later in Settings."))
        self.ok_button.setText(self.tr("&Start"))
        self.cancel_button.setText(self.tr("N&ot now"))

    # Results ---------------------------------------------------------------------------
    def adult_inputs(self) -> list[AdultInput]:
        """The adults as typed (rows without a name are skipped by the service)."""
        return [AdultInput(r.name.text(), r.role.text()) for r in self.adults]

    def child_inputs(self) -> list[ChildInput]:
        """The child as typed, or nothing when the child box is not ticked."""
        if not self.child_box.isChecked():
            return []
        kind = self.date_kind.currentIndex()
        day = None if kind == NO_DATE else self.child_date.date().toPython()
        if kind == BORN:
            return [ChildInput(self.child_name.text(), birth_date=day)]
        return [ChildInput(self.child_name.text(), due_date=day)]

    def phase(self) -> Phase | None:
        """The phase chosen, or None when nothing was picked."""
        return next((p for p, b in self.phase_buttons.items() if b.isChecked()), None)
