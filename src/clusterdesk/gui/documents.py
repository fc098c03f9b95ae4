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
from clusterdesk.core.samples import SAMPLE_NOTE
from clusterdesk.gui import ask, dialogs
from clusterdesk.gui.ask import Answer
from clusterdesk.gui.errors import report_exception
from clusterdesk.qgis_bridge import QgisNotFoundError

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

PROJECT_FILTER = "ClusterDesk projects (*.gpkg);;All files (*)"


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
        """True when it is fine to drop the current working copy (saved, discarded or clean)."""
        if not self.workspace.is_dirty:
            return True
        answer = ask.save_discard_cancel(self.window, self.workspace.project.title, action)
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    # -- commands --------------------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save("create a new project"):
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
        chosen = ask.open_file_name(self.window, "Open project", self._folder(), PROJECT_FILTER)
        return self.open_path(Path(chosen)) if chosen else False

    def open_path(self, path: Path) -> bool:
        """Open a project file; on failure the message says why and the current project stays."""
        if not self.maybe_save("open another project"):
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
            message = f"{path.name} was upgraded from format {project.migrated_from}; save to keep it."
            self.window.statusBar().showMessage(message, 10000)
        elif project.read_only:
            message = f"{path.name} is read-only: use Save As to keep changes."
            self.window.statusBar().showMessage(message, 10000)
        elif self.workspace.is_sample:
            self.window.statusBar().showMessage(SAMPLE_NOTE, 15000)  # the title keeps saying "sample"
        return True

    def save(self) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        if project.path is None or project.read_only or self.workspace.is_sample:
            return self.save_as()
        try:
            saved = self._retry_while_in_use(self.workspace.save)
        except FileChangedOnDiskError:
            if not ask.confirm(
                self.window,
                f"{project.path.name} was changed by another program since you opened it.",
                "Saving replaces those changes with yours; the replaced file is kept as a .bak backup. "
                "Use Save As to keep both.",
                "Overwrite",
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
        self.window.statusBar().showMessage(f"Saved {saved}", 5000)
        return True

    def _retry_while_in_use(self, action):
        """Run `action`; while another program holds the file, offer to try again. None when the user
        gave up (the message was shown)."""
        while True:
            try:
                return action()
            except ProjectInUseError as error:
                if not ask.confirm(self.window, "The project file is in use.", str(error), "Try Again"):
                    return None

    def save_as(self) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        suggested = project.path or Path(self._folder()) / f"{project.title}.gpkg"
        if self.workspace.is_sample:  # the user's own folder, never the shipped samples' one
            suggested = Path.home() / project.path.name
        chosen = ask.save_file_name(self.window, "Save project as", str(suggested), PROJECT_FILTER)
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
        self.window.statusBar().showMessage(f"Saved {saved}", 5000)
        return True

    def close_project(self) -> bool:
        if not self.maybe_save("close it"):
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
                if not self.maybe_save("restore the recovered work"):
                    return False
                try:
                    self.workspace.recover(copy, discard_unsaved=True)
                except ClusterDeskError as error:
                    report_exception(self.window, error)
                    continue
                self.window.statusBar().showMessage(
                    "Recovered work is shown as unsaved changes: save it to keep it.", 10000
                )
                return True
        return False

    @staticmethod
    def _describe(copy: RecoveryCopy) -> str:
        where = f"of {copy.original}" if copy.original else "of a project that was never saved"
        when = copy.saved_at.replace("T", " ")[:16] if copy.saved_at else "an unknown time"
        return f"Unsaved work on “{copy.cluster_name}” {where}, last autosaved {when} (UTC)."

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
            ask.show_info(self.window, "QGIS was not found on this computer.", str(error))
            return
        except (ClusterDeskError, OSError) as error:
            report_exception(self.window, error)
            return
        self.window.statusBar().showMessage(f"Opening {project.path.name} in QGIS…", 5000)
