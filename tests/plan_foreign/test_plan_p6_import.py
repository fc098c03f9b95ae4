"""Primavera P6 XML written by hand to Oracle's schema: WBS two levels deep, activities with actual and
planned dates, percent complete as each activity's type chooses, a finish milestone, every relationship
type with a lag in hours, the project's calendar with holidays and 8 hours a day; a file with two
projects; a loop refused. Expectations are worked out by hand from the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.plan import load_calendar
from clusterdesk.core.project import Project
from clusterdesk.io.plan_import_readers import p6_project_names, read_plan_file
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanFileError, read_plan
from conftest import assert_valid_project

AMBATO = Path(__file__).parent / "data" / "ambato_p6.xml"
D = dt.date


def test_wbs_nests_the_activities_in_sequence_and_empty_wbs_is_left_out():
    document = read_plan_file(AMBATO)
    assert document.name == "Clúster del calzado de Ambato"
    assert [(t.level, t.name) for t in document.tasks] == [
        (1, "Diagnóstico"),  # SequenceNumber 10, although written after its child in the file
        (2, "Encuesta a las empresas"),
        (2, "Informe de diagnóstico"),  # by start: 6 March before the milestone of 21 March
        (2, "Diagnóstico validado"),
        (1, "Acciones conjuntas"),
        (2, "Compra conjunta de cuero (piloto)"),  # a WBS's own activities come before the WBS below it
        (2, "Ferias comerciales"),
        (3, "Stand en la feria FICCE"),
        (3, "Seguimiento a compradores"),
    ]


def test_dates_progress_and_milestones_follow_what_p6_shows():
    tasks = {t.name: t for t in read_plan_file(AMBATO).tasks}
    survey = tasks["Encuesta a las empresas"]
    assert (survey.start, survey.finish) == (D(2025, 2, 17), D(2025, 2, 28))  # actual, not planned (26 Feb)
    assert (survey.percent_complete, survey.status) == (100.0, "completed")
    assert "Encuesta a 120 empresas de calzado." == survey.notes  # the notebook's HTML as text
    report = tasks["Informe de diagnóstico"]
    assert report.percent_complete == 50.0  # Duration type: DurationPercentComplete 0.5, not physical 0.2
    assert tasks["Compra conjunta de cuero (piloto)"].percent_complete == 25.0  # Physical: 0.25, not 0.6
    milestone = tasks["Diagnóstico validado"]
    assert milestone.milestone and (milestone.start, milestone.finish) == (D(2025, 3, 21), D(2025, 3, 21))


def test_relationships_keep_their_type_and_lag_in_working_days_of_8_hours():
    links = [(k.predecessor, k.successor, k.link_type, k.lag_days) for k in read_plan_file(AMBATO).links]
    assert links == [("1", "2", "FS", 1), ("2", "3", "FF", 2), ("4", "5", "SS", 3), ("5", "6", "SF", 5)]


def test_the_project_calendar_is_the_projects_default_not_the_global_default():
    document = read_plan_file(AMBATO)
    calendar = document.calendar
    assert calendar.working_days == "1111100"  # "Agencia 5 días", not the 7-day calendar marked IsDefault
    assert calendar.hours_per_day == 8.0
    assert calendar.holidays == (D(2025, 3, 3), D(2025, 3, 4), D(2025, 4, 18))  # Carnaval, Viernes Santo
    assert document.extra_working_days == {D(2025, 3, 15): "Working day"}  # a working Saturday


def test_the_summary_names_what_the_plan_does_not_keep():
    summary = read_plan_file(AMBATO).not_understood
    assert summary == [
        "The calendar makes 1 day working that its week leaves free (2025-03-15); the plan's calendar cannot "
        "add working days, so it stays free.",
        "1 resource was not imported ('Consultor de calzado'); name the parties responsible for a task in "
        "ClusterDesk.",
        "1 resource assignment was not imported, with its units and costs.",
        "The cost of 1 activity was not imported ('Encuesta a las empresas'); the plan keeps a budget by "
        "source, which you can enter in the task.",
        "1 user-defined field value was not imported; the plan has no place for P6's UDFs.",
        "1 activity has a date constraint ('Seguimiento a compradores'); its dates were imported, the "
        "constraint was not.",
        "The activity codes of 1 activity were not imported ('Seguimiento a compradores').",
        "1 activity follows a calendar of its own ('Seguimiento a compradores'); it is scheduled on the "
        "plan's calendar.",
        "1 relationship with an activity of another project was not imported.",
    ]


def test_the_cli_imports_p6_with_holidays_and_working_day_durations(tmp_path, capsys):
    path = tmp_path / "ambato.gpkg"
    Project.new(path, "Calzado Ambato", country="EC").save()
    assert main(["plan", "import", str(path), str(AMBATO)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Imported 9 tasks and 4 dependencies into {path}"
    assert out[1] == "Not imported from ambato_p6.xml, because the action plan does not keep it:"
    assert len(out) == 2 + 9
    assert_valid_project(path)
    project = Project.open(path)
    try:
        tasks = {t.name: t for t in read_plan(project).tasks}
        calendar = load_calendar(project.session.connection())
    finally:
        project.close()
    assert calendar.holidays == (D(2025, 3, 3), D(2025, 3, 4), D(2025, 4, 18))
    assert tasks["Encuesta a las empresas"].duration_days == 10  # 17–28 February, Monday to Friday
    assert tasks["Informe de diagnóstico"].duration_days == 10  # 6–19 March
    assert tasks["Stand en la feria FICCE"].duration_days == 9  # 14–25 April less Good Friday
    assert (tasks["Diagnóstico"].start, tasks["Diagnóstico"].finish) == (D(2025, 2, 17), D(2025, 3, 21))


def test_read_mspdi_hands_a_p6_file_to_the_p6_reader():
    assert [t.name for t in read_mspdi(AMBATO).tasks] == [t.name for t in read_plan_file(AMBATO).tasks]


TWO_PROJECTS = """<?xml version="1.0" encoding="UTF-8"?>
<APIBusinessObjects xmlns="http://xmlns.oracle.com/Primavera/P6/V8.3/API/BusinessObjects">
  <Project><Id>EST-01</Id><Name>Hortalizas Estelí</Name><ObjectId>1</ObjectId>
    <Activity><Id>A1</Id><Name>Capacitación en BPA</Name><ObjectId>11</ObjectId>
      <StartDate>2025-06-02T08:00:00</StartDate><FinishDate>2025-06-06T17:00:00</FinishDate></Activity>
  </Project>
  <Project><Id>EST-02</Id><Name>Café de Jinotega</Name><ObjectId>2</ObjectId>
    <Activity><Id>B1</Id><Name>Catación conjunta</Name><ObjectId>21</ObjectId>
      <StartDate>2025-07-07T08:00:00</StartDate><FinishDate>2025-07-08T17:00:00</FinishDate></Activity>
    <Activity><Id>B2</Id><Name>Ronda de negocios</Name><ObjectId>22</ObjectId>
      <Type>Start Milestone</Type><StartDate>2025-07-15T08:00:00</StartDate></Activity>
    <Relationship><PredecessorActivityObjectId>21</PredecessorActivityObjectId>
      <SuccessorActivityObjectId>22</SuccessorActivityObjectId><Type>Finish to Start</Type><Lag>4</Lag>
    </Relationship>
  </Project>
</APIBusinessObjects>
"""


def test_of_two_projects_the_first_is_read_and_the_other_named(tmp_path):
    path = tmp_path / "nicaragua.xml"
    path.write_text(TWO_PROJECTS, encoding="utf-8")
    assert p6_project_names(path) == ["Hortalizas Estelí", "Café de Jinotega"]
    first = read_plan_file(path)
    assert [t.name for t in first.tasks] == ["Capacitación en BPA"]
    assert first.not_understood == [
        "The file holds 1 other project ('Café de Jinotega'); only 'Hortalizas Estelí' was imported. Import "
        "the file again and choose the other project to add it too."
    ]
    second = read_plan_file(path, "est-02")  # by ID, any case
    assert [(t.name, t.milestone, t.start) for t in second.tasks] == [
        ("Catación conjunta", False, D(2025, 7, 7)),
        ("Ronda de negocios", True, D(2025, 7, 15)),
    ]
    assert [(k.link_type, k.lag_days) for k in second.links] == [("FS", 0)]  # 4 h: half a day rounds down
    assert read_plan_file(path, "Café de Jinotega").name == "Café de Jinotega"
    with pytest.raises(PlanFileError, match="has no project with the ID or name 'Matagalpa'; it holds"):
        read_plan_file(path, "Matagalpa")


def test_the_cli_chooses_a_p6_project(tmp_path, capsys):
    source = tmp_path / "nicaragua.xml"
    source.write_text(TWO_PROJECTS, encoding="utf-8")
    path = tmp_path / "jinotega.gpkg"
    Project.new(path, "Café de Jinotega", country="NI").save()
    assert main(["plan", "import", str(path), str(source), "--p6-project", "EST-02"]) == 0
    assert capsys.readouterr().out.startswith(f"Imported 2 tasks and 1 dependencies into {path}")


def test_a_loop_of_relationships_is_refused_by_name(tmp_path, capsys):
    path = tmp_path / "loop.xml"
    path.write_text(TWO_PROJECTS.replace("<Type>Finish to Start</Type><Lag>4</Lag>\n    </Relationship>",
        "<Type>Finish to Start</Type><Lag>4</Lag></Relationship><Relationship><PredecessorActivityObjectId>22"
        "</PredecessorActivityObjectId><SuccessorActivityObjectId>21</SuccessorActivityObjectId></Relationship>"),
        encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanFileError) as refused:
        read_plan_file(path, "EST-02")
    assert str(refused.value) == (
        "loop.xml: its dependencies form a loop ('Catación conjunta' → 'Ronda de negocios' → 'Catación "
        "conjunta'), which no planning program can schedule; remove one of these links in Primavera P6 and "
        "save the file again."
    )
    project = tmp_path / "p.gpkg"
    Project.new(project, "Café", country="NI").save()
    assert main(["plan", "import", str(project), str(path), "--p6-project", "EST-02"]) == 1
    assert "form a loop" in capsys.readouterr().err


def test_a_p6_file_without_a_project_says_what_to_export(tmp_path):
    path = tmp_path / "calendars.xml"
    path.write_text("<APIBusinessObjects><Calendar><Name>Standard</Name></Calendar></APIBusinessObjects>")
    with pytest.raises(PlanFileError, match="holds no project .* File > Export, Primavera PM XML"):
        read_plan_file(path)
