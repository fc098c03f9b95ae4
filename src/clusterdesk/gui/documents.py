"""File operations of the main window: the questions around New, Open, Save, Close, recovery and files
changed on disk. The work itself is the Workspace's; this module only asks the user and reports errors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk import qgis_bridge
from clusterdesk.core.errors import (
    ClusterDeskError,
    FileChangedOnDiskError,
    ProjectInUseError,
    ReadOnlyProjectError,
)
from clusterdesk.core.recovery import RecoveryCopy
from clusterdesk.gui import ask, dialogs
from clusterdesk.gui.ask import Answer
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.server.server_controller import is_server_address
from clusterdesk.qgis_bridge import QgisNotFoundError

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow


def project_filter() -> str:
    """The file dialogs' filter for project files, in the interface language."""
    projects = translate("DocumentController", "ClusterDesk projects ({patterns})").format(patterns="*.gpkg")
    everything = translate("DocumentController", "All files ({patterns})").format(patterns="*")
    return f"{projects};;{everything}"


class DocumentController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.workspace = window.workspace

    def _folder(self) -> str:
        project = self.workspace.project
        if project is not None and project.path is not None:
            return str(project.path.parent)
        recent = self.workspace.recent.paths()
        return str(recent[0].parent) if recent else str(Path.home())

    # -- questions -------------------------------------------------------------------------------
    def maybe_save(self, action: str) -> bool:
        """True when it is fine to drop the current working copy (saved, discarded or clean); `action` is
        what drops it: "new", "open", "close", "quit" or "restore" (see ask.save_question)."""
        if not self.workspace.is_dirty:
            return True
        if self.window.team.session is not None and not self.window.team.has_unsent_work():
            return True  # live on a server: every change is there already
        answer = ask.save_discard_cancel(self.window, self.workspace.project.title, action)
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    # -- commands --------------------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save("new"):
            return False
        values = dialogs.ask_new_project(self.window, Path(self._folder()))
        if values is None:
            return False
        try:
            self.workspace.new(values.pop("path"), values.pop("cluster_name"), discard_unsaved=True, **values)
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return False
        return True

    def open_dialog(self) -> bool:
        chosen = ask.open_file_name(
            self.window, translate("DocumentController", "Open project"), self._folder(), project_filter()
        )
        return self.open_path(Path(chosen)) if chosen else False

    def open_path(self, path: Path) -> bool:
        """Open a project file; on failure the message says why and the current project stays."""
        if is_server_address(path):  # clusterdesk gui postgresql://…?project=NAME
            return self.window.team.open_address(str(path)) is not None
        if not self.maybe_save("open"):
            return False
        try:
            if self._retry_while_in_use(lambda: self.workspace.open(path, discard_unsaved=True)) is None:
                return False
        except ClusterDeskError as error:
            report_exception(self.window, error)
            self.window.refresh_start_page()  # a vanished file leaves the recent list
            return False
        project = self.workspace.project
        if project.migrated_from is not None:
            message = translate(
                "DocumentController", "{file} was upgraded from format {version}; save to keep it."
            ).format(file=path.name, version=project.migrated_from)
            self.window.statusBar().showMessage(message, 10000)
        elif project.read_only:
            message = translate(
                "DocumentController", "{file} is read-only: use Save As to keep changes."
            ).format(file=path.name)
            self.window.statusBar().showMessage(message, 10000)
        elif self.workspace.is_sample:
            note = translate("DocumentController", "Sample project: Save As to keep your changes")
            self.window.statusBar().showMessage(note, 15000)  # the title keeps saying "sample"
        return True

    def save(self) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        if self.window.team.session is not None:  # live on a server: saving is sending
            return self.window.team.save()
        if project.path is None or project.read_only or self.workspace.is_sample:
            return self.save_as()
        try:
            saved = self._retry_while_in_use(self.workspace.save)
        except FileChangedOnDiskError:
            if not ask.confirm(
                self.window,
                translate(
                    "DocumentController", "{file} was changed by another program since you opened it."
                ).format(file=project.path.name),
                translate(
                    "DocumentController",
                    "Saving replaces those changes with yours; the replaced file is kept as a .bak backup. "
                    "Use Save As to keep both.",
                ),
                translate("DocumentController", "&Overwrite"),
            ):
                return False
            try:
                saved = self._retry_while_in_use(lambda: self.workspace.save(overwrite_changed=True))
            except ClusterDeskError as error:
                report_exception(self.window, error)
                return False
            if saved is None:
                return False
        except ReadOnlyProjectError:
            return self.save_as()
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return False
        if saved is None:
            return False
        self.window.watch_project_file()
        self.window.statusBar().showMessage(
            translate("DocumentController", "Saved {path}").format(path=saved), 5000
        )
        return True

    def _retry_while_in_use(self, action):
        """Run `action`; while another program holds the file, offer to try again. None when the user
        gave up (the message was shown)."""
        while True:
            try:
                return action()
            except ProjectInUseError as error:
                in_use = translate("DocumentController", "The project file is in use.")
                if not ask.confirm(
                    self.window, in_use, str(error), translate("DocumentController", "&Try again")
                ):
                    return None

    def save_as(self) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        suggested = project.path or Path(self._folder()) / f"{project.title}.gpkg"
        if self.workspace.is_sample:  # the user's own folder, never the shipped samples' one
            suggested = Path.home() / project.path.name
        chosen = ask.save_file_name(
            self.window, translate("DocumentController", "Save project as"), str(suggested), project_filter()
        )
        if not chosen:
            return False
        try:
            saved = self._retry_while_in_use(lambda: self.workspace.save_as(Path(chosen)))
        except ClusterDeskError as error:
            report_exception(self.window, error)
            return False
        if saved is None:
            return False
        self.window.watch_project_file()
        self.window.statusBar().showMessage(
            translate("DocumentController", "Saved {path}").format(path=saved), 5000
        )
        return True

    def close_project(self) -> bool:
        if not self.maybe_save("close"):
            return False
        self.workspace.close(discard=True)
        return True

    # -- recovery and outside changes ------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer each recovery copy left by a crash; True when one was restored."""
        for copy in self.workspace.pending_recovery_copies():
            answer = ask.restore_or_discard(self.window, self._describe(copy))
            if answer is Answer.DISCARD:
                copy.discard()
            elif answer is Answer.RESTORE:
                if not self.maybe_save("restore"):
                    return False
                try:
                    self.workspace.recover(copy, discard_unsaved=True)
                except ClusterDeskError as error:
                    report_exception(self.window, error)
                    continue
                self.window.statusBar().showMessage(
                    translate(
                        "DocumentController",
                        "Recovered work is shown as unsaved changes: save it to keep it.",
                    ),
                    10000,
                )
                return True
        return False

    @staticmethod
    def _describe(copy: RecoveryCopy) -> str:
        if copy.saved_at:
            when = copy.saved_at.replace("T", " ")[:16]
            autosaved = translate("DocumentController", "last autosaved {time} (UTC)").format(time=when)
        else:
            autosaved = translate("DocumentController", "last autosaved at an unknown time")
        if copy.original:
            text = translate("DocumentController", "Unsaved work on “{cluster}” of {file}, {autosaved}.")
        else:
            text = translate(
                "DocumentController",
                "Unsaved work on “{cluster}” of a project that was never saved, {autosaved}.",
            )
        return text.format(cluster=copy.cluster_name, file=copy.original, autosaved=autosaved)

    def check_disk_change(self) -> None:
        if not self.workspace.check_disk_change():
            return
        project = self.workspace.project
        answer = ask.reload_or_keep(self.window, project.path.name, project.is_dirty)
        if answer is Answer.RELOAD:
            try:
                self.workspace.reload()
            except ClusterDeskError as error:
                report_exception(self.window, error)

    # -- other programs --------------------------------------------------------------------------
    def open_in_qgis(self) -> None:
        project = self.workspace.project
        if project is None:
            return
        if (project.is_dirty or project.path is None) and not self.save():
            return  # QGIS reads the file on disk, so it must hold the current work
        try:
            qgis_bridge.open_in_qgis(project.path)
        except QgisNotFoundError as error:
            ask.show_info(
                self.window,
                translate("DocumentController", "QGIS was not found on this computer."),
                str(error),
            )
            return
        except (ClusterDeskError, OSError) as error:
            report_exception(self.window, error)
            return
        opening = translate("DocumentController", "Opening {file} in QGIS…").format(file=project.path.name)
        self.window.statusBar().showMessage(opening, 5000)
