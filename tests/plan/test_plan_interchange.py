"""Round trips through MS Project XML and CSV, and the scheduled plan of a project."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from clusterdesk.analysis.plan_schedule import schedule_project, slippage
from clusterdesk.core.plan_edits import ApplySchedule, move_task, set_calendar
from clusterdesk.core.plan_link_edits import SetBaseline
from clusterdesk.core.project import Project
from clusterdesk.io.plan_csv import read_plan_csv, write_plan_csv
from clusterdesk.io.plan_mspdi import write_mspdi
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanAlreadyInProjectError, plan_import_command, read_plan
from conftest import assert_valid_project


def comparable(document, *, drop=()):
    """Tasks and links keyed by name, without file-specific keys."""
    names = {t.key: t.name for t in document.tasks}
    tasks = []
    for task in document.tasks:
        values = dataclasses.asdict(task)
        for field in ("key", *drop):
            values.pop(field)
        values["budget"] = {k: v for k, v in values["budget"].items() if v}
        tasks.append(values)
    links = sorted((names[k.predecessor], names[k.successor], k.link_type, k.lag_days)
                   for k in document.links)  # fmt: skip
    return tasks, links


@pytest.mark.parametrize(("suffix", "write", "read", "lost"), [
    (".xml", write_mspdi, read_mspdi, ("description",)),
    (".csv", write_plan_csv, read_plan_csv, ()),
])  # fmt: skip
def test_round_trip_keeps_the_plan(planned_project, empty_twin, tmp_path, suffix, write, read, lost):
    original = read_plan(planned_project)
    if suffix == ".csv":  # the CSV holds tasks only: give the target the same calendar first
        empty_twin.stack.push(set_calendar(original.calendar.working_days, original.holiday_names))
    path = write(original, tmp_path / f"plan{suffix}")
    command, warnings = plan_import_command(empty_twin, read(path), source=path.name)
    assert warnings == []
    empty_twin.stack.push(command)
    copied = read_plan(empty_twin)
    expected = comparable(original, drop=lost)
    if suffix == ".xml":  # MS Project keeps whole percentages
        for task in expected[0]:
            task["percent_complete"] = float(round(task["percent_complete"]))
    assert comparable(copied, drop=lost) == expected
    if suffix == ".xml":  # the CSV holds tasks only; the project keeps its calendar
        assert copied.calendar == original.calendar
        assert copied.holiday_names == original.holiday_names
    assert [t.uuid for t in copied.tasks] == [t.uuid for t in original.tasks]
    empty_twin.save()
    assert_valid_project(empty_twin.path)
    empty_twin.stack.undo()
    assert read_plan(empty_twin).tasks == []
    # undo removes an imported calendar, and leaves one set before the import
    assert read_plan(empty_twin).holiday_names == ({} if suffix == ".xml" else original.holiday_names)


def test_importing_the_same_plan_twice_is_refused(planned_project, tmp_path):
    path = write_plan_csv(read_plan(planned_project), tmp_path / "plan.csv")
    with pytest.raises(PlanAlreadyInProjectError, match="8 of its 8 tasks are already in the project's plan"):
        plan_import_command(planned_project, read_plan_csv(path), source="plan.csv")
    assert len(read_plan(planned_project).tasks) == 8
    command, _ = plan_import_command(planned_project, read_plan_csv(path), replace=True)
    planned_project.stack.push(command)
    assert len(read_plan(planned_project).tasks) == 8


def test_a_plan_without_uuids_appends_with_new_ones(planned_project, tmp_path):
    document = read_plan(planned_project)
    for task in document.tasks:  # a template: the same plan, written without task identities
        task.uuid = None
    command, _ = plan_import_command(planned_project, document)
    planned_project.stack.push(command)
    copied = read_plan(planned_project)
    assert len(copied.tasks) == 16
    assert len({t.uuid for t in copied.tasks}) == 16
    assert [t.level for t in copied.tasks].count(1) == 4


def test_unknown_stakeholders_are_summarised_in_one_warning(planned_project, tmp_path):
    path = write_plan_csv(read_plan(planned_project), tmp_path / "plan.csv")
    with Project.new(None, "Elsewhere") as stranger:
        _command, warnings = plan_import_command(stranger, read_plan_csv(path), source="plan.csv")
    assert len(warnings) == 1
    assert "are not stakeholders here and were left out" in warnings[0]
    assert "'Universidad Técnica del Norte'" in warnings[0]


def test_schedule_pushes_successors_and_baseline_measures_slippage(planned_project):
    planned = schedule_project(planned_project)
    ids = {name: fid for fid, name in planned.names.items()}
    dates = planned.dates()
    # the brand design waits for the market study: 8 working days from 1 Feb, with the Carnaval holidays
    assert dates[ids["Market study, Colombia"]] == (dt.date(2027, 2, 1), dt.date(2027, 2, 10))
    assert dates[ids["Collective brand design"]][0] == dt.date(2027, 2, 11)
    assert ids["Expoferia Atuntaqui 2027"] in planned.result.critical_ids()
    planned_project.stack.push(SetBaseline("Agreed"))
    planned_project.stack.push(ApplySchedule(planned.pushed()))
    assert schedule_project(planned_project).pushed() == {}
    planned_project.stack.push(move_task(planned_project, ids["Market study, Colombia"], dt.date(2027, 2, 3)))
    slips = {s.name: s for s in slippage(planned_project, "Agreed")}
    assert slips["Market study, Colombia"].start_slip_days == 2
    assert slips["Collective brand design"].start_slip_days == 3  # pushed by 3 working days over Carnaval


def test_plan_import_command_refuses_a_second_import_and_suggests_replace(planned_project, tmp_path, capsys):
    from clusterdesk.cli.main import main

    path = planned_project.path
    planned_project.close()
    exported = tmp_path / "plan.xml"
    assert main(["plan", "export", str(path), str(exported)]) == 0
    capsys.readouterr()
    assert main(["plan", "import", str(path), str(exported)]) == 2
    err = capsys.readouterr().err
    assert "plan.xml: 8 of its 8 tasks are already in the project's plan (same UUID)" in err
    assert "run again with --replace" in err
    with Project.open(path) as project:
        assert project.counts()["plan_tasks"] == 8
    assert main(["plan", "import", str(path), str(exported), "--replace"]) == 0
    with Project.open(path) as project:
        assert project.counts()["plan_tasks"] == 8
    assert_valid_project(path)
