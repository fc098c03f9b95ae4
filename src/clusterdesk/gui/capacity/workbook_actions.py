"""The capacity panel's Excel buttons: export, template for field teams, import of a filled-in workbook.
Each reports its outcome, or the problems of a refused workbook, in the panel's message line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.capacity.labels import round_choices
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.io.capacity_xlsx import export_assessments, write_template
from clusterdesk.io.capacity_xlsx_import import read_assessments


def xlsx_filter() -> str:
    return translate("WorkbookActions", "Excel workbook (*.xlsx)")


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
            self.message.setText(translate("WorkbookActions", "Exported to {path}.").format(path=saved))

    def template_to(self, path: Path, round_code: str) -> None:
        try:
            saved = write_template(self.workspace.require_project(), path, round_code)
        except ClusterDeskError as error:
            self.message.setText(str(error))
        else:
            text = translate(
                "WorkbookActions", "Template written to {path}. Field teams fill in the yellow cells."
            )
            self.message.setText(text.format(path=saved))

    def import_from(self, path: Path) -> bool:
        try:
            imported = read_assessments(self.workspace.require_project(), path)
            if not imported.items:
                text = translate("WorkbookActions", "{file} has no scores filled in; nothing was imported.")
                self.message.setText(text.format(file=Path(path).name))
                return False
            ok = self._push(imported.command())
        except ClusterDeskError as error:
            self.message.setText(str(error))
            return False
        if ok:
            text = translate_n(
                "WorkbookActions", "Imported %n assessment(s) from {file}.", len(imported.items)
            )
            if imported.skipped:
                skipped = translate_n("WorkbookActions", "%n left empty and skipped.", imported.skipped)
                text = f"{text} {skipped}"
            self.message.setText(text.format(file=imported.file_name))
        return ok

    def _ask_export(self) -> None:
        title = translate("WorkbookActions", "Export capacity assessments")
        path, _ = QFileDialog.getSaveFileName(self, title, "capacity_assessments.xlsx", xlsx_filter())
        if path:
            self.export_to(Path(path))

    def _ask_template(self) -> None:
        rounds = round_choices()
        labels = [label for label, _code in rounds]
        label, ok = QInputDialog.getItem(
            self,
            translate("WorkbookActions", "Assessment template"),
            translate("WorkbookActions", "Round to assess:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        round_code = rounds[labels.index(label)][1]
        title = translate("WorkbookActions", "Save template")
        path, _ = QFileDialog.getSaveFileName(self, title, f"capacity_{round_code}.xlsx", xlsx_filter())
        if path:
            self.template_to(Path(path), round_code)

    def _ask_import(self) -> None:
        title = translate("WorkbookActions", "Import capacity assessments")
        path, _ = QFileDialog.getOpenFileName(self, title, "", xlsx_filter())
        if path:
            self.import_from(Path(path))
