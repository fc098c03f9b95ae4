"""`clusterdesk results …` through main(): status as text and JSON, export and import, the IATI file, and the
exit codes of refusals (2) and errors (1), with the project file untouched whenever nothing was imported."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
from logframe_chain import build_chain, chain_snapshot, remove_chain

from clusterdesk.cli.main import main
from clusterdesk.core import edits
from clusterdesk.core.project import Project
from conftest import SAMPLES, assert_valid_project

STATUS_KEYS = {
    "code",
    "name",
    "result_code",
    "result_level",
    "unit",
    "direction",
    "computed",
    "baseline",
    "latest_target",
    "latest_actual",
    "status",
    "status_label",
    "status_period",
    "expected",
    "progress_ratio",
    "reason",
    "reason_text",
}


@pytest.fixture
def project_file(new_project):
    build_chain(new_project)
    new_project.stack.push(edits.update_project_info(new_project, {"agency_name": "Agencia de Desarrollo"}))
    new_project.save()
    path = new_project.path
    new_project.close()
    return path


def test_status_text(project_file, capsys):
    assert main(["results", "status", str(project_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "1a  Sales of cluster firms",
        "    baseline 1,200,000 (31/12/2024); latest target 1,800,000 (Q4\u00a02026);"
        " latest actual 1,250,000.5 (Q2\u00a02025)",
        "    status: Off track. Progress towards the expected value. Expected by then: 1,300,000.",
    ]  # (1,250,000.5 − 1,200,000) / (1,300,000 − 1,200,000) ≈ 0.5, below the at-risk share 0.6
    assert "1.1a  Joint actions completed" in lines  # computed from the plan: one joint action completed
    at = lines.index("1.1a  Joint actions completed")
    assert lines[at + 1] == "    baseline none; latest target 3 (Q4\u00a02025); latest actual 1 (Q1\u00a02025)"
    assert lines[at + 2] == "    status: On track. Progress towards the expected value. Expected by then: 1."
    at = lines.index("1.1.1a  Purchasing agreement signed")
    assert lines[at + 2] == "    status: On track. Not due yet."
    at = lines.index("1.2.1a  Quality of training (participants' score)")
    assert lines[at + 1 : at + 3] == [
        "    baseline none; latest target none; latest actual none",
        "    status: No data. No target is set, so progress cannot be judged.",
    ]
    assert len(lines) == 15


def test_status_json(project_file, capsys):
    assert main(["results", "status", str(project_file), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["reporting_frequency"] == "quarter"
    indicators = shown["indicators"]
    assert [i["code"] for i in indicators] == ["1a", "1b", "1.1a", "1.1.1a", "1.2.1a"]
    assert all(set(i) == STATUS_KEYS for i in indicators)
    assert {i["status"] for i in indicators} <= {"on_track", "at_risk", "off_track", "no_data"}
    sales = indicators[0]
    assert sales["baseline"] == {"value": 1200000.0, "date": "2024-12-31", "source": "Baseline survey 2024"}
    assert sales["latest_target"] == {"period": "2026-Q4", "value": 1800000.0}
    assert sales["latest_actual"] == {"period": "2025-Q2", "value": 1250000.5}
    assert (sales["status"], sales["status_label"], sales["reason"]) == ("off_track", "Off track", "progress")
    assert sales["expected"] == 1300000.0 and sales["progress_ratio"] == pytest.approx(0.500005)
    joint = indicators[2]
    assert (joint["computed"], joint["latest_actual"], joint["status"]) == (
        "joint_actions_completed",
        {"period": "2025-Q1", "value": 1.0},
        "on_track",
    )
    assert indicators[4]["latest_actual"] is None and indicators[4]["status"] == "no_data"


def test_status_in_russian_keeps_codes(project_file, capsys, monkeypatch, russian_messages):
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")  # main() reads it; the fixture restores the language after
    assert main(["results", "status", str(project_file), "--json"]) == 0
    sales = json.loads(capsys.readouterr().out)["indicators"][0]
    assert (sales["status"], sales["status_label"]) == ("off_track", "Отставание")
    assert main(["results", "status", str(project_file)]) == 0
    assert "    состояние: Отставание. Продвижение к ожидаемому значению." in capsys.readouterr().out


def test_status_of_a_project_without_indicators(new_project, capsys):
    new_project.close()
    assert main(["results", "status", str(new_project.path)]) == 0
    assert capsys.readouterr().out.startswith("The project has no result indicators yet")
    assert main(["results", "status", str(new_project.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"reporting_frequency": "quarter", "indicators": []}


def test_export_and_import_through_the_command_line(project_file, tmp_path, capsys):
    workbook = tmp_path / "logframe.xlsx"
    assert main(["results", "export", str(project_file), "-o", str(workbook)]) == 0
    assert capsys.readouterr().out == f"Wrote the logframe to {workbook}\n"
    assert openpyxl.load_workbook(workbook).sheetnames == ["Logframe", "Values", "About"]
    with Project.open(project_file) as project:
        expected = chain_snapshot(project)
    copy = tmp_path / "copy.gpkg"
    shutil.copyfile(project_file, copy)
    with Project.open(copy) as project:
        remove_chain(project)
        project.save()
    assert main(["results", "import", str(copy), str(workbook)]) == 0
    assert capsys.readouterr().out == (
        f"Imported into {copy}: logframe.xlsx: results 6 (new 6, changed 0), "
        "indicators 5 (new 5, changed 0), values written 14, values removed 0\n"
    )
    assert_valid_project(copy)
    with Project.open(copy) as project:
        assert chain_snapshot(project) == expected
    saved = copy.read_bytes()
    assert main(["results", "import", str(copy), str(workbook)]) == 0
    assert capsys.readouterr().out == f"{copy} already holds what logframe.xlsx says; nothing changed.\n"
    assert copy.read_bytes() == saved


def test_import_with_replace(project_file, tmp_path, capsys):
    workbook = tmp_path / "logframe.xlsx"
    assert main(["results", "export", str(project_file), "-o", str(workbook)]) == 0
    book = openpyxl.load_workbook(workbook)
    book["Logframe"].delete_rows(8)  # output 1.2.1 and its indicator
    book.save(workbook)
    assert main(["results", "import", str(project_file), str(workbook)]) == 0
    assert "nothing changed" in capsys.readouterr().out  # without --replace nothing is deleted
    assert main(["results", "import", str(project_file), str(workbook), "--replace"]) == 0
    assert capsys.readouterr().out.endswith("; deleted: results 1, indicators 1\n")
    with Project.open(project_file) as project:
        assert [i[2] for i in chain_snapshot(project)["indicators"]] == ["1a", "1b", "1.1a", "1.1.1a"]


def test_refusals_and_errors(project_file, tmp_path, capsys):
    before = project_file.read_bytes()
    assert main(["results", "export", str(project_file), "-o", str(tmp_path / "logframe.csv")]) == 2
    assert capsys.readouterr().err == "clusterdesk: logframe.csv: the workbook must end in .xlsx.\n"
    assert main(["results", "export", str(project_file), "-o", str(tmp_path / "none" / "l.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["results", "import", str(project_file), str(tmp_path / "missing.xlsx")]) == 2
    assert capsys.readouterr().err == f"clusterdesk: {tmp_path / 'missing.xlsx'} does not exist.\n"
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("plain text", encoding="utf-8")
    assert main(["results", "import", str(project_file), str(not_a_workbook)]) == 2
    assert capsys.readouterr().err == (
        "clusterdesk: notes.xlsx is not an Excel workbook (.xlsx). Save it as .xlsx and retry.\n"
    )
    other = openpyxl.Workbook()
    other.active.title = "Budget"
    other.save(tmp_path / "budget.xlsx")
    assert main(["results", "import", str(project_file), str(tmp_path / "budget.xlsx")]) == 2
    assert "budget.xlsx has no sheet named 'Logframe'" in capsys.readouterr().err
    assert main(["results", "status", str(tmp_path / "absent.gpkg")]) == 1
    assert capsys.readouterr().err.startswith("clusterdesk: ")
    assert project_file.read_bytes() == before


def test_iati_file(project_file, tmp_path, capsys):
    out = tmp_path / "activity.xml"
    assert main(["results", "iati", str(project_file), "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        "clusterdesk: an IATI file names the organisation that publishes it: add --reporting-org with your "
        "organisation's IATI identifier (e.g. XM-DAC-41123). Nothing was written.\n"
    )
    assert not out.exists()
    assert (
        main(
            [
                "results",
                "iati",
                str(project_file),
                "-o",
                str(out),
                "--reporting-org",
                "XM-DAC-41123",
                "--reporting-org-type",
                "77",
            ]
        )
        == 2
    )
    assert "'77' is not an IATI organisation type" in capsys.readouterr().err
    assert not out.exists()
    assert (
        main(["results", "iati", str(project_file), "-o", str(out), "--reporting-org", "XM-DAC-41123"]) == 2
    )
    assert "IATI requires at least one indicator for every result" in capsys.readouterr().err
    assert not out.exists()
    sample = tmp_path / "atuntaqui.gpkg"
    shutil.copyfile(SAMPLES / "atuntaqui_garments.gpkg", sample)
    assert (
        main(
            [
                "results",
                "iati",
                str(sample),
                "-o",
                str(out),
                "--reporting-org",
                "XM-DAC-41123",
                "--reporting-org-name",
                "UNIDO",
                "--reporting-org-type",
                "40",
                "--activity-identifier",
                "XM-DAC-41123-CLUSTER-7",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == f"Wrote the IATI activity file to {out}\n"
    text = out.read_text(encoding="utf-8")
    assert "<iati-identifier>XM-DAC-41123-CLUSTER-7</iati-identifier>" in text
    assert '<reporting-org ref="XM-DAC-41123" type="40">' in text
    assert text.count("<result ") > 0
