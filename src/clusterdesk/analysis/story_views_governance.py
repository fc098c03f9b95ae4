"""The governance slide and the decisions slide (docs/presentations.md).

Governance: who led the joint actions in the latest MATURITY_SHOWN periods (core.governance maturity,
analysis.governance_checks.maturity_timeline) and the phase-out checklist with its evidence
(phase_out_readiness), with the current leadership and the checklist's score as figures.

Decisions needed: what the steering committee is asked to act on, in this order, at most
DECISIONS_SHOWN rows:
1. decisions of governance meetings held in the last RECENT_DAYS days that have not become an
   action-plan task (none was made, or the task was deleted): they need an owner and a date;
2. outcome and output indicators whose latest status is off track: they need a corrective step;
3. late actions and milestones (finish before today, not completed, not cancelled), the oldest first:
   they need a new date or help.
"""

from __future__ import annotations

import datetime as dt

from clusterdesk.analysis.governance_checks import maturity_timeline, phase_out_readiness, readiness_score
from clusterdesk.analysis.story_views_common import (
    KeyFigure,
    StoryView,
    ViewContext,
    ViewRow,
    ViewTable,
    shown_of,
)
from clusterdesk.core.catalogue import tr
from clusterdesk.core.governance import LEADERSHIP_LEVELS, load_governance

MATURITY_SHOWN = 4
DECISIONS_SHOWN = 8
RECENT_DAYS = 365
EVIDENCE_LENGTH = 140  # characters of a checklist item's evidence on a slide (a list of many names)


def governance(context: ViewContext) -> StoryView:
    title = tr("story:title_governance", "Governance: maturity and phase-out", context.language)
    data = load_governance(context.connection)
    timeline = maturity_timeline(data, context.language)
    checklist = phase_out_readiness(data, context.today, context.language)
    done, judged = readiness_score(checklist)
    figures = []
    if timeline:
        _start, _end, leadership, level = timeline[-1]
        figures.append(
            KeyFigure(
                tr("story:leadership_now", "Leadership of joint actions", context.language),
                leadership,
                tr(
                    "story:level_of",
                    "level {level} of {levels}",
                    context.language,
                    level=context.number(level),
                    levels=context.number(len(LEADERSHIP_LEVELS)),
                ),
                level,
            )
        )
    figures.append(
        KeyFigure(
            tr("story:phase_out_ready", "Phase-out checklist", context.language),
            tr(
                "story:done_of",
                "{done} of {total}",
                context.language,
                done=context.number(done),
                total=context.number(judged),
            ),
            tr("story:items_done", "items done", context.language),
            done,
        )
    )
    tables = []
    if timeline:
        rows = [
            ViewRow(
                (
                    f"{context.date(start)} – {context.date(end)}" if end else f"{context.date(start)} –",
                    leadership,
                    context.number(level),
                )
            )
            for start, end, leadership, level in timeline[-MATURITY_SHOWN:]
        ]
        columns = (
            tr("story:col_period", "Period", context.language),
            tr("story:col_leadership", "Who led", context.language),
            tr("story:col_level", "Level", context.language),
        )
        tables.append(
            ViewTable(
                columns,
                rows,
                numeric_from=2,
                title=tr("story:maturity", "Maturity over time", context.language),
            )
        )
    words = {
        True: tr("story:yes", "Yes", context.language),
        False: tr("story:no", "No", context.language),
        None: tr("story:unknown", "Not known", context.language),
    }
    marks = {True: "yes", False: "no", None: "unknown"}
    rows = [
        ViewRow((item.label, words[item.done], shortened(item.evidence)), marks[item.done])
        for item in checklist
    ]
    columns = (
        tr("story:col_item_check", "Checklist item", context.language),
        tr("story:col_done", "Done", context.language),
        tr("story:col_evidence", "Evidence", context.language),
    )
    tables.append(
        ViewTable(
            columns,
            rows,
            title=tr("story:phase_out", "Ready for the CDA's withdrawal", context.language),
            mark_column=1,
        )
    )
    notes = [n for n in [shown_of(context, min(len(timeline), MATURITY_SHOWN), len(timeline))] if n]
    return StoryView("governance", title, figures, tables, notes)


def shortened(text: str, limit: int = EVIDENCE_LENGTH) -> str:
    """A long text cut at a word before `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def open_decisions(context: ViewContext) -> list[tuple[dt.date, str, str]]:
    """(meeting day, body, decision text) of recent decisions without a task, oldest first."""
    data = load_governance(context.connection)
    since = context.today - dt.timedelta(days=RECENT_DAYS)
    meetings = {m["fid"]: m for m in data.meetings}
    bodies = {b["fid"]: b["name"] for b in data.bodies}
    found = []
    for decision in data.decisions:
        meeting = meetings.get(decision["meeting_id"])
        if meeting is None or not (since <= meeting["held_on"] <= context.today):
            continue
        if decision["task_uuid"] is None or decision["task_uuid"] not in data.tasks:
            found.append((meeting["held_on"], bodies.get(meeting["body_id"], ""), decision["text"]))
    return sorted(found, key=lambda d: d[0])


def decisions(context: ViewContext) -> StoryView:
    from clusterdesk.analysis.story_views_plan import plan_items
    from clusterdesk.analysis.story_views_results import format_value, off_track, period_text

    title = tr("story:title_decisions", "Decisions needed", context.language)
    pending = open_decisions(context)
    failing = off_track(context)
    late = sorted(
        (i for i in plan_items(context) if i["state"] == "late"), key=lambda i: (i["finish"], i["fid"])
    )
    rows = [
        ViewRow(
            (
                tr("story:need_owner", "Decision without a task", context.language),
                text,
                tr("story:decided_by", "{body}, {date}", context.language, body=body, date=context.date(day)),
            ),
            "no",
        )
        for day, body, text in pending
    ]
    for indicator, overview in failing:
        status, unit = overview.status, indicator["unit"]
        rows.append(
            ViewRow(
                (
                    tr("story:need_correction", "Indicator off track", context.language),
                    f"{indicator['code']} {indicator['name']}",
                    tr(
                        "story:actual_expected",
                        "{actual} against {expected} expected ({period})",
                        context.language,
                        actual=format_value(context, status.actual, unit),
                        expected=format_value(context, status.expected, unit),
                        period=period_text(context, status.period),
                    ),
                ),
                "off_track",
            )
        )
    rows += [
        ViewRow(
            (
                tr("story:need_date", "Late action", context.language)
                if not item["milestone"]
                else tr("story:late_milestone", "Late milestone", context.language),
                item["name"],
                tr("story:due_on", "due {date}", context.language, date=context.date(item["finish"])),
            ),
            "late",
        )
        for item in late
    ]
    figures = [
        KeyFigure(
            tr("story:decisions_without_task", "Decisions without a task", context.language),
            context.number(len(pending)),
            number=len(pending),
        ),
        KeyFigure(
            tr("story:indicators_off_track", "Indicators off track", context.language),
            context.number(len(failing)),
            number=len(failing),
        ),
        KeyFigure(
            tr("story:late_items", "Late actions and milestones", context.language),
            context.number(len(late)),
            number=len(late),
        ),
    ]
    if not rows:
        return StoryView(
            "decisions",
            title,
            figures,
            empty=tr("story:nothing_needed", "Nothing waits for a decision.", context.language),
        )
    columns = (
        tr("story:col_need", "What is needed", context.language),
        tr("story:col_subject", "Subject", context.language),
        tr("story:col_detail", "Detail", context.language),
    )
    notes = [n for n in [shown_of(context, min(len(rows), DECISIONS_SHOWN), len(rows))] if n]
    table = ViewTable(columns, rows[:DECISIONS_SHOWN], mark_column=0)
    return StoryView("decisions", title, figures, [table], notes)
