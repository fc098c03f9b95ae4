"""GanttProject .gan files written by hand in the layout GanttProject 3.3 saves: nested tasks, a milestone,
every dependency type with a lag (difference), weekends, a dated holiday and a yearly one, progress,
notes; what the plan does not keep is summarised; a loop is refused. Dates are worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.plan import load_calendar
from clusterdesk.core.project import Project
from clusterdesk.io.plan_import_readers import read_plan_file
from clusterdesk.io.plan_records import PlanFileError, read_plan
from conftest import assert_valid_project

BOSAWAS = Path(__file__).parent / "data" / "bosawas_cacao.gan"
D = dt.date


def test_tasks_nest_with_progress_notes_and_a_milestone():
    document = read_plan_file(BOSAWAS)
    assert document.name == "Clúster de cacao Bosawas"
    rows = [(t.level, t.key, t.name, t.percent_complete, t.milestone) for t in document.tasks]
    assert rows == [
        (1, "0", "Fortalecer las cooperativas", 45.0, False),
        (2, "1", "Capacitación en fermentación", 100.0, False),
        (2, "2", "Centro de acopio", 40.0, False),
        (2, "3", "Prueba de calidad del grano", 0.0, False),
        (1, "4", "Primer envío al exportador", 0.0, True),
    ]
    tasks = {t.key: t for t in document.tasks}
    assert tasks["0"].notes == "Objetivo 1 del plan de acción"
    assert (tasks["1"].status, tasks["2"].status, tasks["3"].status) == (
        "completed",
        "in_progress",
        "not_started",
    )


def test_durations_count_working_days_around_weekends_and_holidays():
    tasks = {t.key: t for t in read_plan_file(BOSAWAS).tasks}
    # Monday 28 April, 5 days: 28, 29, 30 April, (1 May holiday), 2 May, (weekend), 5 May
    assert (tasks["1"].start, tasks["1"].finish) == (D(2025, 4, 28), D(2025, 5, 5))
    assert (tasks["2"].start, tasks["2"].finish) == (D(2025, 5, 7), D(2025, 5, 20))  # 10 days from Wednesday
    assert (tasks["3"].start, tasks["3"].finish) == (D(2025, 4, 30), D(2025, 5, 5))  # 30 April, 2 and 5 May
    assert (tasks["4"].start, tasks["4"].duration_days) == (D(2025, 5, 23), 0)


def test_dependencies_are_read_from_the_predecessor_with_type_and_difference():
    links = [(k.predecessor, k.successor, k.link_type, k.lag_days) for k in read_plan_file(BOSAWAS).links]
    assert links == [("1", "2", "FS", 1), ("1", "3", "SS", 2), ("2", "4", "FF", 3), ("3", "4", "SF", 4)]


def test_weekends_holidays_and_a_yearly_holiday():
    document = read_plan_file(BOSAWAS)
    assert document.calendar.working_days == "1111100"
    assert document.holiday_names == {
        D(2025, 5, 1): "Día del Trabajo",
        # no year: every year from the first task's to three after the last start
        D(2025, 9, 15): "Independencia",
        D(2026, 9, 15): "Independencia",
        D(2027, 9, 15): "Independencia",
        D(2028, 9, 15): "Independencia",
    }
    assert document.extra_working_days == {D(2025, 6, 7): "Working day"}  # a working Saturday


def test_the_summary_names_resources_allocations_and_custom_columns():
    assert read_plan_file(BOSAWAS).not_understood == [
        "The calendar makes 1 day working that its week leaves free (2025-06-07); the plan's calendar cannot "
        "add working days, so it stays free.",
        "1 resource was not imported ('Técnico de campo'); name the parties responsible for a task in "
        "ClusterDesk.",
        "1 resource allocation to a task was not imported.",
        "1 custom column of the tasks was not imported ('Fuente de fondos').",
    ]


def test_the_cli_imports_a_gan_file_into_a_valid_project(tmp_path, capsys):
    path = tmp_path / "bosawas.gpkg"
    Project.new(path, "Cacao Bosawas", country="NI").save()
    assert main(["plan", "import", str(path), str(BOSAWAS)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Imported 5 tasks and 4 dependencies into {path}"
    assert out[2:] == [f"  - {s}" for s in read_plan_file(BOSAWAS).not_understood]
    assert_valid_project(path)
    project = Project.open(path)
    try:
        tasks = {t.name: t for t in read_plan(project).tasks}
        calendar = load_calendar(project.session.connection())
    finally:
        project.close()
    assert D(2026, 9, 15) in calendar.holidays and D(2025, 5, 1) in calendar.holidays
    summary = tasks["Fortalecer las cooperativas"]  # spans its tasks, whatever the file said
    assert (summary.start, summary.finish) == (D(2025, 4, 28), D(2025, 5, 20))
    assert tasks["Capacitación en fermentación"].duration_days == 5


def test_a_loop_of_dependencies_is_refused(tmp_path):
    path = tmp_path / "loop.gan"
    path.write_text(
        '<?xml version="1.0"?><project name="Bucle"><tasks>'
        '<task id="1" name="Secado" start="2025-03-03" duration="2"><depend id="2" type="2"/></task>'
        '<task id="2" name="Tostado" start="2025-03-05" duration="2"><depend id="3" type="2"/></task>'
        '<task id="3" name="Empaque" start="2025-03-07" duration="1"><depend id="1" type="1"/></task>'
        "</tasks></project>",
        encoding="utf-8",
    )
    with pytest.raises(PlanFileError) as refused:
        read_plan_file(path)
    assert str(refused.value) == (
        "loop.gan: its dependencies form a loop ('Secado' → 'Tostado' → 'Empaque' → 'Secado'), which no "
        "planning program can schedule; remove one of these links in GanttProject and save the file again."
    )


def test_a_file_that_is_not_a_gan_plan_is_refused(tmp_path):
    path = tmp_path / "notes.gan"
    path.write_text("<notes><note>cacao</note></notes>", encoding="utf-8")
    with pytest.raises(PlanFileError, match="not a GanttProject plan: the root element is <notes>"):
        read_plan_file(path)
