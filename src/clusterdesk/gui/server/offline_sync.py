"""File ▸ Synchronise for a project file checked out with `clusterdesk server checkout`: the edits made
offline go to the server and others' come back, on a worker with a progress dialog, over a connection of
its own to the working copy. Conflicts open the same dialog as in live mode."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from clusterdesk.core import gpkg
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.server.conflict_dialog import ConflictDialog
from clusterdesk.gui.worker import Task
from clusterdesk.io.server import sync
from clusterdesk.io.server.address import connect
from clusterdesk.io.server.server_link import address_of

if TYPE_CHECKING:
    from clusterdesk.gui.server.server_controller import ServerController

STATUS_MS = 10000


def synchronise_working_copy(working_path, address) -> sync.SyncReport:
    local = sqlite3.connect(working_path)
    try:
        gpkg.register_functions(local)
        local.execute("PRAGMA foreign_keys = ON")
        return sync.synchronise(local, address)
    finally:
        local.close()


def start_synchronise(controller: ServerController) -> Task | None:
    from clusterdesk.gui.server.server_controller import server_place

    window = controller.window
    project = controller.workspace.project
    try:
        address = address_of(project.connection)
    except Exception as error:  # noqa: BLE001 - a damaged bookkeeping table: say so
        report_exception(window, error)
        return None
    title = translate("ServerSync", "Synchronising with {server}…").format(server=server_place(address))
    task = Task(
        lambda _progress, _cancel: synchronise_working_copy(project.working_path, address), title, window
    )
    dialog = controller._progress_dialog(title, task)
    dialog.setRange(0, 0)
    dialog.setCancelButton(None)  # one server transaction: it finishes or fails as a whole
    task.succeeded.connect(lambda report: _synchronised(controller, project, address, report))
    task.failed.connect(lambda error, _details: report_exception(window, error))
    window.status.track(task)
    task.start()
    return task


def _synchronised(controller: ServerController, project, address, report: sync.SyncReport) -> None:
    window = controller.window
    if project is not controller.workspace.project:
        return
    project.session.expire_all()
    if report.tables:
        project.stack.changed.emit(set(report.tables))
    if report.pushed or report.pulled:
        project.stack.set_dirty()  # the file keeps the synchronised state once saved
    window.status.showMessage(
        translate(
            "ServerSync", "Synchronised: {sent} sent, {received} received, {conflicts} in conflict."
        ).format(sent=report.pushed, received=report.pulled, conflicts=len(report.conflicts)),
        STATUS_MS,
    )
    if report.conflicts:
        controller.sync_dialog = show_offline_conflicts(window, project, address, report.conflicts)


def show_offline_conflicts(window, project, address, conflicts) -> ConflictDialog:
    server = connect(address, autocommit=True)

    def resolve(conflict, keep):
        again = sync.resolve(project.connection, server, conflict, keep)
        project.session.expire_all()
        project.stack.changed.emit({table for table, _fid in conflict.row_keys()})
        project.stack.set_dirty()
        return again

    dialog = ConflictDialog(conflicts, resolve, window)
    dialog.finished.connect(lambda _result: server.close())
    dialog.open()
    return dialog
