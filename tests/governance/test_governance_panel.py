"""The governance panel: add a body, add a member, record a meeting with attendance, create a task from a
decision, undo each; the organisation chart exports PNG and SVG."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage

from clusterdesk.core import edits
from clusterdesk.core.model import ContactPerson
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.governance import dialogs as dialogs_module
from clusterdesk.gui.governance import governance_panel as panel_module
from clusterdesk.gui.governance.dialogs import BodyDialog, MeetingDialog, MemberDialog

CHAMBER = "Cámara de Comercio de Antonio Ante"


@pytest.fixture
def workspace(tmp_path):
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    project = workspace.new(tmp_path / "cluster.gpkg", "Atuntaqui garments")
    chamber = {"name": CHAMBER, "kind": "business_association", "lon": -78.2, "lat": 0.33}
    people = edits.AddStakeholders([chamber, {"name": "Textiles Imbabura", "lon": -78.21, "lat": 0.34}])
    project.stack.push(people)
    project.session.add(
        ContactPerson(stakeholder_id=people.added_fids[0], name="Rosa Andrade", gender="female")
    )
    project.session.commit()
    project.stack.clear()
    yield workspace
    workspace.close(discard=True)


@pytest.fixture
def panel(qtbot, workspace):
    widget = panel_module.GovernancePanel(workspace)
    qtbot.addWidget(widget)
    widget.show()  # as an open dock: a hidden panel defers its refreshes
    return widget


def answer_with(monkeypatch, fill):
    """The next dialog is filled in by `fill` and accepted instead of being shown."""

    def run(dialog):
        fill(dialog)
        return True

    monkeypatch.setattr(dialogs_module, "run_dialog", run)


def test_add_body_member_meeting_and_task_then_undo_each(panel, workspace, monkeypatch):
    project = workspace.project

    def body(dialog: BodyDialog):
        dialog.name.setText("Comisión del Clúster")
        dialog.body_type.setCurrentIndex(dialog.body_type.findData("cluster_commission"))

    answer_with(monkeypatch, body)
    panel._add_body()
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(1) == "Cluster Commission"
    assert project.stack.undo_label == "Add body Comisión del Clúster"

    def member(dialog: MemberDialog):
        dialog.stakeholder.setCurrentIndex(dialog.stakeholder.findText(CHAMBER))
        dialog.contact.setCurrentIndex(dialog.contact.findText("Rosa Andrade"))
        dialog.role.setCurrentIndex(dialog.role.findData("chair"))

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    answer_with(monkeypatch, member)
    panel._add_member()
    row = panel.tree.topLevelItem(0).child(0)
    assert (row.text(0), row.text(1), row.text(2)) == (f"Rosa Andrade ({CHAMBER})", "Chair", "Female")
    assert "Every body has a chair" in panel.report.toPlainText()

    def meeting(dialog: MeetingDialog):
        dialog.held_on.setDate(QDate(2025, 3, 4))
        dialog.set_status(0, "apologies")
        dialog.decisions.setPlainText("Organise a joint stand at the Expoferia")

    answer_with(monkeypatch, meeting)
    panel.meetings_tab._record_meeting()
    assert panel.meetings_tab.meetings.rowCount() == 1
    assert [panel.meetings_tab.meetings.item(0, c).text() for c in (0, 2, 3, 5)] == [
        "2025-03-04",
        "0",
        "1",
        "1",
    ]
    assert panel.meetings_tab.decisions.item(0, 2).text() == "No task"
    assert panel.tree.topLevelItem(0).child(0).text(4) == "0% of 1"

    def correct(dialog: MeetingDialog):
        dialog.set_status(0, "present")
        dialog.minutes.setPlainText("Agreed to go together")

    answer_with(monkeypatch, correct)
    panel.meetings_tab._edit_meeting()
    assert [panel.meetings_tab.meetings.item(0, c).text() for c in (2, 3)] == ["1", "0"]
    assert panel.tree.topLevelItem(0).child(0).text(4) == "100% of 1"
    workspace.undo()
    assert panel.tree.topLevelItem(0).child(0).text(4) == "0% of 1"

    panel.meetings_tab.decisions.selectRow(0)
    panel.meetings_tab._task()
    assert project.session.query(PlanTask).one().name == "Organise a joint stand at the Expoferia"
    assert panel.meetings_tab.decisions.item(0, 2).text().startswith("Not started")
    assert panel.meetings_tab.decisions.item(0, 1).text() == "Organise a joint stand at the Expoferia"

    workspace.undo()  # the task
    assert (
        project.session.query(PlanTask).count() == 0
        and panel.meetings_tab.decisions.item(0, 2).text() == "No task"
    )
    workspace.undo()  # the meeting
    assert panel.meetings_tab.meetings.rowCount() == 0
    workspace.undo()  # the member
    assert panel.tree.topLevelItem(0).childCount() == 0
    assert (
        "Cluster Commission" in panel.report.toPlainText() and "without a chair" in panel.report.toPlainText()
    )
    workspace.undo()  # the body
    assert panel.tree.topLevelItemCount() == 0


def test_refusals_show_under_the_tabs(panel, workspace, monkeypatch):
    panel._add_member()
    assert panel.message.text() == "Select the body the member joins first."
    answer_with(monkeypatch, lambda dialog: dialog.name.setText("   "))
    panel._add_body()
    assert panel.message.text() == "name: a body needs a name"
    assert workspace.project.stack.undo_label is None


def test_phase_out_ticks_and_maturity_are_undoable(panel, workspace):
    panel.manual_items["tools_handed_over"].click()
    assert "✔" in panel.report.toPlainText().split("Tools (registry")[0].splitlines()[-1]
    panel.maturity_start.setDate(QDate(2025, 1, 1))
    panel.maturity_level.setCurrentIndex(panel.maturity_level.findData("shared"))
    panel._record_maturity()
    assert "2025-01-01 – now: Shared" in panel.report.toPlainText()
    workspace.undo()
    workspace.undo()
    assert not panel.manual_items["tools_handed_over"].isChecked()


def test_chart_exports_png_and_svg(panel, workspace, monkeypatch, tmp_path):
    from clusterdesk.core import governance_edits as g

    project = workspace.project
    project.stack.push(g.add_body(project, {"name": "Steering Committee", "body_type": "steering_committee"}))
    project.stack.push(g.add_body(project, {"name": "Cluster Commission", "body_type": "cluster_commission",
                                            "parent_id": 1}))  # fmt: skip
    project.stack.push(g.add_member(project, 2, {"person_name": "Ana Pozo", "role": "chair"}))
    assert len(panel.chart.boxes) == 2
    parent, child = sorted(panel.chart.boxes, key=lambda b: b.rect.top())
    assert child.parent_id == parent.body_id and child.rect.top() > parent.rect.bottom()
    assert child.lines[0][0] == "Chair: Ana Pozo"

    for kind in ("png", "svg"):
        target = tmp_path / f"chart.{kind}"
        monkeypatch.setattr(panel_module.ask, "save_file_name", lambda *_args, target=target: str(target))
        panel._export(kind)
        assert target.stat().st_size > 1000
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() >= 2 * (panel.chart.width() - 1)  # exported at twice the screen size
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "Cluster Commission" in svg and "Ana Pozo" in svg


def test_reference_day_follows_an_archived_record():
    from clusterdesk.core.governance import GovernanceData

    old = GovernanceData(meetings=[{"held_on": dt.date(2020, 5, 1)}])
    assert panel_module.reference_day(old) == dt.date(2020, 5, 1)
    assert panel_module.reference_day(GovernanceData()) == dt.date.today()


def test_a_hidden_panel_catches_up_when_shown(qtbot, workspace):
    from clusterdesk.core import governance_edits as g

    panel = panel_module.GovernancePanel(workspace)
    qtbot.addWidget(panel)
    project = workspace.project
    project.stack.push(g.add_body(project, {"name": "Working group on design", "body_type": "working_group"}))
    assert panel.tree.topLevelItemCount() == 0  # not shown yet: nothing was read
    panel.show()
    assert panel.tree.topLevelItem(0).text(0) == "Working group on design"
