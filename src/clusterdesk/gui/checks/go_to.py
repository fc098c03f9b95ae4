"""Where "Go to" takes a finding: the row it is about, shown in the panel that edits it.

- stakeholders (and a contact person's or a survey response's stakeholder): selected on the map and in the
  Stakeholders panel, the map zoomed to it when it has a location;
- relations: both ends that still exist selected, the Relations panel shown;
- plan tasks: selected in the Action plan panel (`GanttPanel.select_task`); the vision: the plan shown;
- governance bodies and members: selected in the Governance panel's structure; a meeting or a decision
  selects the body that met (the meetings tab has no selection to set from outside);
- results, indicators and their task links: the result, then the indicator, in the Results panel;
- diagnostic reports and items: the item selected (`DiagnosticPanel.select_item`) or the panel shown; surveys
  and survey rounds: the Diagnostic panel, whose Surveys tab lists them.
Anything else (the whole project) shows nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow


def _one(window: MainWindow, sql: str, fid: int):
    row = window.workspace.project.connection.execute(sql, (fid,)).fetchone()
    return None if row is None else row[0]


def _panel(window: MainWindow, panel_id: str):
    """The panel's widget, its dock shown and in front (reloaded if it waited while hidden)."""
    dock = window.docks.get(panel_id)
    if dock is None:
        return None
    dock.show()
    dock.raise_()
    widget = dock.widget()
    if getattr(widget, "_stale", False) and hasattr(widget, "reload"):
        widget.reload()
    return widget


def _stakeholders(window: MainWindow, fids: list[int], panel: str = "registry") -> None:
    existing = [
        f for f in fids if f is not None and _one(window, "SELECT fid FROM stakeholders WHERE fid = ?", f)
    ]
    window.workspace.selection.set(existing, source=None)
    _panel(window, panel)
    if existing:
        window.canvas.zoom_to_selection()


def _governance(window: MainWindow, kind: int, fid: int | None) -> None:
    panel = _panel(window, "governance")
    if panel is None or fid is None:
        return
    panel.tabs.setCurrentIndex(0)  # the structure
    panel.select(kind, fid)


def _result(window: MainWindow, result_id: int | None, indicator_id: int | None = None) -> None:
    panel = _panel(window, "results")
    if panel is None or result_id is None:
        return
    panel.tree.select_result(result_id)
    if indicator_id is None:
        return
    table = panel.indicators
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == indicator_id:
            table.setCurrentCell(row, 0)
            return


def go_to(window: MainWindow, table: str, fid: int) -> None:
    """Show the row `fid` of `table` where the user edits it."""
    from clusterdesk.gui.governance.governance_panel import BODY, MEMBER

    if window.workspace.project is None:
        return
    sql = "SELECT {0} FROM {1} WHERE fid = ?".format
    if table == "stakeholders":
        _stakeholders(window, [fid])
    elif table == "contact_persons":
        _stakeholders(window, [_one(window, sql("stakeholder_id", table), fid)])
    elif table == "survey_responses":
        _stakeholders(window, [_one(window, sql("stakeholder_id", table), fid)])
    elif table == "relations":
        ends = window.workspace.project.connection.execute(
            sql("source_id, target_id", table), (fid,)
        ).fetchone()
        _stakeholders(window, list(ends or ()), panel="relations")
    elif table == "plan_tasks":
        panel = _panel(window, "plan")
        if panel is not None:
            panel.select_task(fid)
    elif table == "vision_statements":
        _panel(window, "plan")
    elif table == "governance_bodies":
        _governance(window, BODY, fid)
    elif table == "governance_members":
        _governance(window, MEMBER, fid)
    elif table == "governance_meetings":
        _governance(window, BODY, _one(window, sql("body_id", table), fid))
    elif table == "governance_decisions":
        meeting = _one(window, sql("meeting_id", table), fid)
        _governance(
            window,
            BODY,
            None if meeting is None else _one(window, sql("body_id", "governance_meetings"), meeting),
        )
    elif table == "results":
        _result(window, fid)
    elif table == "result_indicators":
        _result(window, _one(window, sql("result_id", table), fid), fid)
    elif table == "result_task_links":
        _result(window, _one(window, sql("result_id", table), fid))
    elif table == "diagnostic_items":
        panel = _panel(window, "diagnostic")
        if panel is not None:
            panel.select_item(fid)
    elif table == "diagnostic_item_tasks":
        go_to(window, "diagnostic_items", _one(window, sql("item_id", table), fid))
    elif table in ("diagnostic_reports", "surveys", "survey_rounds"):
        _panel(window, "diagnostic")
