"""Workbooks whose formulas hold no computed result (written by a program that does not calculate, such
as openpyxl): each such cell is named by sheet and cell instead of being read as empty."""

from __future__ import annotations

import zipfile

import pytest
from stakeholder_files import write_workbook

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.stakeholder_import import build_import_plan

ROWS = [
    ["Directorio de talleres"],
    ["Razón social", "Empleados", "Mujeres", "Total"],
    ["Textiles Imbabura", 40, 31, "=B3+C3"],  # stored with its result below, as Excel saves it
    ["Hilados del Norte", "=10+2", 3, '=IF(B4>100,"grande","")'],  # B4 never computed; D4 computed as ""
    ["Confecciones Anita", 7, 7, "=B5+C5"],  # never computed
    ['=PROPER("bordados otavalo")', 4, 1, None],  # the name itself never computed: one problem, not two
]


def _rewrite_sheet(path, sheet_number: int, replacements: dict[str, str]) -> None:
    """Store results with some formulas, as Excel or LibreOffice would on saving."""
    member = f"xl/worksheets/sheet{sheet_number}.xml"
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    # openpyxl writes an empty value as <v /> or, when lxml is installed, as <v></v>
    xml = contents[member].decode().replace("<v></v>", "<v />").replace("<v/>", "<v />")
    for old, new in replacements.items():
        assert old in xml, old
        xml = xml.replace(old, new)
    contents[member] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


def _workbook(path):
    write_workbook(path, {"Talleres": ROWS})
    _rewrite_sheet(
        path,
        1,
        {
            '<c r="D3"><f>B3+C3</f><v /></c>': '<c r="D3"><f>B3+C3</f><v>71</v></c>',
            '<c r="D4"><f>IF(B4&gt;100,"grande","")</f><v /></c>': (
                '<c r="D4" t="str"><f>IF(B4&gt;100,"grande","")</f><v></v></c>'
            ),
        },
    )
    return path


def test_formulas_without_a_result_are_named_by_sheet_and_cell(tmp_path):
    plan = build_import_plan(_workbook(tmp_path / "talleres.xlsx"))
    assert [(p.row, p.column, p.value) for p in plan.problems] == [
        (4, "Empleados", "=10+2"),
        (5, "Total", "=B5+C5"),
        (6, "Razón social", '=PROPER("bordados otavalo")'),
    ]
    assert plan.problems[0].reason.startswith(
        "cell B4 of sheet 'Talleres' holds a formula whose result was never computed, so it reads as empty; "
        "open the file in Excel or LibreOffice and save it"
    )
    assert any(
        note.startswith("3 formula cells of sheet 'Talleres' (B4, D5, A6) have no computed result")
        for note in plan.notes
    )
    assert plan.checked.values["name"] == ["Textiles Imbabura"]
    assert plan.checked.custom == [{"total": "71"}]


def test_a_column_not_imported_does_not_stop_its_rows(tmp_path):
    plan = build_import_plan(_workbook(tmp_path / "talleres.xlsx"), mapping={"Total": "ignore"})
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Empleados"), (6, "Razón social")]
    assert plan.checked.values["name"] == ["Textiles Imbabura", "Confecciones Anita"]


def test_a_header_formula_without_a_result_refuses_the_file(tmp_path):
    source = write_workbook(
        tmp_path / "talleres.xlsx", {"Hoja": [["Nombre", '="Emple"&"ados"'], ["Textil", 4]]}
    )
    with pytest.raises(
        ImportFileError, match=r"row 1 \(the column names\): cell B1 of sheet 'Hoja' holds a formula"
    ):
        build_import_plan(source)


def test_the_cli_imports_nothing_and_names_the_cells(tmp_path, new_project, capsys):
    source = _workbook(tmp_path / "talleres.xlsx")
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    captured = capsys.readouterr()
    assert "row 4, column 'Empleados', value '=10+2': cell B4 of sheet 'Talleres'" in captured.err
    assert "row 5, column 'Total', value '=B5+C5': cell D5 of sheet 'Talleres'" in captured.err
    with Project.open(new_project.path) as project:
        assert project.counts()["stakeholders"] == 0
