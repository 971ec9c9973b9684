"""The care map: rows of tasks grouped by domain, one column per stage of the work.

Each cell says in words who holds that stage (a name, "together", "nobody really") with a
shape in front and a soft colour behind. It is a map, never a ledger: no totals, no
percentages, nothing that adds cells up per person.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from parentjournal.core.careload import CareTask, Cells, Holder, HolderKind, Stage
from parentjournal.ui.samen import colors, labels

STAGES: tuple[Stage, ...] = tuple(Stage)
TASK_ROLE = Qt.ItemDataRole.UserRole
SHAPES = {
    HolderKind.PERSON: "●",
    HolderKind.TOGETHER: "◆",
    HolderKind.NOBODY: "○",
    HolderKind.OUTSIDE: "◇",
}


@dataclass(frozen=True)
class Layer:
    """One picture drawn on the map: its cells and, when several are shown, whose it is."""

    cells: Cells
    author_name: str = ""
    author_id: str = ""


# The width of a stage column: at most, and the least it gives way to in a narrow table.
STAGE_WIDEST = 165
# Room around a stage title in its header (sort indicator space and margins).
HEADER_PADDING = 20
# The least width of the task names, in average characters.
TASK_CHARS = 22


class CareTable(QTableWidget):
    """A read-only table of tasks x stages; the picture editor adds keys on top of it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(1 + len(STAGES))
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(40)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        for column in range(1, 1 + len(STAGES)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, STAGE_WIDEST)
        self._row_of: dict[str, int] = {}
        self._tasks: list[CareTask] = []

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # The task names are what a person reads: in a narrow table the stage columns give
        # way, down to the width of their titles, before the names are cut to a few
        # letters; narrower still, the table scrolls sideways.
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        titles = [
            header.model().headerData(c, Qt.Orientation.Horizontal) or ""
            for c in range(1, 1 + len(STAGES))
        ]
        narrowest = max(metrics.horizontalAdvance(str(t)) for t in titles) + HEADER_PADDING
        available = self.viewport().width()
        share = available * 2 // 3 // len(STAGES)
        width = max(narrowest, min(max(STAGE_WIDEST, narrowest), share))
        task = max(metrics.averageCharWidth() * TASK_CHARS, available - width * len(STAGES))
        for column, size in [(0, task)] + [(c, width) for c in range(1, 1 + len(STAGES))]:
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)

    # Building ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = [QCoreApplication.translate("CareMap", "Task")]
        titles += [labels.stage_title(stage) for stage in STAGES]
        self.setHorizontalHeaderLabels(titles)
        for column, stage in enumerate(STAGES, start=1):
            self.horizontalHeaderItem(column).setToolTip(labels.stage_help(stage))

    def set_tasks(self, tasks: list[CareTask]) -> None:
        """Lay out one row per task, with a heading row before each domain."""
        self.clearSpans()
        self._tasks = list(tasks)
        self._row_of = {}
        rows: list[tuple[str, CareTask | None]] = []
        domain = None
        for task in tasks:
            if task.domain != domain:
                domain = task.domain
                rows.append((domain, None))
            rows.append((domain, task))
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (domain, task) in enumerate(rows):
            if task is None:
                item = QTableWidgetItem(labels.domain_title(domain))
                item.setFont(bold)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.setItem(row, 0, item)
                self.setSpan(row, 0, 1, self.columnCount())
                continue
            self._row_of[task.id] = row
            item = QTableWidgetItem(labels.task_name(task))
            item.setData(TASK_ROLE, task.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, 0, item)
            for column in range(1, self.columnCount()):
                cell = QTableWidgetItem("")
                cell.setData(TASK_ROLE, task.id)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, cell)

    def show_layers(
        self,
        layers: list[Layer],
        names: dict[str, str],
        people_order: list[str],
        viewer_id: str,
        differing: set[tuple[str, Stage]] | frozenset = frozenset(),
    ) -> None:
        """Draw one picture (words from the viewer's side) or several, one line each."""
        bold = QFont(self.font())
        bold.setBold(True)
        for task_id, row in self._row_of.items():
            for column, stage in enumerate(STAGES, start=1):
                item = self.item(row, column)
                holders = [(layer, layer.cells.get((task_id, stage))) for layer in layers]
                differs = (task_id, stage) in differing
                lines = self._lines(holders, names, viewer_id, single=len(layers) == 1)
                item.setText("\n".join(lines))
                item.setFont(bold if differs else self.font())
                item.setToolTip(self._tooltip(task_id, stage, holders, names, differs))
                given = [h for _layer, h in holders if h is not None]
                # A differing cell has no single holder to colour: its words carry it.
                self._paint(item, given[0] if given and not differs else None, people_order)

    @staticmethod
    def _lines(holders, names: dict[str, str], viewer_id: str, *, single: bool) -> list[str]:
        """The words of a cell: one holder, or one line per picture where they differ."""
        given = [(layer, h) for layer, h in holders if h is not None]
        if single:
            return [
                f"{SHAPES[h.kind]} {labels.holder_word(h, names, viewer_id)}" for _l, h in given
            ]
        if len(given) == len(holders) and all(h.same_as(given[0][1]) for _l, h in given):
            # Both pictures agree: say it once, calmly.
            holder = given[0][1]
            return [f"{SHAPES[holder.kind]} {labels.holder_name(holder, names)}"]
        return [
            f"{labels.initials(layer.author_name)}: {SHAPES[h.kind]} {labels.holder_name(h, names)}"
            for layer, h in given
        ]

    def _paint(self, item: QTableWidgetItem, holder: Holder | None, order: list[str]) -> None:
        fill = colors.holder_fill(holder, order, self.palette()) if holder else None
        item.setBackground(QBrush(fill) if fill is not None else QBrush())

    def _tooltip(self, task_id, stage, holders, names, differs) -> str:
        parts = []
        for layer, holder in holders:
            if holder is None:
                continue
            word = labels.holder_name(holder, names)
            if layer.author_name:
                parts.append(
                    QCoreApplication.translate("CareMap", "{name}'s picture: {holder}").format(
                        name=layer.author_name, holder=word
                    )
                )
            else:
                parts.append(word)
        if differs:
            parts.append(QCoreApplication.translate("CareMap", "Your pictures differ here."))
        return "\n".join(parts)

    # Reading ----------------------------------------------------------------------------
    def task_ids(self) -> list[str]:
        return [t.id for t in self._tasks]

    def current_task_stage(self) -> tuple[str, Stage] | None:
        """The task and stage under the cursor, or None on a heading or the name column."""
        item = self.currentItem()
        if item is None or self.currentColumn() < 1:
            return None
        task_id = item.data(TASK_ROLE)
        return (task_id, STAGES[self.currentColumn() - 1]) if task_id else None

    def focus_cell(self, task_id: str, stage: Stage) -> None:
        row = self._row_of.get(task_id)
        if row is not None:
            self.setCurrentCell(row, STAGES.index(stage) + 1)

    def next_cell(self) -> None:
        """Move to the next stage, or to the first stage of the next task."""
        row, column = self.currentRow(), self.currentColumn()
        if column < len(STAGES):
            self.setCurrentCell(row, column + 1)
            return
        rows = sorted(r for r in self._row_of.values() if r > row)
        if rows:
            self.setCurrentCell(rows[0], 1)

    def cell_text(self, task_id: str, stage: Stage) -> str:
        row = self._row_of[task_id]
        return self.item(row, STAGES.index(stage) + 1).text()

    def all_texts(self) -> list[str]:
        """Every text the table shows (headers, tasks, cells), for checks of the words."""
        found = [self.horizontalHeaderItem(c).text() for c in range(self.columnCount())]
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    found += [item.text(), item.toolTip()]
        return found
