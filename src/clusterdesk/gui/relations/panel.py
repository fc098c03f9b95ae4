"""The relations panel: the ties between stakeholders, filtered by kind, survey round and the current
selection; add (from two selected stakeholders, picked on the map or in the registry), edit and delete,
each one undoable command. The map redraws relations itself when the stack reports the change."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.edits import DeleteRelations
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.core.vocabulary_labels import relation_label, survey_round_label
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.fitted_columns import FittedColumns
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.relations.relation_dialog import RelationDialog
from clusterdesk.gui.relations.relation_model import (
    RelationRow,
    RelationTableModel,
    read_relations,
    survey_rounds,
)
from clusterdesk.gui.workspace_listeners import follow_workspace

REFRESHING_TABLES = {"relations", "stakeholders"}
FROM_COLUMN, TO_COLUMN, KIND_COLUMN, STRENGTH_COLUMN, ROUND_COLUMN, SINCE_COLUMN, NOTES_COLUMN = range(7)
# hidden in this order while the dock is too narrow for them beside the names; a name's tooltip shows all
LEAST_NEEDED_FIRST = (NOTES_COLUMN, SINCE_COLUMN, ROUND_COLUMN, STRENGTH_COLUMN, KIND_COLUMN)


class RelationsPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = RelationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.columns = FittedColumns(self.table, (FROM_COLUMN, TO_COLUMN), LEAST_NEEDED_FIRST, readable=130)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.language = interface_language()
        self.kind = QComboBox()
        self.kind.addItem(translate("RelationsPanel", "All kinds"), None)
        for code in RELATION_KINDS:
            self.kind.addItem(relation_label(code, self.language), code)
        self.round = QComboBox()
        for combo in (self.kind, self.round):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selected_only = QCheckBox(translate("RelationsPanel", "Only of the selected stakeholders"))
        self.selected_only.setChecked(True)
        for combo in (self.kind, self.round):
            combo.currentIndexChanged.connect(self.refresh)
        self.selected_only.toggled.connect(self.refresh)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, title, tip, slot in (
            ("add", translate("RelationsPanel", "Add…"), "", self.add_relation),
            ("edit", translate("RelationsPanel", "Edit…"),
             translate("RelationsPanel", "Edit the chosen relation"), self.edit_current),
            ("delete", translate("RelationsPanel", "Delete"),
             translate("RelationsPanel", "Delete the chosen relations"), self.delete_selected),
        ):  # fmt: skip
            button = QPushButton(title)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.round, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.selected_only)  # its own line keeps the panel narrow beside the map
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        follow_workspace(
            self, workspace, self._on_project_changed, self._on_state_changed, self._on_selection_changed
        )
        self._on_project_changed(workspace.project)

    def _on_project_changed(self, _project) -> None:
        self._fill_rounds()
        self.refresh()

    def _on_state_changed(self, tables: set[str]) -> None:
        if tables & REFRESHING_TABLES:
            self._fill_rounds()
            self.refresh()

    def _on_selection_changed(self, _fids, _source) -> None:
        if self.selected_only.isChecked():
            self.refresh()
        self._enable()

    def _fill_rounds(self) -> None:
        project = self.workspace.project
        current = self.round.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        self.round.addItem(translate("RelationsPanel", "All survey rounds"), None)
        for name in survey_rounds(project.connection) if project is not None else []:
            self.round.addItem(survey_round_label(name, self.language), name)
        self.round.setCurrentIndex(max(self.round.findData(current), 0) if current else 0)
        self.round.blockSignals(False)

    def refresh(self) -> None:
        project = self.workspace.project
        if project is None:
            self.model.set_rows([], 0)
            self.status.setText("")
            self._enable()
            return
        of = self.workspace.selection.fids if self.selected_only.isChecked() else None
        rows, total = read_relations(
            project.connection, self.kind.currentData(), self.round.currentData(), of
        )
        self.model.set_rows(rows, total)
        self.status.setText(self._status_text(of, len(rows), total))
        self._enable()

    def _status_text(self, of: frozenset[int] | None, shown: int, total: int) -> str:
        if of is not None and not of:
            return translate(
                "RelationsPanel", "Select stakeholders on the map or in the registry to see their relations."
            )
        if not total:
            if of is None:
                return translate("RelationsPanel", "No relations match.")
            return translate("RelationsPanel", "The selection has no such relations.")
        if total > shown:
            text = translate_n(
                "RelationsPanel",
                "The first {shown} of %Ln relation(s); narrow the filters to see the rest.",
                total,
            )
            return text.format(shown=QLocale().toString(shown))
        return translate_n("RelationsPanel", "%Ln relation(s)", total)

    def selected_rows(self) -> list[RelationRow]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _enable(self) -> None:
        project = self.workspace.project
        editable = project is not None and not project.read_only
        chosen = len(self.table.selectionModel().selectedRows())
        self.buttons["add"].setEnabled(editable)
        self.buttons["edit"].setEnabled(editable and chosen == 1)
        self.buttons["delete"].setEnabled(editable and chosen >= 1)
        count = len(self.workspace.selection)
        self.buttons["add"].setToolTip(
            translate("RelationsPanel", "Adds a relation between the two selected stakeholders")
            if count == 2
            else translate("RelationsPanel", "Select two stakeholders first to fill in both ends")
        )

    def _push(self, command) -> None:
        try:
            self.workspace.require_project().stack.push(command)
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told why
            report_exception(self, error)

    def relation_dialog(self, relation: RelationRow | None = None) -> RelationDialog:
        ends = tuple(sorted(self.workspace.selection.fids))[:2] if relation is None else ()
        dialog = RelationDialog(self.workspace.require_project(), relation, ends, self)
        dialog.accepted.connect(lambda: self._push(dialog.command()))
        return dialog

    def add_relation(self) -> None:
        self.relation_dialog().open()

    def edit_current(self, _index: QModelIndex | None = None) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.relation_dialog(rows[0]).open()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            question = translate("RelationsPanel", "Delete the relation {source} – {target}?").format(
                source=rows[0].source, target=rows[0].target
            )
        else:
            count = len(rows)
            question = translate_n("RelationsPanel", "Delete %Ln relation(s)?", count)
        answer = translate("RelationsPanel", "Delete")
        if ask.confirm(self, question, translate("RelationsPanel", "You can undo this."), answer):
            self._push(DeleteRelations([r.fid for r in rows]))
