"""The registry's Qt table model: a window over SQL results, so 100,000 stakeholders cost one array of
fids; the rows on screen are read a page at a time and a few hundred pages at most stay cached.

Sorting and filtering run in SQLite. For a large registry the query runs on a worker thread with its
own read-only connection to the working copy, so the window never freezes while SQLite sorts; a small
registry is queried at once, which keeps the panel simple to drive from tests and scripts.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from pathlib import Path

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.registry.registry_query import (
    COLUMNS,
    ENTRY_ORDER,
    FilterChoices,
    RegistryFilter,
    SortKeys,
    SortOrder,
    filter_choices,
    matching_fids_and_counts,
    read_orders,
    read_rows,
)
from clusterdesk.gui.worker import Task

PAGE_ROWS = 200
MAX_CACHED_PAGES = 100
BACKGROUND_QUERY_ROWS = 20_000  # above this many stakeholders the sorting query leaves the GUI thread
FID_ROLE = Qt.ItemDataRole.UserRole + 1


def _query(
    connection: sqlite3.Connection, where: RegistryFilter, order: SortOrder, keys: SortKeys
) -> tuple[np.ndarray, dict[str, int]]:
    return matching_fids_and_counts(connection, where, order, keys)


def _on_own_connection(working_path: Path, fn, *args):
    """Run `fn(connection, *args)` on a read-only connection of its own, for a worker thread."""
    connection = sqlite3.connect(f"{working_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return fn(connection, *args)
    finally:
        connection.close()


class StakeholderTableModel(QAbstractTableModel):
    """Rows are the stakeholders passing `where`, in `order`; `fids` holds them in display order."""

    queryFinished = Signal()  # rows and counts are current
    countsChanged = Signal(dict)
    choicesChanged = Signal(object)  # FilterChoices: the values the filter lists offer

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.fids = np.zeros(0, dtype=np.int64)
        self.counts: dict[str, int] = {}
        self.where = RegistryFilter()
        self.order = SortOrder()
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._generation = 0
        self._task: Task | None = None
        self._choices_task: Task | None = None
        self._orders_task: Task | None = None
        self._keys = SortKeys()
        self.visible_columns = [c.name for c in COLUMNS if c.shown]  # kept up to date by the view's owner
        self.busy = False
        self.language = interface_language()  # of the kind labels
        self._highlight_fids = np.zeros(0, dtype=np.int64)
        self._highlighted: np.ndarray | None = None  # per row: in the shared selection

    # -- data source -----------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.refresh(with_choices=True)

    def set_filter(self, where: RegistryFilter) -> None:
        self.where = where
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; -1 restores the order the stakeholders were added in."""
        name = COLUMNS[column].name if 0 <= column < len(COLUMNS) else ENTRY_ORDER
        self.order = SortOrder(name, order == Qt.SortOrder.DescendingOrder and name != ENTRY_ORDER)
        self.refresh()

    def refresh(self, with_choices: bool = False) -> None:
        """Query again (after an edit, or a new filter or order); the old rows stay until the answer.

        `with_choices` also reads the values the filter lists offer, and forgets the sort orders read
        before: call it after an edit or for a new project.
        """
        self._generation += 1
        generation = self._generation
        project = self.project
        if with_choices:
            self._keys = SortKeys()
        if project is None:
            self._apply(generation, np.zeros(0, dtype=np.int64), {})
            self.choicesChanged.emit(FilterChoices())
            return
        points = project.stakeholder_points()
        if with_choices:
            self._keys.seed_entry_order(points.fid, points.kind)
        small = len(points) < BACKGROUND_QUERY_ROWS
        # numpy alone answers when the order is known and no filter needs SQLite: no worker needed
        answered_by_numpy = (
            self._keys.known(self.order.column) and self.where.where(with_kind=False)[0] == "1"
        )
        if small or answered_by_numpy:
            self._apply(generation, *_query(project.connection, self.where, self.order, self._keys))
        else:
            self._start_query(generation, project)
        if with_choices and small:
            self.choicesChanged.emit(filter_choices(project.connection))
        elif with_choices:
            self._start_reading_choices(project)

    def _start_query(self, generation: int, project: Project) -> None:
        where, order, path, keys = self.where, self.order, project.working_path, self._keys
        task = Task(
            lambda _p, _c: _on_own_connection(path, _query, where, order, keys),
            translate("StakeholderTableModel", "Sorting stakeholders"),
            self,
        )
        task.succeeded.connect(lambda result: self._apply(generation, *result))
        task.failed.connect(lambda _error, _details: self._query_failed(generation))
        self.busy = True
        self._task = task
        task.finished.connect(task.deleteLater)  # results are not kept: free them
        task.start()

    def _start_reading_choices(self, project: Project) -> None:
        """The filter lists can wait until after the rows: their own worker, their own signal; the sort
        orders of the visible columns are read after them."""
        path, keys = project.working_path, self._keys
        choices = Task(
            lambda _p, _c: _on_own_connection(path, filter_choices),
            translate("StakeholderTableModel", "Reading filter values"),
            self,
        )
        choices.succeeded.connect(
            lambda result: self.choicesChanged.emit(result) if self.project is project else None
        )
        choices.succeeded.connect(lambda _result: self.prepare_orders(keys))
        self._choices_task = choices
        choices.finished.connect(choices.deleteLater)  # results are not kept: free them
        choices.start()

    def prepare_orders(self, keys: SortKeys | None = None) -> None:
        """Read the sort orders of the visible columns on a worker, so a header click answers at once."""
        keys = keys or self._keys
        if (
            keys is not self._keys
            or self.project is None
            or len(self.project.stakeholder_points()) < BACKGROUND_QUERY_ROWS
        ):
            return  # the data changed meanwhile, or sorting is quick enough without
        path = self.project.working_path
        columns = [name for name in self.visible_columns if not keys.known(name)]
        task = Task(
            lambda _p, _c: _on_own_connection(path, read_orders, keys, columns),
            translate("StakeholderTableModel", "Preparing sorting"),
            self,
        )
        self._orders_task = task
        task.finished.connect(task.deleteLater)  # results are not kept: free them
        task.start()

    def _query_failed(self, generation: int) -> None:
        if generation == self._generation:
            self.busy = False  # the previous rows stay; the next edit or filter change queries again

    def _apply(self, generation: int, fids: np.ndarray, counts: dict[str, int]) -> None:
        if generation != self._generation:
            return  # an answer to a question nobody asks any more
        self.beginResetModel()
        self.fids = fids
        self._pages.clear()
        self._highlighted = np.isin(fids, self._highlight_fids) if len(self._highlight_fids) else None
        self.endResetModel()
        self.busy = False
        self.counts = counts
        self.countsChanged.emit(counts)
        self.queryFinished.emit()

    def set_highlight(self, fids) -> np.ndarray:
        """Highlight the rows of these fids (the shared selection); returns their rows."""
        self._highlight_fids = np.fromiter(fids, dtype=np.int64)
        self._highlighted = np.isin(self.fids, self._highlight_fids) if len(self._highlight_fids) else None
        if len(self.fids):
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.fids) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
            )
        return (
            np.flatnonzero(self._highlighted)
            if self._highlighted is not None
            else np.zeros(0, dtype=np.int64)
        )

    def row_of(self, fids) -> np.ndarray:
        """Rows showing these fids (fids filtered out are left out)."""
        return np.flatnonzero(np.isin(self.fids, np.fromiter(fids, dtype=np.int64)))

    def fid_at(self, row: int) -> int:
        return int(self.fids[row])

    def _row_values(self, row: int) -> tuple | None:
        page = row // PAGE_ROWS
        cached = self._pages.get(page)
        if cached is None:
            if self.project is None:
                return None
            cached = read_rows(self.project.connection, self.fids[page * PAGE_ROWS : (page + 1) * PAGE_ROWS])
            self._pages[page] = cached
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(int(self.fids[row]))

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.fids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("StakeholderTableModel", COLUMNS[section].title)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == FID_ROLE:
            return int(self.fids[index.row()])
        spec = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if self._highlighted is None or not self._highlighted[index.row()]:
                return None
            palette = QGuiApplication.palette()
            background = role == Qt.ItemDataRole.BackgroundRole
            return palette.highlight() if background else palette.highlightedText()
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self._row_values(index.row())
        if values is None:
            return None
        value = values[index.column()]
        if value is None:
            return ""
        if spec.name == "kind":
            return kind_label(value, self.language)
        if spec.name == "modified_at":
            return str(value)[:16].replace("T", " ")
        if spec.numeric and spec.name != "year_founded":  # counts grouped as the language writes them
            return QLocale().toString(value) if isinstance(value, int) else str(value)
        if spec.numeric:
            return str(value)
        return literal_text(str(value)) if role == Qt.ItemDataRole.ToolTipRole else str(value)
