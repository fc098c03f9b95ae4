"""Every change to a project is a Command executed through one CommandStack.

Undo, redo, the dirty flag and autosave all follow from this single path: the GUI and the CLI only turn
gestures and arguments into commands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Table, select, update

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.events import Event

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


class Command(Protocol):
    label: str
    tables: frozenset[str]  # tables the command touches, so views refresh only what changed

    def do(self, project: Project) -> None: ...

    def undo(self, project: Project) -> None: ...


class CommandStack:
    """Executes commands in the project's working copy, one transaction each."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_depth: int | None = 0
        self.changed = Event()  # emitted with the set of touched tables after do, undo and redo
        self.last_step: str | None = None  # "do", "undo" or "redo": what the latest `changed` followed

    def push(self, command: Command) -> None:
        self._run(command.do, command)
        self._done.append(command)
        if self._clean_depth is not None and self._clean_depth > len(self._done) - 1:
            self._clean_depth = None  # the clean state was on the redo branch we just discarded
        self._undone.clear()
        self.last_step = "do"
        self.changed.emit(set(command.tables))

    def undo(self) -> None:
        if not self._done:
            return
        command = self._done[-1]
        self._run(command.undo, command)
        self._undone.append(self._done.pop())
        self.last_step = "undo"
        self.changed.emit(set(command.tables))

    def redo(self) -> None:
        if not self._undone:
            return
        command = self._undone[-1]
        self._run(command.do, command)
        self._done.append(self._undone.pop())
        self.last_step = "redo"
        self.changed.emit(set(command.tables))

    def _run(self, step, command: Command) -> None:
        session = self._project.session
        try:
            step(self._project)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.expire_all()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    @property
    def is_clean(self) -> bool:
        return self._clean_depth == len(self._done)

    def set_clean(self) -> None:
        self._clean_depth = len(self._done)
        self.changed.emit(set())

    def set_dirty(self) -> None:
        """Mark unsaved work that is not on the stack (a migrated or recovered working copy)."""
        self._clean_depth = None
        self.changed.emit(set())

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_depth = 0


@dataclass
class CommandGroup:
    """Several commands made in one dialog, done and undone as one step of the stack."""

    commands: list[Command]
    label: str
    tables: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.tables = frozenset().union(*(c.tables for c in self.commands))

    def do(self, project: Project) -> None:
        for command in self.commands:
            command.do(project)

    def undo(self, project: Project) -> None:
        # later commands may depend on earlier ones (a row inserted, then edited), so unwind backwards
        for command in reversed(self.commands):
            command.undo(project)


@dataclass
class UpdateRow:
    """Change fields of one row of any table, keeping the old values for undo."""

    table: Table
    fid: int
    changes: dict[str, Any]
    label: str
    tables: frozenset[str] = frozenset()
    _before: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tables = self.tables or frozenset({self.table.name})

    def do(self, project: Project) -> None:
        connection = project.session.connection()
        columns = [self.table.c[name] for name in self.changes]
        before = connection.execute(select(*columns).where(self.table.c.fid == self.fid)).first()
        if before is None:  # another window or an earlier step removed it since the dialog opened
            what = self.table.name
            message = tr(
                "rows:missing",
                "{what} {fid} does not exist (it may have been deleted).",
                messages_language(),
                what=what,
                fid=self.fid,
            )
            raise ValidationError(what, message)
        self._before = dict(before._mapping)
        connection.execute(update(self.table).where(self.table.c.fid == self.fid).values(**self.changes))

    def undo(self, project: Project) -> None:
        project.session.connection().execute(
            update(self.table).where(self.table.c.fid == self.fid).values(**self._before)
        )
