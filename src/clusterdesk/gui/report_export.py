"""File ▸ Export ▸ Action-plan pack… and Web map…: ask where, build on a worker thread, then open the result.

The worker never touches the open project: it reads a snapshot of the working copy taken in the GUI thread
(the SQLite backup API takes a fraction of a second), so the user can go on editing meanwhile.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.worker import Task

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow


def default_paper() -> str:
    """Letter where the locale measures in inches (United States and a few others), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def _suggested(window: MainWindow, name: str, suffix: str) -> str:
    project = window.workspace.project
    folder = project.path.parent if project.path else Path.home()
    return str(folder / f"{name.format(title=project.title)}{suffix}")


def _run_on_snapshot(
    window: MainWindow,
    title: str,
    build: Callable[[Project, Callable, Callable], object],
    done_text: str,
    target: Path,
) -> Task:
    snapshot_dir = Path(tempfile.mkdtemp(prefix="clusterdesk-export-"))
    snapshot = snapshot_dir / "snapshot.gpkg"
    window.workspace.project.write_snapshot(snapshot)

    def work(progress, cancel):
        copy = Project.open(snapshot)
        try:
            return build(copy, progress, cancel)
        finally:
            copy.close()
            shutil.rmtree(snapshot_dir, ignore_errors=True)

    task = Task(work, title, window)
    task.failed.connect(lambda error, _details: report_exception(window, error))
    cancelled_text = translate("ReportExport", "{task} cancelled; no file written.").format(task=title)
    task.cancelled.connect(lambda: window.statusBar().showMessage(cancelled_text, 5000))

    def opened(_result) -> None:
        window.statusBar().showMessage(done_text, 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    task.succeeded.connect(opened)
    window.status.track(task)
    task.start()
    return task


def export_pack(window: MainWindow) -> Task | None:
    if window.workspace.project is None:
        return None
    chosen = ask.save_file_name(
        window,
        translate("ReportExport", "Export action-plan pack"),
        _suggested(window, translate("ReportExport", "{title} action plan"), ".pdf"),
        translate("ReportExport", "PDF documents ({patterns})").format(patterns="*.pdf"),
    )
    if not chosen:
        return None
    papers = ["A4", "Letter"]
    names = ["A4", translate("ReportExport", "Letter")]  # US Letter, as the user's paper is called
    title, label = translate("ReportExport", "Paper size"), translate("ReportExport", "Print the pack on:")
    shown, ok = QInputDialog.getItem(window, title, label, names, papers.index(default_paper()), False)
    if not ok:
        return None
    paper = papers[names.index(shown)] if shown in names else shown
    target = Path(chosen).with_suffix(".pdf")
    from clusterdesk.reports import build_pack  # ReportLab loads on first use

    def build(project, progress, cancel):
        return build_pack(project, target, paper=paper, progress=progress, cancel=cancel)

    done = translate("ReportExport", "Exported {file}").format(file=target.name)
    return _run_on_snapshot(window, translate("ReportExport", "Action-plan pack"), build, done, target)


def export_webmap(window: MainWindow) -> Task | None:
    if window.workspace.project is None:
        return None
    chosen = ask.save_file_name(
        window,
        translate("ReportExport", "Export web map"),
        _suggested(window, translate("ReportExport", "{title} map"), ".html"),
        translate("ReportExport", "Web pages ({patterns})").format(patterns="*.html"),
    )
    if not chosen:
        return None
    answer = QMessageBox.question(
        window,
        translate("ReportExport", "Contact details"),
        translate("ReportExport", "Include phone numbers and e-mail addresses in the map's pop-ups?")
        + "\n\n"
        + translate(
            "ReportExport",
            "The file is meant to be handed out; leave them out unless everyone it reaches may see them.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    target = Path(chosen).with_suffix(".html")
    include_contacts = answer == QMessageBox.StandardButton.Yes
    size_by_employees = window.canvas.renderer.size_by_employees  # as the user sees the map
    from clusterdesk.reports import export_webmap as write_webmap  # folium loads on first use

    def build(project, progress, cancel):
        return write_webmap(
            project,
            target,
            include_contacts=include_contacts,
            size_by_employees=size_by_employees,
            progress=progress,
            cancel=cancel,
        )

    done = translate("ReportExport", "Exported {file}").format(file=target.name)
    return _run_on_snapshot(window, translate("ReportExport", "Web map"), build, done, target)
