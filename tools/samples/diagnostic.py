"""Enricher: the diagnostic report of each sample (diagnostic_stories.py), written through the diagnostic
commands (core.diagnostic_edits): dated six weeks after the baseline survey, before the action plan
starts, by the sample's project team, with its SWOT, findings and leverage points, who raised each item
and the plan objectives and actions that answer the findings and leverage points."""

from __future__ import annotations

import datetime as dt
import random

from clusterdesk.core.diagnostic_edits import add_item, add_report
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import SurveyRound

from .common import sample_uuid
from .diagnostic_stories import DIAGNOSTICS, Item

REPORT_AFTER_BASELINE = dt.timedelta(days=45)


def add_diagnostic(project: Project, key: str, rng: random.Random) -> None:
    story = DIAGNOSTICS[key]
    connection = project.connection
    baseline = project.session.query(SurveyRound.held_on).filter(SurveyRound.code == "baseline").scalar()
    report_date = baseline + REPORT_AFTER_BASELINE
    first_start = connection.execute("SELECT MIN(start) FROM plan_tasks").fetchone()[0]
    if first_start is not None and report_date >= dt.date.fromisoformat(str(first_start)[:10]):
        raise ValueError(f"{key}: the diagnostic must come before the action plan starts")
    authors = [
        name for (name,) in connection.execute(
            "SELECT m.person_name FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
            " WHERE b.body_type = 'project_team' ORDER BY m.fid"
        )
    ]  # fmt: skip
    command = add_report(
        project,
        {"title": story.title, "report_date": report_date, "authors": authors, "summary": story.summary},
    )
    command.rows["diagnostic_reports"][0]["uuid"] = sample_uuid(key, "diagnostic_reports", 1)
    project.stack.push(command)
    report_id = command.rows["diagnostic_reports"][0]["fid"]
    stakeholders = connection.execute("SELECT fid, name, kind FROM stakeholders ORDER BY fid").fetchall()
    firms = [fid for fid, _name, kind in stakeholders if kind == "enterprise"]
    tasks = {uuid for (uuid,) in connection.execute("SELECT uuid FROM plan_tasks")}
    groups = (
        ("strength", story.strengths), ("weakness", story.weaknesses), ("opportunity", story.opportunities),
        ("threat", story.threats), ("finding", story.findings), ("leverage_point", story.leverage_points),
    )  # fmt: skip
    for category, items in groups:
        for position, item in enumerate(items):
            values = {
                "report_id": report_id,
                "category": category,
                "text": item.text,
                "evidence": item.evidence or None,
                "stakeholder_ids": _raised_by(key, item, stakeholders, firms, rng),
                "task_uuids": [_task(key, plan_key, tasks) for plan_key in item.tasks],
            }
            command = add_item(project, values)
            name = f"{category}/{position}"
            command.rows["diagnostic_items"][0]["uuid"] = sample_uuid(key, "diagnostic_items", name)
            for table in ("diagnostic_item_stakeholders", "diagnostic_item_tasks"):
                for number, row in enumerate(command.rows[table]):
                    row["uuid"] = sample_uuid(key, table, f"{name}/{number}")
            project.stack.push(command)
    project.session.commit()
    project.stack.clear()


def _raised_by(key: str, item: Item, stakeholders, firms: list[int], rng: random.Random) -> list[int]:
    found: list[int] = []
    for who in item.raised_by:
        if who.startswith("#"):
            found += [f for f in rng.sample(firms, int(who[1:])) if f not in found]
            continue
        matches = [fid for fid, name, _kind in stakeholders if who.casefold() in (name or "").casefold()]
        if not matches:
            raise KeyError(f"{key}: the diagnostic names {who!r}, not in the registry")
        if matches[0] not in found:
            found.append(matches[0])
    return found


def _task(key: str, plan_key: str, tasks: set[str]) -> str:
    uuid = sample_uuid(key, "plan_tasks", plan_key)
    if uuid not in tasks:
        raise KeyError(f"{key}: the diagnostic names plan task {plan_key!r}, not in the plan")
    return uuid
