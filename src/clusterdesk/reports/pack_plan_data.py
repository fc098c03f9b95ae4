"""The action plan read for printing: tasks in outline order with outline numbers, depth, dates rolled
up to summaries, responsible stakeholders and budgets."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

BUDGET_COLUMNS = ("budget_enterprises", "budget_public", "budget_donor", "budget_other")


@dataclass
class PlanRow:
    fid: int
    parent_id: int | None
    number: str  # outline number, e.g. "2.1.3"
    depth: int
    kind: str
    name: str
    start: dt.date | None
    finish: dt.date | None
    duration_days: int
    milestone: bool
    status: str
    percent_complete: float
    responsible: str
    budget: tuple[float, float, float, float]  # enterprises, public, donor, other
    children: list[int] = field(default_factory=list)
    critical: bool = False  # on the critical path: any delay delays the whole plan

    @property
    def is_summary(self) -> bool:
        return bool(self.children)

    @property
    def budget_total(self) -> float:
        return sum(self.budget)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _responsible_names(connection) -> dict[int, str]:
    leads: dict[int, list[str]] = defaultdict(list)
    query = (
        "SELECT r.task_id, s.name FROM plan_task_responsibles r "
        "JOIN stakeholders s ON s.fid = r.stakeholder_id "
        "ORDER BY r.task_id, r.role = 'support', s.name"
    )
    for task_id, name in connection.execute(query):
        leads[task_id].append(name)
    return {task_id: ", ".join(names) for task_id, names in leads.items()}


def load_plan(connection) -> list[PlanRow]:
    """All tasks, depth first in outline order; summaries span their children's dates."""
    columns = (
        "fid, parent_id, position, kind, name, start, finish, duration_days, milestone, status, "
        "percent_complete, cda_in_charge, " + ", ".join(BUDGET_COLUMNS)
    )
    raw = connection.execute(f"SELECT {columns} FROM plan_tasks ORDER BY position, fid").fetchall()
    if not raw:
        return []
    responsible = _responsible_names(connection)
    by_parent: dict[int | None, list] = defaultdict(list)
    known = {r[0] for r in raw}
    for row in raw:
        parent = row[1] if row[1] in known else None  # an orphan prints at the top rather than vanishing
        by_parent[parent].append(row)
    ordered: list[PlanRow] = []
    rows_by_fid: dict[int, PlanRow] = {}

    def visit(parent: int | None, prefix: str, depth: int) -> None:
        for index, row in enumerate(by_parent.get(parent, []), start=1):
            number = f"{prefix}{index}"
            plan_row = PlanRow(
                fid=row[0],
                parent_id=parent,
                number=number,
                depth=depth,
                kind=row[3],
                name=row[4],
                start=_date(row[5]),
                finish=_date(row[6]),
                duration_days=int(row[7] or 0),
                milestone=bool(row[8]),
                status=row[9],
                percent_complete=float(row[10] or 0),
                responsible=responsible.get(row[0]) or row[11] or "",
                budget=tuple(float(v or 0) for v in row[12:16]),
            )
            ordered.append(plan_row)
            rows_by_fid[row[0]] = plan_row
            if parent is not None:
                rows_by_fid[parent].children.append(row[0])
            if depth < 50:  # a corrupted outline with a loop must not recurse forever
                visit(row[0], number + ".", depth + 1)

    visit(None, "", 0)
    for plan_row in reversed(ordered):  # children come after parents, so walk backwards to roll up
        if plan_row.children:
            kids = [rows_by_fid[c] for c in plan_row.children]
            starts = [k.start for k in kids if k.start] + ([plan_row.start] if plan_row.start else [])
            finishes = [k.finish for k in kids if k.finish] + ([plan_row.finish] if plan_row.finish else [])
            plan_row.start = min(starts) if starts else None
            plan_row.finish = max(finishes) if finishes else None
    return ordered


def current_vision(connection) -> tuple[str, dt.date | None, str | None] | None:
    row = connection.execute(
        "SELECT text, agreed_on, agreed_by FROM vision_statements ORDER BY version DESC LIMIT 1"
    ).fetchone()
    if row is None or not (row[0] or "").strip():
        return None
    return row[0], _date(row[1]), row[2]
