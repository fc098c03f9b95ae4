"""Edits the window offers on the selected or new stakeholders: place, delete and find. Each change is
one command on the project's undo stack; this module only asks and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from clusterdesk.core import edits
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui import ask, dialogs
from clusterdesk.gui.delete_question import delete_question
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate, translate_n

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow


class StakeholderEditor:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def place_stakeholder(self, lon: float, lat: float) -> None:
        project = self.window.workspace.project
        if project is None:
            return
        row = dialogs.ask_new_stakeholder(self.window, lon, lat)
        if row is None:
            return
        try:
            command = edits.AddStakeholders([row])
            project.stack.push(command)
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return
        self.window.workspace.selection.set(command.added_fids, source=self.window)

    def delete_selected(self) -> None:
        project = self.window.workspace.project
        fids = sorted(self.window.workspace.selection.fids)
        if project is None or not fids:
            return
        question, detail = delete_question(project, fids)
        if ask.confirm(self.window, question, detail, translate("StakeholderEditor", "&Delete")):
            project.stack.push(edits.DeleteStakeholders(fids))

    def find_stakeholders(self) -> None:
        project = self.window.workspace.project
        if project is None:
            return
        text = ask.text(
            self.window,
            translate("StakeholderEditor", "Find stakeholders"),
            translate("StakeholderEditor", "Name contains:"),
        )
        if not text or not text.strip():
            return
        pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        fids = [r[0] for r in project.connection.execute(
            "SELECT fid FROM stakeholders WHERE name LIKE ? ESCAPE '\\'", (pattern,))]  # fmt: skip
        self.window.workspace.selection.set(fids, source=self.window)
        if fids:
            found = translate_n("StakeholderEditor", "%Ln stakeholder(s) found for “{text}”", len(fids))
        else:
            found = translate("StakeholderEditor", "No stakeholder name contains “{text}”")
        if fids:
            self.window.canvas.zoom_to_selection()
        self.window.status.showMessage(found.format(text=text.strip()), 5000)

    def ask_boundary_name(self, suggested: str) -> str | None:
        value, accepted = QInputDialog.getText(
            self.window,
            translate("StakeholderEditor", "New cluster boundary"),
            translate("StakeholderEditor", "Name of the area (e.g. core area, wider area):"),
            text=suggested,
        )
        return value if accepted else None
