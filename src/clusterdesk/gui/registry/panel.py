"""The stakeholder registry panel: every stakeholder of the project in a sortable, filterable table whose
selection is the map's selection, with the commands that create, edit, bulk edit, merge, delete and
export stakeholders."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import edits
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.delete_question import delete_question
from clusterdesk.gui.elided_label import ElidedLabel
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.form_parts import menu_button
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.registry.bulk_edit import BulkEditDialog
from clusterdesk.gui.registry.merge_dialog import MAX_MERGED, MergeDialog
from clusterdesk.gui.registry.registry_query import COLUMNS, FilterChoices, RegistryFilter
from clusterdesk.gui.registry.stakeholder_form import StakeholderForm
from clusterdesk.gui.registry.table_model import StakeholderTableModel
from clusterdesk.gui.workspace_listeners import follow_workspace

FILTER_DELAY_MS = 250  # typing pauses this long before the query runs
ZOOM_MARGIN_DEGREES = 0.01  # about a kilometre around a stakeholder zoomed to
# Larger selections are highlighted by the model, not selected in the view: Qt's item selection walks
# every selected row on each change, which takes seconds at 100,000 rows
MAX_MIRRORED_RANGES = 500
MAX_MIRRORED_ROWS = 5_000


COLUMNS_SETTING = "registry/columns"
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 60, 280  # pixels, for the widths fitted to a newly opened project


def _remembered_columns() -> set[str]:
    """The columns the user chose last time (kept with the window's settings), or the defaults."""
    from clusterdesk.gui.settings import app_settings

    chosen = app_settings().value(COLUMNS_SETTING)
    if isinstance(chosen, str):
        chosen = [chosen]  # an INI list of one comes back as a plain string
    known = {c.name for c in COLUMNS}
    names = {str(n) for n in chosen or ()} & known
    return (names | {"name"}) if names else {c.name for c in COLUMNS if c.shown}


def _remember_columns(names: list[str]) -> None:
    from clusterdesk.gui.settings import app_settings

    app_settings().setValue(COLUMNS_SETTING, names)


class RegistryTableView(QTableView):
    """Select all (Ctrl+A) selects every row through the shared selection, which the model highlights,
    instead of a Qt selection of 100,000 rows."""

    def __init__(self, panel: RegistryPanel) -> None:
        super().__init__()
        self.panel = panel

    def selectAll(self) -> None:
        self.panel.workspace.selection.set(self.panel.model.fids.tolist(), source=None)


class RegistryPanel(QWidget):
    def __init__(self, workspace: Workspace, canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.canvas = workspace, canvas
        self.language = interface_language()  # of the kind labels
        self.model = StakeholderTableModel(self)
        self.table = RegistryTableView(self)
        self.table.setModel(self.model)
        # rows come in the order they were added until a header is clicked: no sort to wait for on opening
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # a highlighted header asks the selection about every row of each column: seconds at 100,000 rows
        header.setHighlightSections(False)
        self.table.verticalHeader().setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # no stretching: the last column is Tags, mostly empty, and would take the width Products needs
        header.setStretchLastSection(False)
        shown = _remembered_columns()
        for column, spec in enumerate(COLUMNS):
            self.table.setColumnHidden(column, spec.name not in shown)
            header.resizeSection(column, 200 if spec.name == "name" else 110 if not spec.numeric else 80)
        self.model.visible_columns = [c.name for c in COLUMNS if c.name in shown]
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        edit_key = QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut
        )
        edit_key.activated.connect(self.edit_current)
        self.table.selectionModel().selectionChanged.connect(self._view_selection_changed)
        self.model.modelReset.connect(self._show_shared_selection)
        self._columns_fitted = False
        self.model.modelReset.connect(self._fit_columns)
        self.model.countsChanged.connect(self._show_counts)
        self.model.queryFinished.connect(self._filter_map)
        self.model.choicesChanged.connect(self._fill_choices)
        self._syncing = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("RegistryPanel", "Search name, products, area, tags, contact…")
        )
        self.search.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.kind, self.tag, self.admin_area, self.sector = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.kind.setToolTip(translate("RegistryPanel", "Kind"))
        self.tag.setToolTip(translate("RegistryPanel", "Tag"))
        self.admin_area.setToolTip(translate("RegistryPanel", "Admin area"))
        self.sector.setToolTip(translate("RegistryPanel", "Sector"))
        self._everything = {  # each list's first item, which filters nothing
            self.kind: translate("RegistryPanel", "All kinds"),
            self.tag: translate("RegistryPanel", "All tags"),
            self.admin_area: translate("RegistryPanel", "All areas"),
            self.sector: translate("RegistryPanel", "All sectors"),
        }
        self.kind.addItem(self._everything[self.kind], None)
        for code in STAKEHOLDER_KINDS:
            self.kind.addItem(kind_label(code, self.language), code)
        for combo in (self.kind, self.tag, self.admin_area, self.sector):
            # long area and kind names are cut in the closed box, so the row fits beside other panels; its
            # "All ..." is not, in any language (French and Spanish ones are twice as long as English)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(0)
            frame = combo.minimumSizeHint().width()  # the arrow and the margins around the text
            combo.setMinimumContentsLength(6)
            text = combo.fontMetrics().horizontalAdvance(self._everything[combo])
            combo.setMinimumWidth(max(combo.minimumSizeHint().width(), frame + text))
            combo.currentIndexChanged.connect(self.apply_filter)
        self.columns_button = menu_button(
            translate("RegistryPanel", "Columns"),
            translate("RegistryPanel", "Choose the columns of the table"),
            self._columns_menu(),
        )
        self.counts = ElidedLabel()

        filters = QHBoxLayout()
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 17 + 30)
        filters.addWidget(self.search, 3)
        for combo in (self.kind, self.tag, self.admin_area, self.sector):
            filters.addWidget(combo, 1)
        filters.addWidget(self.columns_button)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        commands = (
            ("new", translate("RegistryPanel", "New…"), self.new_stakeholder),
            ("edit", translate("RegistryPanel", "Edit…"), self.edit_current),
            ("bulk", translate("RegistryPanel", "Bulk edit…"), self.bulk_edit),
            ("merge", translate("RegistryPanel", "Merge…"), self.merge_selected),
            ("delete", translate("RegistryPanel", "Delete…"), self.delete_selected),
            ("export", translate("RegistryPanel", "Export…"), self.export_rows),
        )
        for name, title, slot in commands:
            button = QPushButton(title)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        follow_workspace(
            self, workspace, self._on_project_changed, self._on_state_changed, self._on_selection_changed
        )
        self._on_project_changed(workspace.project)

    # -- project and filters ----------------------------------------------------------------------
    def _columns_menu(self) -> QMenu:
        menu = QMenu(self)
        for column, spec in enumerate(COLUMNS):
            action = menu.addAction(translate("StakeholderTableModel", spec.title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(spec.name != "name")  # a row without its name means nothing
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        return menu

    def show_column(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        self.model.visible_columns = [
            c.name for i, c in enumerate(COLUMNS) if not self.table.isColumnHidden(i)
        ]
        _remember_columns(self.model.visible_columns)
        if visible:
            self.model.prepare_orders()

    def _on_project_changed(self, project) -> None:
        self._columns_fitted = False
        self._clear_filters()  # a search typed for the last project says nothing about this one
        self.model.set_project(project)
        self._enable()

    def _clear_filters(self) -> None:
        self._filter_timer.stop()
        for widget in (self.search, self.kind, self.tag, self.admin_area, self.sector):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.tag, self.admin_area, self.sector):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.kind, self.tag, self.admin_area, self.sector):
            widget.blockSignals(False)
        self.model.where = self.current_filter()  # read when set_project loads the rows

    def _on_state_changed(self, tables: set[str]) -> None:
        if "stakeholders" in tables:
            self.model.refresh(with_choices=True)

    def _fit_columns(self) -> None:
        """Once per opened project, each column as wide as its first rows need, within bounds; the
        user's own widths are left alone afterwards."""
        if self._columns_fitted or self.model.rowCount() == 0:
            return
        self._columns_fitted = True
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # rows measured: enough to be typical, quick at any size
        for column in range(len(COLUMNS)):
            if not self.table.isColumnHidden(column):
                self.table.resizeColumnToContents(column)
                fitted = min(header.sectionSize(column), MAX_COLUMN_WIDTH)
                header.resizeSection(column, max(MIN_COLUMN_WIDTH, fitted))

    def _fill_choices(self, choices: FilterChoices) -> None:
        vanished = False
        for combo, values in (
            (self.tag, choices.tags),
            (self.admin_area, choices.admin_areas),
            (self.sector, choices.sectors),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._everything[combo], None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
            vanished |= current is not None and combo.currentData() != current
        if vanished:
            self.apply_filter()  # the value filtered on is gone from every row: show what the lists say

    def current_filter(self) -> RegistryFilter:
        return RegistryFilter(self.search.text().strip(), self.kind.currentData(), self.tag.currentData(),
                              self.admin_area.currentData(), self.sector.currentData())  # fmt: skip

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    def _filter_map(self) -> None:
        """The map shows the stakeholders the table shows: a search or a filter hides the others there
        too, and clearing them shows every one again."""
        if self.canvas is None:
            return
        shown = self.model.fids if self.model.where.active else None
        self.canvas.set_stakeholder_filter(self.model.project, shown)

    def _show_counts(self, counts: dict[str, int]) -> None:
        shown = len(self.model.fids)
        locale = QLocale()
        # kinds in the order of the kind list and the legend (a dict through a signal comes back sorted)
        parts = [translate_n("RegistryPanel", "%Ln shown", shown)] + [
            f"{kind_label(code, self.language)} {locale.toString(counts[code])}"
            for code in STAKEHOLDER_KINDS
            if counts.get(code)
        ]
        self.counts.setText(" · ".join(parts))
        self._enable()

    # -- selection shared with the map ------------------------------------------------------------
    def selected_fids(self) -> list[int]:
        fids: list[int] = []
        for selected in self.table.selectionModel().selection():
            fids.extend(self.model.fids[selected.top() : selected.bottom() + 1].tolist())
        return fids

    def _view_selection_changed(self, *_args) -> None:
        if not self._syncing:
            fids = self.selected_fids()
            self.model.set_highlight(fids)
            self.workspace.selection.set(fids, source=self)
        self._enable()

    def _on_selection_changed(self, _fids, source) -> None:
        if source is not self:
            self._show_shared_selection()

    def _show_shared_selection(self) -> None:
        """Show the shared selection: the model highlights its rows, and the view's own selection mirrors
        it when it is a few blocks of rows. Qt's selection slows down badly with tens of thousands of
        separate ranges (a map selection seen in name order), so a scattered selection is only
        highlighted."""
        rows = self.model.set_highlight(self.workspace.selection.fids)
        selection = QItemSelection()
        if len(rows):
            breaks = np.flatnonzero(np.diff(rows) != 1)
            if len(breaks) < MAX_MIRRORED_RANGES and len(rows) <= MAX_MIRRORED_ROWS:
                starts = np.r_[rows[0], rows[breaks + 1]]
                ends = np.r_[rows[breaks], rows[-1]]
                last = self.model.columnCount() - 1
                for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
                    selection.select(self.model.index(start, 0), self.model.index(end, last))
        self._syncing = True
        try:
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if len(rows):
                self.table.scrollTo(self.model.index(int(rows[0]), 0))
        finally:
            self._syncing = False
        self._enable()

    def _double_clicked(self, index: QModelIndex) -> StakeholderForm:
        """A double-click opens the stakeholder's form, as in QGIS's attribute table; the map zooms to it
        from the context menu."""
        fid = self.model.fid_at(index.row())
        self.workspace.selection.set([fid], source=self)
        form = self.open_form(fid)
        form.show()
        return form

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        fid = self.model.fid_at(index.row())
        if fid not in self.workspace.selection:
            self.workspace.selection.set([fid], source=None)
        menu = QMenu(self)
        menu.addAction(translate("RegistryPanel", "Zoom the map here"), lambda: self.zoom_to(fid))
        for name in ("edit", "bulk", "merge", "delete"):
            button = self.buttons[name]
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(position))

    def zoom_to(self, fid: int) -> None:
        project = self.workspace.project
        if self.canvas is None or project is None:
            return
        points = project.stakeholder_points()
        where = np.flatnonzero(points.fid == fid)
        if not len(where) or np.isnan(points.lon[where[0]]):
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    translate("RegistryPanel", "This stakeholder has no location on the map yet."), 5000
                )
            return
        lon, lat = float(points.lon[where[0]]), float(points.lat[where[0]])
        margin = ZOOM_MARGIN_DEGREES
        self.canvas.zoom_to_extent(lon - margin, lat - margin, lon + margin, lat + margin)

    def _enable(self) -> None:
        has_project = self.workspace.project is not None
        editable = has_project and not self.workspace.project.read_only
        count = len(self.workspace.selection)
        self.buttons["new"].setEnabled(editable)
        self.buttons["edit"].setEnabled(editable and count == 1)
        self.buttons["bulk"].setEnabled(editable and count >= 1)
        self.buttons["merge"].setEnabled(editable and 2 <= count <= MAX_MERGED)
        self.buttons["delete"].setEnabled(editable and count >= 1)
        self.buttons["export"].setEnabled(has_project and len(self.model.fids) > 0)

    # -- commands ---------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        try:
            self.workspace.require_project().stack.push(command)
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told why
            report_exception(self, error)
            return False
        return True

    def open_form(self, fid: int | None = None, lonlat: tuple[float, float] | None = None) -> StakeholderForm:
        """The detail form, not yet shown; accepting it pushes its command."""
        form = StakeholderForm(self.workspace.require_project(), fid, self.canvas, self, lonlat)
        form.accepted.connect(lambda: self._form_saved(form))
        return form

    def _form_saved(self, form: StakeholderForm) -> None:
        command = form.command()
        if command is None:
            return
        if self._push(command) and form.fid is None:
            self.workspace.selection.set(command.added_fids, source=None)

    def new_stakeholder(self) -> None:
        self.open_form().show()

    def edit_current(self) -> None:
        fids = sorted(self.workspace.selection.fids)
        if len(fids) == 1:
            self.open_form(fids[0]).show()

    def bulk_edit(self) -> None:
        fids = sorted(self.workspace.selection.fids)
        if not fids:
            return
        dialog = BulkEditDialog(fids, self)
        if dialog.exec() and (command := dialog.command()) is not None:
            self._push(command)

    def merge_selected(self) -> None:
        fids = sorted(self.workspace.selection.fids)
        if not 2 <= len(fids) <= MAX_MERGED:
            return
        dialog = MergeDialog(self.workspace.require_project(), fids, self)
        if dialog.exec():
            command = dialog.command()
            if self._push(command):
                self.workspace.selection.set([command.survivor], source=None)

    def delete_question(self, fids: list[int]) -> tuple[str, str]:
        return delete_question(self.workspace.require_project(), fids)

    def delete_selected(self) -> None:
        fids = sorted(self.workspace.selection.fids)
        if not fids:
            return
        question, detail = self.delete_question(fids)
        if ask.confirm(self, question, detail, translate("RegistryPanel", "Delete")):
            self._push(edits.DeleteStakeholders(fids))

    def export_rows(self) -> None:
        from clusterdesk.gui.registry.export_rows import export_registry_rows

        export_registry_rows(self, self.workspace.require_project(), self.model, self.current_filter().active)
