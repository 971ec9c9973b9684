"""First start: who is in this household? One adult is enough; nothing assumes roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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

MAX_ADULTS = 6


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
        self.name.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", "Name"))
        self.name.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Name of adult {n}").format(n=self.number)
        )
        self.role.setPlaceholderText(
            QCoreApplication.translate(
                "WelcomeDialog", "Role, if you like (mama, papa, co-parent…)"
            )
        )
        self.role.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Role of adult {n}").format(n=self.number)
        )


class WelcomeDialog(QDialog):
    """Asks the names of the adults, optional children and the phase."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.setContentsMargins(24, 20, 24, 20)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.adults_box = QGroupBox(self)
        self.adults_grid = QGridLayout(self.adults_box)
        self.adults: list[AdultRow] = []
        self.add_adult_button = QPushButton(self.adults_box)
        self.add_adult_button.setObjectName("add_adult")
        self.add_adult_button.clicked.connect(self.add_adult)
        layout.addWidget(self.adults_box)
        self.add_adult()
        self.add_adult()

        self.child_box = QGroupBox(self)
        self.child_box.setCheckable(True)
        self.child_box.setChecked(False)
        child_form = QFormLayout(self.child_box)
        self.child_name = QLineEdit(self.child_box)
        self.child_name.setObjectName("child_name")
        self.child_name_label = QLabel(self.child_box)
        self.child_name_label.setBuddy(self.child_name)
        child_form.addRow(self.child_name_label, self.child_name)
        self.child_date_known = QCheckBox(self.child_box)
        self.child_date = QDateEdit(QDate.currentDate(), self.child_box)
        self.child_date.setCalendarPopup(True)
        self.child_date.setEnabled(False)
        self.child_date_known.toggled.connect(self.child_date.setEnabled)
        self.born = QRadioButton(self.child_box)
        self.expected = QRadioButton(self.child_box)
        self.expected.setChecked(True)
        date_row = QHBoxLayout()
        date_row.addWidget(self.child_date_known)
        date_row.addWidget(self.expected)
        date_row.addWidget(self.born)
        date_row.addWidget(self.child_date)
        child_form.addRow(date_row)
        layout.addWidget(self.child_box)

        self.phase_box = QGroupBox(self)
        phase_layout = QVBoxLayout(self.phase_box)
        self.phase_group = QButtonGroup(self)
        self.phase_buttons: dict[Phase, QRadioButton] = {}
        for phase in Phase:
            button = QRadioButton(self.phase_box)
            button.setObjectName(f"phase_{phase.value}")
            self.phase_group.addButton(button)
            phase_layout.addWidget(button)
            self.phase_buttons[phase] = button

        layout.addWidget(self.phase_box)
        self.later_note = QLabel(self)
        self.later_note.setWordWrap(True)
        layout.addWidget(self.later_note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.retranslate()

    def add_adult(self) -> AdultRow | None:
        if len(self.adults) >= MAX_ADULTS:
            return None
        row = AdultRow(self.adults_box, self.adults_grid, len(self.adults), len(self.adults) + 1)
        row.name.textChanged.connect(self._update_ok)
        row.retranslate()
        self.adults.append(row)
        self.adults_grid.addWidget(
            self.add_adult_button, len(self.adults), 0, 1, 2, Qt.AlignmentFlag.AlignLeft
        )
        self.add_adult_button.setEnabled(len(self.adults) < MAX_ADULTS)
        return row

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(any(r.name.text().strip() for r in self.adults))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "Welcome. This journal is yours and stays on this computer.\n"
                "Who is in your household? One name is enough."
            )
        )
        self.adults_box.setTitle(self.tr("Adults"))
        self.add_adult_button.setText(self.tr("&Add someone"))
        self.add_adult_button.setAccessibleName(self.tr("Add someone"))
        for row in self.adults:
            row.retranslate()
        self.child_box.setTitle(self.tr("A child, if you like"))
        self.child_name_label.setText(self.tr("&Name or nickname"))
        self.child_name.setAccessibleName(self.tr("Name or nickname of the child"))
        self.child_date_known.setText(self.tr("Date"))
        self.child_date_known.setAccessibleName(self.tr("Add a date"))
        self.expected.setText(self.tr("expected"))
        self.expected.setAccessibleName(self.tr("Expected date"))
        self.born.setText(self.tr("born"))
        self.born.setAccessibleName(self.tr("Birth date"))
        self.child_date.setAccessibleName(self.tr("Date of the child"))
        self.phase_box.setTitle(self.tr("Where are you now, do you feel?"))
        labels = {
            Phase.PREGNANT: self.tr("Expecting a baby"),
            Phase.FIRST_WEEKS: self.tr("Just had a baby"),
            Phase.LATER: self.tr("A little further along"),
        }
        for phase, button in self.phase_buttons.items():
            button.setText(labels[phase])
            button.setAccessibleName(labels[phase])
        self.later_note.setText(self.tr("You can change all of this later in Settings."))
        self.ok_button.setText(self.tr("&Start"))
        self.ok_button.setAccessibleName(self.tr("Start"))

    # Results ---------------------------------------------------------------------------
    def adult_inputs(self) -> list[AdultInput]:
        return [AdultInput(r.name.text(), r.role.text()) for r in self.adults]

    def child_inputs(self) -> list[ChildInput]:
        if not self.child_box.isChecked():
            return []
        day = self.child_date.date().toPython() if self.child_date_known.isChecked() else None
        if self.born.isChecked():
            return [ChildInput(self.child_name.text(), birth_date=day)]
        return [ChildInput(self.child_name.text(), due_date=day)]

    def phase(self) -> Phase | None:
        return next((p for p, b in self.phase_buttons.items() if b.isChecked()), None)
