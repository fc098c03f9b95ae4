"""Latitude and longitude exchanged: found with the project's country (Atuntaqui, Ecuador, is at latitude
0.33, longitude -78.2; exchanged it would be imported in Antarctica), and never an exchange proposed that
would itself land in Antarctica."""

from __future__ import annotations

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.stakeholder_import import build_import_plan

HEADER = ["Razón social", "Latitud", "Longitud"]


def _csv(path, rows: list[list[str]]):
    path.write_text("\n".join(";".join(row) for row in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


SWAPPED = [
    ["Textiles Imbabura", "-78,2201", "0,3345"],
    ["Hilados del Norte", "-78,1302", "0,3512"],
    ["Confecciones Anita", "-78,2150", "0,3370"],
]


def test_columns_swapped_in_an_ecuadorian_project_are_found(tmp_path, new_project):
    plan = build_import_plan(_csv(tmp_path / "talleres.csv", SWAPPED), new_project)
    assert plan.valid_count == 0
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Latitud"), (3, "Latitud"), (4, "Latitud")]
    assert plan.problems[0].reason == (
        "latitude and longitude look swapped: -78.2201, 0.3345 lies outside Ecuador, the project's country, "
        "and 0.3345, -78.2201 inside it; exchange the two values"
    )
    assert plan.swapped_columns == ("Latitud", "Longitud")
    assert (
        "3 of the 3 rows with coordinates lie outside Ecuador, the project's country, but inside it once "
        "latitude and longitude are exchanged: the columns 'Latitud' and 'Longitud' look swapped. Read "
        "'Latitud' as the longitude and 'Longitud' as the latitude"
    ) in plan.notes
    exchanged = build_import_plan(
        tmp_path / "talleres.csv", new_project, mapping={"Latitud": "lon", "Longitud": "lat"}
    )
    assert not exchanged.problems and exchanged.swapped_columns is None
    assert exchanged.checked.lat.tolist() == pytest.approx([0.3345, 0.3512, 0.3370])


def test_one_swapped_row_among_right_ones_is_its_rows_problem(tmp_path, new_project):
    rows = [
        ["Textiles Imbabura", "0,3345", "-78,2201"],
        ["Hilados del Norte", "-78,1302", "0,3512"],  # swapped
        ["Comprador Medellín", "6,2442", "-75,5812"],  # a buyer in Colombia: outside, but not swapped
        ["Galápagos Tours", "-0,7436", "-90,3137"],  # an island of Ecuador, far from the mainland
    ]
    plan = build_import_plan(_csv(tmp_path / "talleres.csv", rows), new_project)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Latitud")]
    assert plan.swapped_columns is None
    assert plan.checked.values["name"] == ["Textiles Imbabura", "Comprador Medellín", "Galápagos Tours"]


def test_without_a_country_antarctica_shows_the_swap_and_no_swap_lands_there(tmp_path):
    rows = [
        ["Textiles Imbabura", "-78,2201", "0,3345"],  # in Antarctica; exchanged near Ecuador
        ["Estación Polar", "-75,1", "-70,5"],  # in Antarctica; exchanged still in Antarctica
        ["Mal escrito", "-100", "-70,5"],  # no latitude; exchanged it would be in Antarctica
    ]
    plan = build_import_plan(_csv(tmp_path / "talleres.csv", rows))
    reasons = {p.row: p.reason for p in plan.problems}
    assert reasons[2] == (
        "latitude -78.2201 lies in Antarctica; latitude and longitude look swapped (exchanged: 0.3345, "
        "-78.2201); exchange the two values"
    )
    assert reasons[3] == "latitude -75.1 lies in Antarctica (south of 60°S); check the coordinates"
    assert reasons[4] == "latitude must be between -90 and 90"
    assert plan.valid_count == 0


def test_a_country_without_an_iso_code_in_natural_earth(tmp_path):
    with Project.new(tmp_path / "cluster.gpkg", "Mode à Paris", country="FR") as project:
        rows = [["Atelier Paris", "48,8566", "2,3522"], ["Atelier Lyon", "4,8357", "45,7640"]]
        plan = build_import_plan(_csv(tmp_path / "ateliers.csv", rows), project)
    assert [(p.row, p.reason.split(":")[0]) for p in plan.problems] == [
        (3, "latitude and longitude look swapped")
    ]
    assert "outside France" in plan.problems[0].reason


def test_the_cli_says_how_to_read_the_columns_the_other_way_round(tmp_path, new_project, capsys):
    source = _csv(tmp_path / "talleres.csv", SWAPPED)
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "To read the columns the other way round, add --map Latitud=lon --map Longitud=lat" in err
    args = ["import-stakeholders", str(new_project.path), str(source), "--map", "Latitud=lon"]
    assert main([*args, "--map", "Longitud=lat"]) == 0
    with Project.open(new_project.path) as project:
        assert project.stakeholder_points().lat.tolist() == pytest.approx([0.3345, 0.3512, 0.3370])
