"""What the Gantt shows, read from the project in one pass: rows in outline order with scheduled dates,
progress, the critical path and baseline dates, plus the dependencies between rows.

Dates are day numbers (days since 1970-01-01), so the chart turns them into pixels with one multiply.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from clusterdesk.analysis.plan_schedule import schedule_project
from clusterdesk.analysis.schedule import ScheduleError
from clusterdesk.core.plan import (
    PlanBaseline,
    PlanBaselineTask,
    PlanLink,
    PlanTask,
    PlanTaskFirm,
    PlanTaskResponsible,
)
from clusterdesk.core.project import Project

EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def date_of(number: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(number))


@dataclass
class GanttRow:
    fid: int
    name: str
    level: int  # 0 for objectives
    wbs: str
    start: int | None  # day number of the first day
    finish: int | None  # day number of the last day (a milestone: its day)
    duration_days: int
    milestone: bool
    summary: bool
    percent: float
    status: str
    joint_action_type: str | None
    critical: bool = False
    total_float: int = 0
    baseline_start: int | None = None
    baseline_finish: int | None = None
    objective: int | None = None  # fid of the objective it belongs to
    responsible: set[int] = field(default_factory=set)
    firms: set[int] = field(default_factory=set)


@dataclass
class GanttData:
    rows: list[GanttRow]
    links: list[tuple[int, int, str, int, int]]  # (link fid, predecessor fid, successor fid, type, lag)
    baseline_name: str | None = None
    problem: str | None = None  # why the plan could not be scheduled (a loop), shown instead of failing

    def row_of(self) -> dict[int, int]:
        return {row.fid: index for index, row in enumerate(self.rows)}

    def span(self) -> tuple[int, int]:
        days = [d for r in self.rows for d in (r.start, r.finish, r.baseline_start, r.baseline_finish) if d]
        today = day_number(dt.date.today())
        return (min(days), max(days)) if days else (today - 7, today + 60)


def load_gantt(project: Project) -> GanttData:
    session = project.session
    tasks = list(session.scalars(select(PlanTask)))
    children: dict[int | None, list[PlanTask]] = {}
    for task in tasks:
        children.setdefault(task.parent_id, []).append(task)
    responsible: dict[int, set[int]] = {}
    for row in session.execute(select(PlanTaskResponsible.task_id, PlanTaskResponsible.stakeholder_id)):
        responsible.setdefault(row.task_id, set()).add(row.stakeholder_id)
    firms: dict[int, set[int]] = {}
    for row in session.execute(select(PlanTaskFirm.task_id, PlanTaskFirm.stakeholder_id)):
        firms.setdefault(row.task_id, set()).add(row.stakeholder_id)
    problem = None
    try:
        planned = schedule_project(project)
        dates = planned.dates()
        critical = dict(zip(planned.result.ids.tolist(), planned.result.critical.tolist(), strict=True))
        floats = planned.total_float_days()
    except ScheduleError as error:
        problem = str(error)
        dates = {t.fid: (t.start, t.finish) for t in tasks if t.start}
        critical, floats = {}, {}
    baseline = session.scalars(select(PlanBaseline).order_by(PlanBaseline.saved_at.desc())).first()
    saved = {}
    if baseline is not None:
        query = select(PlanBaselineTask).where(PlanBaselineTask.baseline_id == baseline.fid)
        saved = {b.task_uuid: b for b in session.scalars(query)}
    rows: list[GanttRow] = []

    def visit(parent: int | None, level: int, prefix: str, objective: int | None) -> None:
        for number, task in enumerate(sorted(children.get(parent, []), key=lambda t: (t.position, t.fid)), 1):
            wbs = f"{prefix}{number}"
            start, finish = dates.get(task.fid, (None, None))
            kept = saved.get(task.uuid)
            is_summary = task.fid in children
            rows.append(
                GanttRow(
                    fid=task.fid,
                    name=task.name,
                    level=level,
                    wbs=wbs,
                    start=day_number(start) if start else None,
                    finish=day_number(finish) if finish else None,
                    duration_days=task.duration_days,
                    milestone=task.milestone and not is_summary,
                    summary=is_summary,
                    percent=task.percent_complete,
                    status=task.status,
                    joint_action_type=task.joint_action_type,
                    critical=bool(critical.get(task.fid)),
                    total_float=int(floats.get(task.fid, 0)),
                    baseline_start=day_number(kept.start) if kept and kept.start and not is_summary else None,
                    baseline_finish=day_number(kept.finish)
                    if kept and kept.finish and not is_summary
                    else None,
                    objective=objective if objective is not None else task.fid,
                    responsible=responsible.get(task.fid, set()),
                    firms=firms.get(task.fid, set()),
                )
            )
            visit(task.fid, level + 1, f"{wbs}.", objective if objective is not None else task.fid)

    visit(None, 0, "", None)
    links = [
        (k.fid, k.predecessor_id, k.successor_id, k.link_type, k.lag_days)
        for k in session.scalars(select(PlanLink))
    ]
    return GanttData(rows, links, baseline.name if baseline else None, problem)
