"""The streamed import (read, check and write a chunk of rows at a time) against the whole-table import.

Small chunk sizes make files of a few hundred rows span many chunks, so that every seam is crossed: blank
rows, notes after the data, repeated UUIDs and names in other chunks, a wider row far down, a bad row in
a late chunk.
"""

from __future__ import annotations

import sqlite3

import pytest
from stakeholder_files import write_text_table, write_workbook

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io import stakeholder_import_stream as stream
from clusterdesk.io.stakeholder_import import build_import_plan
from clusterdesk.io.stakeholder_import_stream import (
    ImportRefused,
    StreamedStakeholderImport,
    import_streamed,
)
from conftest import assert_valid_project

HEADER = [
    "Razón social", "Tipo", "Latitud", "Longitud", "Empleados", "Correo electrónico", "Contacto",
    "Cargo", "Certificación", "uuid",
]  # fmt: skip
REPEATED_UUID = "4c1a6f2e-9a57-4d1e-8b0c-2f6a1d3e5b70"


def _row(number: int) -> list[str]:
    """A varied row: some without coordinates, some with contacts or a custom value, some repeating a
    name nearby (a likely duplicate) or a UUID given earlier."""
    name = f"Taller {number}" if number % 37 else "Textiles Imbabura S.A."
    located = number % 11 != 0
    return [
        name,
        ["Empresa", "Proveedor", "Banco", ""][number % 4],
        f"0,{3300 + number % 50}" if located else "",
        f"-78,{2100 + number % 50}" if located else "",
        str(number % 90),
        f"t{number}@example.ec" if number % 3 else "",
        f"Ana {number}; Luis {number}" if number % 5 == 0 else "",
        "Gerente; Técnico" if number % 5 == 0 else "",
        "ISO 9001" if number % 7 == 0 else "",
        REPEATED_UUID if number in (20, 140) else "",
    ]


def _rows(count: int, bad: dict[int, dict[int, str]] | None = None) -> list[list[str]]:
    """Header, `count` data rows, a blank row every 45 rows, and notes after the data."""
    rows = [["Directorio de talleres"], HEADER]
    for number in range(count):
        row = _row(number)
        for column, value in (bad or {}).get(number, {}).items():
            row[column] = value
        rows.append(row)
        if number % 45 == 44:
            rows.append([""] * len(HEADER))
    return [*rows, [""], ["Fuente: encuesta 2024"], ["Total: 200"]]


def _copy(project_path, target):
    connection = sqlite3.connect(project_path)
    with sqlite3.connect(target) as copy:
        connection.backup(copy)
    connection.close()
    return target


def _content(path) -> dict[str, list[tuple]]:
    """What an import writes, without the parts made afresh on every import (new UUIDs, times)."""
    with sqlite3.connect(path) as connection:
        return {
            "stakeholders": connection.execute(
                "SELECT fid, hex(geom), name, kind, employees, email, custom_fields, "
                "CASE WHEN uuid = ? THEN uuid END FROM stakeholders ORDER BY fid",
                (REPEATED_UUID,),
            ).fetchall(),
            "contacts": connection.execute(
                "SELECT stakeholder_id, name, role FROM contact_persons ORDER BY stakeholder_id, name"
            ).fetchall(),
            "custom": connection.execute(
                "SELECT key, label, position FROM custom_field_definitions ORDER BY position"
            ).fetchall(),
            "rtree": connection.execute("SELECT * FROM rtree_stakeholders_geom ORDER BY id").fetchall(),
        }


def _import(path, source, chunk_rows):
    project = Project.open(path)
    try:
        command = StreamedStakeholderImport(source, refuse_problems=False, chunk_rows=chunk_rows)
        command = import_streamed(project, command)
        project.save()
        return command.result
    finally:
        project.close()


@pytest.mark.parametrize("chunk_rows", [1, 7, 64])
def test_a_chunked_import_writes_and_reports_what_one_chunk_does(tmp_path, new_project, chunk_rows):
    source = write_text_table(tmp_path / "talleres.csv", _rows(200, {150: {2: "95"}, 190: {5: "x@"}}))
    new_project.close()
    whole = _copy(new_project.path, tmp_path / "whole.gpkg")
    chunked = _copy(new_project.path, tmp_path / "chunked.gpkg")
    one = _import(whole, source, None)
    many = _import(chunked, source, chunk_rows)
    assert _content(chunked) == _content(whole)
    assert len(_content(chunked)["stakeholders"]) == 198  # 200 rows, two with problems
    for name in ("notes", "problems", "duplicates", "already_present", "total_rows", "valid_count"):
        assert getattr(many, name) == getattr(one, name), name
    assert [p.row for p in many.problems] == [156, 197]  # title, header and the blank rows above
    assert any("after the data read as notes" in note for note in many.notes)
    assert any(d.other_row is not None for d in many.duplicates)  # repeated names across chunks
    assert_valid_project(chunked)


def test_the_streamed_import_reports_what_the_whole_table_plan_does(tmp_path, new_project):
    source = write_text_table(tmp_path / "talleres.csv", _rows(200, {150: {2: "95"}, 30: {4: "-3"}}))
    plan = build_import_plan(source, new_project)
    rejected_whole = plan.write_rejected(tmp_path / "whole.rejected.csv")
    new_project.close()
    streamed = _import(new_project.path, source, 5)
    assert streamed.notes == plan.notes
    assert streamed.problems == plan.problems
    assert streamed.duplicates == plan.duplicates
    assert streamed.mapping == plan.mapping
    assert (streamed.total_rows, streamed.valid_count) == (plan.total_rows, plan.valid_count)
    assert streamed.describe_source() == plan.describe_source()
    rejected = streamed.write_rejected(tmp_path / "chunked.rejected.csv")
    assert rejected.read_bytes() == rejected_whole.read_bytes()


def test_a_bad_row_in_a_later_chunk_is_refused_and_leaves_the_file_as_it_was(
    tmp_path, new_project, monkeypatch, capsys
):
    new_project.close()
    earlier = write_text_table(tmp_path / "earlier.csv", _rows(30))
    assert main(["import-stakeholders", str(new_project.path), str(earlier)]) == 0
    before = new_project.path.read_bytes()
    source = write_text_table(tmp_path / "talleres.csv", _rows(400, {381: {2: "95"}}))
    monkeypatch.setattr(stream, "STREAM_CHUNK_ROWS", 10)
    capsys.readouterr()
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "row 392, column 'Latitud', value '95': latitude must be between -90 and 90" in err
    assert "Nothing was imported" in err
    assert "use --skip-invalid to import the 397 valid rows" in err  # rows 20 and 140: same UUID
    assert new_project.path.read_bytes() == before


def test_a_refused_import_rolls_back_every_chunk_in_the_working_copy(tmp_path, new_project):
    source = write_text_table(tmp_path / "talleres.csv", _rows(120, {110: {4: "-3"}}))
    before = _content(new_project.path)
    command = StreamedStakeholderImport(source, refuse_problems=True, chunk_rows=8)
    with pytest.raises(ImportRefused) as refused:
        import_streamed(new_project, command)
    assert [p.row for p in refused.value.result.problems] == [115]
    assert not new_project.stack.can_undo
    new_project.save()
    assert _content(new_project.path) == before
    trigger = new_project.connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        ("rtree_stakeholders_geom_insert",),
    ).fetchone()[0]
    assert trigger == 1  # dropped for the bulk insert, and back with the rollback
    assert_valid_project(new_project.path)


def test_a_streamed_import_is_one_undo_step(tmp_path, new_project):
    source = write_text_table(tmp_path / "talleres.csv", _rows(100))
    command = import_streamed(
        new_project, StreamedStakeholderImport(source, refuse_problems=False, chunk_rows=9)
    )
    assert new_project.counts()["stakeholders"] == 100
    assert new_project.stack.undo_label == "Import 100 stakeholders from talleres.csv"
    new_project.stack.undo()
    assert new_project.counts()["stakeholders"] == 0
    assert new_project.connection.execute("SELECT count(*) FROM custom_field_definitions").fetchone()[0] == 0
    assert command.added_fids == range(1, 101)


def test_a_wider_row_far_down_is_read_with_its_extra_cell(tmp_path, new_project):
    rows = _rows(300)
    rows[260] = [*rows[260], "celda suelta"]  # wider than the first 200 records
    source = write_text_table(tmp_path / "talleres.csv", rows)
    plan = build_import_plan(source, new_project)
    new_project.close()
    streamed = _import(new_project.path, source, 16)
    assert streamed.mapping == plan.mapping
    assert "Column 11" in streamed.mapping
    with sqlite3.connect(new_project.path) as connection:
        loose = connection.execute(
            "SELECT count(*) FROM stakeholders WHERE custom_fields LIKE '%celda suelta%'"
        ).fetchone()[0]
    assert loose == 1


def test_a_workbook_in_chunks_gives_the_rows_of_one_chunk(tmp_path, new_project):
    rows = _rows(150, {120: {4: "muchos"}})
    source = write_workbook(tmp_path / "talleres.xlsx", {"Talleres": rows})
    new_project.close()
    whole = _copy(new_project.path, tmp_path / "whole.gpkg")
    chunked = _copy(new_project.path, tmp_path / "chunked.gpkg")
    one = _import(whole, source, None)
    many = _import(chunked, source, 6)
    assert _content(chunked) == _content(whole)
    assert many.problems == one.problems and [p.row for p in many.problems] == [125]
    assert many.notes == one.notes
    assert many.describe_source() == one.describe_source() == "XLSX, sheet 'Talleres', header in row 2"
