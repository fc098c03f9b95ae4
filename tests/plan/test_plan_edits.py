"""Plan commands: each labelled, each undone and redone exactly; the saved file stays a valid GeoPackage."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from clusterdesk.core import edits, schema
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan import PLAN_TABLES, PlanTask, load_calendar
from clusterdesk.core.plan_edits import (
    FIRMS,
    AddTask,
    ChangeOutline,
    DeleteTasks,
    UpdateTask,
    move_task,
    resize_task,
)
from clusterdesk.core.plan_link_edits import (
    AddVisionStatement,
    LinkTasks,
    SetBaseline,
    SetTaskStakeholders,
    UnlinkTasks,
)
from clusterdesk.core.project import Project
from conftest import TEST_DATA, assert_valid_project

MONDAY = dt.date(2027, 3, 1)


def add(project, name, **values):
    command = AddTask({"name": name, **values})
    project.stack.push(command)
    return command.fid


def task(project, fid) -> PlanTask:
    return project.session.get(PlanTask, fid)


def snapshot(project):
    return [tuple(r) for t in ("plan_tasks", "plan_links", "plan_task_responsibles", "plan_baselines",
                               "plan_baseline_tasks", "vision_statements")
            for r in project.connection.execute(f"SELECT * FROM {t} ORDER BY fid")]  # fmt: skip


@pytest.fixture
def plan(new_project):
    objective = add(new_project, "Higher sales abroad")
    study = add(new_project, "Market study", parent_id=objective, start=MONDAY, duration_days=10)
    finish = MONDAY + dt.timedelta(18)
    brand = add(new_project, "Collective brand", parent_id=objective, start=MONDAY, finish=finish)
    new_project.stack.push(LinkTasks(study, brand))
    return new_project, objective, study, brand


def test_add_computes_kind_and_finish_on_the_working_week(plan):
    project, objective, study, brand = plan
    assert task(project, objective).kind == "objective"
    assert task(project, study).kind == "action"
    assert task(project, study).finish == dt.date(2027, 3, 12)  # ten working days, Monday to Friday
    assert task(project, brand).duration_days == 15
    project.save()
    assert_valid_project(project.path)


def test_every_command_undoes_and_redoes_exactly(plan):
    project, objective, study, brand = plan
    firm = edits.AddStakeholders([{"name": "Textiles Imbabura", "lon": -78.2, "lat": 0.3}])
    project.stack.push(firm)
    commands = [
        move_task(project, study, dt.date(2027, 3, 8)),
        resize_task(project, brand, 4),
        ChangeOutline(brand, indent=True),
        ChangeOutline(brand, indent=False),
        SetTaskStakeholders(study, {firm.added_fids[0]: "lead"}),
        SetBaseline("Agreed plan"),
        AddVisionStatement("Atuntaqui, fashion city of the Andes", dt.date(2027, 1, 20), "Steering board"),
        DeleteTasks([objective]),
    ]
    for command in commands:
        before = snapshot(project)
        project.stack.push(command)
        after = snapshot(project)
        assert after != before, command.label
        assert project.stack.undo_label == command.label and command.label
        project.stack.undo()
        assert snapshot(project) == before, command.label
        project.stack.redo()
        assert snapshot(project) == after, command.label
    project.save()
    assert_valid_project(project.path)


def test_move_and_resize_follow_the_calendar(plan):
    project, objective, study, brand = plan
    project.stack.push(move_task(project, objective, dt.date(2027, 3, 3)))  # moves both actions by 2 days
    assert project.stack.undo_label == "Move Higher sales abroad"
    assert task(project, study).start == dt.date(2027, 3, 3)
    assert task(project, study).finish == dt.date(2027, 3, 16)
    project.stack.push(resize_task(project, study, 0))
    assert task(project, study).milestone and task(project, study).finish == task(project, study).start


def test_indent_and_outdent_change_parent_and_kind(plan):
    project, objective, study, brand = plan
    project.stack.push(ChangeOutline(brand, indent=True))
    assert project.stack.undo_label == "Indent Collective brand"
    assert task(project, brand).parent_id == study and task(project, brand).kind == "activity"
    project.stack.push(ChangeOutline(brand, indent=False))
    assert task(project, brand).parent_id == objective and task(project, brand).kind == "action"
    with pytest.raises(ValidationError, match="already at the top level"):
        project.stack.push(ChangeOutline(objective, indent=False))
    with pytest.raises(ValidationError, match="first at its level"):
        project.stack.push(ChangeOutline(study, indent=True))


def test_links_refuse_loops_and_links_into_the_own_outline(plan):
    project, objective, study, brand = plan
    with pytest.raises(ValidationError, match="Collective brand already waits for Market study"):
        project.stack.push(LinkTasks(brand, study))
    with pytest.raises(ValidationError, match="one contains the other"):
        project.stack.push(LinkTasks(objective, study))
    link_id = project.connection.execute("SELECT fid FROM plan_links").fetchone()[0]
    project.stack.push(UnlinkTasks([link_id]))
    project.stack.push(LinkTasks(brand, study, "SS", 2))
    assert project.stack.undo_label == "Link Collective brand to Market study"


def _references(project):
    query = "SELECT (SELECT count(*) FROM plan_task_responsibles), (SELECT count(*) FROM plan_task_firms)"
    return project.connection.execute(query).fetchone()


def test_deleting_a_stakeholder_detaches_it_from_the_plan_and_undo_restores(plan):
    project, objective, study, brand = plan
    firm = edits.AddStakeholders([{"name": "Hilados del Norte", "lon": -78.1, "lat": 0.3}])
    project.stack.push(firm)
    fid = firm.added_fids[0]
    project.stack.push(SetTaskStakeholders(study, {fid: "lead"}))
    project.stack.push(SetTaskStakeholders(brand, {fid: ""}, table=FIRMS))
    project.stack.push(edits.DeleteStakeholders([fid]))
    assert _references(project) == (0, 0)
    project.stack.undo()
    assert _references(project) == (1, 1)
    project.save()
    assert_valid_project(project.path)


def test_country_working_week_drives_the_calendar(tmp_path):
    project = Project.new(tmp_path / "addis.gpkg", "Edible oil", country="SA")
    try:
        assert load_calendar(project.session.connection()).working_days == "1111001"
        fid = add(project, "Joint purchasing of seed", start=dt.date(2027, 3, 4), duration_days=2)  # Thursday
        assert task(project, fid).finish == dt.date(2027, 3, 7)  # Friday and Saturday are the weekend
    finally:
        project.close()


def test_a_version_2_file_gains_the_plan_tables(tmp_path):
    path = tmp_path / "old.gpkg"
    shutil.copy(TEST_DATA / "project_v2.gpkg", path)  # a real file written by version 2
    project = Project.open(path)
    try:
        assert project.migrated_from == 2
        assert set(PLAN_TABLES) <= set(project.counts())
        add(project, "Objective after migration")
        project.save()
    finally:
        project.close()
    assert_valid_project(path)
    check = sqlite3.connect(path)
    version = check.execute("SELECT value FROM clusterdesk_meta WHERE key = 'schema_version'").fetchone()[0]
    tasks = check.execute("SELECT name, kind FROM plan_tasks").fetchall()
    check.close()
    assert version == str(schema.SCHEMA_VERSION)
    assert tasks == [("Objective after migration", "objective")]


def test_a_link_that_loops_through_a_summary_is_refused(plan):
    project, objective, study, brand = plan
    other = add(project, "Skills")
    fair = add(project, "Trade fair", parent_id=other, start=MONDAY, duration_days=3)
    project.stack.push(LinkTasks(brand, other))  # the fair, under Skills, waits for the brand
    with pytest.raises(ValidationError, match="Trade fair already waits for Market study"):
        project.stack.push(LinkTasks(fair, study))


def test_a_finish_before_the_start_is_refused(plan):
    project, objective, study, brand = plan
    with pytest.raises(ValidationError, match="Market study: the finish is before the start"):
        project.stack.push(UpdateTask(study, {"finish": MONDAY - dt.timedelta(days=3)}))
    with pytest.raises(ValidationError, match="Late: the finish 2027-02-26 is before the start"):
        project.stack.push(AddTask({"name": "Late", "start": MONDAY, "finish": dt.date(2027, 2, 26)}))
    project.stack.push(UpdateTask(study, {"finish": MONDAY + dt.timedelta(days=3)}))
    assert task(project, study).duration_days == 4
