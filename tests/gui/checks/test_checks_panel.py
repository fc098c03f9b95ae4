"""The Checks panel in the window: checks run on open and the status bar says how many errors (no dialog),
the panel lists the findings, "Go to" selects the stakeholder or the plan task, "Silence…" asks for a
reason and can be undone; in Russian with no English left."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from conftest import english_words

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "health"))
from health_fixture import build_clean, task  # noqa: E402

TASK_NAME = "Misión comercial"


@pytest.fixture
def flawed_file(tmp_path):
    """A project with two errors: a task whose CDA is not in the project team, a stakeholder (as a
    relation's end) founded after the tie it is in."""
    project = Project.new(tmp_path / "checked.gpkg", "Checked cluster", country="EC")
    ids = build_clean(project)
    ids["task"] = task(project, TASK_NAME, start=dt.date(2022, 6, 1), cda_in_charge="Fatma Sarı")
    project.stack.push(UpdateRow(Stakeholder.__table__, ids["firm_b"], {"year_founded": 2012}, "Edit"))
    project.save()
    project.close()
    return tmp_path / "checked.gpkg", ids


def _open(window, path, qtbot):
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)


def _row(panel, check: str) -> int:
    return next(i for i, f in enumerate(panel.model.rows) if f.check == check)


def test_open_reports_in_the_status_bar_and_go_to_selects(make_window, flawed_file, qtbot, dialogs):
    path, ids = flawed_file
    window = make_window()
    _open(window, path, qtbot)
    panel = window.docks["checks"].widget()
    notice = panel.notice
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    assert "2 problems found — Panels ▸ Checks" in notice.text()
    assert dialogs.errors == [] and dialogs.infos == []  # never a box on open
    assert not window.docks["checks"].isVisible()
    notice.linkActivated.emit("checks")
    assert window.docks["checks"].isVisible()
    assert panel.model.rowCount() == 2 and panel.summary.text() == "2 errors · 0 warnings · 0 notes"
    assert window.docks["checks"].toggleViewAction().shortcut().toString() == "Ctrl+Shift+C"

    panel.select_row(_row(panel, "relations.since_before_founded"))
    assert panel.fix.text().startswith("How to fix: Correct the relation's 'since' date")
    panel.go_button.click()
    firm_a = ids["firm_a"]
    assert window.workspace.selection.fids == frozenset({firm_a, ids["firm_b"]})

    panel.select_row(_row(panel, "plan.cda_not_in_team"))
    assert TASK_NAME in panel.model.rows[_row(panel, "plan.cda_not_in_team")].message
    panel.go_button.click()
    plan = window.docks["plan"]
    assert plan.isVisible() and plan.widget().selected_task() == ids["task"]


def test_silence_asks_for_a_reason_and_undo_brings_the_finding_back(
    make_window, flawed_file, qtbot, monkeypatch
):
    path, ids = flawed_file
    window = make_window()
    _open(window, path, qtbot)
    panel = window.docks["checks"].widget()
    window.docks["checks"].show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    asked = []

    def reason(_parent, title, label):
        asked.append((title, label))
        return "The agency's director acts as CDA until March"

    monkeypatch.setattr(ask, "text", reason)
    panel.select_row(_row(panel, "plan.cda_not_in_team"))
    panel.silence_button.click()
    assert asked and asked[0][0] == "Silence a finding"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.report.silenced[0].reason == "The agency's director acts as CDA until March"
    assert window.workspace.project.stack.undo_label == "Silence plan.cda_not_in_team"
    assert panel.show_silenced.text() == "Show silenced (1)"
    panel.show_silenced.setChecked(True)
    assert panel.model.rowCount() == 2
    silenced = _row(panel, "plan.cda_not_in_team")
    assert panel.model.index(silenced, 3).data() == "The agency's director acts as CDA until March"
    panel.select_row(silenced)
    assert panel.lift_button.isEnabled() and not panel.silence_button.isEnabled()
    window.workspace.undo()
    qtbot.waitUntil(lambda: panel.report is not None and len(panel.report.findings) == 2, timeout=10000)
    assert panel.report.silenced == []


def test_an_empty_reason_is_refused_in_the_panel(make_window, flawed_file, qtbot, monkeypatch):
    path, _ids = flawed_file
    window = make_window()
    _open(window, path, qtbot)
    panel = window.docks["checks"].widget()
    window.docks["checks"].show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    monkeypatch.setattr(ask, "text", lambda *_args: "  ")
    panel.select_row(0)
    panel.silence_button.click()
    assert panel.message.isVisible() and "reason may not be empty" in panel.message.text()
    assert not window.workspace.project.stack.can_undo


def test_the_panel_in_russian(make_window, flawed_file, qtbot, interface_language):
    interface_language("ru")
    path, _ids = flawed_file
    window = make_window()
    _open(window, path, qtbot)
    panel = window.docks["checks"].widget()
    qtbot.waitUntil(panel.notice.isVisible, timeout=10000)
    assert english_words(panel.notice.toolTip()) == []
    window.docks["checks"].show()
    panel.select_row(0)
    texts = [panel.summary.text(), panel.fix.text(), window.docks["checks"].windowTitle()]
    texts += [panel.model.headerData(c, _horizontal()) for c in range(4)]
    texts += [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    for widget in panel.findChildren(QPushButton) + panel.findChildren(QCheckBox):
        texts += [widget.text(), widget.toolTip()]
    texts += [label.text() for label in panel.findChildren(QLabel) if label is not panel.fix]
    left = {text: english_words(text) for text in texts if english_words(text or "")}
    assert left == {}
    # the finding names the project's own rows; the rest of it is Russian
    message = panel.model.rows[0].message
    assert english_words(
        message.replace(TASK_NAME, "").replace("Fatma Sarı", "").replace("Lucía Pérez", "")
    ) in (
        [],
        ["Textiles", "Andinos", "Hilados", "del", "Norte"],
    )


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
