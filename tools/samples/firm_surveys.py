"""Enricher: the baseline survey of each sample's firms and the follow-up survey, with the standard
questions, written through the survey commands (core.survey_edits).

Most firms answer (not all, and some skip a question; Bosawas surveys a sample of its 266 families):
the baseline on the baseline round's date, the follow-up on its own. Employees and women employees at
baseline are the registry's figures; the cooperation roster lists the firms each respondent was tied to
in the round's network (relations first observed by then and not found ended). Sales, exports and new
products follow the sample's story: the firms that took part in joint actions grow faster than the others,
as the reference case tells. Every number comes from the sample's own random generator; UUIDs derive
from the sample key.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from dataclasses import dataclass

import numpy as np

from clusterdesk.core.project import Project
from clusterdesk.core.survey_edits import AddSurveyResponses, AnswerColumns, create_survey
from clusterdesk.core.survey_rounds import SurveyRound

from .common import sample_uuid

NO_ANSWER = float("nan")


@dataclass(frozen=True)
class SurveyStory:
    names: tuple[str, str]  # the surveys' names, baseline and follow-up, in the sample's language
    sales_per_employee: float  # a year's sales per employee, in the sample's currency
    exporting: float  # share of firms exporting at baseline
    export_share: tuple[float, float]  # exports as a share of sales, lowest and highest
    growth: tuple[float, float]  # sales growth to the follow-up: firms in joint actions, the others
    jobs: tuple[float, float]  # employment growth, the same way
    start_exporting: float  # share of participating non-exporters that export at the follow-up
    answered: tuple[float, float] = (0.86, 0.8)  # share of firms responding, baseline and follow-up
    rounding: float = 100.0
    sample: int | None = None  # a survey of this many firms drawn at random instead of all of them


STORIES: dict[str, SurveyStory] = {
    "atuntaqui_garments": SurveyStory(
        ("Línea de base de talleres 2022", "Seguimiento de talleres 2024"),
        14_000,
        0.12,
        (0.05, 0.25),
        (1.22, 1.06),
        (1.10, 1.02),
        0.25,
    ),
    "ambato_footwear": SurveyStory(
        ("Línea de base de zapateros 2023", "Seguimiento de zapateros 2024"),
        11_000,
        0.06,
        (0.03, 0.15),
        (1.18, 1.04),
        (1.08, 1.01),
        0.12,
    ),
    "bosawas_cocoa": SurveyStory(
        ("Línea de base de familias cacaoteras 2021", "Seguimiento de familias cacaoteras 2023"),
        5_300,
        0.0,
        (0.0, 0.0),
        (1.22, 1.04),
        (1.0, 1.0),
        0.0,
        rounding=50.0,
        sample=16,  # a sample of the 266 families, as the union surveys them (and the file stays small)
    ),
    "samara_automotive": SurveyStory(
        ("Исходное обследование поставщиков 2021", "Повторное обследование поставщиков 2023"),
        2_600_000,
        0.15,
        (0.03, 0.12),
        (1.18, 1.03),
        (1.06, 0.99),
        0.2,
        rounding=10_000.0,
    ),
    "adiyaman_kahramanmaras_textiles": SurveyStory(
        ("Baseline firm survey 2023", "Follow-up firm survey 2025"),
        1_400_000,
        0.3,
        (0.1, 0.45),
        (1.35, 1.12),
        (1.15, 1.04),
        0.2,
        rounding=10_000.0,
    ),
    "ethiopia_edible_oil": SurveyStory(
        ("Baseline survey of the mills 2010", "Follow-up survey of the mills 2012"),
        380_000,
        0.0,
        (0.0, 0.0),
        (1.25, 1.05),
        (1.12, 1.02),
        0.0,
        rounding=1_000.0,
    ),
}


def add_firm_surveys(project: Project, key: str, rng: random.Random) -> None:
    story = STORIES[key]
    connection = project.connection
    rounds = {code: held_on for code, held_on in project.session.query(SurveyRound.code, SurveyRound.held_on)}
    firms = connection.execute(
        "SELECT fid, uuid, employees, women_employees, year_founded FROM stakeholders"
        " WHERE kind = 'enterprise' ORDER BY fid"
    ).fetchall()
    choice = {fid: "f_" + uuid_module.UUID(uuid).hex for fid, uuid, *_rest in firms}  # every firm is a choice
    # firms founded after the baseline survey (a joint venture, the mills' company) are not in the panel
    firms = [row[:4] for row in firms if row[4] is None or row[4] <= rounds["baseline"].year]
    if story.sample is not None:
        firms = sorted(rng.sample(firms, story.sample))
    follow_up = rounds["follow_up_1"]
    taking_part = _participants(connection, follow_up)
    baseline_ties = _roster(connection, ("baseline",))
    follow_up_ties = _roster(connection, ("baseline", "follow_up_1"))

    baseline: dict[int, dict[str, float | str | None]] = {}
    later: dict[int, dict[str, float | str | None]] = {}
    for fid, _uuid, employees, women in firms:
        part = fid in taking_part
        size = employees if employees is not None else rng.randint(3, 12)
        sales = _round(size * story.sales_per_employee * rng.lognormvariate(0, 0.3), story.rounding)
        exports = 0.0
        if rng.random() < story.exporting:
            exports = _round(sales * rng.uniform(*story.export_share), story.rounding)
        baseline[fid] = {
            "sales": sales,
            "exports": exports,
            "employees": employees,
            "women_employees": women,
            "new_products": float(rng.choice((0, 0, 0, 1, 1, 2))),
            "cooperation": " ".join(choice[f] for f in sorted(baseline_ties.get(fid, ()))) or None,
        }
        growth = story.growth[0 if part else 1] * rng.uniform(0.94, 1.06)
        jobs = story.jobs[0 if part else 1]
        later_exports = exports * growth * (1.1 if part else 1.0)
        if not exports and part and rng.random() < story.start_exporting:
            later_exports = sales * growth * story.export_share[0]
        later[fid] = {
            "sales": _round(sales * growth, story.rounding),
            "exports": _round(later_exports, story.rounding),
            "employees": None if employees is None else float(max(1, round(employees * jobs))),
            "women_employees": None
            if women is None
            else float(round(women * (jobs + 0.03 if part else jobs))),
            "new_products": float(rng.choice((0, 1, 1, 2, 3) if part else (0, 0, 1, 1, 2))),
            "cooperation": " ".join(choice[f] for f in sorted(follow_up_ties.get(fid, ()))) or None,
        }
    for position, (code, answers) in enumerate((("baseline", baseline), ("follow_up_1", later))):
        name, share = story.names[position], story.answered[position]
        _write_survey(project, key, name, code, rounds[code], answers, share,
                      rng)  # fmt: skip


def _round(value: float, step: float) -> float:
    return float(round(value / step) * step)


def _participants(connection, day: dt.date) -> set[int]:
    """Firms listed on joint actions that had started by `day` and are not cancelled (a summary task
    counts from its own start: the sample plan dates every action)."""
    rows = connection.execute(
        "SELECT f.stakeholder_id, t.start FROM plan_task_firms f JOIN plan_tasks t ON t.fid = f.task_id"
        " WHERE t.joint_action_type IS NOT NULL AND t.status != 'cancelled' AND t.start IS NOT NULL"
    ).fetchall()
    return {firm for firm, start in rows if dt.date.fromisoformat(str(start)[:10]) <= day}


def _roster(connection, rounds: tuple[str, ...]) -> dict[int, set[int]]:
    """Each firm's partner firms in the network of the last of `rounds`."""
    last = rounds[-1]
    marks = ", ".join("?" * len(rounds))
    rows = connection.execute(
        "SELECT r.source_id, r.target_id, r.ended_round FROM relations r"
        " JOIN stakeholders a ON a.fid = r.source_id JOIN stakeholders b ON b.fid = r.target_id"
        " WHERE a.kind = 'enterprise' AND b.kind = 'enterprise'"
        f" AND COALESCE(r.survey_round, 'baseline') IN ({marks})",
        rounds,
    ).fetchall()
    partners: dict[int, set[int]] = {}
    for source, target, ended in rows:
        if ended and ended in rounds and rounds.index(ended) <= rounds.index(last):
            continue
        partners.setdefault(source, set()).add(target)
        partners.setdefault(target, set()).add(source)
    return partners


def _write_survey(
    project: Project,
    key: str,
    name: str,
    round_code: str,
    held_on: dt.date,
    answers: dict[int, dict[str, float | str | None]],
    answered: float,
    rng: random.Random,
) -> None:
    command = create_survey(project, name, round_code, held_on, form_version="1")
    command.rows["surveys"][0]["uuid"] = sample_uuid(key, "surveys", round_code)
    for question in command.rows["survey_questions"]:
        question["uuid"] = sample_uuid(key, "survey_questions", f"{round_code}/{question['name']}")
    project.stack.push(command)
    survey_id = command.rows["surveys"][0]["fid"]
    questions = {q["name"]: q["fid"] for q in command.rows["survey_questions"]}
    responses, rows, columns, numbers, texts = [], [], [], [], []
    stamp = dt.datetime.combine(held_on, dt.time(9, 0), tzinfo=dt.timezone.utc)
    for fid, values in answers.items():
        if rng.random() > answered:
            continue  # this firm did not respond
        position = len(responses)
        submitted = stamp - dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 600))
        responses.append({
            "uuid": sample_uuid(key, "survey_responses", f"{round_code}/{fid}"),
            "stakeholder_id": fid,
            "submission_id": sample_uuid(key, "survey_submissions", f"{round_code}/{fid}"),
            "submitted_at": submitted.isoformat(timespec="seconds"),
            "source": "entered",
        })  # fmt: skip
        for question, value in values.items():
            skipped = question in ("sales", "exports") and rng.random() < 0.07
            if value is None or skipped:
                continue  # no answer to this question
            rows.append(position)
            columns.append(questions[question])
            numbers.append(NO_ANSWER if isinstance(value, str) else float(value))
            texts.append(value if isinstance(value, str) else None)
    block = AnswerColumns(np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64),
                          np.array(numbers, dtype=float), texts)  # fmt: skip
    project.stack.push(AddSurveyResponses(survey_id, responses, block))
    project.session.commit()
    project.stack.clear()
