"""An import is one undoable command and leaves a valid GeoPackage."""

from __future__ import annotations

import json

import pytest
from stakeholder_files import write_text_table

from clusterdesk.core.model import ContactPerson, CustomFieldDefinition, Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.stakeholder_import import build_import_plan
from conftest import assert_valid_project

ROWS = [
    [
        "Razón social",
        "Latitud",
        "Longitud",
        "Empleados",
        "Persona de contacto",
        "Correo de contacto",
        "Marca",
    ],
    ["Textiles Imbabura", "0,3345", "-78,2201", "40", "Ana Pérez", "ana@ti.ec", "Imba"],
    ["Hilados del Norte", "", "", "12", "", "", ""],
    ["Confecciones Anita", "0,3370", "-78,2150", "7", "Anita Ruiz; Pedro Ruiz", "", "Anita"],
]


def _plan(tmp_path, project):
    return build_import_plan(write_text_table(tmp_path / "talleres.csv", ROWS), project)


def test_import_is_one_undo_step_and_saves_a_valid_file(tmp_path, new_project):
    plan = _plan(tmp_path, new_project)
    new_project.stack.push(plan.command())
    assert new_project.stack.undo_label == "Import 3 stakeholders from talleres.csv"
    session = new_project.session
    firms = session.query(Stakeholder).order_by(Stakeholder.fid).all()
    assert [f.name for f in firms] == ["Textiles Imbabura", "Hilados del Norte", "Confecciones Anita"]
    assert firms[0].lat == pytest.approx(0.3345) and firms[1].geom is None
    assert firms[0].custom_values == {"marca": "Imba"}
    assert [c.name for c in firms[2].contacts] == ["Anita Ruiz", "Pedro Ruiz"]
    assert firms[0].contacts[0].email == "ana@ti.ec"
    definition = session.query(CustomFieldDefinition).one()
    assert (definition.key, definition.label) == ("marca", "Marca")
    assert len(new_project.stakeholder_points()) == 3

    new_project.save()
    assert_valid_project(new_project.path)

    new_project.stack.undo()
    assert session.query(Stakeholder).count() == 0
    assert session.query(ContactPerson).count() == 0
    assert session.query(CustomFieldDefinition).count() == 0
    assert len(new_project.stakeholder_points()) == 0
    new_project.stack.redo()
    assert session.query(Stakeholder).count() == 3
    assert session.query(ContactPerson).count() == 3
    new_project.save()
    assert_valid_project(new_project.path)


def test_second_import_appends_and_keeps_existing_custom_fields(tmp_path, new_project):
    new_project.stack.push(_plan(tmp_path, new_project).command())
    second = _plan(tmp_path, new_project)
    assert len(second.duplicates) == 3  # the same firms again: all reported
    new_project.stack.push(second.command())
    fids = [f for (f,) in new_project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]
    assert fids == [1, 2, 3, 4, 5, 6]
    assert new_project.session.query(CustomFieldDefinition).count() == 1
    new_project.stack.undo()
    assert new_project.session.query(CustomFieldDefinition).count() == 1
    new_project.save()
    assert_valid_project(new_project.path)
    reopened = Project.open(new_project.path)
    try:
        assert reopened.counts()["stakeholders"] == 3
    finally:
        reopened.close()


def test_rows_are_ready_for_add_stakeholders(tmp_path, new_project):
    from clusterdesk.core.edits import AddStakeholders

    rows = _plan(tmp_path, new_project).rows()
    assert rows[0]["lon"] == pytest.approx(-78.2201) and "lon" not in rows[1]
    assert json.loads(rows[0]["custom_fields"]) == {"marca": "Imba"}
    new_project.stack.push(AddStakeholders(rows))
    assert new_project.counts()["stakeholders"] == 3


def test_progress_is_reported_and_cancel_stops_before_writing(tmp_path, new_project):
    source = write_text_table(tmp_path / "talleres.csv", ROWS)
    seen = []
    build_import_plan(source, new_project, progress=lambda f, text: seen.append((f, text)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    from clusterdesk.io.errors import Cancelled

    with pytest.raises(Cancelled):
        build_import_plan(source, new_project, cancel=lambda: True)


def test_the_command_writes_every_stakeholder_column():
    # The bulk insert names its columns; a new column in the model must be considered here
    from clusterdesk.io.stakeholder_import_command import STAKEHOLDER_COLUMNS

    assert set(STAKEHOLDER_COLUMNS) == {c.name for c in Stakeholder.__table__.columns}
