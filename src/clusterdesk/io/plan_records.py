"""The action plan as plain records, shared by every plan format (MSPDI, CSV, iCalendar).

`read_plan` turns a project's plan into a PlanDocument in outline order; `plan_import_command` turns a
PlanDocument read from a file into one undoable command, matching responsible parties and firms to the
project's stakeholders by name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.model import ProjectInfo, Stakeholder, new_uuid
from clusterdesk.core.plan import (
    PlanCalendar,
    PlanHoliday,
    PlanLink,
    PlanTask,
    PlanTaskFirm,
    PlanTaskResponsible,
    WorkCalendar,
    kind_for_depth,
    load_calendar,
)
from clusterdesk.core.plan_edits import AddPlanRows, PlanRows
from clusterdesk.core.project import Project


class PlanFileError(ClusterDeskError):
    """A plan file cannot be read; the message names the file, the row or element and the field."""


class PlanAlreadyInProjectError(PlanFileError):
    """The file's tasks are already in the project's plan (same UUIDs): importing would duplicate them."""

    def __init__(self, message: str, repeated: int) -> None:
        super().__init__(message)
        self.repeated = repeated


@dataclass
class TaskRecord:
    key: str  # unique within the document: the task UUID, or the UID of a foreign MSPDI file
    name: str
    level: int = 1  # outline level: 1 for objectives
    start: dt.date | None = None
    finish: dt.date | None = None
    duration_days: int | None = None
    milestone: bool = False
    percent_complete: float = 0.0
    status: str = "not_started"
    joint_action_type: str | None = None
    cda_in_charge: str | None = None
    budget: dict[str, float] = field(default_factory=dict)  # source -> amount
    description: str | None = None
    notes: str | None = None
    responsible: list[tuple[str, str]] = field(default_factory=list)  # (stakeholder name, lead/support)
    firms: list[str] = field(default_factory=list)
    uuid: str | None = None


@dataclass
class LinkRecord:
    predecessor: str  # TaskRecord.key
    successor: str
    link_type: str = "FS"
    lag_days: int = 0


@dataclass
class PlanDocument:
    name: str
    tasks: list[TaskRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)
    calendar: WorkCalendar | None = None
    holiday_names: dict[dt.date, str] = field(default_factory=dict)
    currency: str | None = None
    # What the file holds that ClusterDesk does not model or could not read, one sentence each in the
    # messages language (resources, costs, constraints, foreign custom fields); shown after the import.
    not_understood: list[str] = field(default_factory=list)
    # Working exceptions on days the working week leaves free (a working Saturday): read, but the project's
    # calendar keeps holidays only, so they are listed in not_understood too.
    extra_working_days: dict[dt.date, str] = field(default_factory=dict)

    def is_summary(self, index: int) -> bool:
        following = self.tasks[index + 1] if index + 1 < len(self.tasks) else None
        return following is not None and following.level > self.tasks[index].level


def read_plan(project: Project) -> PlanDocument:
    session = project.session
    info = session.scalars(select(ProjectInfo)).first()
    tasks = list(session.scalars(select(PlanTask)))
    children: dict[int | None, list[PlanTask]] = {}
    for task in tasks:
        children.setdefault(task.parent_id, []).append(task)
    names = dict(session.execute(select(Stakeholder.fid, Stakeholder.name)).all())
    responsible: dict[int, list[tuple[str, str]]] = {}
    for row in session.scalars(select(PlanTaskResponsible).order_by(PlanTaskResponsible.fid)):
        responsible.setdefault(row.task_id, []).append((names[row.stakeholder_id], row.role))
    firms: dict[int, list[str]] = {}
    for row in session.scalars(select(PlanTaskFirm).order_by(PlanTaskFirm.fid)):
        firms.setdefault(row.task_id, []).append(names[row.stakeholder_id])
    records: list[TaskRecord] = []

    def visit(parent: int | None, level: int) -> None:
        for task in sorted(children.get(parent, []), key=lambda t: (t.position, t.fid)):
            records.append(
                TaskRecord(
                    key=task.uuid,
                    uuid=task.uuid,
                    name=task.name,
                    level=level,
                    start=task.start,
                    finish=task.finish,
                    duration_days=task.duration_days,
                    milestone=task.milestone,
                    percent_complete=task.percent_complete,
                    status=task.status,
                    joint_action_type=task.joint_action_type,
                    cda_in_charge=task.cda_in_charge,
                    budget={
                        "enterprises": task.budget_enterprises,
                        "public": task.budget_public,
                        "donor": task.budget_donor,
                        "other": task.budget_other,
                    },
                    description=task.description,
                    notes=task.notes,
                    responsible=responsible.get(task.fid, []),
                    firms=firms.get(task.fid, []),
                )
            )
            visit(task.fid, level + 1)

    visit(None, 1)
    calendar = load_calendar(session.connection())
    _roll_up_summaries(records, calendar)
    uuid_of = {t.fid: t.uuid for t in tasks}
    links = [
        LinkRecord(uuid_of[k.predecessor_id], uuid_of[k.successor_id], k.link_type, k.lag_days)
        for k in session.scalars(select(PlanLink).order_by(PlanLink.fid))
    ]
    holiday_names = {h.day: h.name or "Holiday" for h in session.scalars(select(PlanHoliday))}
    return PlanDocument(
        info.cluster_name if info else "Action plan",
        records,
        links,
        calendar,
        holiday_names,
        info.currency if info else None,
    )


def _roll_up_summaries(records: list[TaskRecord], calendar: WorkCalendar) -> None:
    """A summary spans its tasks: earliest start to latest finish (records are in outline order)."""
    for index in range(len(records) - 1, -1, -1):  # children come after their summary
        summary = records[index]
        children = []
        for record in records[index + 1 :]:
            if record.level <= summary.level:
                break
            if record.level == summary.level + 1:
                children.append(record)
        starts = [c.start for c in children if c.start is not None]
        if not starts:
            continue
        summary.start = min(starts)
        summary.finish = max(c.finish or c.start for c in children if c.start is not None)
        summary.duration_days = calendar.duration_between(summary.start, summary.finish)
        summary.milestone = False


_NAMED_LEFT_OUT = 3  # names quoted in the warning; the rest are counted


def _left_out(source: str, missing: dict[str, set[str]]) -> str:
    """One warning for every responsible party and firm that is not a stakeholder of the project.

    A plan imported into a project without its stakeholders would otherwise give one line per name."""
    language = messages_language()
    names = list(missing)
    tasks = set().union(*missing.values())
    quoted = ", ".join(f"'{name}'" for name in names[:_NAMED_LEFT_OUT])
    if len(names) > _NAMED_LEFT_OUT:
        quoted = tr("xlsx:and_more", "{cells} and {count} more", language, cells=quoted,
                    count=len(names) - _NAMED_LEFT_OUT)  # fmt: skip
    in_tasks = tr_plural(
        "plan:named_in", "named in {count} task", "named in {count} tasks", len(tasks), language
    )
    found = tr_plural(
        "plan:left_out",
        "{count} responsible party or firm {in_tasks} is not a stakeholder here and was left out",
        "{count} responsible parties and firms {in_tasks} are not stakeholders here and were left out",
        len(names),
        language,
        in_tasks=in_tasks,
    )
    add = tr("plan:add_stakeholders", "Add or import the stakeholders, then assign them to the tasks again.",
             language)  # fmt: skip
    return f"{source}: {found}: {quoted}. {add}"


def _name_key(name: str) -> str:
    """How a responsible party or firm in a plan file is matched to a stakeholder: case and surrounding
    spaces aside, and a semicolon taken for a comma (MS Project allows no comma in a resource name, so
    programs that save MS Project XML write "Ministerio de Industrias; MIPRO" for "…, MIPRO")."""
    return name.strip().casefold().replace(";", ",")


def _next_fid(project: Project, table: str) -> int:
    connection = project.connection
    highest = connection.execute(f"SELECT coalesce(max(fid), 0) FROM {table}").fetchone()[0]
    sequence = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    return max(highest, sequence[0] if sequence else 0) + 1


def _duration_and_finish(record: TaskRecord, calendar: WorkCalendar) -> tuple[int, dt.date | None]:
    """Whichever of duration and finish the file left out, from the other on the plan's calendar."""
    if record.milestone:
        return 0, record.start
    duration, finish = record.duration_days, record.finish
    if record.start is None:
        return duration if duration is not None else 1, finish
    if duration is None:
        duration = calendar.duration_between(record.start, finish) if finish else 1
    if finish is None:
        finish = calendar.finish_of(record.start, duration)
    return duration, finish


def plan_import_command(
    project: Project, document: PlanDocument, *, replace: bool = False, source: str | None = None
) -> tuple[AddPlanRows, list[str]]:
    """One undoable command adding the document's plan (after the current tasks, or instead of them),
    and warnings about what could not be matched."""
    source = source or tr("plan:the_file", "the file", messages_language())
    session = project.session
    warnings: list[str] = []
    missing: dict[str, set[str]] = {}  # name not found among the stakeholders -> keys of its tasks
    by_name: dict[str, int] = {}
    for fid, name in session.execute(select(Stakeholder.fid, Stakeholder.name)):
        by_name.setdefault(_name_key(name), fid)
    existing_uuids = set() if replace else set(session.scalars(select(PlanTask.uuid)))
    repeated = [record for record in document.tasks if record.uuid and record.uuid in existing_uuids]
    if repeated:
        count = len(repeated)
        raise PlanAlreadyInProjectError(
            tr_plural(
                "plan:already_in_project",
                "{file}: {count} of its {total} tasks is already in the project's plan (same UUID), "
                "for example {example}. Importing the file again would add them twice, so nothing was "
                "imported.",
                "{file}: {count} of its {total} tasks are already in the project's plan (same UUID), "
                "for example {example}. Importing the file again would add them twice, so nothing was "
                "imported.",
                count,
                messages_language(),
                file=source,
                total=len(document.tasks),
                example=f"'{repeated[0].name}'",
            ),
            count,
        )
    rows = PlanRows()
    calendar = document.calendar or load_calendar(session.connection())
    next_task = _next_fid(project, "plan_tasks")
    fid_of: dict[str, int] = {}
    parents: list[int] = []  # open summary fid per outline level
    position: dict[int | None, int] = {}
    top_position = (
        0
        if replace
        else (session.scalar(select(func.max(PlanTask.position)).where(PlanTask.parent_id.is_(None))) or -1)
        + 1
    )
    for index, record in enumerate(document.tasks):
        level = min(max(record.level, 1), len(parents) + 1)
        del parents[level - 1 :]
        parent = parents[-1] if parents else None
        fid = next_task
        next_task += 1
        fid_of[record.key] = fid
        parents.append(fid)
        order = position.get(parent, top_position if parent is None else 0)
        position[parent] = order + 1
        uuid = record.uuid if record.uuid and record.uuid not in existing_uuids else new_uuid()
        existing_uuids.add(uuid)
        duration, finish = _duration_and_finish(record, calendar)
        if document.is_summary(index):  # a summary's span follows its tasks; it has no dates of its own
            record_start, finish, duration = None, None, 0
        else:
            record_start = record.start
        rows.tasks.append(
            {
                "fid": fid,
                "uuid": uuid,
                "parent_id": parent,
                "position": order,
                "kind": kind_for_depth(level - 1),
                "name": record.name,
                "description": record.description,
                "start": record_start,
                "finish": finish,
                "duration_days": duration,
                "milestone": record.milestone,
                "joint_action_type": record.joint_action_type,
                "status": record.status,
                "percent_complete": record.percent_complete,
                "cda_in_charge": record.cda_in_charge,
                "notes": record.notes,
                **{
                    f"budget_{s}": float(record.budget.get(s, 0.0))
                    for s in ("enterprises", "public", "donor", "other")
                },
            }
        )
        for name, role in record.responsible:
            stakeholder = by_name.get(_name_key(name))
            if stakeholder is None:
                missing.setdefault(name, set()).add(record.key)
                continue
            rows.responsibles.append(
                {"task_id": fid, "stakeholder_id": stakeholder, "role": role or "lead", "uuid": new_uuid()}
            )
        for name in record.firms:
            stakeholder = by_name.get(_name_key(name))
            if stakeholder is None:
                missing.setdefault(name, set()).add(record.key)
                continue
            rows.firms.append({"task_id": fid, "stakeholder_id": stakeholder, "uuid": new_uuid()})
    if missing:
        warnings.append(_left_out(source, missing))
    for link in document.links:
        if link.predecessor not in fid_of or link.successor not in fid_of:
            missing = link.predecessor if link.predecessor not in fid_of else link.successor
            raise PlanFileError(
                tr(
                    "plan:missing_task",
                    "{file}: a dependency refers to task {task}, which is not in the file.",
                    messages_language(),
                    file=source,
                    task=missing,
                )
            )
        rows.links.append(
            {
                "predecessor_id": fid_of[link.predecessor],
                "successor_id": fid_of[link.successor],
                "link_type": link.link_type,
                "lag_days": link.lag_days,
                "uuid": new_uuid(),
            }
        )
    has_calendar = session.scalar(select(func.count()).select_from(PlanCalendar)) > 0
    if document.calendar is not None and (replace or not has_calendar):
        rows.calendar = {
            "working_days": document.calendar.working_days,
            "uuid": new_uuid(),
            "hours_per_day": document.calendar.hours_per_day,
            "name": "Standard",
        }
        rows.holidays = [
            {"day": day, "name": document.holiday_names.get(day), "uuid": new_uuid()}
            for day in sorted(set(document.calendar.holidays))
        ]
    elif document.calendar is not None and document.calendar != load_calendar(session.connection()):
        warnings.append(
            tr(
                "plan:other_calendar",
                "{file}: the file's calendar differs from the project's; the project keeps its own.",
                messages_language(),
                file=source,
            )
        )
    language = messages_language()
    label = tr_plural(
        "undo:import_plan_tasks",
        "Import action plan ({count} task)",
        "Import action plan ({count} tasks)",
        len(rows.tasks),
        language,
        count=count_text(len(rows.tasks), language),
    )
    return AddPlanRows(rows, replace=replace, label=label), warnings
