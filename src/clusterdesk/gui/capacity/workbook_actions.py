"""The capacity panel's Excel buttons: export, template for field teams, import of a filled-in workbook.
Each reports its outcome, or the problems of a refused workbook, in the panel's message line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel

from clusterdesk.core.capacity import NAMED_ROUNDS
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.workspace import Workspace
from clusterdesk.io.capacity_xlsx import export_assessments, write_template
from clusterdesk.io.capacity_xlsx_import import read_assessments

XLSX_FILTER = "Excel workbook (*.xlsx)"


class WorkbookActions:
    """Mixed into the panel, which provides `workspace`, `message` and `_push(command) -> bool`."""

    workspace: Workspace
    message: QLabel
    _push: Callable[[object], bool]

    def export_to(self, path: Path) -> None:
        try:
            saved = export_assessments(self.workspace.require_project(), path)
        except ClusterDeskError as error:
            self.message.setText(str(error))
        else:
            self.message.setText(f"Exported to {saved}.")

    def template_to(self, path: Path, round_code: str) -> None:
        try:
            saved = write_template(self.workspace.require_project(), path, round_code)
        except ClusterDeskError as error:
            self.message.setText(str(error))
        else:
            self.message.setText(f"Template written to {saved}. Field teams fill in the yellow cells.")

    def import_from(self, path: Path) -> bool:
        try:
            imported = read_assessments(self.workspace.require_project(), path)
            if not imported.items:
                self.message.setText(f"{Path(path).name} has no scores filled in; nothing was imported.")
                return False
            ok = self._push(imported.command())
        except ClusterDeskError as error:
            self.message.setText(str(error))
            return False
        if ok:
            self.message.setText(f"Imported {imported.describe()}.")
        return ok

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export capacity assessments", "capacity_assessments.xlsx", XLSX_FILTER
        )
        if path:
            self.export_to(Path(path))

    def _ask_template(self) -> None:
        labels = list(NAMED_ROUNDS.values())
        label, ok = QInputDialog.getItem(self, "Assessment template", "Round to assess:", labels, 0, False)
        if not ok:
            return
        round_code = next(code for code, text in NAMED_ROUNDS.items() if text == label)
        path, _ = QFileDialog.getSaveFileName(
            self, "Save template", f"capacity_{round_code}.xlsx", XLSX_FILTER
        )
        if path:
            self.template_to(Path(path), round_code)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import capacity assessments", "", XLSX_FILTER)
        if path:
            self.import_from(Path(path))
