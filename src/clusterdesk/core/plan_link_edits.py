"""Commands on what ties plan tasks to each other and to the rest of the project: dependencies,
responsible stakeholders and participating firms, baselines, and the vision they all serve."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, select

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.model import ContactPerson, new_uuid
from clusterdesk.core.plan import LINK_TYPES
from clusterdesk.core.plan_edits import (
    BASELINE_TASKS,
    BASELINES,
    FIRMS,
    LINKS,
    RESPONSIBLES,
    TASKS,
    VISIONS,
    _add,
    _connection,
    _rows,
    _set,
    _task,
    descendants,
)

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


def _would_loop(project: Project, predecessor: int, successor: int) -> bool:
    """True when `predecessor` already depends, directly or not, on `successor`.

    Links are followed as the scheduler reads them: a link to or from a summary binds every task under
    it, so the walk runs between the leaf tasks of each end.
    """
    connection = _connection(project)
    children: dict[int, list[int]] = {}
    for fid, parent in connection.execute(select(TASKS.c.fid, TASKS.c.parent_id)):
        if parent is not None:
            children.setdefault(parent, []).append(fid)
    leaves_of: dict[int, list[int]] = {}

    def leaves(task: int) -> list[int]:
        if task not in leaves_of:
            kids = children.get(task)
            leaves_of[task] = [leaf for kid in kids for leaf in leaves(kid)] if kids else [task]
        return leaves_of[task]

    edges: dict[int, set[int]] = {}
    for a, b in connection.execute(select(LINKS.c.predecessor_id, LINKS.c.successor_id)):
        for leaf in leaves(a):
            edges.setdefault(leaf, set()).update(leaves(b))
    targets = set(leaves(predecessor))
    seen: set[int] = set()
    stack = list(leaves(successor))
    while stack:
        node = stack.pop()
        if node in targets:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(edges.get(node, ()))
    return False


@dataclass
class LinkTasks:
    """Make `successor` depend on `predecessor`. Refused when it would close a loop or join a task to
    one that contains it."""

    predecessor: int
    successor: int
    link_type: str = "FS"
    lag_days: int = 0
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_links"})
    fid: int | None = None
    _uuid: str = field(default_factory=new_uuid)

    def do(self, project: Project) -> None:
        first, second = _task(project, self.predecessor), _task(project, self.successor)
        language = messages_language()
        if self.link_type not in LINK_TYPES:
            message = tr(
                "plan:link_type",
                "{type} is not a link type; use FS, SS, FF or SF",
                language,
                type=repr(self.link_type),
            )
            raise ValidationError("link_type", message)
        if self.predecessor == self.successor:
            message = tr("plan:link_itself", "{name} cannot depend on itself", language, name=first.name)
            raise ValidationError("link", message)
        family = {self.predecessor, *descendants(project, self.predecessor)}
        if self.successor in family or self.predecessor in descendants(project, self.successor):
            message = tr(
                "plan:link_contains",
                "{successor} and {predecessor}: one contains the other",
                language,
                successor=second.name,
                predecessor=first.name,
            )
            raise ValidationError("link", message)
        if _would_loop(project, self.predecessor, self.successor):
            message = tr(
                "plan:link_loop",
                "{predecessor} already waits for {successor}; linking them back would make a loop",
                language,
                predecessor=first.name,
                successor=second.name,
            )
            raise ValidationError("link", message)
        exists = select(LINKS.c.fid).where(
            (LINKS.c.predecessor_id == self.predecessor) & (LINKS.c.successor_id == self.successor)
        )
        if _connection(project).execute(exists).first() is not None:
            message = tr(
                "plan:link_exists",
                "{successor} already depends on {predecessor}",
                language,
                successor=second.name,
                predecessor=first.name,
            )
            raise ValidationError("link", message)
        self.label = self.label or tr(
            "undo:link_tasks",
            "Link {predecessor} to {successor}",
            language,
            predecessor=first.name,
            successor=second.name,
        )
        values = {"predecessor_id": self.predecessor, "successor_id": self.successor,
                  "link_type": self.link_type, "lag_days": self.lag_days, "uuid": self._uuid}  # fmt: skip
        if self.fid is not None:
            values["fid"] = self.fid
        self.fid = _add(project, LINKS, values)

    def undo(self, project: Project) -> None:
        _connection(project).execute(delete(LINKS).where(LINKS.c.fid == self.fid))


@dataclass
class UnlinkTasks:
    link_ids: list[int]
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_links"})
    _rows: list[dict[str, Any]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        self._rows = _rows(project, LINKS, LINKS.c.fid, self.link_ids)
        count = len(self._rows)
        if not self.label:
            language = messages_language()
            self.label = (
                tr("undo:remove_link", "Remove link", language)
                if count == 1
                else tr_plural(
                    "undo:remove_links",
                    "Remove {count} link",
                    "Remove {count} links",
                    count,
                    language,
                    count=count_text(count, language),
                )
            )
        _connection(project).execute(delete(LINKS).where(LINKS.c.fid.in_(self.link_ids)))

    def undo(self, project: Project) -> None:
        if self._rows:
            _connection(project).execute(insert(LINKS), self._rows)


@dataclass
class SetTaskStakeholders:
    """Replace the responsible stakeholders (`table` RESPONSIBLES, with roles) or the participating firms
    (`table` FIRMS) of a task. `stakeholders` maps stakeholder fid to role ('lead'/'support'; ignored
    for firms)."""

    task_id: int
    stakeholders: dict[int, str]
    table: Table = RESPONSIBLES
    label: str = ""
    tables: frozenset[str] = frozenset()
    _before: list[dict[str, Any]] = field(default_factory=list)
    _after: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tables = frozenset({self.table.name})

    def do(self, project: Project) -> None:
        task = _task(project, self.task_id)
        if not self.label:
            language = messages_language()
            self.label = (
                tr("undo:set_responsibles", "Set responsibles of {name}", language, name=task.name)
                if self.table is RESPONSIBLES
                else tr("undo:set_firms", "Set participating firms of {name}", language, name=task.name)
            )
        self._before = _rows(project, self.table, self.table.c.task_id, [self.task_id])
        connection = _connection(project)
        connection.execute(delete(self.table).where(self.table.c.task_id == self.task_id))
        if not self._after:
            for stakeholder_id, role in self.stakeholders.items():
                row = {"task_id": self.task_id, "stakeholder_id": stakeholder_id, "uuid": new_uuid()}
                if self.table is RESPONSIBLES:
                    row["role"] = role or "lead"
                self._after.append(row)
        for row in self._after:
            row["fid"] = connection.execute(insert(self.table).values(**row)).inserted_primary_key[0]

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        connection.execute(delete(self.table).where(self.table.c.task_id == self.task_id))
        if self._before:
            connection.execute(insert(self.table), self._before)


@dataclass
class SetBaseline:
    """Save every task's current dates as the baseline `name` (replacing a baseline of that name)."""

    name: str
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_baselines", "plan_baseline_tasks"})
    _replaced: list[dict[str, Any]] = field(default_factory=list)
    _replaced_tasks: list[dict[str, Any]] = field(default_factory=list)
    _baseline: dict[str, Any] = field(default_factory=dict)
    _dates: list[dict[str, Any]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        self.label = self.label or tr(
            "undo:set_baseline", "Set baseline {name}", messages_language(), name=self.name
        )
        connection = _connection(project)
        self._replaced = _rows(project, BASELINES, BASELINES.c.name, [self.name])
        old = [r["fid"] for r in self._replaced]
        self._replaced_tasks = _rows(project, BASELINE_TASKS, BASELINE_TASKS.c.baseline_id, old)
        connection.execute(delete(BASELINE_TASKS).where(BASELINE_TASKS.c.baseline_id.in_(old)))
        connection.execute(delete(BASELINES).where(BASELINES.c.fid.in_(old)))
        if not self._baseline:
            self._baseline = {"name": self.name, "uuid": new_uuid(), "saved_at": utc_now()}
            self._baseline["fid"] = _add(project, BASELINES, self._baseline)
            columns = (TASKS.c.uuid, TASKS.c.start, TASKS.c.finish, TASKS.c.duration_days)
            self._dates = [
                {"baseline_id": self._baseline["fid"], "task_uuid": t.uuid, "start": t.start,
                 "finish": t.finish, "duration_days": t.duration_days, "uuid": new_uuid()}
                for t in connection.execute(select(*columns))
            ]  # fmt: skip
        else:
            connection.execute(insert(BASELINES).values(**self._baseline))
        for row in self._dates:  # one by one, so redo writes the same fids again
            row["fid"] = _add(project, BASELINE_TASKS, row)

    def undo(self, project: Project) -> None:
        connection = _connection(project)
        baseline_id = self._baseline["fid"]
        connection.execute(delete(BASELINE_TASKS).where(BASELINE_TASKS.c.baseline_id == baseline_id))
        connection.execute(delete(BASELINES).where(BASELINES.c.fid == baseline_id))
        if self._replaced:
            connection.execute(insert(BASELINES), self._replaced)
        if self._replaced_tasks:
            connection.execute(insert(BASELINE_TASKS), self._replaced_tasks)


@dataclass
class AddVisionStatement:
    """Record a newly agreed version of the vision (the version number follows the last one)."""

    text: str
    agreed_on: dt.date | None = None
    agreed_by: str | None = None
    label: str = ""
    tables: frozenset[str] = frozenset({"vision_statements"})
    _row: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:agree_vision", "Agree new vision", messages_language())

    def do(self, project: Project) -> None:
        if not self.text.strip():
            message = tr("plan:vision_empty", "the vision statement is empty", messages_language())
            raise ValidationError("vision", message)
        if not self._row:
            last = _connection(project).execute(select(func.max(VISIONS.c.version))).scalar() or 0
            self._row = {"version": last + 1, "text": self.text.strip(), "uuid": new_uuid(),
                         "agreed_on": self.agreed_on, "agreed_by": self.agreed_by,
                         "created_at": utc_now()}  # fmt: skip
        self._row["fid"] = _add(project, VISIONS, self._row)

    def undo(self, project: Project) -> None:
        _connection(project).execute(delete(VISIONS).where(VISIONS.c.fid == self._row["fid"]))


def detach_stakeholders(project: Project, fids: Sequence[int]) -> Callable[[Project], None]:
    """Remove plan references to stakeholders about to be deleted (responsibilities, participation, the
    CDA contact of a task) and return the function that puts them back on undo."""

    contacts = ContactPerson.__table__
    connection = _connection(project)
    responsibles = _rows(project, RESPONSIBLES, RESPONSIBLES.c.stakeholder_id, fids)
    firms = _rows(project, FIRMS, FIRMS.c.stakeholder_id, fids)
    contact_ids = [c["fid"] for c in _rows(project, contacts, contacts.c.stakeholder_id, fids)]
    cda_tasks = _rows(project, TASKS, TASKS.c.cda_contact_id, contact_ids)
    cda = [(r["fid"], r["cda_contact_id"]) for r in cda_tasks]
    for table, rows in ((RESPONSIBLES, responsibles), (FIRMS, firms)):
        if rows:
            connection.execute(delete(table).where(table.c.fid.in_([r["fid"] for r in rows])))
    for task_id, _contact in cda:
        _set(project, task_id, cda_contact_id=None)

    def restore(project: Project) -> None:
        connection = _connection(project)
        for table, rows in ((RESPONSIBLES, responsibles), (FIRMS, firms)):
            if rows:
                connection.execute(insert(table), rows)
        for task_id, contact in cda:
            _set(project, task_id, cda_contact_id=contact)

    return restore
