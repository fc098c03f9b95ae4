"""Scheduling a project's action plan on its calendar, and slippage against a saved baseline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from clusterdesk.analysis.schedule import Link, Schedule, ScheduleError, schedule
from clusterdesk.core.model import ProjectInfo
from clusterdesk.core.plan import (
    PlanBaseline,
    PlanBaselineTask,
    PlanLink,
    PlanTask,
    WorkCalendar,
    load_calendar,
)
from clusterdesk.core.plan_edits import ApplySchedule
from clusterdesk.core.project import Project


@dataclass
class PlanSchedule:
    """The scheduled plan: working-day results plus the calendar to turn them into dates."""

    result: Schedule
    calendar: WorkCalendar
    names: dict[int, str]
    stored: dict[int, tuple[dt.date | None, dt.date | None]]  # task id -> (start, finish) in the file

    def dates(self) -> dict[int, tuple[dt.date, dt.date]]:
        """Task id -> (early start, finish) where finish is the last working day (a milestone's start)."""
        starts = self.calendar.dates_of(self.result.early_start)
        last_day = np.maximum(self.result.early_finish - 1, self.result.early_start)
        finishes = self.calendar.dates_of(last_day)
        return {
            int(task_id): (start.astype(dt.date), finish.astype(dt.date))
            for task_id, start, finish in zip(self.result.ids, starts, finishes, strict=True)
        }

    def pushed(self) -> dict[int, tuple[dt.date, dt.date]]:
        """Leaf tasks whose scheduled dates differ from the dates in the file (links pushed them)."""
        leaves = set(self.result.ids[~self.result.is_summary].tolist())
        return {t: d for t, d in self.dates().items() if t in leaves and self.stored.get(t) != d}

    def critical_names(self) -> list[str]:
        return [self.names[t] for t in self.result.critical_ids()]

    def total_float_days(self) -> dict[int, int]:
        return dict(zip(self.result.ids.tolist(), self.result.total_float.tolist(), strict=True))


def plan_start(project: Project, tasks: list[PlanTask]) -> dt.date:
    """The project's start date, else the earliest task start, else today."""
    info = project.session.execute(select(ProjectInfo.start_date)).scalar()
    starts = [t.start for t in tasks if t.start is not None]
    return info or min(starts, default=dt.date.today())


def schedule_project(project: Project) -> PlanSchedule:
    """Forward and backward pass over the project's plan. Raises ScheduleError on a dependency loop."""
    session = project.session
    tasks = list(session.scalars(select(PlanTask).order_by(PlanTask.fid)))
    links = list(session.scalars(select(PlanLink)))
    calendar = load_calendar(session.connection())
    first = calendar.index_of(plan_start(project, tasks))
    earliest = [max(first, calendar.index_of(t.start)) if t.start else first for t in tasks]
    result = schedule(
        [t.fid for t in tasks],
        [0 if t.milestone else t.duration_days for t in tasks],
        [Link(k.predecessor_id, k.successor_id, k.link_type, k.lag_days) for k in links],
        parents=[t.parent_id for t in tasks],
        earliest_start=earliest,
        names={t.fid: t.name for t in tasks},
    )
    names = {t.fid: t.name for t in tasks}
    stored = {t.fid: (t.start, t.finish) for t in tasks}
    return PlanSchedule(result, calendar, names, stored)


@dataclass(frozen=True)
class Slippage:
    task_id: int
    name: str
    baseline_start: dt.date | None
    baseline_finish: dt.date | None
    start: dt.date | None
    finish: dt.date | None
    start_slip_days: int  # working days, positive when later than the baseline
    finish_slip_days: int


def slippage(project: Project, baseline_name: str | None = None) -> list[Slippage]:
    """Every task present in the baseline (the newest one unless named), with its slip in working days.
    Tasks added after the baseline are left out; tasks deleted since are not in the plan any more."""
    session = project.session
    query = select(PlanBaseline).order_by(PlanBaseline.saved_at.desc(), PlanBaseline.fid.desc())
    if baseline_name is not None:
        query = query.where(PlanBaseline.name == baseline_name)
    baseline = session.scalars(query).first()
    if baseline is None:
        return []
    saved = {b.task_uuid: b for b in session.scalars(select(PlanBaselineTask).where(
        PlanBaselineTask.baseline_id == baseline.fid))}  # fmt: skip
    calendar = load_calendar(session.connection())

    def slip(before: dt.date | None, now: dt.date | None) -> int:
        if before is None or now is None:
            return 0
        return calendar.index_of(now) - calendar.index_of(before)

    found = []
    for task in session.scalars(select(PlanTask).order_by(PlanTask.fid)):
        entry = saved.get(task.uuid)
        if entry is None:
            continue
        found.append(Slippage(task.fid, task.name, entry.start, entry.finish, task.start, task.finish,
                              slip(entry.start, task.start), slip(entry.finish, task.finish)))  # fmt: skip
    return found


@dataclass
class Rescheduled:
    """A plan command followed by the dates its links imply: tasks that now wait longer are pushed
    later in the file too, so what is stored, shown and exported agree. One step to undo."""

    command: object
    label: str = ""
    tables: frozenset[str] = frozenset()
    _apply: ApplySchedule | None = None

    def __post_init__(self) -> None:
        self.tables = frozenset(self.command.tables) | {"plan_tasks"}

    def do(self, project: Project) -> None:
        self.command.do(project)
        self.label = self.command.label
        if self._apply is None:
            project.session.expire_all()  # the command wrote through Core; read what it wrote
            try:
                pushed = schedule_project(project).pushed()
            except ScheduleError:
                pushed = {}  # a loop is reported by the views; the edit itself stands
            self._apply = ApplySchedule(pushed)
        self._apply.do(project)

    def undo(self, project: Project) -> None:
        if self._apply is not None:
            self._apply.undo(project)
        self.command.undo(project)
