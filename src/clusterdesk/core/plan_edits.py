"""Commands that change the vision and the action plan. Each has a label and undoes exactly what it did.

Dates follow one rule: a task's `start` is its planned start and `finish` is the last working day of its
`duration_days` on the project calendar, so every command that changes one recomputes the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, insert, select, update

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance_rows import _next_fid, _tree_levels
from clusterdesk.core.model import new_uuid
from clusterdesk.core.plan import (
    PlanBaseline,
    PlanBaselineTask,
    PlanCalendar,
    PlanHoliday,
    PlanLink,
    PlanTask,
    PlanTaskFirm,
    PlanTaskResponsible,
    VisionStatement,
    WorkCalendar,
    kind_for_depth,
    load_calendar,
)

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

TASKS: Table = PlanTask.__table__
LINKS: Table = PlanLink.__table__
RESPONSIBLES: Table = PlanTaskResponsible.__table__
FIRMS: Table = PlanTaskFirm.__table__
BASELINES: Table = PlanBaseline.__table__
BASELINE_TASKS: Table = PlanBaselineTask.__table__
VISIONS: Table = VisionStatement.__table__
CALENDARS: Table = PlanCalendar.__table__
HOLIDAYS: Table = PlanHoliday.__table__
PLAN_EDIT_TABLES = frozenset({"plan_tasks", "plan_links", "plan_task_responsibles", "plan_task_firms"})


def _connection(project: Project):
    return project.session.connection()


def _task(project: Project, task_id: int):
    row = _connection(project).execute(select(TASKS).where(TASKS.c.fid == task_id)).first()
    if row is None:
        raise ValidationError(
            "task",
            tr(
                "plan:task_missing",
                "task {task} is not in the plan (it may have been deleted).",
                messages_language(),
                task=task_id,
            ),
        )
    return row


def _outline(project: Project) -> dict[int, tuple[int | None, int, str]]:
    """fid -> (parent_id, position, kind) of every task."""
    columns = (TASKS.c.fid, TASKS.c.parent_id, TASKS.c.position, TASKS.c.kind)
    rows = _connection(project).execute(select(*columns))
    return {r.fid: (r.parent_id, r.position, r.kind) for r in rows}


def _depth(task_id: int, outline: dict[int, tuple[int | None, int, str]]) -> int:
    depth, parent = 0, outline[task_id][0]
    while parent is not None:
        depth += 1
        parent = outline[parent][0]
    return depth


def descendants(project: Project, task_id: int) -> list[int]:
    """Every task below `task_id` in the outline (not the task itself)."""
    children: dict[int | None, list[int]] = {}
    for fid, (parent, _position, _kind) in _outline(project).items():
        children.setdefault(parent, []).append(fid)
    found, stack = [], list(children.get(task_id, []))
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(children.get(node, []))
    return found


def _set(project: Project, task_id: int, **values: Any) -> None:
    _connection(project).execute(update(TASKS).where(TASKS.c.fid == task_id).values(**values))


def _add(project: Project, table: Table, values: dict[str, Any]) -> int:
    return _connection(project).execute(insert(table).values(**values)).inserted_primary_key[0]


def _rows(project: Project, table: Table, column, values: Iterable) -> list[dict[str, Any]]:
    values = list(values)
    if not values:
        return []
    result = _connection(project).execute(select(table).where(column.in_(values)))
    return [dict(r._mapping) for r in result]


def _restore_outline(project: Project, before: dict[int, tuple[int | None, int, str]]) -> None:
    for fid, (parent, position, kind) in before.items():
        _set(project, fid, parent_id=parent, position=position, kind=kind)


def _next_position(project: Project, parent_id: int | None) -> int:
    column = TASKS.c.parent_id
    condition = column.is_(None) if parent_id is None else column == parent_id
    current = _connection(project).execute(select(TASKS.c.position).where(condition)).scalars().all()
    return max(current, default=-1) + 1


def task_row(project: Project, values: dict[str, Any]) -> dict[str, Any]:
    """A complete plan_tasks row: defaults, kind from the outline depth, finish or duration from the
    calendar (a given finish wins over a missing duration)."""
    row = dict(values)
    unknown = set(row) - set(TASKS.c.keys())
    if unknown:
        message = tr("plan:unknown_field", "not a field of a plan task", messages_language())
        raise ValidationError(", ".join(sorted(unknown)), message)
    if not str(row.get("name") or "").strip():
        raise ValidationError("name", tr("plan:name_required", "a task needs a name", messages_language()))
    parent_id = row.get("parent_id")
    if parent_id is not None:
        outline = _outline(project)
        if parent_id not in outline:
            message = tr(
                "plan:parent_missing", "task {task} is not in the plan", messages_language(), task=parent_id
            )
            raise ValidationError("parent_id", message)
        row.setdefault("kind", kind_for_depth(_depth(parent_id, outline) + 1))
    row.setdefault("kind", "objective" if parent_id is None else "action")
    row.setdefault("uuid", new_uuid())
    row.setdefault("status", "not_started")
    row.setdefault("percent_complete", 0.0)
    row.setdefault("milestone", False)
    for source in ("enterprises", "public", "donor", "other"):
        row.setdefault(f"budget_{source}", 0.0)
    now = utc_now()
    row.setdefault("created_at", now)
    row.setdefault("modified_at", now)
    calendar = load_calendar(_connection(project))
    if row["milestone"]:
        row["duration_days"] = 0
    if row.get("start") is not None:
        row["start"] = calendar.roll_forward(row["start"])
        if row.get("duration_days") is None:
            finish = row.get("finish") or row["start"]
            if finish < row["start"]:
                message = tr(
                    "plan:finish_date_before_start",
                    "{name}: the finish {finish} is before the start",
                    messages_language(),
                    name=row["name"],
                    finish=finish,
                )
                raise ValidationError("finish", message)
            row["duration_days"] = max(calendar.duration_between(row["start"], finish), 1)
        row["finish"] = calendar.finish_of(row["start"], row["duration_days"])
    row.setdefault("duration_days", 1)
    return row


@dataclass
class AddTask:
    """Add a task at the end of its parent's children (or at the top level)."""

    values: dict[str, Any]
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks"})
    fid: int | None = None
    _row: dict[str, Any] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        if not self._row:
            self._row = task_row(project, self.values)
            self._row.setdefault("position", _next_position(project, self._row.get("parent_id")))
        self.label = self.label or tr(
            "undo:add_named", "Add {name}", messages_language(), name=self._row["name"]
        )
        self.fid = self._row["fid"] = _add(project, TASKS, self._row)

    def undo(self, project: Project) -> None:
        _connection(project).execute(delete(TASKS).where(TASKS.c.fid == self.fid))


@dataclass
class UpdateTask:
    """Change fields of a task; changing start, duration, finish or milestone keeps the dates in step."""

    task_id: int
    changes: dict[str, Any]
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks"})
    _before: dict[str, Any] = field(default_factory=dict)
    _after: dict[str, Any] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        current = dict(_task(project, self.task_id)._mapping)
        self.label = self.label or tr(
            "undo:edit_named", "Edit {name}", messages_language(), name=current["name"]
        )
        if self._after:  # redo writes exactly what the first run wrote
            _set(project, self.task_id, **self._after)
            return
        wanted = {**current, **self.changes}
        if {"start", "duration_days", "finish", "milestone"} & set(self.changes):
            calendar = load_calendar(_connection(project))
            if wanted["milestone"]:
                wanted["duration_days"] = 0
            elif "finish" in self.changes and "duration_days" not in self.changes and wanted["start"]:
                if wanted["finish"] < wanted["start"]:
                    message = tr(
                        "plan:finish_before_start",
                        "{name}: the finish is before the start",
                        messages_language(),
                        name=current["name"],
                    )
                    raise ValidationError("finish", message)
                wanted["duration_days"] = max(calendar.duration_between(wanted["start"], wanted["finish"]), 1)
            if wanted["start"] is not None:
                wanted["start"] = calendar.roll_forward(wanted["start"])
                wanted["finish"] = calendar.finish_of(wanted["start"], wanted["duration_days"])
        values = {k: wanted[k] for k in {*self.changes, "start", "finish", "duration_days"}}
        values["modified_at"] = utc_now()
        self._before = {k: current[k] for k in values}
        self._after = values
        _set(project, self.task_id, **values)

    def undo(self, project: Project) -> None:
        _set(project, self.task_id, **self._before)


def move_task(project: Project, task_id: int, new_start: dt.date) -> ShiftTasks:
    """Move a task (with everything under it) so that it starts on `new_start`."""
    row = _task(project, task_id)
    calendar = load_calendar(_connection(project))
    family = [task_id, *descendants(project, task_id)]
    starts = [r["start"] for r in _rows(project, TASKS, TASKS.c.fid, family) if r["start"] is not None]
    first = min(starts, default=new_start)  # a summary starts with its earliest task
    shift = calendar.index_of(new_start) - calendar.index_of(first)
    return ShiftTasks(
        family, shift, label=tr("undo:move_named", "Move {name}", messages_language(), name=row.name)
    )


def resize_task(project: Project, task_id: int, duration_days: int) -> UpdateTask:
    row = _task(project, task_id)
    if duration_days < 0:
        message = tr(
            "plan:negative_duration",
            "{name}: a duration cannot be negative",
            messages_language(),
            name=row.name,
        )
        raise ValidationError("duration_days", message)
    changes = {"duration_days": duration_days, "milestone": duration_days == 0}
    label = tr("undo:resize_task", "Resize {name}", messages_language(), name=row.name)
    return UpdateTask(task_id, changes, label=label)


@dataclass
class ShiftTasks:
    """Shift tasks by a number of working days, keeping their durations."""

    task_ids: list[int]
    working_days: int
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks"})
    _before: list[dict[str, Any]] = field(default_factory=list)

    def do(self, project: Project) -> None:
        calendar = load_calendar(_connection(project))
        self._before = [
            {"fid": r["fid"], "start": r["start"], "finish": r["finish"]}
            for r in _rows(project, TASKS, TASKS.c.fid, self.task_ids)
        ]
        if not self.label:
            language = messages_language()
            count = len(self.task_ids)
            self.label = tr_plural(
                "undo:move_tasks",
                "Move {count} task",
                "Move {count} tasks",
                count,
                language,
                count=count_text(count, language),
            )
        for task in _rows(project, TASKS, TASKS.c.fid, self.task_ids):
            if task["start"] is not None:
                start = calendar.add_working_days(task["start"], self.working_days)
                finish = calendar.finish_of(start, task["duration_days"])
                _set(project, task["fid"], start=start, finish=finish)

    def undo(self, project: Project) -> None:
        for before in self._before:
            _set(project, before["fid"], **before)


@dataclass
class ApplySchedule:
    """Write scheduled dates (task id -> (start, finish)), e.g. after links pushed tasks later."""

    dates: dict[int, tuple[dt.date, dt.date]]
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks"})
    _before: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:reschedule_plan", "Reschedule plan", messages_language())

    def do(self, project: Project) -> None:
        rows = _rows(project, TASKS, TASKS.c.fid, self.dates)
        self._before = [{"fid": r["fid"], "start": r["start"], "finish": r["finish"]} for r in rows]
        for fid, (start, finish) in self.dates.items():
            _set(project, fid, start=start, finish=finish)

    def undo(self, project: Project) -> None:
        for before in self._before:
            _set(project, before["fid"], **before)


@dataclass
class PlanRows:
    """Rows of the plan tables removed or added together, so undo can put back exactly the same rows."""

    tasks: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    responsibles: list[dict[str, Any]] = field(default_factory=list)
    firms: list[dict[str, Any]] = field(default_factory=list)
    calendar: dict[str, Any] | None = None  # a plan_calendars row, with `holidays` for it
    holidays: list[dict[str, Any]] = field(default_factory=list)

    def _dependents(self) -> tuple[tuple[Table, list[dict[str, Any]]], ...]:
        return ((LINKS, self.links), (RESPONSIBLES, self.responsibles), (FIRMS, self.firms))

    def insert(self, project: Project) -> None:
        """Rows go in many at a time (a plan file may hold thousands of tasks); rows without a fid get one
        here on the first run, so redo writes the same rows."""
        connection = _connection(project)
        # parents before children: the outline is a foreign key to the same table
        for level in _tree_levels(self.tasks):
            _insert_many(connection, TASKS, level)
        for table, rows in self._dependents():
            _give_fids(project, table, rows)
            _insert_many(connection, table, rows)
        if self.calendar is not None:
            _give_fids(project, CALENDARS, [self.calendar])
            _insert_many(connection, CALENDARS, [self.calendar])
            for row in self.holidays:
                row["calendar_id"] = self.calendar["fid"]
            _give_fids(project, HOLIDAYS, self.holidays)
            _insert_many(connection, HOLIDAYS, self.holidays)

    def delete(self, project: Project) -> None:
        connection = _connection(project)
        if self.calendar is not None:
            connection.execute(delete(HOLIDAYS).where(HOLIDAYS.c.calendar_id == self.calendar["fid"]))
            connection.execute(delete(CALENDARS).where(CALENDARS.c.fid == self.calendar["fid"]))
        for table, rows in self._dependents():
            for start in range(0, len(rows), _BATCH):
                fids = [r["fid"] for r in rows[start : start + _BATCH]]
                connection.execute(delete(table).where(table.c.fid.in_(fids)))
        for level in reversed(_tree_levels(self.tasks)):  # children before their parents
            for start in range(0, len(level), _BATCH):
                fids = [r["fid"] for r in level[start : start + _BATCH]]
                connection.execute(delete(TASKS).where(TASKS.c.fid.in_(fids)))


_BATCH = 500  # fids per DELETE ... IN (...), below SQLite's limit of bound values


def _give_fids(project: Project, table: Table, rows: list[dict[str, Any]]) -> None:
    missing = [row for row in rows if row.get("fid") is None]
    if missing:
        next_fid = _next_fid(project, table)
        for offset, row in enumerate(missing):
            row["fid"] = next_fid + offset


def _insert_many(connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany per set of fields (an executemany needs the same fields in every row)."""
    by_fields: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        by_fields.setdefault(frozenset(row), []).append(row)
    for group in by_fields.values():
        connection.execute(insert(table), group)


def _parents_first(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_fid = {t["fid"]: t for t in tasks}
    placed: set[int] = set()
    ordered: list[dict[str, Any]] = []

    def place(task: dict[str, Any]) -> None:
        if task["fid"] in placed:
            return
        parent = by_fid.get(task.get("parent_id"))
        if parent is not None:
            place(parent)
        placed.add(task["fid"])
        ordered.append(task)

    for task in tasks:
        place(task)
    return ordered


def _plan_rows_of_tasks(project: Project, task_ids: Sequence[int]) -> PlanRows:
    links = {r["fid"]: r for column in (LINKS.c.predecessor_id, LINKS.c.successor_id)
             for r in _rows(project, LINKS, column, task_ids)}  # fmt: skip
    return PlanRows(
        tasks=_rows(project, TASKS, TASKS.c.fid, task_ids),
        links=list(links.values()),
        responsibles=_rows(project, RESPONSIBLES, RESPONSIBLES.c.task_id, task_ids),
        firms=_rows(project, FIRMS, FIRMS.c.task_id, task_ids),
    )


@dataclass
class DeleteTasks:
    """Delete tasks with everything under them, their links, responsibles and participating firms."""

    task_ids: list[int]
    label: str = ""
    tables: frozenset[str] = PLAN_EDIT_TABLES
    _removed: PlanRows = field(default_factory=PlanRows)

    def do(self, project: Project) -> None:
        every = dict.fromkeys(t for fid in self.task_ids for t in (fid, *descendants(project, fid)))
        self._removed = _plan_rows_of_tasks(project, list(every))
        if not self.label:
            named = [t["name"] for t in self._removed.tasks if t["fid"] in self.task_ids]
            language = messages_language()
            self.label = (
                tr("undo:delete_named", "Delete {name}", language, name=named[0])
                if len(named) == 1
                else tr_plural(
                    "undo:delete_tasks",
                    "Delete {count} task",
                    "Delete {count} tasks",
                    len(every),
                    language,
                    count=count_text(len(every), language),
                )
            )
        self._removed.delete(project)

    def undo(self, project: Project) -> None:
        self._removed.insert(project)


@dataclass
class AddPlanRows:
    """Add a whole plan or part of one at once (an import, a sample plan); `replace` removes the
    current tasks first. Rows carry their own fids so links and the outline can refer to them."""

    rows: PlanRows
    replace: bool = False
    label: str = ""
    tables: frozenset[str] = PLAN_EDIT_TABLES
    _replaced: PlanRows = field(default_factory=PlanRows)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:import_plan", "Import action plan", messages_language())

    def do(self, project: Project) -> None:
        connection = _connection(project)
        if self.replace:
            every = connection.execute(select(TASKS.c.fid)).scalars().all()
            self._replaced = _plan_rows_of_tasks(project, every)
        if self.rows.calendar is not None:  # a project has one calendar: the new one takes its place
            self._replaced.calendar = connection.execute(select(CALENDARS)).mappings().first()
            self._replaced.calendar = dict(self._replaced.calendar) if self._replaced.calendar else None
            self._replaced.holidays = [dict(r) for r in connection.execute(select(HOLIDAYS)).mappings()]
        self._replaced.delete(project)
        self.rows.insert(project)

    def undo(self, project: Project) -> None:
        self.rows.delete(project)
        self._replaced.insert(project)


@dataclass
class ChangeOutline:
    """Indent (under the previous sibling) or outdent (to just after the parent) one task."""

    task_id: int
    indent: bool
    label: str = ""
    tables: frozenset[str] = frozenset({"plan_tasks"})
    _before: dict[int, tuple[int | None, int, str]] = field(default_factory=dict)

    def do(self, project: Project) -> None:
        outline = _outline(project)
        self._before = dict(outline)
        task = _task(project, self.task_id)
        parent, position, _kind = outline[self.task_id]
        if self.indent:
            earlier = [(p, fid) for fid, (q, p, _k) in outline.items() if q == parent and p < position]
            if not earlier:
                message = tr(
                    "plan:cannot_indent",
                    "{name} is first at its level and cannot be indented",
                    messages_language(),
                    name=task.name,
                )
                raise ValidationError("outline", message)
            new_parent = max(earlier)[1]
            new_position = _next_position(project, new_parent)
        else:
            if parent is None:
                message = tr(
                    "plan:cannot_outdent",
                    "{name} is already at the top level",
                    messages_language(),
                    name=task.name,
                )
                raise ValidationError("outline", message)
            new_parent, parent_position, _k = outline[parent]
            new_position = parent_position + 1
            for fid, (q, p, _k) in outline.items():  # make room just after the old parent
                if q == new_parent and p >= new_position:
                    _set(project, fid, position=p + 1)
        _set(project, self.task_id, parent_id=new_parent, position=new_position)
        after = _outline(project)
        for fid in (self.task_id, *descendants(project, self.task_id)):
            _set(project, fid, kind=kind_for_depth(_depth(fid, after)))
        if not self.label:
            language = messages_language()
            self.label = (
                tr("undo:indent_task", "Indent {name}", language, name=task.name)
                if self.indent
                else tr("undo:outdent_task", "Outdent {name}", language, name=task.name)
            )

    def undo(self, project: Project) -> None:
        _restore_outline(project, self._before)


def set_calendar(working_days: str, holidays: dict[dt.date, str], hours_per_day: float = 8.0) -> AddPlanRows:
    """Replace the plan's working week and holidays (undoable; task dates are left as they are)."""
    WorkCalendar(working_days, tuple(holidays), hours_per_day)  # refuses a malformed week before it is stored
    calendar = {"name": "Standard", "working_days": working_days, "hours_per_day": hours_per_day}
    calendar["uuid"] = new_uuid()
    days = [{"day": day, "name": name, "uuid": new_uuid()} for day, name in sorted(holidays.items())]
    label = tr("undo:change_calendar", "Change plan calendar", messages_language())
    return AddPlanRows(PlanRows(calendar=calendar, holidays=days), label=label)
