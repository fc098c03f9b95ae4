"""The ways a large import keeps its memory down read the same table and write the same rows as the
plain ways: CSV parsed in chunks of rows with equal cells shared, rows inserted in batches."""

from __future__ import annotations

import numpy as np
import pytest
from stakeholder_files import write_text_table

from clusterdesk.core import gpkg
from clusterdesk.io import csv_reader, stakeholder_import_command
from clusterdesk.io.readers import read_table
from clusterdesk.io.stakeholder_import import build_import_plan
from clusterdesk.io.task import TaskState
from conftest import assert_valid_project

HEADER = ["Razón social", "Tipo", "Latitud", "Longitud", "Empleados", "Notas"]


def _rows(count: int) -> list[list[str]]:
    rows = [HEADER]
    for i in range(count):
        note = f"línea uno\nlínea {i}" if i % 7 == 0 else ""  # quoted line breaks, some across chunk ends
        kind = ["Empresa", " Proveedor ", "Banco", ""][i % 4]  # spaces to strip
        located = i % 5 != 0
        rows.append([
            f"Taller {i}", kind, f"0,{300000 + i}" if located else "", f"-78,{200000 + i}" if located else "",
            str(i % 40), note,
        ])  # fmt: skip
    return rows


def _read(path):
    return read_table(path, TaskState(None, None)).frame


def test_a_csv_read_in_chunks_gives_the_same_cells(tmp_path, monkeypatch):
    path = write_text_table(tmp_path / "talleres.csv", _rows(1000))
    whole = _read(path)
    monkeypatch.setattr(csv_reader, "CHUNKED_FROM_BYTES", 0)
    monkeypatch.setattr(csv_reader, "PARSE_CHUNK_ROWS", 97)
    monkeypatch.setattr(csv_reader, "SHARED_CELLS_FROM_ROWS", 10)
    chunked = _read(path)
    assert chunked.equals(whole)
    assert list(chunked.index) == list(range(len(chunked)))
    assert chunked.iloc[1, 1] == "Proveedor" and "\n" in chunked.iloc[7, 5]
    # equal cells of a chunk are one string object
    kinds = chunked.iloc[:90, 1]
    assert len({id(cell) for cell in kinds}) == len(set(kinds))


def test_a_wider_row_far_down_is_read_in_chunks_too(tmp_path, monkeypatch):
    rows = _rows(400)
    rows[350] = [*rows[350], "extra"]  # wider than the first 200 records
    path = write_text_table(tmp_path / "ancho.csv", rows)
    whole = _read(path)
    monkeypatch.setattr(csv_reader, "CHUNKED_FROM_BYTES", 0)
    monkeypatch.setattr(csv_reader, "PARSE_CHUNK_ROWS", 50)
    assert _read(path).equals(whole)
    assert whole.shape[1] == len(HEADER) + 1


@pytest.mark.parametrize("batch", [7, 50_000])
def test_rows_inserted_in_batches_are_the_rows_of_the_file(tmp_path, new_project, monkeypatch, batch):
    monkeypatch.setattr(stakeholder_import_command, "_INSERT_BATCH_ROWS", batch)
    path = write_text_table(tmp_path / "talleres.csv", _rows(60))
    plan = build_import_plan(path, new_project)
    new_project.stack.push(plan.command())
    rows = new_project.connection.execute(
        "SELECT name, kind, employees, notes FROM stakeholders ORDER BY fid"
    )
    rows = rows.fetchall()
    assert [r[0] for r in rows] == [f"Taller {i}" for i in range(60)]
    assert rows[1][1] == "supplier" and rows[13][2] == 13 and rows[14][3] == "línea uno\nlínea 14"
    points = new_project.stakeholder_points()
    assert int(np.count_nonzero(points.located())) == 48
    assert points.lat[1] == pytest.approx(0.300001)
    assert gpkg.rtree_mismatches(new_project.connection, "stakeholders") == 0
    new_project.save()
    assert_valid_project(new_project.path)
    new_project.stack.undo()
    assert new_project.connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 0
    new_project.stack.redo()
    assert len(new_project.stakeholder_points()) == 60
