"""Enricher: the vision and action plan of each sample, written from the stories in plan_stories.py.

The plan is agreed a few months after the baseline survey, saved as the baseline "Plan agreed", then
lives: some actions slipped, and statuses and progress are those seen at the first follow-up survey.
Every UUID and timestamp derives from the sample key, so the sample files stay reproducible.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select, update

from clusterdesk.analysis.plan_schedule import schedule_project
from clusterdesk.core.model import ContactPerson, Stakeholder
from clusterdesk.core.plan import (
    PlanBaseline,
    PlanBaselineTask,
    PlanTask,
    VisionStatement,
    WorkCalendar,
    kind_for_depth,
    working_week_for,
)
from clusterdesk.core.plan_edits import AddPlanRows, ApplySchedule, PlanRows, ShiftTasks
from clusterdesk.core.project import Project

from .common import sample_uuid
from .plan_stories import STORIES, Action, Story
from .team import cdas

BASELINE_NAME = "Plan agreed"
MONTH_DAYS = 30.44
FOLLOW_UP_SHARE = 0.6  # share of the plan's span behind it at the follow-up survey


def _holidays(story: Story, first_year: int, years: int) -> dict[dt.date, str]:
    return {
        dt.date(year, month, day): name
        for year in range(first_year, first_year + years)
        for month, day, name in story.holidays
    }


def _story_months(story: Story) -> float:
    """How long the story's plan runs before stretching, in months (21 working days a month)."""
    return max(
        action.start_month + (sum(d for _n, d in action.activities) or action.days) / 21
        for _objective, actions in story.objectives
        for action in actions
    )


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0), tzinfo=dt.timezone.utc)


class _PlanWriter:
    """Turns a story into plan rows with deterministic fids, UUIDs and dates."""

    def __init__(self, project: Project, key: str, story: Story, rng: random.Random, start: dt.date):
        self.key, self.story, self.rng, self.start = key, story, rng, start
        self.rows = PlanRows()
        self.fid_of: dict[str, int] = {}
        self.slips: dict[str, int] = {}
        self.forced: dict[str, str] = {}
        self.country = project.info().country
        holidays = _holidays(story, start.year, 4)
        self.calendar = WorkCalendar(working_week_for(self.country), tuple(holidays))
        self.rows.calendar = {
            "name": story.calendar_name,
            "working_days": self.calendar.working_days,
            "hours_per_day": 8.0,
            "uuid": sample_uuid(key, "plan_calendars", 1),
        }
        self.rows.holidays = [
            {"day": day, "name": name, "uuid": sample_uuid(key, "plan_holidays", day.isoformat())}
            for day, name in sorted(holidays.items())
        ]
        stakeholders = project.session.execute(
            select(
                Stakeholder.fid, Stakeholder.name, Stakeholder.kind, Stakeholder.admin_area,
                Stakeholder.year_founded,
            )
        )  # fmt: skip
        self.by_name: dict[str, int] = {}
        self.area: dict[str, str] = {}
        self.firms: list[int] = []
        for fid, name, kind, area, founded in stakeholders:
            self.by_name[name] = fid
            self.area[name] = area or ""
            if kind == "enterprise" and (founded is None or founded <= start.year):  # firms that exist
                self.firms.append(fid)
        self.created = _stamp(start)
        self.scale = 1.0

    def task(self, key: str, parent: str | None, position: int, depth: int, name: str, **values) -> int:
        fid = len(self.rows.tasks) + 1
        self.fid_of[key] = fid
        row = {
            "fid": fid,
            "uuid": sample_uuid(self.key, "plan_tasks", key),
            "name": name,
            "position": position,
            "parent_id": self.fid_of[parent] if parent else None,
            "kind": kind_for_depth(depth),
            "status": "not_started",
            "percent_complete": 0.0,
            "milestone": False,
            "duration_days": 1,
            "budget_enterprises": 0.0,
            "budget_public": 0.0,
            "budget_donor": 0.0,
            "budget_other": 0.0,
            "created_at": self.created,
            "modified_at": self.created,
            **values,
        }
        self.rows.tasks.append(row)
        return fid

    def dated(self, start: dt.date, days: int) -> dict:
        start = self.calendar.roll_forward(start)
        return {
            "start": start,
            "finish": self.calendar.finish_of(start, days),
            "duration_days": days,
            "milestone": days == 0,
        }

    def cda_for(self, action: Action, team_cdas, objective_cda: str) -> str:
        """The team's CDA of the cluster where the action's lead works (the objective's CDA elsewhere)."""
        for member in team_cdas:
            if member.cluster and self.area.get(action.lead, "").endswith(member.cluster):
                return member.name
        return objective_cda

    def action(self, action: Action, parent: str, position: int, cda: str) -> None:
        start = self.start + dt.timedelta(days=round(action.start_month * self.scale * MONTH_DAYS))
        budget = dict(
            zip(
                ("budget_enterprises", "budget_public", "budget_donor", "budget_other"),
                map(float, action.budget),
                strict=True,
            )
        )
        values = {"joint_action_type": action.joint, "cda_in_charge": cda, "notes": action.notes, **budget}
        if not action.activities:
            values.update(self.dated(start, round(action.days * self.scale)))
        self.task(action.key, parent, position, 1, action.name, **values)
        day = start
        for number, (name, days) in enumerate(action.activities, start=1):
            dates = self.dated(day, round(days * self.scale))
            self.task(f"{action.key}.{number}", action.key, number - 1, 2, name, **dates)
            day = self.calendar.add_working_days(dates["finish"], 1)
            if number > 1:
                self.link(f"{action.key}.{number - 1}", f"{action.key}.{number}", "FS", 0)
        for role, names in (("lead", (action.lead,)), ("support", action.support)):
            for name in names:
                if name not in self.by_name:
                    raise KeyError(
                        f"{self.key}: action {action.key} names {name!r}, not a stakeholder of the sample"
                    )
                self.rows.responsibles.append(
                    {
                        "task_id": self.fid_of[action.key],
                        "stakeholder_id": self.by_name[name],
                        "role": role,
                        "uuid": sample_uuid(self.key, "plan_task_responsibles", f"{action.key}/{name}"),
                    }
                )
        chosen = list(action.with_firms) + self.rng.sample(self.firms, min(action.firms, len(self.firms)))
        for firm in dict.fromkeys(self.by_name[f] if isinstance(f, str) else f for f in chosen):
            self.rows.firms.append(
                {
                    "task_id": self.fid_of[action.key],
                    "stakeholder_id": firm,
                    "uuid": sample_uuid(self.key, "plan_task_firms", f"{action.key}/{firm}"),
                }
            )
        if action.slip:
            self.slips[action.key] = action.slip
        if action.status:
            self.forced[action.key] = action.status

    def link(self, predecessor: str, successor: str, link_type: str, lag: int) -> None:
        self.rows.links.append(
            {
                "predecessor_id": self.fid_of[predecessor],
                "successor_id": self.fid_of[successor],
                "link_type": link_type,
                "lag_days": lag,
                "uuid": sample_uuid(self.key, "plan_links", f"{predecessor}>{successor}"),
            }
        )


def add_action_plan(project: Project, sample_key: str, rng: random.Random) -> None:
    from . import SAMPLES

    definition = SAMPLES[sample_key]
    story = STORIES[sample_key]
    agreed = definition.rounds.baseline + dt.timedelta(days=story.vision_after_days)
    plan_start = agreed + dt.timedelta(days=21)
    writer = _PlanWriter(project, sample_key, story, rng, plan_start)
    # Stretch the story so the follow-up survey finds the plan a bit past half way
    months_to_follow_up = (definition.rounds.follow_up_1 - plan_start).days / MONTH_DAYS
    writer.scale = min(max(months_to_follow_up / (FOLLOW_UP_SHARE * _story_months(story)), 1.0), 3.0)
    definition.locale.person(rng)  # drawn as always, so the firms drawn for the actions stay the same
    # the CDA in charge is one of the project team's CDAs (tools/samples/team.py)
    taken = {name for (name,) in project.session.execute(select(ContactPerson.name))}
    team_cdas = cdas(sample_key, taken)
    for position, (objective, actions) in enumerate(story.objectives):
        key = f"O{position + 1}"
        objective_cda = team_cdas[position % len(team_cdas)].name
        writer.task(key, None, position, 0, objective, cda_in_charge=objective_cda)
        for number, action in enumerate(actions):
            writer.action(action, key, number, writer.cda_for(action, team_cdas, objective_cda))
    for predecessor, successor, link_type, lag in story.links:
        writer.link(predecessor, successor, link_type, lag)
    project.stack.push(AddPlanRows(writer.rows, label="Add sample action plan"))
    session = project.session
    session.add(
        VisionStatement(
            uuid=sample_uuid(sample_key, "vision_statements", 1),
            version=1,
            text=story.vision,
            agreed_on=agreed,
            agreed_by=story.agreed_by,
            created_at=_stamp(agreed),
        )
    )
    session.commit()
    project.stack.push(ApplySchedule(schedule_project(project).pushed()))
    _save_baseline(project, sample_key, _stamp(plan_start))
    for key, days in writer.slips.items():  # what happened after the plan was agreed
        family = [writer.fid_of[k] for k in writer.fid_of if k == key or k.startswith(f"{key}.")]
        project.stack.push(ShiftTasks(family, days, label=f"Delay {key}"))
    project.stack.push(ApplySchedule(schedule_project(project).pushed()))
    _set_progress(project, definition.rounds.follow_up_1, writer, rng)
    project.stack.clear()


def _save_baseline(project: Project, sample_key: str, saved_at: dt.datetime) -> None:
    session = project.session
    baseline = {
        "uuid": sample_uuid(sample_key, "plan_baselines", 1),
        "name": BASELINE_NAME,
        "saved_at": saved_at,
        "notes": "Dates agreed by the Cluster Commission",
    }
    baseline_id = session.execute(insert(PlanBaseline).values(**baseline)).inserted_primary_key[0]
    tasks = session.execute(select(PlanTask.uuid, PlanTask.start, PlanTask.finish, PlanTask.duration_days))
    session.execute(
        insert(PlanBaselineTask),
        [
            {
                "baseline_id": baseline_id,
                "task_uuid": t.uuid,
                "start": t.start,
                "finish": t.finish,
                "duration_days": t.duration_days,
                "uuid": sample_uuid(sample_key, "plan_baseline_tasks", t.uuid),
            }
            for t in tasks
        ],
    )
    session.commit()


def _set_progress(project: Project, as_of: dt.date, writer: _PlanWriter, rng: random.Random) -> None:
    """Statuses and percent complete as the CDA reported them at the follow-up survey."""
    session = project.session
    forced = {writer.fid_of[k]: status for k, status in writer.forced.items()}
    for task in session.scalars(select(PlanTask).where(PlanTask.start.is_not(None)).order_by(PlanTask.fid)):
        if task.finish < as_of:
            status, percent = "completed", 100.0
        elif task.start <= as_of:
            elapsed = writer.calendar.duration_between(task.start, as_of) / max(task.duration_days, 1)
            status, percent = (
                "in_progress",
                float(min(95, max(5, round(elapsed * 100 / 5 + rng.uniform(-2, 1)) * 5))),
            )
        else:
            status, percent = "not_started", 0.0
        status = forced.get(task.fid, forced.get(task.parent_id, status))
        if status in ("on_hold", "cancelled"):
            percent = min(percent, 40.0)
        _set_status(session, task.fid, status, percent)
    _roll_up_progress(session)
    session.commit()


def _set_status(session, task_id: int, status: str, percent: float) -> None:
    session.execute(
        update(PlanTask).where(PlanTask.fid == task_id).values(status=status, percent_complete=percent)
    )


def _roll_up_progress(session) -> None:
    """Objectives and actions with activities report the progress of what they contain, weighted by
    duration, deepest first."""
    tasks = {t.fid: t for t in session.scalars(select(PlanTask))}
    children: dict[int, list[PlanTask]] = {}
    for task in tasks.values():
        if task.parent_id is not None:
            children.setdefault(task.parent_id, []).append(task)

    def depth(task: PlanTask) -> int:
        return 0 if task.parent_id is None else 1 + depth(tasks[task.parent_id])

    work = {fid: max(task.duration_days, 1) for fid, task in tasks.items() if fid not in children}
    for summary in sorted((tasks[f] for f in children), key=depth, reverse=True):
        kids = children[summary.fid]
        weights = [work[k.fid] for k in kids]
        work[summary.fid] = sum(weights)
        percent = sum(k.percent_complete * w for k, w in zip(kids, weights, strict=True)) / sum(weights)
        statuses = {k.status for k in kids}
        if statuses == {"completed"}:
            status = "completed"
        elif statuses & {"in_progress", "completed"}:
            status = "in_progress"
        else:
            status = "on_hold" if "on_hold" in statuses else "not_started"
        summary.status, summary.percent_complete = status, round(percent, 1)
        summary.duration_days = 0
        session.flush()
