"""Bulk edit, merge and detail commands of the registry, without Qt: what they change, what undo puts
back, and that the saved file stays a valid GeoPackage."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.registry_edits import (
    BulkEditStakeholders,
    EditStakeholderDetails,
    MergeStakeholders,
    references_of,
)
from clusterdesk.core.stakeholder_rules import stakeholder_problems
from conftest import assert_valid_project


def _snapshot(project) -> dict:
    c = project.connection
    return {
        "stakeholders": c.execute(
            "SELECT fid, name, kind, admin_area, sector_code, tags, employees FROM stakeholders ORDER BY fid"
        ).fetchall(),
        "relations": c.execute(
            "SELECT fid, source_id, target_id, kind, hex(geom) FROM relations ORDER BY fid"
        ).fetchall(),
        "contacts": c.execute(
            "SELECT fid, stakeholder_id, name FROM contact_persons ORDER BY fid"
        ).fetchall(),
        "responsibles": c.execute(
            "SELECT fid, task_id, stakeholder_id FROM plan_task_responsibles ORDER BY fid"
        ).fetchall(),
        "firms": c.execute(
            "SELECT fid, task_id, stakeholder_id FROM plan_task_firms ORDER BY fid"
        ).fetchall(),
    }


@pytest.fixture
def registry(new_project):
    """Four stakeholders (two of them duplicates), relations, contacts and plan references."""
    project = new_project
    add = edits.AddStakeholders(
        [
            {
                "name": "Textiles Imbabura",
                "lon": -78.214,
                "lat": 0.332,
                "employees": 40,
                "tags": "export; ISO",
            },
            {
                "name": "Textiles Imbabura S.A.",
                "lon": -78.215,
                "lat": 0.333,
                "admin_area": "Antonio Ante",
                "tags": "iso; women-led",
            },
            {"name": "Hilados del Norte", "kind": "supplier", "lon": -78.130, "lat": 0.360},
            {"name": "Cámara de Comercio", "kind": "business_association", "lon": -78.262, "lat": 0.234},
        ]
    )
    project.stack.push(add)
    a, b, supplier, chamber = add.added_fids
    project.stack.push(
        edits.AddRelations(
            [
                {"source_id": supplier, "target_id": b, "kind": "supplies"},
                {"source_id": a, "target_id": b, "kind": "joint_action"},
                {"source_id": chamber, "target_id": a, "kind": "advises"},
            ]
        )
    )
    first, second = AddTask({"name": "Trade fair"}), AddTask({"name": "Joint purchase"})
    project.stack.push(first)
    project.stack.push(second)
    c = project.connection
    c.execute(
        "INSERT INTO contact_persons (uuid, stakeholder_id, name) VALUES ('c-1', ?, 'María Andrade')", (b,)
    )
    for uuid, task, fid in (("r-1", first.fid, a), ("r-2", first.fid, b), ("r-3", second.fid, b)):
        c.execute(
            "INSERT INTO plan_task_responsibles (uuid, task_id, stakeholder_id, role)"
            " VALUES (?, ?, ?, 'lead')",
            (uuid, task, fid),
        )
    c.execute(
        "INSERT INTO plan_task_firms (uuid, task_id, stakeholder_id) VALUES ('f-1', ?, ?)", (second.fid, b)
    )
    c.commit()
    return project, add.added_fids, (first.fid, second.fid)


def test_bulk_edit_sets_fields_and_tags_then_undo_and_redo_restore(registry):
    project, (a, b, supplier, _chamber), _tasks = registry
    before = _snapshot(project)
    command = BulkEditStakeholders([a, b], {"kind": "buyer", "admin_area": "Otavalo"}, ["Fair 2024"], ["ISO"])
    project.stack.push(command)
    rows = project.connection.execute(
        "SELECT fid, kind, admin_area, tags FROM stakeholders WHERE fid IN (?, ?, ?) ORDER BY fid",
        (a, b, supplier),
    ).fetchall()
    assert rows == [
        (a, "buyer", "Otavalo", "export; Fair 2024"),
        (b, "buyer", "Otavalo", "women-led; Fair 2024"),
        (supplier, "supplier", None, None),
    ]
    assert project.stack.undo_label == "Edit 2 stakeholders"
    project.stack.undo()
    assert _snapshot(project) == before
    project.stack.redo()
    assert (
        project.connection.execute("SELECT kind FROM stakeholders WHERE fid = ?", (b,)).fetchone()[0]
        == "buyer"
    )


def test_bulk_edit_refuses_fields_it_does_not_offer():
    with pytest.raises(ValueError, match="name"):
        BulkEditStakeholders([1], {"name": "x"})


def test_merge_moves_relations_contacts_and_plan_references_to_the_survivor(registry, tmp_path):
    project, (a, b, supplier, chamber), (first, second) = registry
    before = _snapshot(project)
    project.stack.push(
        MergeStakeholders(a, [b], {"admin_area": "Antonio Ante", "tags": "export; ISO; women-led"})
    )
    c = project.connection
    assert c.execute("SELECT count(*) FROM stakeholders WHERE fid = ?", (b,)).fetchone()[0] == 0
    assert c.execute("SELECT admin_area, tags FROM stakeholders WHERE fid = ?", (a,)).fetchone() == (
        "Antonio Ante",
        "export; ISO; women-led",
    )
    # the tie between the two duplicates would join the survivor to itself, so it went
    assert c.execute("SELECT source_id, target_id, kind FROM relations ORDER BY fid").fetchall() == [
        (supplier, a, "supplies"),
        (chamber, a, "advises"),
    ]
    assert c.execute("SELECT stakeholder_id FROM contact_persons").fetchall() == [(a,)]
    # the survivor was already responsible for the first task: one row per task and stakeholder
    assert sorted(c.execute("SELECT task_id, stakeholder_id FROM plan_task_responsibles").fetchall()) == [
        (first, a),
        (second, a),
    ]
    assert c.execute("SELECT task_id, stakeholder_id FROM plan_task_firms").fetchall() == [(second, a)]
    assert project.stack.undo_label == "Merge 2 stakeholders into Textiles Imbabura"
    project.stack.undo()
    assert _snapshot(project) == before
    project.stack.redo()
    assert c.execute("SELECT count(*) FROM relations").fetchone()[0] == 2
    out = project.save(tmp_path / "merged.gpkg")
    assert_valid_project(out)


def test_merge_needs_another_stakeholder():
    with pytest.raises(ValueError, match="at least one other"):
        MergeStakeholders(3, [3])


def test_edit_details_changes_fields_and_contacts_in_one_step(registry):
    project, (a, b, _supplier, _chamber), _tasks = registry
    before = _snapshot(project)
    contact = project.connection.execute(
        "SELECT fid FROM contact_persons WHERE stakeholder_id = ?", (b,)
    ).fetchone()[0]
    command = EditStakeholderDetails(
        b,
        {"employees": 25},
        [
            {"fid": contact, "name": "María Andrade", "role": "Manager"},
            {"name": "Luis Cevallos", "gender": "male"},
        ],
    )
    project.stack.push(command)
    c = project.connection
    assert c.execute("SELECT employees FROM stakeholders WHERE fid = ?", (b,)).fetchone()[0] == 25
    assert c.execute(
        "SELECT name, role FROM contact_persons WHERE stakeholder_id = ? ORDER BY fid", (b,)
    ).fetchall() == [("María Andrade", "Manager"), ("Luis Cevallos", None)]
    project.stack.undo()
    assert _snapshot(project) == before
    project.stack.redo()
    project.stack.push(EditStakeholderDetails(b, {}, []))
    assert c.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 0
    project.stack.undo()
    assert c.execute("SELECT count(*) FROM contact_persons").fetchone()[0] == 2
    assert a != b


def test_references_name_what_a_delete_takes_along(registry):
    project, (a, b, _supplier, _chamber), _tasks = registry
    assert references_of(project, [b]) == {
        "relations": 2,
        "contact persons": 1,
        "plan responsibilities": 2,
        "plan participations": 1,
    }
    assert references_of(project, [a])["relations"] == 2


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"name": " ", "kind": "enterprise"}, "name", "required"),
        ({"name": "X", "kind": None}, "kind", "required"),
        ({"name": "X", "kind": "enterprise", "employees": "12a"}, "employees", "whole number"),
        ({"name": "X", "kind": "enterprise", "employees": "-3"}, "employees", "between"),
        (
            {"name": "X", "kind": "enterprise", "employees": "10", "women_employees": "11"},
            "women_employees",
            "cannot exceed",
        ),
        ({"name": "X", "kind": "enterprise", "year_founded": "1750"}, "year_founded", "between 1800"),
        ({"name": "X", "kind": "enterprise", "email": "info@firm"}, "email", "name@example.org"),
        ({"name": "X", "kind": "enterprise", "phone": "call me"}, "phone", "digits"),
        ({"name": "X", "kind": "enterprise", "lon": "-78.2", "lat": "95"}, "lat", "between -90"),
        ({"name": "X", "kind": "enterprise", "lon": "-78.2", "lat": ""}, "lat", "too"),
        ({"name": "X", "kind": "enterprise", "lon": "west", "lat": "0.3"}, "lon", "decimal degrees"),
    ],
)
def test_rules_name_the_field_and_what_to_enter(values, field, fragment):
    problems = stakeholder_problems(values, today=dt.date(2026, 1, 1))
    assert list(problems) == [field]
    assert fragment in problems[field]


def test_rules_accept_a_complete_stakeholder():
    values = {
        "name": "Textiles Imbabura",
        "kind": "enterprise",
        "employees": "1 200",
        "women_employees": "800",
        "year_founded": "1998",
        "email": "ventas@imbabura.ec",
        "phone": "+593 6 290-6123",
        "lon": "-78.214",
        "lat": "0,332",
    }
    assert stakeholder_problems(values) == {}


def test_update_of_a_row_deleted_meanwhile_says_so_and_changes_nothing(registry):
    project, _fids, _tasks = registry
    fid = project.connection.execute("SELECT max(fid) FROM relations").fetchone()[0]
    project.stack.push(edits.DeleteRelations([fid]))
    before = _snapshot(project)
    stale = edits.UpdateRow(edits.RELATIONS, fid, {"notes": "typed in a dialog opened earlier"}, "Edit")
    with pytest.raises(ValidationError, match=f"relations {fid} does not exist"):
        project.stack.push(stale)
    assert _snapshot(project) == before
    assert project.stack.undo_label == "Delete relation"
