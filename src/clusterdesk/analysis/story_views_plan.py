"""The milestones slide and the budget slide, from the action plan (docs/presentations.md).

Milestones: the plan's milestones and actions (cancelled ones left out), each done (completed), late
(its finish before today and not completed) or coming, with its slip against the newest baseline in
working days (analysis.plan_schedule.slippage). At most MILESTONES_SHOWN rows: the late ones first (the
oldest finish first), then the coming ones (the nearest first), then the latest done.

Budget: the four sources (enterprises, public, donor, other) summed over every task of the plan, and per
strategic objective over the objective and everything under it; the MOST_OBJECTIVES largest objectives
are shown, with each source's share of the objective.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from clusterdesk.analysis.story_views_common import (
    KeyFigure,
    StoryView,
    ViewContext,
    ViewRow,
    ViewTable,
    as_date,
    shown_of,
)
from clusterdesk.core.catalogue import tr
from clusterdesk.core.plan import BUDGET_SOURCES
from clusterdesk.core.vocabulary_labels import budget_source_label

MILESTONES_SHOWN = 8
MOST_OBJECTIVES = 6
SOURCE_COLUMNS = tuple(f"budget_{source}" for source in BUDGET_SOURCES)


def _rolled_up_finishes(context: ViewContext) -> dict[int, dt.date | None]:
    """Each task's finish, a summary's being the latest of everything under it."""
    rows = context.raw.execute("SELECT fid, parent_id, start, finish FROM plan_tasks").fetchall()
    finish = {fid: as_date(end) or as_date(begin) for fid, _parent, begin, end in rows}
    parent = {fid: up for fid, up, _b, _e in rows}
    for fid, _parent, _b, _e in rows:
        day, up, seen = finish[fid], parent[fid], {fid}
        while day is not None and up in finish and up not in seen:  # a loop in damaged data stops here
            if finish[up] is None or finish[up] < day:
                finish[up] = day
            seen.add(up)
            up = parent[up]
    return finish


def plan_items(context: ViewContext) -> list[dict]:
    """Milestones and actions with their finish (a summary's rolled up), state ("done", "late",
    "coming") and finish slip in working days (None without a baseline that holds the task)."""
    rows = context.raw.execute(
        "SELECT fid, name, milestone, status FROM plan_tasks"
        " WHERE (milestone OR kind = 'action') AND status <> 'cancelled' ORDER BY fid"
    ).fetchall()
    slips = {}
    if rows and context.raw.execute("SELECT count(*) FROM plan_baselines").fetchone()[0]:
        from clusterdesk.analysis.plan_schedule import slippage

        slips = {s.task_id: s.finish_slip_days for s in slippage(context.project)}
    finishes = _rolled_up_finishes(context) if rows else {}
    items = []
    for fid, name, milestone, status in rows:
        finish = finishes.get(fid)
        if status == "completed":
            state = "done"
        elif finish is not None and finish < context.today:
            state = "late"
        else:
            state = "coming"
        items.append(
            {"fid": fid, "name": name, "milestone": bool(milestone), "finish": finish, "state": state,
             "slip": slips.get(fid)}
        )  # fmt: skip
    return items


def _chosen(items: list[dict]) -> list[dict]:
    far = dt.date.max
    late = sorted((i for i in items if i["state"] == "late"), key=lambda i: (i["finish"] or far, i["fid"]))
    coming = sorted(
        (i for i in items if i["state"] == "coming"), key=lambda i: (i["finish"] or far, i["fid"])
    )
    done = sorted(
        (i for i in items if i["state"] == "done"), key=lambda i: (i["finish"] or far, i["fid"]), reverse=True
    )
    return (late + coming + done)[:MILESTONES_SHOWN]


def state_label(context: ViewContext, state: str) -> str:
    labels = {
        "done": lambda: tr("story:state_done", "Done", context.language),
        "late": lambda: tr("story:state_late", "Late", context.language),
        "coming": lambda: tr("story:state_coming", "Coming", context.language),
    }
    return labels[state]()


def milestones(context: ViewContext) -> StoryView:
    title = tr("story:title_milestones", "Milestones and delays", context.language)
    items = plan_items(context)
    if not items:
        return StoryView(
            "milestones",
            title,
            empty=tr("story:no_plan", "No actions or milestones in the plan yet.", context.language),
        )
    counts = {state: sum(i["state"] == state for i in items) for state in ("done", "late", "coming")}
    figures = [KeyFigure(state_label(context, s), context.number(n), number=n) for s, n in counts.items()]
    slips = [i["slip"] for i in items if i["slip"] is not None]
    if slips:
        worst = max(slips)
        figures.append(
            KeyFigure(
                tr("story:largest_slip", "Largest slip", context.language),
                context.number(max(worst, 0)),
                tr("story:working_days", "working days against the baseline", context.language),
                max(worst, 0),
            )
        )
    milestone_word, action_word = (
        tr("story:milestone", "Milestone", context.language),
        tr("story:action", "Action", context.language),
    )
    rows = [
        ViewRow(
            (
                context.date(item["finish"]),
                item["name"],
                milestone_word if item["milestone"] else action_word,
                state_label(context, item["state"]),
                context.signed(item["slip"]) if item["slip"] is not None else "–",
            ),
            item["state"],
        )
        for item in _chosen(items)
    ]
    columns = (
        tr("story:col_date", "Date", context.language),
        tr("story:col_item", "Milestone or action", context.language),
        tr("story:col_what", "Type", context.language),
        tr("story:col_state", "State", context.language),
        tr("story:col_slip", "Slip (working days)", context.language),
    )
    notes = [n for n in [shown_of(context, len(rows), len(items))] if n]
    if not slips:
        notes.append(
            tr("story:no_baseline", "No baseline saved, so slips cannot be measured.", context.language)
        )
    return StoryView(
        "milestones", title, figures, [ViewTable(columns, rows, numeric_from=4, mark_column=3)], notes
    )


def budget_by_objective(context: ViewContext) -> tuple[list[float], list[tuple[str, list[float]]]]:
    """(totals by source, [(objective name, totals by source)]) over the whole plan."""
    rows = context.raw.execute(
        f"SELECT fid, parent_id, name, {', '.join(SOURCE_COLUMNS)} FROM plan_tasks ORDER BY position, fid"
    ).fetchall()
    parent = {r[0]: r[1] for r in rows}
    known = set(parent)

    def root_of(fid: int) -> int:
        seen = {fid}
        while parent.get(fid) in known and parent[fid] not in seen:  # a loop in damaged data stops here
            fid = parent[fid]
            seen.add(fid)
        return fid

    sums: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(SOURCE_COLUMNS))
    totals = [0.0] * len(SOURCE_COLUMNS)
    for row in rows:
        values = [float(v or 0) for v in row[3:]]
        root = sums[root_of(row[0])]
        for index, value in enumerate(values):
            root[index] += value
            totals[index] += value
    names = {r[0]: r[2] for r in rows}
    roots = [r[0] for r in rows if r[1] not in known]
    return totals, [(names[fid], sums[fid]) for fid in roots if sum(sums[fid]) > 0]


def budget(context: ViewContext) -> StoryView:
    title = tr("story:title_budget", "Budget and cost sharing", context.language)
    totals, objectives = budget_by_objective(context)
    grand = sum(totals)
    if grand <= 0:
        return StoryView(
            "budget", title, empty=tr("story:no_budget", "No budget in the plan yet.", context.language)
        )
    labels = [budget_source_label(source, context.language) for source in BUDGET_SOURCES]
    figures = [
        KeyFigure(
            tr("story:budget_total", "Total budget", context.language), context.money(grand), number=grand
        )
    ]
    figures += [
        KeyFigure(label, context.percent(value / grand), context.money(value), value)
        for label, value in zip(labels, totals, strict=True)
    ]
    largest = sorted(objectives, key=lambda o: -sum(o[1]))[:MOST_OBJECTIVES]
    rows = [
        ViewRow((name, context.money(sum(values)), *(context.percent(v / sum(values)) for v in values)))
        for name, values in objectives
        if (name, values) in largest
    ]
    rows.append(
        ViewRow(
            (
                tr("story:all_objectives", "Whole plan", context.language),
                context.money(grand),
                *(context.percent(v / grand) for v in totals),
            )
        )
    )
    columns = (
        tr("story:col_objective", "Strategic objective", context.language),
        tr("story:col_total", "Total", context.language),
        *labels,
    )
    notes = [n for n in [shown_of(context, len(largest), len(objectives))] if n]
    notes.append(
        tr("story:budget_note", "Shares of each objective's budget by source of funds.", context.language)
    )
    return StoryView(
        "budget", title, figures, [ViewTable(columns, rows, numeric_from=1, total_last=True)], notes
    )
