"""Generated tables: the importer never crashes, reports exactly the invalid cells with the spreadsheet row
number, and the valid rows survive an export and a second import unchanged."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stakeholder_files import write_text_table, write_workbook

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.io.coordinate_swaps import ANTARCTIC_LATITUDE
from clusterdesk.io.stakeholder_export import export_stakeholders
from clusterdesk.io.stakeholder_import import build_import_plan

HEADERS = ["Nombre", "Tipo", "Latitud", "Longitud", "Empleados", "Mujeres empleadas", "Correo electrónico"]
NAME_CHARACTERS = "abcxyzÁéñçüЖЯß ,;\"'-."


@dataclass
class Cell:
    text: str
    bad: bool = False


@st.composite
def names(draw):
    if draw(st.integers(0, 9)) == 0:
        return Cell("", bad=True)
    return Cell("Firm " + draw(st.text(NAME_CHARACTERS, min_size=1, max_size=12)).strip())


@st.composite
def kinds(draw):
    return draw(
        st.sampled_from(
            [Cell(""), Cell("enterprise"), Cell("Proveedor"), Cell("Banque"), Cell("Поставщик"),
             Cell("BDS provider"), Cell("dragon", bad=True)]
        )
    )  # fmt: skip


def _decimal(value: float, comma: bool) -> str:
    text = f"{value:.6f}"
    return text.replace(".", ",") if comma else text


@st.composite
def places(draw):
    """(latitude cell, longitude cell): both valid, both empty, or one of them invalid. A latitude south of
    60°S is valid degrees but lies in Antarctica, where no cluster is: reported too."""
    choice = draw(st.integers(0, 5))
    lat = draw(st.floats(-89, 89).filter(lambda v: abs(v) > 1e-3))
    lon = draw(st.floats(-179, 179).filter(lambda v: abs(v) > 1e-3))
    comma = draw(st.booleans())
    if choice == 0:
        return Cell(""), Cell("")
    if choice == 1:
        return Cell("north-ish", bad=True), Cell(_decimal(lon, comma))
    if choice == 2:
        return Cell(_decimal(lat, comma)), Cell(_decimal(draw(st.floats(181, 999)), comma), bad=True)
    if choice == 3:  # degrees, minutes, seconds with hemisphere letters
        degrees, rest = divmod(round(abs(lat) * 3600, 3), 3600)
        minutes, seconds = divmod(rest, 60)
        hemisphere = draw(st.sampled_from("NС" if lat > 0 else "SЮ"))
        written = -round(abs(lat) * 3600, 3) / 3600 if lat < 0 else lat  # the value the cell holds
        cell = f"{int(degrees)}°{int(minutes)}'{seconds:.3f}\"{hemisphere}"
        return Cell(cell, bad=written < ANTARCTIC_LATITUDE), Cell(_decimal(lon, comma))
    written = float(_decimal(lat, comma=False))
    return Cell(_decimal(lat, comma), bad=written < ANTARCTIC_LATITUDE), Cell(_decimal(lon, comma))


@st.composite
def staff(draw):
    """(employees cell, women employees cell) with the women ≤ employees rule in play."""
    choice = draw(st.integers(0, 6))
    employees = draw(st.integers(0, 5000))
    if choice == 0:
        return Cell(draw(st.sampled_from(["many", "-4", "2.5", "1e999"])), bad=True), Cell("")
    if choice == 1:
        return Cell(str(employees)), Cell(str(employees + draw(st.integers(1, 50))), bad=True)
    if choice == 2:
        return Cell(""), Cell("")
    if choice == 3:
        return Cell(str(employees)), Cell("некоторые", bad=True)
    return Cell(str(employees)), Cell(str(draw(st.integers(0, employees))))


emails = st.sampled_from([Cell(""), Cell("info@firm.ec"), Cell("a.b@c.org"), Cell("no-mail", bad=True),
                          Cell("x@y", bad=True)])  # fmt: skip


@st.composite
def tables(draw):
    rows = []
    for _ in range(draw(st.integers(1, 25))):
        lat, lon = draw(places())
        employees, women = draw(staff())
        row = [draw(names()), draw(kinds()), lat, lon, employees, women, draw(emails)]
        if not any(c.text for c in row):  # a blank line is skipped as no row at all: give it a kind
            row[1] = Cell("enterprise")
        rows.append(row)
    return (
        rows,
        draw(st.sampled_from([";", ",", "\t", "|"])),
        draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), title_rows=st.integers(0, 2), workbook=st.booleans())
def test_every_invalid_cell_is_reported_at_its_row(table, title_rows, workbook):
    rows, delimiter, encoding = table
    titles = [["Directorio de empresas"], [""]][:title_rows]
    grid = [*titles, HEADERS, *([c.text for c in row] for row in rows)]
    with tempfile.TemporaryDirectory() as folder:
        if workbook:
            source = write_workbook(Path(folder) / "generated.xlsx", {"Hoja1": grid})
        else:
            source = write_text_table(
                Path(folder) / "generated.csv", grid, delimiter=delimiter, encoding=encoding
            )
        plan = build_import_plan(source)
    first_data_row = title_rows + 2
    expected = {
        (number, HEADERS[i])
        for number, row in enumerate(rows, start=first_data_row)
        for i, c in enumerate(row)
        if c.bad
    }
    assert {(p.row, p.column) for p in plan.problems} == expected
    valid_rows = [row for row in rows if not any(c.bad for c in row)]
    assert plan.valid_count == len(valid_rows)
    assert plan.checked.values["name"] == [row[0].text.strip() for row in valid_rows]


@pytest.fixture(scope="module")
def scratch_project():
    """One unsaved project for all examples (creating a project costs more than an example)."""
    project = Project.new(None, "Generated")
    yield project
    project.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), extension=st.sampled_from([".csv", ".xlsx", ".geojson", ".gpkg", ".shp"]))
def test_valid_rows_round_trip_through_export_and_import(scratch_project, table, extension):
    rows, delimiter, encoding = table
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = write_text_table(
            folder / "generated.csv", [HEADERS] + [[c.text for c in row] for row in rows],
            delimiter=delimiter, encoding=encoding,
        )  # fmt: skip
        first = build_import_plan(source, scratch_project)
        if first.valid_count == 0:
            return
        scratch_project.stack.push(first.command())
        try:
            exported = folder / f"export{extension}"
            assert export_stakeholders(scratch_project, exported) == first.valid_count
        finally:
            scratch_project.stack.undo()
        second = build_import_plan(exported)
    assert not second.problems
    for field in ("name", "kind", "employees", "women_employees", "email"):
        assert second.checked.values[field] == first.checked.values[field], field
    np.testing.assert_allclose(second.checked.lat, first.checked.lat, atol=1e-9)
    np.testing.assert_allclose(second.checked.lon, first.checked.lon, atol=1e-9)


cell_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    grid=st.lists(st.lists(cell_text, min_size=1, max_size=6), min_size=1, max_size=12),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    header=st.lists(st.sampled_from(HEADERS + ["", "Tipo", "Notas", "X", "Y"]), min_size=1, max_size=6),
)
def test_arbitrary_tables_never_crash(grid, delimiter, header):
    with tempfile.TemporaryDirectory() as folder:
        source = write_text_table(Path(folder) / "any.csv", [header, *grid], delimiter=delimiter)
        try:
            plan = build_import_plan(source)
        except ClusterDeskError as error:
            assert str(error)
            return
    assert plan.valid_count + len(plan.rejected_rows) == plan.total_rows
    rows = set(int(n) for n in plan.table.row_numbers)
    assert all(p.row in rows for p in plan.problems)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.binary(max_size=400), extension=st.sampled_from([".csv", ".xlsx", ".geojson", ".gpkg", ".shp"])
)
def test_arbitrary_bytes_never_crash(content, extension):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"any{extension}"
        source.write_bytes(content)
        try:
            build_import_plan(source)
        except ClusterDeskError as error:
            assert str(error)


def test_a_lone_carriage_return_in_a_cell_ends_its_line_as_the_parser_reads_it():
    """Found by the property above: a cell holding a bare CR, unquoted, once stopped the reader with the csv
    module's "new-line character seen in unquoted field"."""
    with tempfile.TemporaryDirectory() as folder:
        rows = [["Nombre", "Tipo"], ["\r0", "empresa"]]
        source = write_text_table(Path(folder) / "cr.csv", rows, delimiter=";")
        try:
            plan = build_import_plan(source)
        except ClusterDeskError as error:
            assert str(error)
            return
    assert plan.valid_count + len(plan.rejected_rows) == plan.total_rows
