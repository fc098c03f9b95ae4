"""The web map's Results block: the outcomes and outputs of the result chain with their indicators'
status, each result a button that highlights on the map the firms taking part in the plan actions that
contribute to it (the participating firms of its linked tasks and of the tasks under them, and of the
results under it).

The block is HTML for the legend panel, every text escaped here; the firms' places travel in the
script's data, which the page writes without any "<".
"""

from __future__ import annotations

import html
from collections import defaultdict

import numpy as np

from clusterdesk.core.formatting import integer
from clusterdesk.core.geometry import decode_points
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.reports.pack_results_data import STATUS_MARKS, ResultsReport, results_report
from clusterdesk.reports.texts import plural_text, text

SHOWN_LEVELS = ("outcome", "output")


def _task_subtrees(connection) -> dict[int, list[int]]:
    """Each plan task with the tasks under it, by fid (a cycle in damaged data is cut)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for fid, parent in connection.execute("SELECT fid, parent_id FROM plan_tasks"):
        children[parent].append(fid)
    subtrees: dict[int, list[int]] = {}
    for parent_list in list(children.values()):
        for fid in parent_list:
            found, frontier, seen = [fid], [fid], {fid}
            while frontier:
                frontier = [c for f in frontier for c in children.get(f, []) if c not in seen]
                seen.update(frontier)
                found += frontier
            subtrees[fid] = found
    return subtrees


def _located_firms(connection) -> dict[int, tuple[float, float, str]]:
    rows = connection.execute(
        "SELECT DISTINCT s.fid, s.name, s.geom FROM stakeholders s JOIN plan_task_firms f "
        "ON f.stakeholder_id = s.fid WHERE s.geom IS NOT NULL"
    ).fetchall()
    lons, lats = decode_points([r[2] for r in rows])
    return {
        row[0]: (round(float(lats[i]), 6), round(float(lons[i]), 6), row[1])
        for i, row in enumerate(rows)
        if not (np.isnan(lons[i]) or np.isnan(lats[i]))
    }


def result_firms(connection, report: ResultsReport) -> dict[int, list[int]]:
    """Stakeholder fids taking part in the plan actions contributing to each result, by result fid."""
    subtrees = _task_subtrees(connection)
    firms_of_task: dict[int, set[int]] = defaultdict(set)
    for task, firm in connection.execute("SELECT task_id, stakeholder_id FROM plan_task_firms"):
        firms_of_task[task].add(firm)
    own: dict[int, set[int]] = {}
    for result in report.data.results:
        found: set[int] = set()
        for task in report.contributing_tasks(result["fid"]):
            for fid in subtrees.get(task["fid"], [task["fid"]]):
                found |= firms_of_task.get(fid, set())
        own[result["fid"]] = found
    # results come parents first: walking backwards adds each result's firms to its parent's
    total = {fid: set(firms) for fid, firms in own.items()}
    for result in reversed(report.data.results):
        parent = result["parent_id"]
        if parent in total and parent != result["fid"]:
            total[parent] |= total[result["fid"]]
    return {fid: sorted(firms) for fid, firms in total.items()}


def _indicator_lines(report: ResultsReport, result_id: int, language: str) -> str:
    lines = []
    for figures in report.indicators_of(result_id):
        status = figures.status.status
        mark, colour = STATUS_MARKS[status]
        word = label("indicator_status", status, language)
        indicator = figures.indicator
        lines.append(
            f"<li class='cd-indicator' data-status='{status}'>"
            f"<span class='cd-status-mark' style='color:{colour}' aria-hidden='true'>{mark}</span>"
            f"<span class='cd-status-word'>{html.escape(word)}</span> "
            f"<span class='cd-indicator-name'>{html.escape(indicator['code'])} "
            f"{html.escape(indicator['name'])}</span></li>"
        )
    return f"<ul class='cd-indicators'>{''.join(lines)}</ul>" if lines else ""


def results_panel(project, language: str) -> tuple[str, list[dict]]:
    """The block's HTML and, for each result button in it (data-result = index), the firms to
    highlight: {"lat": [...], "lon": [...], "name": [...]}. Nothing for a project without results."""
    if not _has_results(project.connection):
        return "", []
    report = results_report(project)
    if report is None:
        return "", []
    connection = project.connection
    located = _located_firms(connection)
    firms = result_firms(connection, report)
    items, data = [], []
    for result in report.data.results:
        if result["level"] not in SHOWN_LEVELS:
            continue
        places = [located[fid] for fid in firms.get(result["fid"], []) if fid in located]
        level = label("result_level", result["level"], language)
        heading = (
            f"<span class='cd-result-level'>{html.escape(level)}</span>"
            f"<span class='cd-result-code'>{html.escape(result['code'])}</span> "
            f"<span class='cd-result-statement'>{html.escape(result['statement'])}</span>"
        )
        if places:
            heading = (
                f"<button type='button' class='cd-result' data-result='{len(data)}' aria-pressed='false'>"
                f"{heading}</button>"
            )
            count = plural_text(
                "web_result_firms", len(places), language, count=integer(len(places), language)
            )
            data.append(
                {"lat": [p[0] for p in places], "lon": [p[1] for p in places], "name": [p[2] for p in places]}
            )
        else:
            heading = f"<div class='cd-result cd-result-unplaced'>{heading}</div>"
            count = text("web_result_no_firms", language)
        items.append(
            f"<li class='cd-result-item cd-{result['level']}'>{heading}"
            f"{_indicator_lines(report, result['fid'], language)}"
            f"<div class='cd-result-firms'>{html.escape(count)}</div></li>"
        )
    if not items:
        return "", []
    hint = f"<div class='cd-note'>{html.escape(text('web_results_hint', language))}</div>" if data else ""
    block = (
        f"<div class='cd-results'><h4>{html.escape(text('web_results', language))}</h4>{hint}"
        f"<ul class='cd-result-list'>{''.join(items)}</ul></div>"
    )
    return block, data


def _has_results(connection) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'results'"
    ).fetchone()
    return found is not None and connection.execute("SELECT 1 FROM results LIMIT 1").fetchone() is not None
