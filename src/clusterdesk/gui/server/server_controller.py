"""The window's team mode: File ▸ Open from Server… (check out into a private working copy and open it
in live mode), the title and status bar saying where the project lives and with which role, the edit
actions a role may not use, and File ▸ Synchronise for a project file checked out earlier."""

from __future__ import annotations

import os
import shutil
import stat
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QProgressDialog

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.working_copies import new_working_path
from clusterdesk.gui.eliding_label import ElidingLabel
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.permissions import GOVERNANCE, PLAN_BUDGETS, window_permissions
from clusterdesk.gui.server.role_titles import role_title
from clusterdesk.gui.server.server_roles import COORDINATOR, VIEWER, disabled_actions, login_role
from clusterdesk.gui.task_progress import task_progress_dialog
from clusterdesk.gui.worker import Task
from clusterdesk.io.server.address import ServerAddress, connect, parse_address, require_project

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow
    from clusterdesk.gui.server.team_session import TeamSession

SERVER_SCHEMES = ("postgresql:", "postgres:")
COORDINATOR_AREAS = (GOVERNANCE, PLAN_BUDGETS)  # what editors and viewers may not change
STATUS_MS = 10000


def is_server_address(target) -> bool:
    """True for `postgresql://…?project=NAME` or `service=NAME project=NAME` given where a file may be."""
    text = str(target).strip()
    return text.lower().startswith(SERVER_SCHEMES) or (not isinstance(target, Path) and "project=" in text)


def server_place(address: ServerAddress) -> str:
    """host/database (or the service's name) for titles and the status bar."""
    params = address.parameters()
    if "service" in params and "host" not in params:
        return params["service"]
    host = params.get("host") or "localhost"
    if host.startswith("/"):
        host = "localhost"
    return f"{host}/{params.get('dbname') or params.get('user') or ''}"


class ServerController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.session: TeamSession | None = None
        self.task: Task | None = None
        self.sync_dialog = None
        self._hooked = False
        self._followed = lambda: None  # the checked-out project whose commands are sealed one by one
        self._tips: dict[str, str] = {}
        self.status_label: ElidingLabel | None = None
        self.permissions = window_permissions(window)  # what the role may not change, panels follow it
        self.workspace.project_changed.connect(self._on_project_changed)

    # -- opening ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from clusterdesk.gui.server.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_address() is not None:
            self.open_address(dialog.chosen_address())

    def open_address(self, address: ServerAddress | str) -> Task | None:
        """Check the project out on a worker (with progress) and open it in live mode."""
        try:
            if not isinstance(address, ServerAddress):
                address = parse_address(str(address))
            schema = require_project(address)
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return None
        if not self.window.documents.maybe_save("open"):
            return None
        target = new_working_path().with_name(f"{schema}.gpkg")
        title = translate("ServerController", "Opening {project} from {server}").format(
            project=schema, server=server_place(address)
        )

        def work(progress, cancel):
            from clusterdesk.io.server.checkout_cache import open_checkout

            with connect(address, autocommit=True, connect_timeout=10) as server:
                role = login_role(server, schema)
            open_checkout(address, target, progress, cancel)  # the cached copy, brought up to date
            return role

        task = Task(work, title, self)
        self._progress_dialog(title, task)
        task.succeeded.connect(lambda role: self._open_checked_out(address, target, role))
        task.failed.connect(lambda error, _details: self._failed(error, target))
        task.cancelled.connect(lambda: shutil.rmtree(target.parent, ignore_errors=True))
        self.task = task
        self.window.status.track(task)
        task.start()
        return task

    def _progress_dialog(self, title: str, task: Task) -> QProgressDialog:
        cancel = translate("ServerController", "Cancel")
        return task_progress_dialog(
            task, title, translate("ServerController", "Team project"), cancel, self.window
        )

    def _failed(self, error: BaseException, target: Path) -> None:
        shutil.rmtree(target.parent, ignore_errors=True)
        from clusterdesk.gui.server.connection_check import explain_failure

        if isinstance(error, ClusterDeskError) and error.__cause__ is not None:
            error = ClusterDeskError(f"{explain_failure(error)}\n{error}")
        report_exception(self.window, error)

    def _open_checked_out(self, address: ServerAddress, target: Path, role: str | None) -> None:
        if role in (None, VIEWER):  # opened read-only: every panel then offers no edits
            os.chmod(target, stat.S_IRUSR | stat.S_IRGRP)
        try:
            project = self.workspace.open(target, discard_unsaved=True)
        except ClusterDeskError as error:
            shutil.rmtree(target.parent, ignore_errors=True)
            report_exception(self.window, error)
            return
        self.workspace.recent.remove(target)  # a private copy: the server is what one reopens
        from clusterdesk.gui.server.team_session import TeamSession  # psycopg: load when used

        self._hook_window()
        self.session = TeamSession(self.window, project, address, role)
        self.session.message.connect(lambda text: self.window.status.showMessage(text, STATUS_MS))
        self.session.onlineChanged.connect(lambda _online: self._update_window())
        self.session.sent.connect(self._update_window)
        self._update_window()
        opened = translate(
            "ServerController",
            "Opened {project}: each change is saved on the server as you make it.",
        )
        self.window.status.showMessage(opened.format(project=address.project), STATUS_MS)

    # -- the window ------------------------------------------------------------------------------
    def _hook_window(self) -> None:
        """Connected after the window's own listeners, so that the title and actions set here win."""
        if self._hooked:
            return
        self._hooked = True
        self.workspace.state_changed.connect(lambda _tables: self._update_window())
        self.workspace.selection.changed.connect(lambda _fids, _source: self._update_window())
        self.status_label = ElidingLabel(mode=Qt.TextElideMode.ElideMiddle)  # the window never widens for it
        # at most a quarter of a laptop screen, so that messages shown beside it are read whole
        self.status_label.setMaximumWidth(self.status_label.fontMetrics().averageCharWidth() * 50)
        self.window.status.addPermanentWidget(self.status_label)

    def _on_project_changed(self, project) -> None:
        session = self.session
        if session is not None and project is not session.project:
            self.session = None
            session.stop()
            session.deleteLater()
        if project is not None and project is not self._followed() and self._checked_out_file():
            from clusterdesk.io.server.change_log import follow_commands

            follow_commands(project)  # each command is then sent, or held back, as a whole
            self._followed = weakref.ref(project)
        self._update_window()

    def where(self) -> str:
        session = self.session
        return translate("ServerController", "on server {server} · {project} · {role}").format(
            server=server_place(session.address),
            project=session.address.project,
            role=role_title(session.role),
        )

    def _update_window(self) -> None:
        window = self.window
        if "synchronise" in window.menu_actions:
            window.menu_actions["synchronise"].setEnabled(self.session is None and self._checked_out_file())
        self._restore_tips()
        if self.status_label is not None:
            self.status_label.setVisible(self.session is not None)
        if self.session is None or self.session.project is not self.workspace.project:
            self.permissions.set_refused({})  # closing: the project is gone before the workspace says so
            return
        project = self.session.project
        cluster = project.info().cluster_name or project.title
        window.setWindowTitle(f"{cluster}[*] — {self.where()} — ClusterDesk")
        window.setWindowModified(self.has_unsent_work())  # saved means on the server
        if not self.has_unsent_work():
            window.autosave_timer.stop()  # no recovery copy of work the server already holds
        text = self.where()
        if not self.session.online:
            text = translate("ServerController", "{where} · offline, changes wait").format(where=text)
        self.status_label.setText(text)
        reason = self._refusal_reason()
        refused = COORDINATOR_AREAS if self.session.role != COORDINATOR else ()
        self.permissions.set_refused(dict.fromkeys(refused, reason))
        for name in disabled_actions(self.session.role):
            action = window.menu_actions.get(name)
            if action is None:
                continue
            self._tips.setdefault(name, action.toolTip())
            action.setEnabled(False)
            action.setToolTip(reason)

    def _restore_tips(self) -> None:
        for name, tip in self._tips.items():
            self.window.menu_actions[name].setToolTip(tip)
        self._tips.clear()

    def _refusal_reason(self) -> str:
        role = self.session.role
        if role in (None, VIEWER):
            return translate(
                "ServerController",
                "Your role on the server is {role}: you can read this project but not change it.",
            ).format(role=role_title(role))
        return translate(
            "ServerController", "Only the project's coordinator can change this (your role is {role})."
        ).format(role=role_title(role))

    def _checked_out_file(self) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        from clusterdesk.io.server.local_tables import STATE_TABLE

        found = project.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (STATE_TABLE,)
        ).fetchone()
        return found is not None

    # -- saving in live mode ---------------------------------------------------------------------
    def has_unsent_work(self) -> bool:
        """In live mode the server is the saved state: only changes not sent yet are unsaved work (the
        working copy's undo stack counts every edit, sent or not)."""
        return self.session is not None and self.session.unsent() > 0

    def save(self) -> bool:
        """Save in live mode: send what waits. While the server is unreachable, keep the work in a
        project file of the user's choice, which File ▸ Synchronise sends later."""
        session = self.session
        if session.online and session.push():
            self.window.status.showMessage(
                translate("ServerController", "Every change is saved on the server."), STATUS_MS
            )
            return True
        if session.online:  # conflicts are shown: nothing is lost, the choice is the user's
            return False
        from clusterdesk.gui import ask
        from clusterdesk.gui.documents import project_filter

        chosen = ask.save_file_name(
            self.window,
            translate("ServerController", "Keep the changes in a project file"),
            str(Path.home() / f"{session.address.project}.gpkg"),
            project_filter(),
        )
        if not chosen:
            return False
        try:
            self.workspace.save_as(Path(chosen))
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return False
        return True

    # -- offline copies --------------------------------------------------------------------------
    def synchronise(self) -> Task | None:
        from clusterdesk.gui.server.offline_sync import start_synchronise

        if self.workspace.project is None or not self._checked_out_file():
            return None
        self.task = start_synchronise(self)
        return self.task
