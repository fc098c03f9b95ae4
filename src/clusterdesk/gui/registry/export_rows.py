"""Exporting the registry's rows, all or only those the filters show, to CSV, XLSX or GeoJSON (the
exporter in clusterdesk.io runs on a worker thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.registry.table_model import StakeholderTableModel
from clusterdesk.gui.worker import Task


def export_filters() -> str:
    """The file dialog's choices; the format names stay as they are."""
    return ";;".join(
        ("CSV (*.csv)", translate("RegistryExport", "Excel workbook (*.xlsx)"), "GeoJSON (*.geojson)")
    )


def ask_filtered_or_all(parent: QWidget, shown: int, total: int) -> bool | None:
    """True for the filtered rows, False for all, None when cancelled."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RegistryExport", "Export stakeholders"),
        translate("RegistryExport", "Which stakeholders should be exported?"),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    filtered = box.addButton(
        translate_n("RegistryExport", "The %Ln shown", shown), QMessageBox.ButtonRole.AcceptRole
    )
    everything = box.addButton(
        translate_n("RegistryExport", "All %Ln", total), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is filtered else False if clicked is everything else None


def export_registry_rows(
    parent: QWidget, project: Project, model: StakeholderTableModel, filtered: bool
) -> None:
    total = len(project.stakeholder_points())
    only_shown = False
    if filtered and len(model.fids) != total:
        choice = ask_filtered_or_all(parent, len(model.fids), total)
        if choice is None:
            return
        only_shown = choice
    suggested = str(Path.home() / f"{project.title} stakeholders.csv")
    chosen = ask.save_file_name(
        parent, translate("RegistryExport", "Export stakeholders"), suggested, export_filters()
    )
    if not chosen:
        return
    start_export(parent, project, Path(chosen), model.fids.tolist() if only_shown else None)


def start_export(parent: QWidget, project: Project, out: Path, fids: list[int] | None) -> Task:
    from clusterdesk.io.stakeholder_export import export_stakeholders  # pandas: load on first use

    task = Task(
        lambda progress, cancel: export_stakeholders(project, out, fids, progress=progress, cancel=cancel),
        translate("RegistryExport", "Exporting to {file}").format(file=out.name),
        parent,
    )

    def done(count: int) -> None:
        window = parent.window()
        if hasattr(window, "statusBar"):
            message = translate_n("RegistryExport", "Exported %Ln stakeholders to {path}", count)
            window.statusBar().showMessage(message.format(path=out), 8000)

    task.succeeded.connect(done)
    task.failed.connect(lambda error, _details: report_exception(parent, error))
    task.finished.connect(task.deleteLater)  # results are not kept: free them
    task.start()
    return task
