"""Governance commands: every edit lands in the tables, undoes exactly, and refuses bad input by name."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from clusterdesk.core import edits
from clusterdesk.core import governance_edits as g
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.governance import load_governance
from clusterdesk.core.model import ContactPerson
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.project import Project
from clusterdesk.core.schema import SCHEMA_VERSION, TABLES_ADDED_IN_4
from conftest import assert_valid_project


def _count(project: Project, table) -> int:
    return project.session.connection().execute(select(func.count()).select_from(table)).scalar()


def _registry(project: Project) -> dict[str, int]:
    rows = [
        {
            "name": "Cámara de Comercio de Antonio Ante",
            "kind": "business_association",
            "lon": -78.2,
            "lat": 0.33,
        },
        {"name": "Municipio de Antonio Ante", "kind": "public_authority", "lon": -78.21, "lat": 0.32},
        {"name": "Textiles Imbabura", "kind": "enterprise", "sector_code": "1410", "lon": -78.2, "lat": 0.34},
    ]
    command = edits.AddStakeholders(rows)
    project.stack.push(command)
    fids = dict(zip(("chamber", "municipality", "firm"), command.added_fids, strict=True))
    project.session.add(ContactPerson(stakeholder_id=fids["chamber"], name="Rosa Andrade", gender="female"))
    project.session.commit()
    fids["rosa"] = project.session.query(ContactPerson.fid).scalar()
    return fids


def test_schema_four_holds_the_governance_tables(new_project):
    assert SCHEMA_VERSION >= 4
    listed = {r[0] for r in new_project.connection.execute("SELECT table_name FROM gpkg_contents")}
    assert {"governance_bodies", "governance_members", "governance_meetings"} <= listed
    assert set(TABLES_ADDED_IN_4) <= listed


def test_body_member_meeting_with_undo(new_project):
    project, who = new_project, _registry(new_project)
    project.stack.push(
        g.add_body(project, {"name": "Comisión del Clúster", "body_type": "cluster_commission"})
    )
    body = load_governance(project.session).bodies[0]["fid"]
    assert project.stack.undo_label == "Add body Comisión del Clúster"

    project.stack.push(g.add_member(project, body, {"contact_id": who["rosa"], "role": "chair"}))
    member = load_governance(project.session).members[0]
    assert member["stakeholder_id"] == who["chamber"]  # taken from the contact person
    assert member["gender"] == "female" and member["interest_group"] == "business_association"
    assert project.stack.undo_label == "Add Rosa Andrade to Comisión del Clúster"
    project.stack.push(g.add_member(project, body, {"stakeholder_id": who["municipality"], "gender": "male"}))
    second = load_governance(project.session).members[1]["fid"]

    day = dt.date(2025, 3, 4)
    attendance = {member["fid"]: "present", second: "apologies"}
    project.stack.push(
        g.record_meeting(
            project, body, day, attendance, ["Organise a joint stand at the fair", " "], place="Atuntaqui"
        )
    )
    data = load_governance(project.session)
    assert [(a["member_id"], a["status"]) for a in data.attendance] == list(attendance.items())
    assert all(a["meeting_id"] == data.meetings[0]["fid"] for a in data.attendance)
    assert [d["text"] for d in data.decisions] == [
        "Organise a joint stand at the fair"
    ]  # blank lines dropped

    project.stack.undo()
    assert _count(project, g.MEETINGS) == _count(project, g.ATTENDANCE) == _count(project, g.DECISIONS) == 0
    project.stack.redo()
    redone = load_governance(project.session)
    assert [m["uuid"] for m in redone.meetings] == [m["uuid"] for m in data.meetings]  # the same rows again

    project.stack.push(g.remove_member(project, second))
    assert _count(project, g.ATTENDANCE) == 1
    project.stack.undo()
    assert _count(project, g.ATTENDANCE) == 2

    project.stack.push(g.delete_body(project, body))
    assert _count(project, g.BODIES) == _count(project, g.MEMBERS) == _count(project, g.MEETINGS) == 0
    project.stack.undo()
    assert load_governance(project.session).attendance == redone.attendance
    project.save()
    assert_valid_project(project.path)


def test_decision_creates_a_linked_task_and_shows_its_follow_up(new_project):
    from clusterdesk.analysis.governance_checks import decision_follow_up
    from clusterdesk.core.plan_edits import UpdateTask

    project = new_project
    project.stack.push(g.add_body(project, {"name": "Steering Committee", "body_type": "steering_committee"}))
    body = load_governance(project.session).bodies[0]["fid"]
    project.stack.push(
        g.record_meeting(project, body, dt.date(2025, 5, 6), {}, ["Train 20 firms in quality"])
    )
    decision = load_governance(project.session).decisions[0]["fid"]

    command = g.CreateTaskFromDecision(decision)
    project.stack.push(command)
    task = project.session.get(PlanTask, command.task_id)
    assert task.name == "Train 20 firms in quality"
    assert "Steering Committee on 2025-05-06" in task.description
    assert task.start >= dt.date(2025, 5, 6)
    assert decision_follow_up(load_governance(project.session))[0].status == "Not started"

    project.stack.push(UpdateTask(task.fid, {"status": "in_progress", "percent_complete": 40.0}))
    follow_up = decision_follow_up(load_governance(project.session))[0]
    assert (follow_up.status, follow_up.percent_complete, follow_up.task_name) == (
        "In progress",
        40.0,
        task.name,
    )
    with pytest.raises(ValidationError, match="already has a task"):
        project.stack.push(g.CreateTaskFromDecision(decision))

    project.stack.undo()
    project.stack.undo()
    assert _count(project, PlanTask.__table__) == 0
    assert load_governance(project.session).decisions[0]["task_uuid"] is None
    project.stack.redo()
    assert decision_follow_up(load_governance(project.session))[0].status == "Not started"


def test_deleting_a_stakeholder_keeps_the_member_by_name(new_project):
    project, who = new_project, _registry(new_project)
    values = {
        "name": "Cluster Commission",
        "body_type": "cluster_commission",
        "lead_stakeholder_id": who["chamber"],
    }
    project.stack.push(g.add_body(project, values))
    body = load_governance(project.session).bodies[0]["fid"]
    project.stack.push(g.add_member(project, body, {"contact_id": who["rosa"], "role": "chair"}))

    project.stack.push(edits.DeleteStakeholders([who["chamber"]]))
    data = load_governance(project.session)
    assert data.members[0]["stakeholder_id"] is None and data.members[0]["contact_id"] is None
    assert data.member_name(data.members[0]) == "Rosa Andrade"
    assert data.bodies[0]["lead_stakeholder_id"] is None
    project.save()
    assert_valid_project(project.path)  # no dangling foreign keys

    project.stack.undo()
    data = load_governance(project.session)
    assert (data.members[0]["contact_id"], data.members[0]["person_name"]) == (who["rosa"], None)
    assert data.bodies[0]["lead_stakeholder_id"] == who["chamber"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": " ", "body_type": "other"}, "name"),
        ({"name": "X", "body_type": "parliament"}, "body_type"),
        ({"name": "X", "parent_id": 999}, "parent_id"),
        (
            {"name": "X", "established_on": dt.date(2025, 1, 1), "dissolved_on": dt.date(2024, 1, 1)},
            "dissolved_on",
        ),
    ],
)
def test_bad_bodies_are_refused_by_field(new_project, values, field):
    with pytest.raises(ValidationError) as refused:
        g.add_body(new_project, values)
    assert refused.value.field == field


def test_bad_members_meetings_and_loops_are_refused(new_project):
    project, who = new_project, _registry(new_project)
    project.stack.push(g.add_body(project, {"name": "Commission", "body_type": "cluster_commission"}))
    project.stack.push(
        g.add_body(project, {"name": "Marketing group", "parent_id": 1, "body_type": "working_group"})
    )
    with pytest.raises(ValidationError, match="under itself"):
        g.update_body(project, 1, {"parent_id": 2})
    with pytest.raises(ValidationError, match="registry or type"):
        g.add_member(project, 1, {"role": "member"})
    with pytest.raises(ValidationError, match="not a contact person of the chosen"):
        g.add_member(project, 1, {"stakeholder_id": who["firm"], "contact_id": who["rosa"]})
    with pytest.raises(ValidationError, match="'president' is not one of"):
        g.add_member(project, 1, {"stakeholder_id": who["firm"], "role": "president"})
    with pytest.raises(ValidationError, match="is not a member of Commission"):
        g.record_meeting(project, 1, dt.date(2025, 1, 1), {42: "present"})


def test_maturity_and_phase_out_items_replace_their_period(new_project):
    project = new_project
    project.stack.push(g.record_maturity(project, dt.date(2024, 1, 1), "cda_led"))
    project.stack.push(g.record_maturity(project, dt.date(2024, 1, 1), "shared", notes="agreed in June"))
    data = load_governance(project.session)
    assert [(m["leadership"], m["notes"]) for m in data.maturity] == [("shared", "agreed in June")]
    project.stack.undo()
    assert load_governance(project.session).maturity[0]["leadership"] == "cda_led"

    project.stack.push(g.set_phase_out_item(project, "tools_handed_over", True, dt.date(2025, 6, 1)))
    project.stack.push(g.set_phase_out_item(project, "tools_handed_over", False))
    assert load_governance(project.session).phase_out_items[0]["done"] is False
    with pytest.raises(ValidationError):
        g.set_phase_out_item(project, "celebration_held", True)


def test_merging_duplicates_moves_seats_and_leadership_to_the_survivor(new_project):
    from clusterdesk.core.registry_edits import MergeStakeholders

    project = new_project
    command = edits.AddStakeholders(
        [{"name": "Camara Antonio Ante"}, {"name": "Cámara de Comercio de Antonio Ante"}]
    )
    project.stack.push(command)
    duplicate, survivor = command.added_fids
    body = {"name": "Cluster Commission", "body_type": "cluster_commission", "lead_stakeholder_id": duplicate}
    project.stack.push(g.add_body(project, body))
    project.stack.push(g.add_member(project, 1, {"stakeholder_id": duplicate, "person_name": "Rosa Andrade"}))

    project.stack.push(MergeStakeholders(survivor, [duplicate]))
    data = load_governance(project.session)
    assert (data.members[0]["stakeholder_id"], data.bodies[0]["lead_stakeholder_id"]) == (survivor, survivor)
    assert data.member_name(data.members[0]) == "Rosa Andrade (Cámara de Comercio de Antonio Ante)"
    project.stack.undo()
    data = load_governance(project.session)
    assert (data.members[0]["stakeholder_id"], data.bodies[0]["lead_stakeholder_id"]) == (
        duplicate,
        duplicate,
    )


def test_editing_a_meeting_replaces_attendance_and_adds_decisions_in_one_step(new_project):
    project = new_project
    project.stack.push(g.add_body(project, {"name": "Commission", "body_type": "cluster_commission"}))
    project.stack.push(g.add_member(project, 1, {"person_name": "Ana Pozo", "role": "chair"}))
    project.stack.push(g.add_member(project, 1, {"person_name": "Luis Vaca"}))
    project.stack.push(g.record_meeting(project, 1, dt.date(2025, 3, 4), {1: "present"}, ["Hold a fair"]))
    before = load_governance(project.session)

    edit = g.edit_meeting(project, 1, dt.date(2025, 3, 5), {1: "apologies", 2: "present"}, ["Visit Bogotá"],
                          minutes="Short meeting")  # fmt: skip
    project.stack.push(edit)
    assert project.stack.undo_label == "Edit Commission meeting of 2025-03-04"
    after = load_governance(project.session)
    assert (after.meetings[0]["held_on"], after.meetings[0]["minutes"]) == (
        dt.date(2025, 3, 5),
        "Short meeting",
    )
    assert {(a["member_id"], a["status"]) for a in after.attendance} == {(1, "apologies"), (2, "present")}
    assert [(d["text"], d["position"]) for d in after.decisions] == [("Hold a fair", 0), ("Visit Bogotá", 1)]
    project.stack.undo()
    again = load_governance(project.session)
    assert (again.meetings, again.attendance, again.decisions) == (
        before.meetings,
        before.attendance,
        before.decisions,
    )
    project.stack.redo()
    assert load_governance(project.session).attendance == after.attendance
