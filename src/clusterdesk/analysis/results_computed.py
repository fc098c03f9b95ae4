"""Actuals of computed results indicators, worked out from the project itself on demand.

Each function implements the rule text of its formula in `core.results_formulas.FORMULAS` word for word
(docs/results.md repeats them). Shared terms:

- the project's first period is the period of `project_info.start_date`, else of the plan's earliest
  start, else the current period; the current period is the one containing today;
- a period's cut-off day is its last day, or today for the current period (nothing after today counts);
- plan-based formulas report every period from the first to the period of the plan's last finish date
  or the current period, whichever is earlier; a summary task without its own dates takes the earliest
  start and latest finish of the tasks under it;
- where the rule gives no value (no data, a division by zero, a project without plan tasks for the
  plan-based formulas), there is no row: nothing is filled in.

Every rule reads whole tables in a few queries; nothing is queried per row. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from clusterdesk.core.periods import Period, period_of
from clusterdesk.core.results import FIRM_SIZE_CLASSES
from clusterdesk.core.results_formulas import (
    CHOICE_QUESTION_TYPES,
    FORMULAS,
    NUMERIC_QUESTION_TYPES,
    split_computed,
    survey_questions,
)

if TYPE_CHECKING:  # the network modules (networkx, scipy, pandas) load only for the network formulas
    from clusterdesk.analysis.network_graph import RoundData

LEADERSHIP_SCORES = {"cda_led": 1.0, "shared": 2.0, "locally_owned": 3.0}

# employees -> size class in SQL, the same bounds as core.results.firm_size_class
_SIZE_CASE = (
    "CASE WHEN employees IS NULL OR employees < 0 THEN NULL WHEN employees < 10 THEN 'micro'"
    " WHEN employees < 50 THEN 'small' WHEN employees < 250 THEN 'medium' ELSE 'large' END"
)


def computed_values(
    connection, key: str, frequency: str, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """The actuals of formula `key` per reporting period of `frequency`: dicts with period (code),
    dimension ("" for the total, else a disaggregation code), category ("" for the total) and value.
    `key` is an indicator's `computed` value: a formula key, or "<key>:<question>[=<choice>]" for a survey
    formula. `connection` is a SQLAlchemy connection or a sqlite3 connection of the project."""
    formula, question, choice = split_computed(key)
    compute = _FORMULAS.get(formula or "")
    if compute is None or bool(FORMULAS[formula].question) != (question is not None):
        return []  # a survey formula needs its question, the others take none
    context = _Context(connection, frequency, today or dt.date.today())
    context.question, context.choice = question, choice
    return compute(context)


class _Context:
    def __init__(self, connection, frequency: str, today: dt.date):
        self.connection = connection
        self.frequency = frequency
        self.today = today
        self.question: str | None = None  # survey formulas: the question's name and, for a share, the choice
        self.choice: str | None = None
        self.current = period_of(today, frequency)
        self._tasks: list[dict[str, Any]] | None = None
        self._first: Period | None = None

    def rows(self, sql: str, **parameters) -> list[tuple]:
        if isinstance(self.connection, sqlite3.Connection):
            return [tuple(r) for r in self.connection.execute(sql, parameters)]
        return [tuple(r) for r in self.connection.execute(text(sql), parameters)]

    def tasks(self) -> list[dict[str, Any]]:
        """Every plan task with its effective start and finish (a summary task's from its subtasks)."""
        if self._tasks is None:
            rows = self.rows(
                "SELECT fid, parent_id, start, finish, status, joint_action_type, budget_enterprises,"
                " budget_public, budget_donor, budget_other FROM plan_tasks"
            )
            names = ("fid", "parent_id", "start", "finish", "status", "joint_action_type",
                     "budget_enterprises", "budget_public", "budget_donor", "budget_other")  # fmt: skip
            tasks = [dict(zip(names, row, strict=True)) for row in rows]
            for task in tasks:
                task["start"], task["finish"] = _date(task["start"]), _date(task["finish"])
            _roll_up_dates(tasks)
            self._tasks = tasks
        return self._tasks

    def first_period(self) -> Period:
        if self._first is None:
            info = self.rows("SELECT start_date FROM project_info LIMIT 1")
            start = _date(info[0][0]) if info else None
            if start is None:
                start = min(
                    (t["own_start"] for t in self.tasks() if t["own_start"] is not None), default=None
                )
            self._first = period_of(start, self.frequency) if start is not None else self.current
        return self._first

    def periods_until(self, last: Period) -> list[Period]:
        periods, period = [], self.first_period()
        while period <= last:
            periods.append(period)
            period = period.next()
        return periods

    def plan_periods(self) -> list[Period]:
        """From the first period to the plan's last finish or the current period, whichever is earlier."""
        finishes = [t["own_finish"] for t in self.tasks() if t["own_finish"] is not None]
        last = self.current
        if finishes:
            last = min(last, period_of(max(finishes), self.frequency))
        return self.periods_until(last)

    def cut_off(self, period: Period) -> dt.date:
        return min(period.end, self.today)

    def reported_in(self, day: dt.date) -> Period | None:
        """The period an event of `day` is reported in: its own, the first when earlier, none after today."""
        period = max(period_of(day, self.frequency), self.first_period())
        return None if day > self.today or period > self.current else period


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _roll_up_dates(tasks: list[dict[str, Any]]) -> None:
    """Give each task `start`/`finish`: its own dates, else the earliest start and latest finish of the
    tasks under it (at any depth); `own_start`/`own_finish` keep what is stored."""
    children: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for task in tasks:
        task["own_start"], task["own_finish"] = task["start"], task["finish"]
        children[task["parent_id"]].append(task)
    done: dict[int, tuple[dt.date | None, dt.date | None]] = {}

    def dates(task: dict[str, Any], seen: frozenset[int]) -> tuple[dt.date | None, dt.date | None]:
        if task["fid"] in done:
            return done[task["fid"]]
        starts, finishes = [], []
        if task["own_start"] is None or task["own_finish"] is None:
            for child in children.get(task["fid"], []):
                if child["fid"] in seen:
                    continue  # a loop in a damaged file: stop rather than recurse for ever
                start, finish = dates(child, seen | {task["fid"]})
                starts += [start] if start is not None else []
                finishes += [finish] if finish is not None else []
        start = task["own_start"] if task["own_start"] is not None else min(starts, default=None)
        finish = task["own_finish"] if task["own_finish"] is not None else max(finishes, default=None)
        done[task["fid"]] = (start, finish)
        return start, finish

    for task in tasks:
        task["start"], task["finish"] = dates(task, frozenset())


def _row(period: Period, value: float, dimension: str = "", category: str = "") -> dict[str, Any]:
    return {"period": period.code, "dimension": dimension, "category": category, "value": float(value)}


# -- the formulas -------------------------------------------------------------------------------------
def joint_actions_completed(context: _Context) -> list[dict[str, Any]]:
    tasks = context.tasks()
    if not tasks:
        return []  # no plan: no data, not zero
    finished = [
        t["finish"] for t in tasks
        if t["joint_action_type"] and t["status"] == "completed" and t["finish"] is not None
    ]  # fmt: skip
    rows = []
    for period in context.plan_periods():
        cut_off = context.cut_off(period)
        rows.append(_row(period, sum(1 for day in finished if day <= cut_off)))
    return rows


def firms_in_joint_actions(context: _Context) -> list[dict[str, Any]]:
    tasks = context.tasks()
    if not tasks:
        return []
    joint = {
        t["fid"]: t["start"] for t in tasks
        if t["joint_action_type"] and t["status"] != "cancelled" and t["start"] is not None
    }  # fmt: skip
    enterprises = {
        fid: (size, (area or "").strip())
        for fid, size, area in context.rows(
            f"SELECT fid, {_SIZE_CASE}, admin_area FROM stakeholders WHERE kind = 'enterprise'"
        )
    }
    firm_start: dict[int, dt.date] = {}  # each firm's earliest joint action start
    for task_id, firm in context.rows("SELECT task_id, stakeholder_id FROM plan_task_firms"):
        start = joint.get(task_id)
        if start is not None and firm in enterprises and (firm not in firm_start or start < firm_start[firm]):
            firm_start[firm] = start
    areas = sorted({area for _size, area in enterprises.values() if area})
    rows = []
    for period in context.plan_periods():
        cut_off = context.cut_off(period)
        taking_part = [firm for firm, start in firm_start.items() if start <= cut_off]
        rows.append(_row(period, len(taking_part)))
        sizes = defaultdict(int)
        by_area = defaultdict(int)
        for firm in taking_part:
            size, area = enterprises[firm]
            if size:
                sizes[size] += 1
            if area:
                by_area[area] += 1
        rows += [_row(period, sizes[size], "firm_size", size) for size in FIRM_SIZE_CLASSES]
        rows += [_row(period, by_area[area], "area", area) for area in areas]
    return rows


def women_share(context: _Context) -> list[dict[str, Any]]:
    reporting = "kind = 'enterprise' AND employees IS NOT NULL AND women_employees IS NOT NULL"
    period = context.current
    rows = []
    total = context.rows(f"SELECT SUM(women_employees), SUM(employees) FROM stakeholders WHERE {reporting}")
    women, employees = total[0] if total else (None, None)
    if employees:
        rows.append(_row(period, 100.0 * women / employees))
    for dimension, column in (("firm_size", _SIZE_CASE), ("area", "TRIM(admin_area)")):
        grouped = context.rows(
            f"SELECT {column} AS category, SUM(women_employees), SUM(employees) FROM stakeholders"
            f" WHERE {reporting} GROUP BY category"
        )
        order = list(FIRM_SIZE_CLASSES) if dimension == "firm_size" else None
        for category, women, employees in sorted(
            (g for g in grouped if g[0]), key=lambda g: order.index(g[0]) if order else g[0]
        ):
            if employees:
                rows.append(_row(period, 100.0 * women / employees, dimension, category))
    return rows


def _round_periods(context: _Context) -> dict[Period, str]:
    """The survey round each period reports: a round goes to the period of its survey date, else of the
    latest 'since' date of the relations first observed in it (the first period when earlier; a baseline
    without dates in the first period; none after today); of rounds sharing a period, the latest."""
    from clusterdesk.analysis.network_graph import survey_round_order

    order = survey_round_order(context.connection)
    held = {code: _date(day) for code, day in context.rows("SELECT code, held_on FROM survey_rounds")}
    latest_since = {
        code: _date(day)
        for code, day in context.rows(
            "SELECT COALESCE(NULLIF(survey_round, ''), 'baseline'), MAX(since) FROM relations GROUP BY 1"
        )
    }
    chosen: dict[Period, str] = {}
    for code in order:  # earliest first: a later round of the same period replaces an earlier one
        day = held.get(code) or latest_since.get(code)
        if day is not None:
            period = context.reported_in(day)
        elif code == "baseline" and context.first_period() <= context.current:
            period = context.first_period()
        else:
            period = None
        if period is not None:
            chosen[period] = code
    return chosen


def _per_round(context: _Context, value: Callable[[RoundData], float | None]) -> list[dict[str, Any]]:
    from clusterdesk.analysis.network_graph import read_round

    rows = []
    for period, code in sorted(_round_periods(context).items()):
        result = value(read_round(context.connection, code, rounds=False))
        if result is not None:
            rows.append(_row(period, result))
    return rows


def relations_per_round(context: _Context) -> list[dict[str, Any]]:
    return _per_round(context, lambda network: len(network.tie_fids))


def network_density(context: _Context) -> list[dict[str, Any]]:
    from clusterdesk.analysis.network_measures import whole_measures

    def density(network: RoundData) -> float | None:
        value = whole_measures(network)[0]["density"]
        return None if value is None else 100.0 * value

    return _per_round(context, density)


def firms_in_largest_component(context: _Context) -> list[dict[str, Any]]:
    from clusterdesk.analysis.network_measures import whole_measures

    def share(network: RoundData) -> float | None:
        value = whole_measures(network)[0]["largest_component_share"]
        return None if value is None else 100.0 * value

    return _per_round(context, share)


def firms_mean_degree(context: _Context) -> list[dict[str, Any]]:
    from clusterdesk.analysis.network_measures import whole_measures

    def mean_degree(network: RoundData) -> float | None:
        firms = network.firms
        return float(whole_measures(network)[1][firms].mean()) if firms.any() else None

    return _per_round(context, mean_degree)


def capacity_mean(context: _Context) -> list[dict[str, Any]]:
    framework = context.rows("SELECT MIN(fid) FROM capacity_frameworks")
    framework_id = framework[0][0] if framework else None
    if framework_id is None:
        return []
    indicators = context.rows(
        "SELECT i.fid, i.dimension_id FROM capacity_indicators i JOIN capacity_dimensions d"
        " ON d.fid = i.dimension_id WHERE d.framework_id = :framework",
        framework=framework_id,
    )
    dimension_of = dict(indicators)
    per_dimension: dict[int, int] = defaultdict(int)
    for dimension in dimension_of.values():
        per_dimension[dimension] += 1
    if not per_dimension:
        return []
    assessments = context.rows(
        "SELECT fid, round, assessed_on FROM capacity_assessments WHERE framework_id = :framework",
        framework=framework_id,
    )
    scores: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for assessment, indicator, score in context.rows(
        "SELECT s.assessment_id, s.indicator_id, s.score FROM capacity_scores s JOIN capacity_assessments a"
        " ON a.fid = s.assessment_id WHERE a.framework_id = :framework AND s.score IS NOT NULL",
        framework=framework_id,
    ):
        if indicator in dimension_of:
            scores[assessment][dimension_of[indicator]].append(score)
    overall_by_round: dict[str, list[float]] = defaultdict(list)
    latest_day: dict[str, dt.date] = {}
    for fid, round_code, assessed_on in assessments:
        day = _date(assessed_on)
        if day is not None and (round_code not in latest_day or day > latest_day[round_code]):
            latest_day[round_code] = day
        given = scores.get(fid, {})
        if all(len(given.get(d, [])) == n for d, n in per_dimension.items()):  # complete: every indicator
            overall_by_round[round_code].append(
                sum(sum(given[d]) / n for d, n in per_dimension.items()) / len(per_dimension)
            )
    for round_code in overall_by_round:
        if round_code not in latest_day:
            latest_day_of_name = _date(round_code) if len(round_code) == 10 else None
            if latest_day_of_name is not None:
                latest_day[round_code] = latest_day_of_name
    chosen: dict[Period, tuple[dt.date, float]] = {}  # the latest round of each period
    for round_code, overall in overall_by_round.items():
        day = latest_day.get(round_code)
        period = context.reported_in(day) if day is not None else None
        if period is None:
            continue
        mean = sum(overall) / len(overall)
        if period not in chosen or day > chosen[period][0]:
            chosen[period] = (day, mean)
    return [_row(period, chosen[period][1]) for period in sorted(chosen)]


def governance_maturity(context: _Context) -> list[dict[str, Any]]:
    records = [
        (_date(start), _date(end), LEADERSHIP_SCORES.get(leadership))
        for start, end, leadership in context.rows(
            "SELECT period_start, period_end, leadership FROM governance_maturity"
        )
    ]
    records = sorted((r for r in records if r[0] is not None and r[2] is not None), key=lambda r: r[0])
    if not records:
        return []
    records = [  # a record without an end date lasts until a later one starts
        (start, end if end is not None or following is None else following[0] - dt.timedelta(days=1), level)
        for (start, end, level), following in zip(records, records[1:] + [None], strict=True)
    ]
    rows = []
    for period in context.periods_until(context.current):
        day = context.cut_off(period)
        covering = [r for r in records if r[0] <= day and (r[1] is None or r[1] >= day)]
        if covering:
            rows.append(_row(period, covering[-1][2]))  # the latest-starting record covering the day
    return rows


def private_cofinancing(context: _Context) -> list[dict[str, Any]]:
    tasks = [t for t in context.tasks() if t["status"] != "cancelled" and t["start"] is not None]
    rows = []
    for period in context.plan_periods():
        cut_off = context.cut_off(period)
        started = [t for t in tasks if t["start"] <= cut_off]
        enterprises = sum(t["budget_enterprises"] or 0.0 for t in started)
        whole = enterprises + sum(
            (t["budget_public"] or 0.0) + (t["budget_donor"] or 0.0) + (t["budget_other"] or 0.0)
            for t in started
        )
        if whole:
            rows.append(_row(period, 100.0 * enterprises / whole))
    return rows


# -- survey formulas ----------------------------------------------------------------------------------
def _survey_periods(context: _Context) -> list[tuple[Period, int, dt.date]]:
    """(period, survey fid, survey date) of the surveys reported: each in the period of its date (held on,
    else its round's date), the first period when earlier, none after today; of surveys sharing a period,
    the latest (by date, then by number)."""
    rows = context.rows(
        "SELECT s.fid, s.held_on, r.held_on FROM surveys s LEFT JOIN survey_rounds r ON r.code = s.round_code"
    )
    chosen: dict[Period, tuple[dt.date, int]] = {}
    for fid, held_on, round_day in rows:
        day = _date(held_on) or _date(round_day)
        period = context.reported_in(day) if day is not None else None
        if period is not None and (period not in chosen or (day, fid) > chosen[period]):
            chosen[period] = (day, fid)
    return [(period, fid, day) for period, (day, fid) in sorted(chosen.items())]


def _survey_answers(context: _Context, survey_ids: list[int]) -> dict[int, list[tuple[int, Any, Any]]]:
    """survey fid -> (stakeholder, value_number, value_text) of the answers to the context's question."""
    found: dict[int, list[tuple[int, Any, Any]]] = defaultdict(list)
    if not survey_ids:
        return found
    marks = ", ".join(str(int(fid)) for fid in survey_ids)
    for survey, stakeholder, number, text_value in context.rows(
        "SELECT q.survey_id, r.stakeholder_id, a.value_number, a.value_text FROM survey_answers a"
        " JOIN survey_questions q ON q.fid = a.question_id JOIN survey_responses r ON r.fid = a.response_id"
        f" WHERE q.name = :name AND q.survey_id IN ({marks}) AND r.survey_id = q.survey_id",
        name=context.question,
    ):
        found[survey].append((stakeholder, number, text_value))
    return found


def _participants_by(context: _Context, day: dt.date) -> set[int]:
    """Firms listed on plan tasks with a joint action type, started by `day` and not cancelled."""
    started = {
        t["fid"] for t in context.tasks()
        if t["joint_action_type"] and t["status"] != "cancelled"
        and t["start"] is not None and t["start"] <= day
    }  # fmt: skip
    return {firm for task, firm in context.rows("SELECT task_id, stakeholder_id FROM plan_task_firms")
            if task in started}  # fmt: skip


def _per_survey(
    context: _Context,
    value: Callable[[list[tuple[Any, Any]]], float | None],
    participants_only: bool = False,
) -> list[dict[str, Any]]:
    """One value per reported survey from the answers of the firms that gave one (`value` gets their
    (number, text) pairs), with the same value by size class and by area of the firms that answered."""
    kinds = survey_questions(context.connection)
    question = kinds.get(context.question or "")
    if question is None:
        return []
    choice_question = question.type in CHOICE_QUESTION_TYPES
    if question.type not in NUMERIC_QUESTION_TYPES and not (choice_question and context.choice):
        return []  # means and totals need numbers; a share of a choice question needs its choice
    reported = _survey_periods(context)
    answers = _survey_answers(context, [fid for _period, fid, _day in reported])
    firms = {
        fid: (size, (area or "").strip())
        for fid, size, area in context.rows(f"SELECT fid, {_SIZE_CASE}, admin_area FROM stakeholders")
    }
    areas = sorted({area for _size, area in firms.values() if area})
    rows = []
    for period, survey, day in reported:
        given = [
            (firm, number, text_value) for firm, number, text_value in answers.get(survey, [])
            if firm in firms and _answered(number, text_value, choice_question)
        ]  # fmt: skip
        if participants_only:
            taking_part = _participants_by(context, day)
            given = [answer for answer in given if answer[0] in taking_part]
        total = value([(number, text_value) for _firm, number, text_value in given])
        if total is None:
            continue
        rows.append(_row(period, total))
        for dimension, position, order in (("firm_size", 0, list(FIRM_SIZE_CLASSES)), ("area", 1, areas)):
            for category in order:
                part = [(n, t) for firm, n, t in given if firms[firm][position] == category]
                result = value(part) if part else None
                if result is not None:
                    rows.append(_row(period, result, dimension, category))
    return rows


def _answered(number: Any, text_value: Any, choice_question: bool) -> bool:
    """A missing answer is no answer, never a 0."""
    return bool(str(text_value or "").strip()) if choice_question else number is not None


def _mean(answers: list[tuple[Any, Any]]) -> float | None:
    return sum(float(n) for n, _t in answers) / len(answers) if answers else None


def survey_mean(context: _Context) -> list[dict[str, Any]]:
    return _per_survey(context, _mean)


def survey_total(context: _Context) -> list[dict[str, Any]]:
    return _per_survey(context, lambda answers: sum(float(n) for n, _t in answers) if answers else None)


def survey_share(context: _Context) -> list[dict[str, Any]]:
    choice = context.choice

    def share(answers: list[tuple[Any, Any]]) -> float | None:
        if not answers:
            return None
        if choice is None:
            hits = sum(1 for n, _t in answers if n is not None and float(n) > 0)
        else:
            hits = sum(1 for _n, t in answers if choice in str(t or "").split())
        return 100.0 * hits / len(answers)

    return _per_survey(context, share)


def survey_mean_participants(context: _Context) -> list[dict[str, Any]]:
    return _per_survey(context, _mean, participants_only=True)


_FORMULAS: dict[str, Callable[[_Context], list[dict[str, Any]]]] = {
    "joint_actions_completed": joint_actions_completed,
    "firms_in_joint_actions": firms_in_joint_actions,
    "women_share": women_share,
    "relations_per_round": relations_per_round,
    "network_density": network_density,
    "firms_in_largest_component": firms_in_largest_component,
    "firms_mean_degree": firms_mean_degree,
    "capacity_mean": capacity_mean,
    "governance_maturity": governance_maturity,
    "private_cofinancing": private_cofinancing,
    "survey_mean": survey_mean,
    "survey_total": survey_total,
    "survey_share": survey_share,
    "survey_mean_participants": survey_mean_participants,
}
