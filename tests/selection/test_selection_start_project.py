"""Starting the cluster project of a chosen candidate: a valid new file with the candidate's areas as its
boundary, its sector, and the registry stakeholders inside the areas (none outside), with their contacts and
the relations among them; the study records the new file as one undoable step."""

from __future__ import annotations

import sqlite3

import pytest
from shapely.geometry import MultiPolygon, box

from clusterdesk.core import edits, geometry, selection_edits
from clusterdesk.core.errors import ProjectFileError, ValidationError
from clusterdesk.core.project import Project
from clusterdesk.core.selection_project import start_project
from conftest import assert_valid_project

FIRMS = [
    # name, lon, lat: three inside Imbabura or Carchi (the candidate's areas), two outside
    ("Textiles Atuntaqui", -78.22, 0.33),
    ("Hilados del Norte", -78.10, 0.60),
    ("Confecciones Tulcán", -77.72, 0.81),  # in Carchi, the second area
    ("Calzado Ambato", -78.62, -1.25),  # Tungurahua: outside
    ("Exportadora Quito", -78.50, -0.20),  # between the areas: outside
]


@pytest.fixture
def study(tmp_path):
    project = Project.new(
        tmp_path / "estudio.gpkg", "Mapa nacional", phase=1, language="es", country="EC", currency="USD",
        agency_name="MIPRO",
    )  # fmt: skip
    stack = project.stack
    stack.push(selection_edits.create_study(project, "Mapeo 2020", year=2020))
    areas = [
        {"code": "10", "name": "Imbabura", "geom": MultiPolygon([box(-78.9, 0.1, -77.8, 0.7)])},
        {"code": "04", "name": "Carchi", "geom": MultiPolygon([box(-78.3, 0.7, -77.5, 1.1)])},
        {"code": "18", "name": "Tungurahua", "geom": MultiPolygon([box(-78.9, -1.6, -78.2, -0.9)])},
    ]
    stack.push(selection_edits.import_rows(project, {"selection_areas": areas}, "Areas"))
    stack.push(selection_edits.add_candidate(project, "TX", "Textiles del Norte", "1410", ["10", "04"]))
    stack.push(
        edits.AddStakeholders([{"name": n, "lon": x, "lat": y, "sector_code": "1410"} for n, x, y in FIRMS])
    )
    stack.push(edits.AddStakeholders([{"name": "Sin ubicación"}]))
    fid = dict(project.connection.execute("SELECT name, fid FROM stakeholders"))
    stack.push(
        edits.AddRelations(
            [
                {
                    "source_id": fid["Textiles Atuntaqui"],
                    "target_id": fid["Hilados del Norte"],
                    "kind": "supplies",
                },
                {"source_id": fid["Textiles Atuntaqui"], "target_id": fid["Calzado Ambato"], "kind": "other"},
                {
                    "source_id": fid["Confecciones Tulcán"],
                    "target_id": fid["Hilados del Norte"],
                    "kind": "other",
                },
            ]
        )
    )
    project.connection.execute(
        "INSERT INTO contact_persons (uuid, stakeholder_id, name, role)"
        " VALUES ('c-1', ?, 'Rosa Andrade', 'Gerente')",
        (fid["Textiles Atuntaqui"],),
    )
    project.save()
    yield project
    project.close()


def test_the_new_project_holds_the_candidate_its_boundary_and_the_firms_inside(tmp_path, study):
    target = tmp_path / "textiles_norte.gpkg"
    started = start_project(study, "TX", target)
    assert (started.stakeholders, started.relations) == (3, 2)
    assert_valid_project(target)
    with sqlite3.connect(target) as connection:
        names = {n for (n,) in connection.execute("SELECT name FROM stakeholders")}
        assert names == {"Textiles Atuntaqui", "Hilados del Norte", "Confecciones Tulcán"}
        ends = connection.execute(
            "SELECT a.name, b.name, r.kind FROM relations r JOIN stakeholders a ON a.fid = r.source_id"
            " JOIN stakeholders b ON b.fid = r.target_id ORDER BY a.name"
        ).fetchall()
        assert ends == [
            ("Confecciones Tulcán", "Hilados del Norte", "other"),
            ("Textiles Atuntaqui", "Hilados del Norte", "supplies"),
        ]
        assert connection.execute(
            "SELECT s.name, c.name FROM contact_persons c JOIN stakeholders s ON s.fid = c.stakeholder_id"
        ).fetchall() == [("Textiles Atuntaqui", "Rosa Andrade")]
        info = connection.execute(
            "SELECT cluster_name, sector_code, sector_label, country, language, currency, agency_name, phase,"
            " region FROM project_info"
        ).fetchone()
        assert info[:2] == ("Textiles del Norte", "1410")
        assert info[2].startswith("Fabricación de prendas de vestir")  # the ISIC title in Spanish
        assert info[3:] == ("EC", "es", "USD", "MIPRO", 2, "Imbabura, Carchi")
        name, blob = connection.execute("SELECT name, geom FROM cluster_boundaries").fetchone()
    boundary = geometry.decode(blob)
    assert name == "Textiles del Norte"
    assert boundary.area == pytest.approx(1.1 * 0.6 + 0.8 * 0.4)
    assert boundary.geom_type == "MultiPolygon"


def test_the_study_records_the_new_file_as_one_undoable_step(tmp_path, study):
    target = tmp_path / "textiles_norte.gpkg"
    study.stack.push(start_project(study, "TX", target).record)
    stored = study.connection.execute("SELECT project_file FROM selection_candidates").fetchone()
    assert stored == (str(target),)
    assert study.stack.undo_label == "Start the cluster project of Textiles del Norte"
    study.stack.undo()
    assert study.connection.execute("SELECT project_file FROM selection_candidates").fetchone() == (None,)


def test_an_existing_file_an_unknown_candidate_and_areas_without_shapes_are_refused(tmp_path, study):
    existing = tmp_path / "ya_existe.gpkg"
    existing.write_bytes(b"not mine")
    with pytest.raises(ProjectFileError) as refused:
        start_project(study, "TX", existing)
    assert "already exists" in str(refused.value)
    assert existing.read_bytes() == b"not mine"
    with pytest.raises(ValidationError) as refused:
        start_project(study, "ZZ", tmp_path / "otro.gpkg")
    assert "ZZ" in str(refused.value) and "TX" in str(refused.value)
    study.stack.push(selection_edits.add_candidate(study, "SN", "Sin forma", "15", ["99"]))
    with pytest.raises(ValidationError) as refused:
        start_project(study, "SN", tmp_path / "sin_forma.gpkg")
    assert "99" in str(refused.value)
    assert not (tmp_path / "otro.gpkg").exists() and not (tmp_path / "sin_forma.gpkg").exists()
