"""Plans written by other programs, bad files with clear messages, iCalendar output, and the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clusterdesk.analysis.plan_schedule import schedule_project
from clusterdesk.cli.main import main
from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.io.plan_csv import read_plan_csv, write_plan_csv
from clusterdesk.io.plan_ical import fold, write_plan_ical
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanFileError, plan_import_command, read_plan
from conftest import assert_valid_project

FIXTURE = Path(__file__).parent / "data" / "bosawas_msproject.xml"


def test_ms_project_file_imports_with_names_dates_links_and_progress(tmp_path):
    document = read_mspdi(FIXTURE)
    names = [t.name for t in document.tasks]
    assert names == [
        "Certificación colectiva orgánica y comercio justo",
        "Diagnóstico de fincas e inspección interna",
        "Sistema de control interno",
        "Auditoría de la certificadora",
        "Certificado obtenido",
        "Comercialización conjunta",
        "Acopio y fermentación centralizada",
        "Contrato con comprador europeo",
    ]
    assert [t.level for t in document.tasks] == [1, 2, 2, 2, 2, 1, 2, 2]
    by_name = {t.name: t for t in document.tasks}
    diagnosis = by_name["Diagnóstico de fincas e inspección interna"]
    assert (diagnosis.start, diagnosis.finish, diagnosis.duration_days) == (
        dt.date(2027, 1, 11),
        dt.date(2027, 2, 19),
        30,
    )
    assert diagnosis.percent_complete == 100 and diagnosis.status == "completed"
    assert diagnosis.responsible == [("INTA Nicaragua", "lead"), ("Cooperativa Flor de Pancasán", "support")]
    assert by_name["Certificado obtenido"].milestone
    key = {t.key: t.name for t in document.tasks}
    links = {(key[k.predecessor], key[k.successor]): (k.link_type, k.lag_days) for k in document.links}
    assert links == {
        ("Diagnóstico de fincas e inspección interna", "Sistema de control interno"): ("FS", 0),
        ("Sistema de control interno", "Auditoría de la certificadora"): ("FS", 3),
        ("Auditoría de la certificadora", "Certificado obtenido"): ("FS", 1),  # 2 calendar days
        ("Certificado obtenido", "Contrato con comprador europeo"): ("SS", -1),
        ("Acopio y fermentación centralizada", "Contrato con comprador europeo"): ("FF", 0),
    }
    assert document.calendar.working_days == "1111100"
    assert document.holiday_names == {
        dt.date(2027, 3, 25): "Semana Santa",
        dt.date(2027, 3, 26): "Semana Santa",
        dt.date(2027, 5, 1): "Día del Trabajo",
    }

    project = Project.new(tmp_path / "bosawas.gpkg", "Cacao Bosawas", country="NI")
    try:
        project.stack.push(
            edits.AddStakeholders(
                [
                    {"name": "Cooperativa Flor de Pancasán"},
                    {"name": "INTA Nicaragua", "kind": "public_authority"},
                ]
            )
        )
        command, warnings = plan_import_command(project, document, source=FIXTURE.name)
        project.stack.push(command)
        assert len(warnings) == 1 and "not a stakeholder here" in warnings[0]
        assert "'Certificadora Biolatina'" in warnings[0]
        planned = schedule_project(project)
        assert "Certificado obtenido" in planned.critical_names()
        stored = {t.name: t for t in read_plan(project).tasks}
        assert stored["Sistema de control interno"].finish == dt.date(2027, 3, 24)
        project.save()
    finally:
        project.close()
    assert_valid_project(tmp_path / "bosawas.gpkg")


def test_older_files_with_day_type_0_exceptions(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    start, end = text.index("<Exceptions>"), text.index("</Exceptions>") + len("</Exceptions>")
    old_style = (
        "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod>"
        "<FromDate>2027-04-01T00:00:00</FromDate><ToDate>2027-04-02T23:59:00</ToDate></TimePeriod></WeekDay>"
    )
    text = text[:start] + text[end:]
    text = text.replace("</WeekDays>", old_style + "</WeekDays>")
    path = tmp_path / "projectlibre.xml"
    path.write_text(text, encoding="utf-8")
    assert read_mspdi(path).calendar.holidays == (dt.date(2027, 4, 1), dt.date(2027, 4, 2))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("<Start>2027-02-22T08:00:00</Start>", "<Start>2027-02-30T08:00:00</Start>"),
            "task UID 3 ('Sistema de control interno'): Start '2027-02-30T08:00:00' is not a date",
        ),
        (
            ("<Duration>PT80H0M0S</Duration>", "<Duration>ten days</Duration>"),
            "task UID 5 ('Auditoría de la certificadora'): Duration 'ten days' is not a duration",
        ),
        (("<Type>3</Type>", "<Type>7</Type>"), "link Type 7 is not 0 (FF), 1 (FS), 2 (SF) or 3 (SS)"),
        (("</Tasks>", ""), "not well-formed XML at line"),
    ],
)
def test_bad_ms_project_files_name_the_task_and_element(tmp_path, change, message):
    path = tmp_path / "broken.xml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace(*change, 1), encoding="utf-8")
    with pytest.raises(PlanFileError) as caught:
        read_mspdi(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith("broken.xml")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "1,Objective,2027-02-30,,,,,",
            "row 2, column start: '2027-02-30' is not a date; write it as YYYY-MM-DD",
        ),
        ("1,Objective,,,2.5,,,", "row 2, column duration_days: '2.5' is not a whole number"),
        ('1,Objective,,,,,,"12,5"', "row 2, column percent_complete: '12,5' is not a number. Use a dot"),
        ("1,Objective,,,,,finished,", "row 2, column status: 'finished' is not one of: not_started"),
        ("1.1,Orphan,,,,,,", "row 2, column wbs: 1.1 comes before its parent 1"),
    ],
)
def test_bad_csv_rows_name_row_and_column(tmp_path, row, message):
    path = tmp_path / "plan.csv"
    path.write_text(
        "wbs,name,start,finish,duration_days,milestone,status,percent_complete\n" + row + "\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanFileError, match="plan.csv") as caught:
        read_plan_csv(path)
    assert message in str(caught.value)


def test_ical_folds_escapes_and_uses_task_uuids(planned_project, tmp_path):
    document = read_plan(planned_project)
    milestone = next(t for t in document.tasks if t.milestone)
    milestone.notes = "Stand 14; bring samples, price lists\nand the catalogue — ñandutí " + "ü" * 60
    path = write_plan_ical(
        document, tmp_path / "plan.ics", stamp=dt.datetime(2027, 1, 5, tzinfo=dt.timezone.utc)
    )
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in lines)
    text = raw.decode("utf-8")  # folding never cut a character in two
    unfolded = text.replace("\r\n ", "")
    assert f"UID:{milestone.uuid}@clusterdesk" in unfolded
    assert "DTSTART;VALUE=DATE:20270326" in unfolded and "DTEND;VALUE=DATE:20270327" in unfolded
    assert "Stand 14\\; bring samples\\, price lists\\nand the catalogue" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 1


def test_fold_keeps_short_lines_and_splits_long_ones():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    folded = fold("DESCRIPTION:" + "é" * 100)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "é" * 100


def test_cli_export_import_and_messages(planned_project, empty_twin, tmp_path, capsys):
    project_path = str(planned_project.path)
    for suffix in ("xml", "csv", "ics"):
        assert main(["plan", "export", project_path, str(tmp_path / f"plan.{suffix}")]) == 0
    assert "Wrote 8 tasks" in capsys.readouterr().out
    assert main(["plan", "import", str(empty_twin.path), str(tmp_path / "plan.xml")]) == 0
    assert "Imported 8 tasks and 5 dependencies" in capsys.readouterr().out
    reopened = Project.open(empty_twin.path)
    try:
        assert len(read_plan(reopened).tasks) == 8
    finally:
        reopened.close()
    assert_valid_project(empty_twin.path)

    assert main(["plan", "export", project_path, str(tmp_path / "plan.pdf")]) == 2
    assert "must end in .xml, .csv, .ics" in capsys.readouterr().err
    broken = tmp_path / "broken.xml"
    broken.write_text("<Project xmlns='http://schemas.microsoft.com/project'><Tasks>", encoding="utf-8")
    assert main(["plan", "import", str(empty_twin.path), str(broken)]) == 1
    error = capsys.readouterr().err
    assert "broken.xml: not well-formed XML at line 1" in error and "Traceback" not in error
    bad_csv = write_plan_csv(read_plan(planned_project), tmp_path / "bad.csv")
    bad_csv.write_text(
        bad_csv.read_text(encoding="utf-8-sig").replace("2027-02-01", "01/02/2027", 1), encoding="utf-8"
    )
    assert main(["plan", "import", str(empty_twin.path), str(bad_csv)]) == 1
    assert "bad.csv, row 2, column start: '01/02/2027' is not a date" in capsys.readouterr().err
    assert main(["plan", "schedule", project_path]) == 0
    assert "critical path" in capsys.readouterr().out


def test_the_documented_csv_example_imports(tmp_path):
    doc = (Path(__file__).parents[2] / "docs" / "plan_csv_format.md").read_text(encoding="utf-8")
    example = doc.split("## Example", 1)[1].split("```", 2)[1].strip() + "\n"
    path = tmp_path / "example.csv"
    path.write_text(example, encoding="utf-8")
    document = read_plan_csv(path)
    assert [t.key for t in document.tasks] == ["1", "1.1", "1.2"]
    assert document.tasks[1].responsible[1] == ("Universidad Técnica del Norte", "support")
    assert document.tasks[1].budget["public"] == 2500.5
    assert [(k.predecessor, k.successor, k.link_type, k.lag_days) for k in document.links] == [
        ("1.1", "1.2", "FS", 5)
    ]


def test_cli_import_of_a_plan_with_a_loop_warns_and_schedule_names_it(empty_twin, tmp_path, capsys):
    path = tmp_path / "loop.csv"
    path.write_text("wbs,name,start,duration_days,predecessors\n1,Objective,,,\n1.1,Study,2027-03-01,5,1.2\n"
                    "1.2,Brand,2027-03-08,5,1.1\n", encoding="utf-8")  # fmt: skip
    assert main(["plan", "import", str(empty_twin.path), str(path)]) == 0
    assert "cannot be scheduled yet: The plan has a dependency loop: 'Study' → 'Brand' → 'Study'" in (
        capsys.readouterr().err
    )
    assert main(["plan", "schedule", str(empty_twin.path)]) == 1
    assert "dependency loop" in capsys.readouterr().err


def test_ical_includes_governance_meetings(planned_project, tmp_path, capsys):
    from clusterdesk.core.governance import GovernanceBody, GovernanceMeeting

    session = planned_project.session
    body = GovernanceBody(name="Comité de Gestión", body_type="steering_committee")
    session.add(body)
    session.flush()
    session.add(GovernanceMeeting(body_id=body.fid, held_on=dt.date(2027, 4, 8), place="Cámara de Comercio",
                                  agenda="Plan review; budget, 2027"))  # fmt: skip
    session.commit()
    planned_project.save()
    out = tmp_path / "calendar.ics"
    assert main(["plan", "export", str(planned_project.path), str(out)]) == 0
    assert "1 milestones and 1 meetings" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "SUMMARY:Comité de Gestión: meeting" in text
    assert "DTSTART;VALUE=DATE:20270408" in text and "LOCATION:Cámara de Comercio" in text
    assert "DESCRIPTION:Plan review\\; budget\\, 2027" in text
