"""XLSX import: sheets, header rows below titles, notes after the data, cell types, damaged workbooks."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from stakeholder_files import SPANISH_ROWS, write_workbook

from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.stakeholder_import import build_import_plan
from clusterdesk.io.xlsx_reader import sheet_names


def _survey_workbook(path):
    firms = [
        ["Directorio de talleres — Atuntaqui", None, None],
        [None],
        ["Razón social", "Latitud", "Longitud", "Empleados", "Fecha de registro", "Año de fundación"],
        ["Textiles Imbabura", 0.3345, -78.2201, 40, dt.datetime(2024, 3, 1), 1994],
        [
            "Hilados del Norte",
            "0°21'04\"N",
            "78°07'49\"W",
            12.0,
            dt.datetime(2024, 3, 2),
            dt.date(2001, 5, 1),
        ],
        ["Confecciones Anita", 0.337, -78.215, "siete", None, 2051],
        [None],
        ["Total", None, None, 59],
        ["Fuente: Cámara de Comercio de Antonio Ante"],
    ]
    return write_workbook(path, {"Léame": [["Este libro contiene el directorio."]], "Talleres": firms})


def test_sheet_header_below_title_rows_and_notes_after_data(tmp_path):
    source = _survey_workbook(tmp_path / "directorio.xlsx")
    assert sheet_names(source) == ["Léame", "Talleres"]
    plan = build_import_plan(source, sheet="Talleres")
    assert plan.sheet == "Talleres"
    assert plan.header_row == 3
    assert plan.total_rows == 3
    assert plan.checked.values["name"] == ["Textiles Imbabura", "Hilados del Norte"]
    assert plan.checked.values["employees"] == [40, 12]
    assert plan.checked.values["year_founded"] == [1994, 2001]  # a date in the year column counts by its year
    assert plan.checked.lat[1] == pytest.approx(0.3511111)
    assert plan.checked.custom[0] == {"fecha_de_registro": "2024-03-01"}
    assert [(p.row, p.column, p.value) for p in plan.problems] == [
        (6, "Empleados", "siete"),
        (6, "Año de fundación", "2051"),
    ]
    assert any("rows 8–9" in note for note in plan.notes)


def test_first_sheet_is_used_without_sheet_option(tmp_path):
    source = write_workbook(tmp_path / "firms.xlsx", {"Firms": SPANISH_ROWS, "Other": [["x"]]})
    plan = build_import_plan(source)
    assert plan.sheet == "Firms"
    assert plan.valid_count == 3


def test_unknown_sheet_lists_the_sheets(tmp_path):
    source = write_workbook(tmp_path / "firms.xlsx", {"Firms": SPANISH_ROWS})
    with pytest.raises(ImportFileError, match="no sheet named 'Talleres'. Its sheets are: Firms"):
        build_import_plan(source, sheet="Talleres")


def test_empty_sheet(tmp_path):
    source = write_workbook(tmp_path / "empty.xlsx", {"Hoja1": []})
    with pytest.raises(ImportFileError, match="empty"):
        build_import_plan(source)


def test_corrupt_and_truncated_workbooks(tmp_path):
    good = write_workbook(tmp_path / "good.xlsx", {"Firms": SPANISH_ROWS * 50})
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        build_import_plan(truncated)

    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01garbage" * 100)
    with pytest.raises(ImportFileError, match="damaged or has the wrong extension"):
        build_import_plan(garbage)

    # A valid ZIP whose sheet XML is cut short
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as original, zipfile.ZipFile(broken, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            copy.writestr(item, data)
    with pytest.raises(ImportFileError, match="damaged"):
        build_import_plan(broken)


def test_old_xls_and_unknown_extensions(tmp_path):
    old = tmp_path / "firms.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="Excel 97-2003"):
        build_import_plan(old)
    odd = tmp_path / "firms.docx"
    odd.write_bytes(b"anything")
    with pytest.raises(ImportFileError, match="cannot be imported"):
        build_import_plan(odd)
    with pytest.raises(ImportFileError, match="does not exist"):
        build_import_plan(tmp_path / "missing.csv")
