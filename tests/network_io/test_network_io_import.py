"""Edge lists into the project: every sample's exported edge list imports into the sample without its
relations and gives the same ties; hostile names survive; headings in Spanish and Russian and an Excel
workbook are read; every kind of bad row is refused by row and column with the project file unchanged
byte for byte; ties already known are skipped; new rounds go after the project's; one step undoes it all."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from network_io_project import build_network_project, tie_records, without_relations
from sqlalchemy import func, select

from clusterdesk.cli.main import main
from clusterdesk.core.model import Relation, Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import SurveyRound, round_order
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.network_export import write_network
from clusterdesk.io.network_import import NetworkImportError, read_edge_list
from clusterdesk.io.network_titles import EDGE_COLUMNS, edge_headings, english_heading
from conftest import SAMPLES, assert_valid_project

SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))


@pytest.fixture
def network_file(tmp_path) -> Path:
    return build_network_project(tmp_path / "red.gpkg")


def stakeholders(path: Path) -> dict[str, str]:
    """Name → UUID of the stakeholders whose name is unique."""
    with Project.open(path) as project:
        rows = project.session.execute(select(Stakeholder.name, Stakeholder.uuid)).all()
    names = [name for name, _ in rows]
    return {name: uuid for name, uuid in rows if names.count(name) == 1}


def write_csv(path: Path, rows: list[list[str]], headings: list[str] | None = None) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headings or ["Source", "Target", "Kind", "Strength", "Round"])
        writer.writerows(rows)
    return path


def import_file(project_path: Path, source: Path) -> int:
    return main(["network", "import", str(project_path), str(source)])


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_round_trip_of_every_sample(sample, tmp_path, capsys):
    edges = tmp_path / "edges.csv"
    with Project.open(sample) as project:
        write_network(project, edges)
    target = without_relations(sample, tmp_path / sample.name)
    assert tie_records(target) == set()
    assert import_file(target, edges) == 0
    records = tie_records(sample)
    assert tie_records(target) == records
    assert capsys.readouterr().out.splitlines()[-1] == f"edges.csv: {len(records)} ties added"
    assert_valid_project(target)


def test_hostile_names_round_trip(network_file, tmp_path, capsys):
    edges = tmp_path / "edges.csv"
    with Project.open(network_file) as project:
        write_network(project, edges)
    target = without_relations(network_file, tmp_path / "copy.gpkg")
    assert import_file(target, edges) == 0
    assert tie_records(target) == tie_records(network_file)
    out = capsys.readouterr().out
    assert "edges.csv: 5 ties added" in out


def test_spanish_headings_labels_and_names(network_file, tmp_path, capsys):
    ids = stakeholders(network_file)
    spanish = list(edge_headings("es").values())
    rows = [
        # by name (case and spaces as typed), kind by its Spanish label, round by its label
        ["  curtiembre   andina ", "", "Sin Lugar", "", "Suministra a", "2", "", "Línea de base", "", ""],
        ["", ids['=HYPERLINK("x")'], "", ids["Sin Lugar"], "Asesora a", "5", "no", "Seguimiento 1", "", ""],
    ]
    source = write_csv(tmp_path / "es.csv", rows, spanish)
    target = without_relations(network_file, tmp_path / "copy.gpkg")
    assert import_file(target, source) == 0
    records = tie_records(target)
    assert (
        ids["Curtiembre Andina"],
        ids["Sin Lugar"],
        "supplies",
        2,
        True,
        "baseline",
        None,
        None,
    ) in records
    assert (
        ids['=HYPERLINK("x")'],
        ids["Sin Lugar"],
        "advises",
        5,
        False,
        "follow_up_1",
        None,
        None,
    ) in records


def test_excel_edge_list_in_russian(network_file, tmp_path):
    ids = stakeholders(network_file)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Связи кластера, обследование 2025"])  # a title row above the header
    sheet.append([])
    sheet.append(list(edge_headings("ru").values()))
    sheet.append(
        [
            "Curtiembre Andina",
            None,
            "Sin Lugar",
            None,
            "Совместное действие",
            4,
            None,
            "follow_up_1",
            None,
            None,
        ]
    )
    workbook.save(tmp_path / "edges.xlsx")
    target = without_relations(network_file, tmp_path / "copy.gpkg")
    assert import_file(target, tmp_path / "edges.xlsx") == 0
    # an undirected joint action when the Directed cell is empty
    assert tie_records(target) == {
        (ids["Curtiembre Andina"], ids["Sin Lugar"], "joint_action", 4, False, "follow_up_1", None, None)
    }


BAD_ROWS = [
    # row 2..: (cells, column named, words of the reason)
    (
        ["Curtiembre Andinaa", "Sin Lugar", "supplies", "3", "baseline"],
        "Source",
        "did you mean 'Curtiembre Andina'",
    ),
    (
        ["Nobody At All", "Sin Lugar", "supplies", "3", "baseline"],
        "Source",
        "no stakeholder is named 'Nobody At All'",
    ),
    (
        ["Duplicado", "Sin Lugar", "supplies", "3", "baseline"],
        "Source",
        "2 stakeholders are named 'Duplicado'",
    ),
    (["Sin Lugar", "Sin Lugar", "supplies", "3", "baseline"], "Target", "a tie with itself"),
    (
        ["Curtiembre Andina", "Sin Lugar", "partners", "3", "baseline"],
        "Kind",
        "unknown relation kind 'partners'",
    ),
    (["Curtiembre Andina", "Sin Lugar", "supplies", "0", "baseline"], "Strength", "'0' is not a strength"),
    (["Curtiembre Andina", "Sin Lugar", "supplies", "6", "baseline"], "Strength", "'6' is not a strength"),
    (
        ["Curtiembre Andina", "Sin Lugar", "supplies", "2.5", "baseline"],
        "Strength",
        "'2.5' is not a strength",
    ),
    (["Curtiembre Andina", "Sin Lugar", "supplies", "strong", "baseline"], "Strength", "whole number from 1"),
    (["Curtiembre Andina", "Sin Lugar", "supplies", "3", ""], "Round", "a value is required"),
    (["Curtiembre Andina", "Sin Lugar", "supplies", "3", "x" * 61], "Round", "not a survey round"),
    (
        ["Curtiembre Andina", "", "supplies", "3", "baseline"],
        "Target",
        "a stakeholder's name or UUID is required",
    ),
]


def test_every_bad_row_refused_with_row_and_column(network_file, tmp_path, capsys):
    source = write_csv(tmp_path / "bad.csv", [cells for cells, _, _ in BAD_ROWS])
    before = network_file.read_bytes()
    with Project.open(network_file) as project:
        with pytest.raises(NetworkImportError) as caught:
            read_edge_list(project, source)
    found = {(p.row, p.column) for p in caught.value.problems}
    for row, (_cells, column, words) in enumerate(BAD_ROWS, start=2):
        assert (row, column) in found, (row, column)
        assert any(p.row == row and words in p.reason for p in caught.value.problems), words
    assert import_file(network_file, source) == 2
    err = capsys.readouterr().err
    assert "bad.csv: 12 problems, nothing was imported" in err
    assert (
        "row 4, Source: 2 stakeholders are named 'Duplicado': write the UUID of the one you mean in the "
        "Source ID column" in err
    )
    assert network_file.read_bytes() == before


def test_rounds_that_contradict_each_other(network_file, tmp_path, capsys):
    headings = [
        "Source",
        "Target",
        "Kind",
        "Strength",
        "Round",
        "Last observed round",
        "Ended round",
        "Directed",
    ]
    rows = [
        ["Curtiembre Andina", "Sin Lugar", "supplies", "3", "follow_up_1", "baseline", "", ""],
        ["Curtiembre Andina", "Sin Lugar", "supplies", "3", "baseline", "", "baseline", ""],
        ["Curtiembre Andina", "Sin Lugar", "supplies", "3", "baseline", "follow_up_1", "follow_up_1", ""],
        ["Curtiembre Andina", "Sin Lugar", "supplies", "3", "baseline", "", "", "maybe"],
        ["Curtiembre Andina", "Sin Lugar", "supplies", "3", "baseline", "", "", ""],  # a good row
    ]
    source = write_csv(tmp_path / "rounds.csv", rows, headings)
    before = network_file.read_bytes()
    assert import_file(network_file, source) == 2
    err = capsys.readouterr().err
    assert "row 2, Last observed round: Baseline comes before Follow-up 1" in err
    assert "row 3, Ended round: a tie can only be found ended in a round after Baseline" in err
    assert "row 4, Ended round: a tie can only be found ended in a round after Follow-up 1" in err
    assert "row 5, Directed: 'maybe' is neither yes nor no" in err
    assert "row 6" not in err
    assert network_file.read_bytes() == before


def test_unknown_uuid_and_not_an_edge_list(network_file, tmp_path, capsys):
    source = write_csv(
        tmp_path / "ids.csv",
        [["00000000-0000-4000-8000-000000000000", "", "supplies", "3", "baseline"]],
        ["Source ID", "Target", "Kind", "Strength", "Round"],
    )
    with Project.open(network_file) as project:
        with pytest.raises(NetworkImportError) as caught:
            read_edge_list(project, source)
        assert [(p.row, p.column) for p in caught.value.problems] == [(2, "Source ID"), (2, "Target")]
        # cells that name stakeholder fields (X and Y are coordinates there) do not make a header
        coordinates = write_csv(tmp_path / "xy.csv", [["X", "Y", "supplies", "3", "baseline"]])
        with pytest.raises(NetworkImportError) as caught:
            read_edge_list(project, coordinates)
        assert [(p.row, p.column) for p in caught.value.problems] == [(2, "Source"), (2, "Target")]
        wrong = write_csv(tmp_path / "people.csv", [["Ana", "Quito"]], ["Name", "City"])
        with pytest.raises(ImportFileError, match="people.csv is not an edge list: it needs the columns"):
            read_edge_list(project, wrong)


def test_known_ties_skipped_new_rounds_after_the_known_and_one_undo(network_file, tmp_path, capsys):
    rows = [
        ["Curtiembre Andina", '=HYPERLINK("x")', "supplies", "4", "baseline"],  # already in the project
        ["Sin Lugar", "Curtiembre Andina", "finances", "2", "Seguimiento 2"],  # a new round, by its label
        ["Sin Lugar", "Curtiembre Andina", "finances", "2", "follow_up_2"],  # repeats the row above
        ["Curtiembre Andina", "Sin Lugar", "other", "1", "Encuesta 2027"],  # a round of its own name
        ["</title><script>alert(1)</script>", '=HYPERLINK("x")', "joint_action", "3", "follow_up_1"],
    ]
    source = write_csv(tmp_path / "more.csv", rows)
    with Project.open(network_file) as project:
        relations_before = project.session.scalar(select(func.count()).select_from(Relation))
        imported = read_edge_list(project, source)
        assert imported.added == 2 and [row for row, _ in imported.skipped] == [2, 4, 6]
        assert imported.new_rounds == ["follow_up_2", "Encuesta 2027"]
        summary = imported.describe()
        assert "new survey rounds, placed after the project's rounds: Follow-up 2, Encuesta 2027" in summary
        assert "row 4: Sin Lugar – Curtiembre Andina, finances, Follow-up 2 repeats row 3" in summary
        # the joint action of row 6 is the one the project has between the same two, reversed
        assert 'row 6: </title><script>alert(1)</script> – =HYPERLINK("x"), joint_action' in summary
        project.stack.push(imported.command)
        connection = project.session.connection()
        assert round_order(connection) == ["baseline", "follow_up_1", "follow_up_2", "Encuesta 2027"]
        assert project.session.scalar(select(func.count()).select_from(Relation)) == relations_before + 2
        project.stack.undo()
        assert project.session.scalar(select(func.count()).select_from(Relation)) == relations_before
        assert project.session.scalar(select(func.count()).select_from(SurveyRound)) == 0
        assert round_order(project.session.connection()) == ["baseline", "follow_up_1"]


def test_cli_import_saves_once_and_reports(network_file, tmp_path, capsys):
    source = write_csv(
        tmp_path / "one.csv", [["Sin Lugar", "Curtiembre Andina", "finances", "2", "follow_up_1"]]
    )
    assert import_file(network_file, source) == 0
    assert capsys.readouterr().out.splitlines() == ["one.csv: 1 tie added"]
    assert len(tie_records(network_file)) == 6
    assert import_file(network_file, source) == 0  # a second time: nothing new
    out = capsys.readouterr().out
    assert "one.csv: 0 ties added" in out and "was not changed" in out
    assert len(tie_records(network_file)) == 6
    assert_valid_project(network_file)


def test_cli_refusals(network_file, tmp_path, capsys):
    before = network_file.read_bytes()
    assert main(["network", "import", str(network_file), str(tmp_path / "edges.json")]) == 2
    assert "the edge list must end in" in capsys.readouterr().err
    assert main(["network", "import", str(network_file), str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv does not exist" in capsys.readouterr().err
    assert network_file.read_bytes() == before


@pytest.mark.parametrize("language", ["en", "es", "fr", "ru"])
def test_headings_of_every_language_read_back(language):
    headings = edge_headings(language)
    assert tuple(headings) == EDGE_COLUMNS
    assert len(set(headings.values())) == len(EDGE_COLUMNS)
    assert [english_heading(f"  {title.upper()} ") for title in headings.values()] == list(EDGE_COLUMNS)
