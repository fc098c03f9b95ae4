"""The application without its window: the open project, the shared selection, recent files, autosave,
recovery copies and the changed-on-disk check.

The main window is a thin layer over a Workspace; everything here is tested without Qt. Errors are the
ClusterDeskError family of `core.errors`, so any front end can show their messages as they are.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError, ProjectFileError, ReadOnlyProjectError
from clusterdesk.core.events import Event
from clusterdesk.core.project import Project
from clusterdesk.core.recovery import RecoveryCopy, recovery_copies
from clusterdesk.core.samples import is_bundled_sample, refuse_overwrite_message
from clusterdesk.core.selection import Selection
from clusterdesk.core.userdirs import data_dir

MAX_RECENT_FILES = 10
RECENT_FILES_NAME = "recent_files.json"
DEFAULT_AUTOSAVE_SECONDS = 180


class UnsavedChangesError(ClusterDeskError):
    """An operation would drop unsaved work; the caller has to save or discard first."""


class RecentFiles:
    """Most recently used project files, newest first, kept in a small JSON file.

    A damaged or missing list is treated as empty: losing the recent list must never stop the application
    from starting.
    """

    def __init__(self, path: Path | None = None, limit: int = MAX_RECENT_FILES) -> None:
        self.path = path or data_dir() / RECENT_FILES_NAME
        self.limit = limit

    def _read(self) -> list[str]:
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(entries, list):
            return []
        return [e for e in entries if isinstance(e, str)]

    def _write(self, entries: list[str]) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(entries[: self.limit], indent=1), encoding="utf-8")
        os.replace(temporary, self.path)  # a crash mid-write keeps the previous list

    def paths(self, existing_only: bool = True) -> list[Path]:
        paths = [Path(e) for e in self._read()]
        return [p for p in paths if p.is_file()] if existing_only else paths

    def add(self, path: Path) -> None:
        text = str(Path(path).absolute())
        entries = [text] + [e for e in self._read() if e != text]
        self._write(entries)

    def remove(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self._write([e for e in self._read() if e != text])

    def clear(self) -> None:
        self._write([])


@dataclass(frozen=True)
class WorkspaceState:
    """What a window shows about the workspace: enough to set the title and enable actions."""

    has_project: bool
    title: str
    dirty: bool
    read_only: bool
    undo_label: str | None
    redo_label: str | None
    sample: bool = False  # a shipped sample: Save asks for a new name


class Workspace:
    """Holds at most one open project; every front end (window, tests, scripts) drives it the same way.

    Events:
      project_changed(project | None): a project was opened, created, recovered, reloaded or closed.
      state_changed(tables: set[str]): the project was edited, saved, undone or redone.
    """

    def __init__(self, recent: RecentFiles | None = None) -> None:
        self.project: Project | None = None
        self.selection = Selection()
        self.recent = recent or RecentFiles()
        self.autosave_seconds = DEFAULT_AUTOSAVE_SECONDS
        self.project_changed = Event()
        self.state_changed = Event()
        self._reported_change: tuple | None = None

    # -- state -----------------------------------------------------------------------------------
    @property
    def state(self) -> WorkspaceState:
        project = self.project
        if project is None:
            return WorkspaceState(False, "", False, False, None, None)
        return WorkspaceState(
            True,
            project.title,
            project.is_dirty,
            project.read_only,
            project.stack.undo_label,
            project.stack.redo_label,
            is_bundled_sample(project.path),
        )

    @property
    def is_dirty(self) -> bool:
        return self.project is not None and self.project.is_dirty

    @property
    def is_sample(self) -> bool:
        """The open project is a shipped sample: editable, but saved only under a new name."""
        return self.project is not None and is_bundled_sample(self.project.path)

    def require_project(self) -> Project:
        if self.project is None:
            raise ProjectFileError(
                tr(
                    "workspace:no_project",
                    "No project is open. Open a project or create a new one first.",
                    messages_language(),
                )
            )
        return self.project

    # -- lifecycle -------------------------------------------------------------------------------
    def new(
        self, path: str | Path | None, cluster_name: str, *, discard_unsaved: bool = False, **info
    ) -> Project:
        """Create a project (saved at `path` when given) and make it the current one."""
        self._refuse_if_dirty("new", discard_unsaved)
        if not cluster_name.strip():
            raise ProjectFileError(
                tr(
                    "new:empty_name",
                    "The cluster name is empty. Enter a name such as 'Atuntaqui garments'.",
                    messages_language(),
                )
            )
        project = Project.new(path, cluster_name.strip(), **info)
        self._replace_project(project)
        return project

    def open(self, path: str | Path, *, discard_unsaved: bool = False) -> Project:
        """Open `path`; the current project stays open when opening fails."""
        self._refuse_if_dirty("open", discard_unsaved)
        path = Path(path).expanduser().absolute()
        try:
            # the map first: a damaged file is refused at the first save (and the checks say so)
            project = Project.open(path, check_pages_later=True)
        except ProjectFileError:
            if not path.exists():
                self.recent.remove(path)
            raise
        self._replace_project(project)
        self.recent.add(path)
        return project

    def recover(self, copy: RecoveryCopy, *, discard_unsaved: bool = False) -> Project:
        """Open a recovery copy as unsaved work; the copy itself is removed once that work is saved."""
        self._refuse_if_dirty("recover", discard_unsaved)
        project = Project.recover(copy)
        self._replace_project(project)
        return project

    def reload(self) -> Project:
        """Drop the working copy and read the file again (after it changed on disk)."""
        project = self.require_project()
        if project.path is None:
            raise ProjectFileError(
                tr(
                    "workspace:nothing_to_reload",
                    "This project has never been saved, so there is no file to reload.",
                    messages_language(),
                )
            )
        path = project.path
        fresh = Project.open(path)
        self._replace_project(fresh)
        return fresh

    def save(self, *, overwrite_changed: bool = False) -> Path:
        """Save to the project's file. Raises FileChangedOnDiskError when another program changed it."""
        project = self.require_project()
        if is_bundled_sample(project.path):
            raise ReadOnlyProjectError(refuse_overwrite_message(project.path))
        saved = project.save(overwrite_changed=overwrite_changed)
        self._after_save(saved)
        return saved

    def save_as(self, path: str | Path) -> Path:
        project = self.require_project()
        target = Path(path).expanduser().absolute()
        if target.suffix.lower() != ".gpkg":
            target = target.with_name(target.name + ".gpkg")
        if is_bundled_sample(target):
            raise ReadOnlyProjectError(refuse_overwrite_message(target))
        saved = project.save(target)
        self._after_save(saved)
        return saved

    def close(self, *, discard: bool = False) -> None:
        """Close the project. Unsaved changes are an error unless `discard` is set."""
        if self.project is None:
            return
        self._refuse_if_dirty("close", discard)
        self._replace_project(None)

    def _refuse_if_dirty(self, action: str, discard_unsaved: bool = False) -> None:
        """`action`: "new", "open", "recover" or "close", what the unsaved work stands in the way of."""
        if self.is_dirty and not discard_unsaved:
            raise UnsavedChangesError(_unsaved_changes_message(self.project.title, action))

    def _replace_project(self, project: Project | None) -> None:
        previous = self.project
        if previous is not None:
            previous.stack.changed.disconnect(self._on_stack_changed)
            previous.close()
        self.project = project
        self._reported_change = None
        self.selection.clear(source=self)
        if project is not None:
            project.stack.changed.connect(self._on_stack_changed)
        self.project_changed.emit(project)

    def _after_save(self, saved: Path) -> None:
        self.recent.add(saved)
        self._reported_change = None
        self.state_changed.emit(set())

    def _on_stack_changed(self, tables: set[str]) -> None:
        # Deleting stakeholders or undoing their creation must not leave ghosts in the selection
        if "stakeholders" in tables and len(self.selection) and self.project is not None:
            self.selection.discard_missing(self.project.stakeholder_points().fid.tolist())
        self.state_changed.emit(tables)

    # -- edits -----------------------------------------------------------------------------------
    def undo(self) -> None:
        self.require_project().stack.undo()

    def redo(self) -> None:
        self.require_project().stack.redo()

    def select_all(self) -> None:
        project = self.require_project()
        self.selection.set(project.stakeholder_points().fid.tolist(), source=self)

    def select_none(self) -> None:
        self.selection.clear(source=self)

    # -- background duties -----------------------------------------------------------------------
    def autosave_tick(self) -> Path | None:
        """Write a recovery copy when there is unsaved work; call every `autosave_seconds`."""
        if self.project is None or not self.project.is_dirty:
            return None
        return self.project.autosave()

    def pending_recovery_copies(self) -> list[RecoveryCopy]:
        """Recovery copies left by an earlier run that ended without closing, excluding our own."""
        own = self.project.recovery_path if self.project is not None else None
        return [c for c in recovery_copies() if c.path != own]

    def check_disk_change(self) -> bool:
        """True when the project's file was changed by another program since we last read, saved or asked.

        Each change is reported once, so a window checking on every focus change asks only once; a later,
        further change is reported again. Keeping the working copy does not make Save overwrite silently:
        Save still raises FileChangedOnDiskError until the user confirms.
        """
        project = self.project
        if project is None or project.path is None or not project.changed_on_disk():
            return False
        token = project.disk_change_token()
        if token == self._reported_change:
            return False
        self._reported_change = token
        return True

    def shutdown(self) -> None:
        """Close without asking (the caller already asked): used when the application quits."""
        if self.project is not None:
            self._replace_project(None)


def _unsaved_changes_message(title: str, action: str) -> str:
    language = messages_language()
    if action == "new":
        return tr(
            "unsaved:new",
            "{title} has unsaved changes. Save or discard them before you create a new project.",
            language,
            title=title,
        )
    if action == "open":
        return tr(
            "unsaved:open",
            "{title} has unsaved changes. Save or discard them before you open another project.",
            language,
            title=title,
        )
    if action == "recover":
        return tr(
            "unsaved:recover",
            "{title} has unsaved changes. Save or discard them before you restore a recovery copy.",
            language,
            title=title,
        )
    return tr(
        "unsaved:close",
        "{title} has unsaved changes. Save or discard them before you close the project.",
        language,
        title=title,
    )
